import { ImportError } from '../../checks/import-error';

/**
 * One record of a CSV file, with its row as a spreadsheet numbers it: the header is row 1, a
 * record whose quoted cell holds line breaks is one row, an empty line is a row.
 */
export interface CsvRecord {
  row: number;
  cells: string[];
}

const QUOTE = '"';
const COMMA = ',';
/** Where an unquoted cell ends: a comma or a line break. */
const CELL_END = /[,\r\n]/g;

/**
 * The records of a CSV file (RFC 4180: cells separated by commas, a cell quoted when it holds a
 * comma, a quote or a line break, a quote inside doubled), one at a time, so that a large file
 * can be read a slice at a time without holding the page (transfer.ts). Line breaks may be
 * CRLF, LF or CR; a quote inside an unquoted cell is read as written; a record of blank cells
 * (an empty line) is passed over but counted, as a spreadsheet counts its rows. A quoting error
 * refuses the file, saying where, in words: "Row 9188: a quote is opened and never closed".
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  let at = text.startsWith('\ufeff') ? 1 : 0;
  let row = 1;
  while (at < text.length) {
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text[at] === QUOTE) {
        [cell, at] = quotedCell(text, at, row);
      } else {
        CELL_END.lastIndex = at;
        const end = CELL_END.exec(text)?.index ?? text.length;
        cell = text.slice(at, end);
        at = end;
      }
      cells.push(cell);
      if (text[at] !== COMMA) break;
      at++;
    }
    if (text[at] === '\r') at++;
    if (text[at] === '\n') at++;
    if (cells.some((cell) => cell.trim().length > 0)) yield { row, cells };
    row++;
  }
}

/** A quoted cell opening at `open`, with where reading goes on after it (at a comma, a line break or the end). */
function quotedCell(text: string, open: number, row: number): [string, number] {
  const parts: string[] = [];
  let at = open + 1;
  for (;;) {
    const quote = text.indexOf(QUOTE, at);
    if (quote < 0) throw new ImportError(`Row ${row}: a quote is opened and never closed.`);
    parts.push(text.slice(at, quote));
    if (text[quote + 1] === QUOTE) {
      parts.push(QUOTE);
      at = quote + 2;
      continue;
    }
    const after = quote + 1;
    const next = text[after];
    if (next !== undefined && next !== COMMA && next !== '\r' && next !== '\n') {
      throw new ImportError(`Row ${row}: a quoted value goes on after its closing quote (a quote inside a quoted value is written twice: "").`);
    }
    return [parts.join(''), after];
  }
}

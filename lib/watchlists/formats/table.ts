import Papa from 'papaparse';
import { checkFileSize } from '../../export/guard';
import { ImportError } from '../../export/import-error';

/** A CSV file's rows by column name (lower-cased, trimmed), with the row number a reader sees. */
export interface CsvRow {
  /** 1 is the header; data starts at 2, as a spreadsheet numbers them. */
  line: number;
  get(column: string): string;
}

/**
 * Reads a CSV with a header (papaparse). Columns are found by name, extra ones ignored; the
 * `required` ones must be there. A quoting error refuses the whole file, naming its row.
 */
export function readCsvRows(text: string, required: readonly string[]): { columns: Set<string>; rows: CsvRow[] } {
  checkFileSize(text.length);
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new ImportError(`Row ${(broken.row ?? 0) + 1}: ${broken.message}`);
  const [header, ...data] = parsed.data;
  if (!header) throw new ImportError('The file is empty.');
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) throw new ImportError(`The header has no ${missing.map((c) => `“${c}”`).join(', ')} column.`);
  const index = new Map(names.map((name, at) => [name, at]));
  const rows = data.map((cells, at) => ({
    line: at + 2,
    get: (column: string) => {
      const position = index.get(column);
      return position === undefined ? '' : (cells[position] ?? '').trim();
    },
  }));
  return { columns: new Set(names), rows };
}

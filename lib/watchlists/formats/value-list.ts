/**
 * A cell that holds several values (a term's other names, an entity's countries or sanctions),
 * written as OpenSanctions' exporter writes them in `targets.simple.csv`: the values, sorted,
 * are themselves one row of a small CSV separated by `;`, with Python's minimal quoting
 * (opensanctions/opensanctions, zavod/zavod/exporters/simplecsv.py, `concat_values`:
 * `csv.writer(…, dialect=csv.unix_dialect, delimiter=";", lineterminator="",
 * quoting=csv.QUOTE_MINIMAL)`). A value holding `;` or `"` is quoted, its quotes doubled:
 * `Counter Terrorism Designations; Iran-related Designations` is written
 * `"Counter Terrorism Designations; Iran-related Designations"`, and `AO "Arktika Tranzit"` is
 * written `"AO ""Arktika Tranzit"""`. The file's own quoting (every field quoted) wraps that again.
 * A line break in a value was left bare by Python before CPython's gh-67044 (February 2024),
 * and is quoted since: both read back.
 */

const SEPARATOR = ';';
const QUOTE = '"';
/** Quoted when written: the separator, a quote, or a line break (a spreadsheet would split the row). */
const NEEDS_QUOTES = /[;"\r\n]/;

const isBlank = (character: string | undefined) => character === ' ' || character === '\t';

/** Where the quoted value that opens at `open` ends (its closing quote), or -1 when it never closes. */
function closingQuote(cell: string, open: number): number {
  let at = open + 1;
  for (;;) {
    const quote = cell.indexOf(QUOTE, at);
    if (quote < 0) return -1;
    if (cell[quote + 1] !== QUOTE) return quote;
    at = quote + 2;
  }
}

/**
 * The values of a cell, trimmed, empty ones left out. A value that is not quoted as the exporter
 * quotes (a quote inside a name in a hand-made file, `Ivan "Vanya" Petrov; …`) is read as written.
 */
export function readValueList(cell: string): string[] {
  const values: string[] = [];
  let at = 0;
  while (at <= cell.length) {
    let start = at;
    while (isBlank(cell[start])) start++;
    if (cell[start] === QUOTE) {
      const close = closingQuote(cell, start);
      let after = close + 1;
      while (close >= 0 && isBlank(cell[after])) after++;
      if (close >= 0 && (after === cell.length || cell[after] === SEPARATOR)) {
        values.push(cell.slice(start + 1, close).replaceAll('""', QUOTE));
        at = after + 1;
        continue;
      }
    }
    const end = cell.indexOf(SEPARATOR, at);
    const stop = end < 0 ? cell.length : end;
    values.push(cell.slice(at, stop));
    at = stop + 1;
  }
  return values.map((value) => value.trim()).filter((value) => value.length > 0);
}

/** Values written as the exporter writes them (in the order given), for the reader's own CSV. */
export function writeValueList(values: readonly string[]): string {
  return values.map((value) => (NEEDS_QUOTES.test(value) ? `${QUOTE}${value.replaceAll(QUOTE, '""')}${QUOTE}` : value)).join(SEPARATOR);
}

import Papa from 'papaparse';
import type { IncomingTerm } from '../merge';
import { SharedTerm } from './shared';
import { parseRow, readCsvTable, whereInRow } from './table';
import { readValueList, writeValueList } from './value-list';

export const WATCH_CSV_COLUMNS = ['label', 'aliases', 'note', 'kind', 'link'] as const;

/** As in the highlights' CSV (lib/export/csv.ts): a cell a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

const kindOf = (cell: string) => (cell ? cell.toLowerCase() : undefined);

/** The column each field of a term comes from. */
const COLUMN_OF: Record<string, string> = { label: 'label', aliases: 'aliases', note: 'note', kind: 'kind', links: 'link' };

/**
 * A CSV with a header: `label` (required), `aliases` (separated by `;`, quoted within the
 * cell where a name holds one, as OpenSanctions writes them: value-list.ts), `note`, `kind` (one
 * of the dictionary's kinds), `link`; columns found by name, others ignored. A row that does
 * not fit refuses the whole file, naming the row and the column.
 */
export function readWatchCsv(text: string): Promise<IncomingTerm[]> {
  return readCsvTable(text, ['label'], (row, column) => {
    const term = {
      label: row.get('label'),
      aliases: readValueList(row.get('aliases')),
      note: row.get('note'),
      kind: kindOf(row.get('kind')),
      links: row.get('link') ? [row.get('link')] : [],
    };
    return parseRow(SharedTerm, term, row.line, whereInRow(column, COLUMN_OF, ['links']));
  });
}

export function writeWatchCsv(terms: readonly IncomingTerm[]): string {
  const data = terms.map((term) => [term.label, writeValueList(term.aliases ?? []), term.note ?? '', term.kind ?? '', term.links?.[0] ?? '']);
  const csv = Papa.unparse({ fields: [...WATCH_CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `\ufeff${csv}\r\n`;
}

import type { TermKind } from '../../dictionary/schema';
import type { IncomingTerm } from '../merge';
import { SharedTerm } from './shared';
import { parseRow, readCsvTable, whereInRow } from './table';
import { readValueList } from './value-list';

/**
 * OpenSanctions' `targets.simple.csv`: one entity a row, with the columns `id, schema, name,
 * aliases, birth_date, countries, addresses, identifiers, sanctions, phones, emails,
 * program_ids, dataset, first_seen, last_seen, last_change` (`program_ids` only in exports
 * since 2025); a cell of several values is itself a small CSV (value-list.ts).
 */
export const OPENSANCTIONS_COLUMNS = ['id', 'schema', 'name', 'aliases', 'countries', 'sanctions', 'dataset'] as const;

/** Its entity types that are one of the dictionary's kinds; the others show their own type. */
const KINDS: Record<string, TermKind> = { person: 'person', company: 'company', organization: 'institution', publicbody: 'government body' };

/** The column each field of a term comes from, for a refused row's message. */
const COLUMN_OF: Record<string, string> = {
  label: 'name',
  aliases: 'aliases',
  kind: 'schema',
  'sanctions.entityId': 'id',
  'sanctions.schema': 'schema',
  'sanctions.countries': 'countries',
  'sanctions.sanctions': 'sanctions',
  'sanctions.datasets': 'dataset',
  'sanctions.birthDates': 'birth_date',
  'sanctions.programIds': 'program_ids',
};

/** Is this CSV header OpenSanctions' export (rather than a reader's own CSV)? */
export const isOpenSanctionsHeader = (columns: ReadonlySet<string>) => OPENSANCTIONS_COLUMNS.every((column) => columns.has(column));

/** Each row a term: its name, its aliases, and what the sanctions lists say of it. */
export function readOpenSanctions(text: string): Promise<IncomingTerm[]> {
  return readCsvTable(text, OPENSANCTIONS_COLUMNS, (row, column) => {
    const schema = row.get('schema');
    const kind = KINDS[schema.toLowerCase()];
    const term = {
      label: row.get('name'),
      aliases: readValueList(row.get('aliases')).filter((alias) => alias !== row.get('name')),
      ...(kind && { kind }),
      sanctions: {
        entityId: row.get('id'),
        schema,
        countries: readValueList(row.get('countries')),
        sanctions: readValueList(row.get('sanctions')),
        datasets: readValueList(row.get('dataset')),
        birthDates: readValueList(row.get('birth_date')),
        programIds: readValueList(row.get('program_ids')),
      },
    };
    return parseRow(SharedTerm, term, row.line, whereInRow(column, COLUMN_OF));
  });
}

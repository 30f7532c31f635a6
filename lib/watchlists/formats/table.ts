import type { z } from 'zod/mini';
import { describeIssue, summarize } from '../../checks/problems';
import { checkFileSize } from '../../checks/guard';
import { ImportError } from '../../checks/import-error';
import { inSlices } from '../../scheduling/slices';
import { csvRecords, type CsvRecord } from './csv-records';

/** A CSV file's row by column name (lower-cased, trimmed), with its row number as a spreadsheet shows it. */
export interface CsvRow {
  /** 1 is the header; data starts at 2. */
  line: number;
  get(column: string): string;
}

/** The header's column names as the file writes them, by the name they are looked up by. */
type Header = Map<string, { at: number; written: string }>;

function readHeader(record: CsvRecord | undefined, required: readonly string[]): Header {
  if (!record) throw new ImportError('The file is empty.');
  const header: Header = new Map();
  record.cells.forEach((cell, at) => {
    const name = cell.trim().toLowerCase();
    if (!header.has(name)) header.set(name, { at, written: cell.trim() });
  });
  const missing = required.filter((column) => !header.has(column));
  if (missing.length > 0) throw new ImportError(`The header has no ${missing.map((c) => `“${c}”`).join(', ')} column.`);
  return header;
}

/** The column names of a CSV's header (lower-cased), read from its first record alone. */
export function csvColumns(text: string): Set<string> {
  return new Set(readHeader(csvRecords(text).next().value ?? undefined, []).keys());
}

/**
 * Reads a CSV with a header, a slice of rows at a time (lib/scheduling/slices.ts), so that a file of
 * 20,000 rows never holds the page for long. Columns are found by name, extra ones ignored; the
 * `required` ones must be there. Each row is made into a term by `read`, which may throw an
 * ImportError (RowProblem below) to refuse the file.
 */
export async function readCsvTable<T>(text: string, required: readonly string[], read: (row: CsvRow, column: (name: string) => string) => T): Promise<T[]> {
  checkFileSize(text.length);
  const records = csvRecords(text);
  const header = readHeader(records.next().value ?? undefined, required);
  const column = (name: string) => header.get(name)?.written ?? name;
  const rows: T[] = [];
  await inSlices(records, ({ row, cells }) => {
    const get = (name: string) => {
      const position = header.get(name)?.at;
      return position === undefined ? '' : (cells[position] ?? '').trim();
    };
    rows.push(read({ line: row, get }, column));
  });
  return rows;
}

/** Which of the file's columns a field of a term came from, as a refused row's message names it. */
export type WhereInRow = (field: string, item?: number) => string;

/**
 * Names a field's column as the file's header writes it, and which of a cell's several values
 * it is ("column aliases, value 3"). `columns`: the column of each field (a term's `label` is
 * OpenSanctions' `name`); `single`: fields whose list is one cell's one value (`links`).
 */
export const whereInRow =
  (column: (name: string) => string, columns: Readonly<Record<string, string>>, single: readonly string[] = []): WhereInRow =>
  (field, item) =>
    `column ${column(columns[field] ?? field)}${item === undefined || single.includes(field) ? '' : `, value ${item + 1}`}`;

/**
 * A row made into a term, or an ImportError naming the row and the file's own column for each
 * problem ("Row 4622, column name: empty"; "Row 12, column aliases, value 3: longer than 300
 * characters").
 */
export function parseRow<T extends z.ZodMiniType>(schema: T, value: unknown, line: number, where: WhereInRow): z.output<T> {
  const result = schema.safeParse(value, { error: describeIssue });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.filter((key) => typeof key !== 'number').join('.');
    const last = issue.path.at(-1);
    return `Row ${line}, ${where(field, typeof last === 'number' ? last : undefined)}: ${issue.message}`;
  });
  throw new ImportError(summarize(problems));
}

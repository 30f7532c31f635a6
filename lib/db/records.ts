import type { z } from 'zod/mini';
import type { LensDatabase } from './database';
import { check } from '../checks/problems';
import { SavedHighlight, SavedPage } from './schema';

/**
 * Every record read back from the database is parsed on its own: one damaged by an old bug,
 * another program or a disk error is set aside with what is wrong with it, and never hides
 * or breaks the others (the library, the popup, the page's painted highlights, exports).
 */

export type RecordTable = 'highlights' | 'pages';

/** A record that does not fit its schema, kept as it is so that it can be exported or deleted. */
export interface DamagedRecord {
  table: RecordTable;
  /** Its primary key (an id or an address), whatever its type. */
  key: unknown;
  raw: unknown;
  problems: string[];
}

export interface SortedRecords<T> {
  valid: T[];
  damaged: DamagedRecord[];
}

const SCHEMAS = { highlights: SavedHighlight, pages: SavedPage } as const;
const KEYS = { highlights: 'id', pages: 'url' } as const;

/** The key of a record in its table (the stores use in-line keys). */
const keyOf = (table: RecordTable, raw: unknown) =>
  typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[KEYS[table]] : undefined;

function sortRecords<T extends z.ZodMiniType>(table: RecordTable, schema: T, raws: readonly unknown[]): SortedRecords<z.output<T>> {
  const sorted: SortedRecords<z.output<T>> = { valid: [], damaged: [] };
  for (const raw of raws) {
    const result = check(schema, raw);
    if (result.ok) sorted.valid.push(result.data);
    else sorted.damaged.push({ table, key: keyOf(table, raw), raw, problems: result.problems });
  }
  return sorted;
}

export const sortHighlights = (raws: readonly unknown[]) => sortRecords('highlights', SCHEMAS.highlights, raws);
export const sortPages = (raws: readonly unknown[]) => sortRecords('pages', SCHEMAS.pages, raws);

/** Oldest first; the id settles highlights saved in the same millisecond. */
export const byCreation = (a: SavedHighlight, b: SavedHighlight) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Every highlight, oldest first. Read whole, not through the createdAt index: a record
 * without a valid `createdAt` is missing from that index, and would vanish.
 */
export async function readHighlights(db: LensDatabase): Promise<SortedRecords<SavedHighlight>> {
  const sorted = sortHighlights(await db.highlights.toArray());
  sorted.valid.sort(byCreation);
  return sorted;
}

export async function readPages(db: LensDatabase): Promise<SortedRecords<SavedPage>> {
  return sortPages(await db.pages.toArray());
}

/** The page record for `url`, or undefined when there is none or it is damaged. */
export async function readPage(db: LensDatabase, url: string): Promise<SavedPage | undefined> {
  const [page] = sortPages([await db.pages.get(url)].filter((raw) => raw !== undefined)).valid;
  return page;
}

export async function deleteDamaged(db: LensDatabase, record: DamagedRecord): Promise<void> {
  await db.table(record.table).delete(record.key as string);
}

/** Puts a deleted damaged record back exactly as it was (undo). */
export async function restoreDamaged(db: LensDatabase, record: DamagedRecord): Promise<void> {
  await db.table(record.table).put(record.raw);
}

import { inChunks } from '../db/chunks';
import type { LensDatabase } from '../db/database';
import { COLOUR_SLOTS } from '../page/list-colours';
import {
  Watchlist,
  WatchTerm,
  WatchTermId,
  newWatchTermId,
  newWatchlistId,
  type WatchTermInput,
} from '../db/watchlists-schema';

const now = () => new Date().toISOString();

/** A new list takes the first colour no other list has (or cycles when all are taken). */
async function freeColour(db: LensDatabase): Promise<number> {
  const used = new Set((await db.watchlists.toArray()).map((list) => list.colour));
  for (let slot = 0; slot < COLOUR_SLOTS; slot++) if (!used.has(slot)) return slot;
  return used.size % COLOUR_SLOTS;
}

/** A new list; `shared` keeps a shared file's id, colour and switch, where it has them. */
export async function createWatchlist(
  db: LensDatabase,
  name: string,
  shared: Partial<Pick<Watchlist, 'id' | 'colour' | 'enabled'>> = {},
): Promise<Watchlist> {
  const time = now();
  const list = Watchlist.parse({
    id: shared.id ?? newWatchlistId(),
    name,
    colour: shared.colour ?? (await freeColour(db)),
    enabled: shared.enabled ?? true,
    createdAt: time,
    updatedAt: time,
  });
  await db.watchlists.add(list);
  return list;
}

export type WatchlistChanges = Partial<Pick<Watchlist, 'name' | 'colour' | 'enabled'>>;

export async function updateWatchlist(db: LensDatabase, id: string, changes: WatchlistChanges): Promise<Watchlist> {
  return db.transaction('rw', db.watchlists, async () => {
    const current = await db.watchlists.get(id);
    if (!current) throw new Error(`No watchlist with id ${id}`);
    const next = Watchlist.parse({ ...current, ...changes, updatedAt: now() });
    await db.watchlists.put(next);
    return next;
  });
}

/** A list with its terms, as deleted: what undo puts back. */
export interface DeletedWatchlist {
  list: Watchlist;
  terms: WatchTerm[];
}

export async function deleteWatchlist(db: LensDatabase, id: string): Promise<DeletedWatchlist | undefined> {
  return db.transaction('rw', db.watchlists, db.watchTerms, async () => {
    const list = await db.watchlists.get(id);
    if (!list) return undefined;
    const terms = await db.watchTerms.where('listId').equals(id).toArray();
    await db.watchTerms.where('listId').equals(id).delete();
    await db.watchlists.delete(id);
    return { list, terms };
  });
}

export async function restoreWatchlist(db: LensDatabase, { list, terms }: DeletedWatchlist): Promise<void> {
  await db.transaction('rw', db.watchlists, db.watchTerms, async () => {
    await db.watchlists.put(Watchlist.parse(list));
    await db.watchTerms.bulkPut(terms.map((term) => WatchTerm.parse(term)));
  });
}

export type NewWatchTerm = Omit<WatchTermInput, 'id' | 'createdAt' | 'updatedAt'>;

export async function addWatchTerm(db: LensDatabase, fields: NewWatchTerm): Promise<WatchTerm> {
  const time = now();
  const term = WatchTerm.parse({ ...fields, id: newWatchTermId(), createdAt: time, updatedAt: time });
  await db.transaction('rw', db.watchlists, db.watchTerms, async () => {
    if (!(await db.watchlists.get(term.listId))) throw new Error(`No watchlist with id ${term.listId}`);
    await db.watchTerms.add(term);
  });
  return term;
}

export type WatchTermChanges = Partial<Omit<WatchTermInput, 'id' | 'createdAt' | 'updatedAt'>>;

export async function updateWatchTerm(db: LensDatabase, id: string, changes: WatchTermChanges): Promise<WatchTerm> {
  return db.transaction('rw', db.watchTerms, async () => {
    const current = await db.watchTerms.get(id);
    if (!current) throw new Error(`No term with id ${id}`);
    const next = WatchTerm.parse({ ...current, ...changes, updatedAt: now() });
    await db.watchTerms.put(next);
    return next;
  });
}

/** Deletes a term and returns it, so that the reader can undo. */
export async function deleteWatchTerm(db: LensDatabase, id: string): Promise<WatchTerm | undefined> {
  return db.transaction('rw', db.watchTerms, async () => {
    const current = await db.watchTerms.get(id);
    if (current) await db.watchTerms.delete(id);
    return current;
  });
}

export async function restoreWatchTerm(db: LensDatabase, term: WatchTerm): Promise<void> {
  await db.watchTerms.put(WatchTerm.parse(term));
}

export const allWatchlists = (db: LensDatabase): Promise<Watchlist[]> => db.watchlists.orderBy('name').toArray();

/**
 * Terms read or written per request. Each copies its records on the page's thread: 2,000
 * sanctions terms held it for 80-130 ms of CPU on the project's machine, 250 for a tenth of
 * that, and the page paints between requests.
 */
export const TERMS_PER_REQUEST = 250;

/**
 * The terms of a list, read a few hundred at a time: one `getAll` of 20,000 copied them all
 * out in a single task of the page (bulkGet reads each record in a request of its own).
 */
export async function termsOfList(db: LensDatabase, listId: string): Promise<WatchTerm[]> {
  const ids = await db.watchTerms.where('listId').equals(listId).primaryKeys();
  const terms: WatchTerm[] = [];
  for (const chunk of inChunks(ids, TERMS_PER_REQUEST)) for (const term of await db.watchTerms.bulkGet(chunk)) if (term) terms.push(term);
  return terms;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A list's terms by label, in the order the database's label index keeps (code units); namesakes
 * by their entity's id, as the file wrote it, so that they keep their places from one visit to
 * the next (their own ids are random).
 */
export const termsOf = async (db: LensDatabase, listId: string): Promise<WatchTerm[]> =>
  (await termsOfList(db, listId)).sort(
    (a, b) => byCodeUnits(a.label, b.label) || byCodeUnits(a.sanctions?.entityId ?? '', b.sanctions?.entityId ?? '') || byCodeUnits(a.id, b.id),
  );

/** The lists by name, and how many terms each holds (counted by the database, not read). */
export async function listsWithCounts(db: LensDatabase): Promise<{ lists: Watchlist[]; counts: Map<string, number> }> {
  const lists = await allWatchlists(db);
  const counts = await Promise.all(lists.map((list) => db.watchTerms.where('listId').equals(list.id).count()));
  return { lists, counts: new Map(lists.map((list, at) => [list.id, counts[at]!])) };
}

/** Records that read back damaged are left out (and said so), never passed on half-formed. */
function parsedRecords<T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }, records: unknown[]): T[] {
  return records.flatMap((record) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) console.warn('State Security Lens: a damaged watchlist record was skipped', record);
    return parsed.success ? [parsed.data as T] : [];
  });
}

/** Every list, each checked as it is read (for the colours of a page's terms). */
export const checkedWatchlists = async (db: LensDatabase): Promise<Watchlist[]> => parsedRecords(Watchlist, await db.watchlists.toArray());

/** The lists that are switched on, and their terms: what the matcher is compiled from. */
export async function enabledTerms(db: LensDatabase): Promise<{ lists: Watchlist[]; terms: WatchTerm[] }> {
  return db.transaction('r', db.watchlists, db.watchTerms, async () => {
    const lists = (await checkedWatchlists(db)).filter((list) => list.enabled);
    const ids = lists.map((list) => list.id);
    // A list at a time: `equals` reads with one getAll, where `anyOf` walks a cursor record by
    // record (1.4 s against 0.87 s for 100,000 terms in the background).
    const records = await Promise.all(ids.map((id) => db.watchTerms.where('listId').equals(id).toArray()));
    const terms = parsedRecords(WatchTerm, records.flat());
    return { lists, terms };
  });
}

/** These terms as they are now, by id, where they are in an enabled list. */
export async function enabledTermsById(db: LensDatabase, ids: readonly string[]): Promise<Map<string, WatchTerm>> {
  return db.transaction('r', db.watchlists, db.watchTerms, async () => {
    const enabled = new Set((await checkedWatchlists(db)).filter((list) => list.enabled).map((list) => list.id));
    const present = (await db.watchTerms.bulkGet([...ids])).filter((record) => record !== undefined);
    const terms = parsedRecords(WatchTerm, present).filter((term) => enabled.has(term.listId));
    return new Map(terms.map((term) => [term.id, term]));
  });
}

/** The terms whose label, other names or note contain `query` (any case): the watchlists page's search. */
export function termsMatching(terms: readonly WatchTerm[], query: string): readonly WatchTerm[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return terms;
  return terms.filter((term) => [term.label, ...term.aliases, term.note].some((text) => text.toLowerCase().includes(needle)));
}

/** The labels of these reader's terms (a damaged or deleted one has none), for pages that list term ids. */
export async function watchTermLabels(db: LensDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = ids.filter((id) => WatchTermId.safeParse(id).success);
  const records = wanted.length > 0 ? await db.watchTerms.bulkGet(wanted) : [];
  const labels = new Map<string, string>();
  for (const record of records) {
    const term = WatchTerm.safeParse(record);
    if (term.success) labels.set(term.data.id, term.data.label);
  }
  return labels;
}

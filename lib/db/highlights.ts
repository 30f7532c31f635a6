import type { LensDatabase } from './database';
import { parseToSave } from '../checks/problems';
import { byCreation, readPage, sortHighlights, type SortedRecords } from './records';
import { SavedHighlight, SavedPage, type NewHighlight } from './schema';

export type HighlightChanges = Partial<Pick<SavedHighlight, 'note' | 'tags'>>;

const now = () => new Date().toISOString();

/**
 * Saves a highlight and records its page, in one transaction. Saving is idempotent, so that a
 * save retried after a lost answer (the background stopped mid-save) never makes a second copy:
 * `id` is the caller's, made once per save and sent again with a retry, and a highlight already
 * stored under it is returned as it is; so is one of the same passage on the same page (the same
 * quote in the same context), whatever its id.
 */
export async function saveHighlight(db: LensDatabase, fields: NewHighlight, id: string = crypto.randomUUID()): Promise<SavedHighlight> {
  const time = now();
  const highlight = parseToSave(SavedHighlight, { ...fields, id, createdAt: time, updatedAt: time });
  return db.transaction('rw', db.highlights, db.pages, async () => {
    const stored = await db.highlights.get(id);
    const [sameId] = sortHighlights(stored ? [stored] : []).valid;
    const existing = sameId ?? (await samePassage(db, highlight));
    if (existing) return existing;
    await db.highlights.add(highlight);
    await touchPage(db, highlight.url, highlight.pageTitle, time);
    return highlight;
  });
}

/** A stored highlight of the same passage: the same page, quote and context. */
async function samePassage(db: LensDatabase, { url, quote }: SavedHighlight): Promise<SavedHighlight | undefined> {
  const onPage = sortHighlights(await db.highlights.where('url').equals(url).toArray()).valid;
  return onPage.find(
    (other) => other.quote.exact === quote.exact && other.quote.prefix === quote.prefix && other.quote.suffix === quote.suffix,
  );
}

async function touchPage(db: LensDatabase, url: string, title: string, time: string): Promise<void> {
  // A damaged page record is replaced by a whole one.
  const page = await readPage(db, url);
  const next: SavedPage = page
    ? { ...page, title: title || page.title, lastSeen: time }
    : { url, title, note: '', firstSeen: time, lastSeen: time };
  await db.pages.put(next);
}

export async function updateHighlight(db: LensDatabase, id: string, changes: HighlightChanges): Promise<SavedHighlight> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (!current) throw new Error(`No saved highlight with id ${id}`);
    const next = parseToSave(SavedHighlight, { ...current, ...changes, updatedAt: now() });
    await db.highlights.put(next);
    return next;
  });
}

/** Deletes a highlight and returns it, so that the reader can undo. */
export async function deleteHighlight(db: LensDatabase, id: string): Promise<SavedHighlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (current) await db.highlights.delete(id);
    return current;
  });
}

/** Puts back a highlight exactly as it was (undo of a delete). */
export async function restoreHighlight(db: LensDatabase, highlight: SavedHighlight): Promise<void> {
  await db.highlights.put(SavedHighlight.parse(highlight));
}

/** A page's highlights, oldest first, as they appear while reading, and its damaged ones. */
export async function highlightsOn(db: LensDatabase, url: string): Promise<SortedRecords<SavedHighlight>> {
  const sorted = sortHighlights(await db.highlights.where('url').equals(url).toArray());
  sorted.valid.sort(byCreation);
  return sorted;
}

export function pageNote(db: LensDatabase, url: string): Promise<SavedPage | undefined> {
  return readPage(db, url);
}

export async function setPageNote(db: LensDatabase, url: string, title: string, note: string): Promise<SavedPage> {
  return db.transaction('rw', db.pages, async () => {
    const time = now();
    await touchPage(db, url, title, time);
    const page = parseToSave(SavedPage, { ...(await db.pages.get(url)), note });
    await db.pages.put(page);
    return page;
  });
}

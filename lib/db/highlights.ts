import type { LensDatabase } from './database';
import { parseToSave } from './problems';
import { byCreation, readPage, sortHighlights, type SortedRecords } from './records';
import { SavedHighlight, SavedPage, type NewHighlight } from './schema';

export type HighlightChanges = Partial<Pick<SavedHighlight, 'note' | 'tags'>>;

const now = () => new Date().toISOString();

/** Saves a highlight and records its page, in one transaction. */
export async function saveHighlight(db: LensDatabase, fields: NewHighlight): Promise<SavedHighlight> {
  const time = now();
  const highlight = parseToSave(SavedHighlight, { ...fields, id: crypto.randomUUID(), createdAt: time, updatedAt: time });
  await db.transaction('rw', db.highlights, db.pages, async () => {
    await db.highlights.add(highlight);
    await touchPage(db, highlight.url, highlight.pageTitle, time);
  });
  return highlight;
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

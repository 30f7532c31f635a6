import { Dexie } from 'dexie';
import type { LensDatabase } from '../lib/db/database';
import { SAVED_PAGES_KEY, savedPagesRecord } from '../lib/saved-pages';

/** Changes come in bursts (an import, a page of undos): the record is written once they settle. */
const SETTLE_MS = 300;

/**
 * Keeps the record of the pages with saved passages (lib/saved-pages.ts) in step with the
 * database, from every extension context that writes highlights (the background saves them;
 * the library, the popup and the term page delete and restore them; imports add thousands):
 * Dexie tells each context of its own writes. `now`: written at once too (the background, as
 * it starts: a database from before the record).
 */
export function keepSavedPagesRecord(db: LensDatabase, { now = false } = {}): void {
  const highlights = `idb://${db.name}/highlights/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    void writeSavedPagesRecord(db).catch((error) => console.warn('State Security Lens: the record of saved pages was not written', error));
  };
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => part.startsWith(highlights))) return;
    clearTimeout(timer);
    timer = setTimeout(write, SETTLE_MS);
  });
  if (now) write();
}

/** The pages with saved highlights (the url index's keys alone), written as the record. */
export async function writeSavedPagesRecord(db: LensDatabase): Promise<void> {
  const urls = (await db.highlights.orderBy('url').uniqueKeys()) as string[];
  await browser.storage.local.set({ [SAVED_PAGES_KEY]: savedPagesRecord(urls) });
}

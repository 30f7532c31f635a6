import { Dexie, type EntityTable } from 'dexie';
import type { Correction } from '../corrections';
import type { SavedHighlight, SavedPage } from './schema';

/**
 * The extension's one database. It lives in the extension's own origin (background, popup
 * and extension pages): a content script that opened IndexedDB would write into the news
 * site's storage, where the site could read it and "clear site data" would wipe it.
 *
 * Schema changes add a version with an upgrade function; versions are never edited once
 * released, so that readers' data is migrated, never lost.
 */
export type LensDatabase = Dexie & {
  highlights: EntityTable<SavedHighlight, 'id'>;
  pages: EntityTable<SavedPage, 'url'>;
  corrections: EntityTable<Correction, 'id'>;
};

export function openDatabase(name = 'state-security-lens'): LensDatabase {
  const db = new Dexie(name) as LensDatabase;
  db.version(1).stores({
    // Indexed fields only; the rest of each record is stored as it is.
    highlights: 'id, url, termId, createdAt, updatedAt, *tags',
    pages: 'url, lastSeen',
  });
  // The reader's "Not this" (lib/corrections.ts). Version 2 is the watch lists' (a version may
  // be skipped: Dexie only needs them in order); this one adds its own table and keeps the rest.
  db.version(3).stores({ corrections: 'id, site, createdAt' });
  return db;
}

/**
 * Asks the browser to keep the database under storage pressure: readers of local-first
 * annotation tools lost everything when the browser evicted it (WorldBrain/Memex #783, #1009).
 */
export function keepDatabase(): void {
  navigator.storage?.persist?.().catch(() => {
    // Not granted: the data stays, it is only evictable under pressure.
  });
}

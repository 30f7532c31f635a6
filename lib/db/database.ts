import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Correction } from './corrections-schema';
import { companyOfPages, type TermCompany } from './sighting-company';
import { validPages, type SightingPage, type TermSummary } from './sighting-summaries';
import type { Sighting } from './sightings-schema';
import type { CachedChanges, CachedIndex } from './watch-cache';
import type { Watchlist, WatchTerm } from './watchlists-schema';
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
  watchlists: EntityTable<Watchlist, 'id'>;
  watchTerms: EntityTable<WatchTerm, 'id'>;
  /** The background's index of the enabled lists, and the terms changed since (lib/db/watch-cache.ts, kept by lib/watchlists/watch-index.ts). */
  watchCache: Table<CachedIndex | CachedChanges, (CachedIndex | CachedChanges)['key']>;
  corrections: EntityTable<Correction, 'id'>;
  /** Keyed by [termId, url]: one record per term and page. */
  sightings: Table<Sighting, [string, string]>;
  /** Summaries kept with the sightings (lib/db/sighting-summaries.ts, kept by lib/sightings/page-index.ts): terms per page, pages per term. */
  sightingPages: EntityTable<SightingPage, 'url'>;
  sightingTerms: EntityTable<TermSummary, 'termId'>;
  /** For each term, the pages it shares with each other term (lib/db/sighting-company.ts). */
  sightingCompany: EntityTable<TermCompany, 'termId'>;
};

export function openDatabase(name = 'state-security-lens', options?: DexieOptions): LensDatabase {
  const db = new Dexie(name, options) as LensDatabase;
  db.version(1).stores({
    // Indexed fields only; the rest of each record is stored as it is.
    highlights: 'id, url, termId, createdAt, updatedAt, *tags',
    pages: 'url, lastSeen',
  });
  // The reader's own terms (lib/watchlists/). New tables only: highlights and pages carry over.
  db.version(2).stores({
    watchlists: 'id, name',
    watchTerms: 'id, listId, label',
    watchCache: 'key',
  });
  // The reader's "Not this" (lib/db/corrections-schema.ts). Version 2 is the watch lists' (a version may
  // be skipped: Dexie only needs them in order); this one adds its own table and keeps the rest.
  db.version(3).stores({ corrections: 'id, site, createdAt' });
  // Where each term was seen (lib/sightings/). Versions 2 and 3 belong to other tables.
  db.version(4).stores({ sightings: '[termId+url], url, termId, lastSeen, [termId+lastSeen]', sightingPages: 'url, *termIds', sightingTerms: 'termId' });
  // The company of each term, summed up from the terms of each page so that a term's page need
  // not read them all (lib/db/sighting-company.ts). Made here from the pages version 4 kept.
  db.version(5)
    .stores({ sightingCompany: 'termId' })
    .upgrade(async (tx) => {
      const pages = validPages(await tx.table('sightingPages').toArray());
      await tx.table('sightingCompany').bulkPut(companyOfPages(pages.map(({ termIds }) => termIds)));
    });
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

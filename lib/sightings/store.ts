import { Dexie } from 'dexie';
import type { LensDatabase } from '../db/database';
import { siteOf } from '../url';
import { readSightings } from './lean-read';
import { noteVisit, refreshSummaries } from './page-index';
import type { PageVisit, SeenElsewhere, Sighting } from '../db/sightings-schema';

const now = () => new Date().toISOString();

/**
 * Records a page visit: each term's sighting on the page is made, or updated (title, date,
 * count and lastSeen from this visit; firstSeen kept). Writing the same visit again changes
 * only lastSeen, so a live page reporting as it grows keeps one record per term.
 */
export async function recordVisit(db: LensDatabase, { page, terms }: PageVisit, time = now()): Promise<void> {
  await db.transaction('rw', db.sightings, db.sightingPages, db.sightingTerms, db.sightingCompany, async () => {
    const saved = await db.sightings.bulkGet(terms.map(({ termId }) => [termId, page.url]));
    const site = siteOf(page.url);
    const next = terms.map(({ termId, count }, i): Sighting => {
      const before = saved[i];
      const publishedAt = page.publishedAt ?? before?.publishedAt;
      return {
        termId,
        url: page.url,
        title: page.title || before?.title || '',
        site,
        ...(publishedAt && { publishedAt }),
        firstSeen: before?.firstSeen ?? time,
        lastSeen: time,
        count,
      };
    });
    await db.sightings.bulkPut(next);
    const termIds = terms.map(({ termId }) => termId);
    await noteVisit(db, page.url, termIds, termIds.filter((_, i) => !saved[i]), time);
  });
}

/** "Forget this page": every sighting on it; returns those that can be restored (the valid ones), for Undo. */
export async function forgetPage(db: LensDatabase, url: string): Promise<Sighting[]> {
  return db.transaction('rw', db.sightings, db.sightingPages, db.sightingTerms, db.sightingCompany, async () => {
    const records = await db.sightings.where('url').equals(url).toArray();
    await db.sightings.where('url').equals(url).delete();
    await refreshSummaries(db, [url], records.map(({ termId }) => termId));
    return readSightings(records);
  });
}

/** Undoes "Forget this page": its sightings back, merged with any recorded since (as an import merges them). */
export async function restorePage(db: LensDatabase, sightings: readonly Sighting[]): Promise<void> {
  await db.transaction('rw', db.sightings, db.sightingPages, db.sightingTerms, db.sightingCompany, () => mergeSightings(db, sightings));
}

/** Clears every sighting, or those last seen before `before` (an ISO time); returns how many. */
export async function clearSightings(db: LensDatabase, before?: string): Promise<number> {
  return db.transaction('rw', db.sightings, db.sightingPages, db.sightingTerms, db.sightingCompany, async () => {
    if (before === undefined) {
      const count = await db.sightings.count();
      await Promise.all([db.sightings.clear(), db.sightingPages.clear(), db.sightingTerms.clear(), db.sightingCompany.clear()]);
      return count;
    }
    const older = await db.sightings.where('lastSeen').below(before).primaryKeys();
    await db.sightings.bulkDelete(older);
    await refreshSummaries(db, older.map(([, url]) => url), older.map(([termId]) => termId));
    return older.length;
  });
}

/** Most recently seen first; of two seen at once, the later address first (as IndexedDB orders keys). */
const newestFirst = (a: Sighting, b: Sighting) => (a.lastSeen !== b.lastSeen ? (a.lastSeen < b.lastSeen ? 1 : -1) : a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

/** A term's sightings, most recently seen first. */
export async function sightingsOf(db: LensDatabase, termId: string): Promise<Sighting[]> {
  // Read by primary key ([termId, url]) in one request and sorted here, not by the
  // [termId+lastSeen] index: Dexie's liveQuery watches a primary-key range as one range, but
  // after an index read it notes the primary key of every record read, thousands of compound
  // keys put one by one into its range tree.
  const records = await db.sightings.where(':id').between([termId, Dexie.minKey], [termId, Dexie.maxKey]).toArray();
  return readSightings(records).sort(newestFirst);
}

const RECENT_ON_CARD = 3;

/** What the card says: the other pages a term was seen on, since when, and the latest three. */
export async function seenElsewhere(db: LensDatabase, termId: string, url: string): Promise<SeenElsewhere> {
  const others = (await sightingsOf(db, termId)).filter((sighting) => sighting.url !== url);
  const since = others.reduce<string | undefined>((first, { firstSeen }) => (!first || firstSeen < first ? firstSeen : first), undefined);
  const recent = others.slice(0, RECENT_ON_CARD).map(({ url, title, site, publishedAt, lastSeen }) => ({
    url,
    title,
    site,
    ...(publishedAt && { publishedAt }),
    lastSeen,
  }));
  return { pages: others.length, ...(since && { since }), recent };
}

/** Two records of one term on one page: the visits of both, the latest one's facts. */
function mergeSighting(saved: Sighting | undefined, imported: Sighting): Sighting {
  if (!saved) return imported;
  const latest = imported.lastSeen > saved.lastSeen ? imported : saved;
  return { ...latest, firstSeen: imported.firstSeen < saved.firstSeen ? imported.firstSeen : saved.firstSeen };
}

/** Brings imported sightings in, inside the import's transaction; a file imported twice changes nothing. */
export async function mergeSightings(db: LensDatabase, sightings: readonly Sighting[]): Promise<void> {
  if (sightings.length === 0) return;
  // One record per term and page, even if the file lists one twice.
  const imported = new Map<string, Sighting>();
  for (const sighting of sightings) {
    const key = `${sighting.termId} ${sighting.url}`;
    imported.set(key, mergeSighting(imported.get(key), sighting));
  }
  const incoming = [...imported.values()];
  const saved = await db.sightings.bulkGet(incoming.map(({ termId, url }) => [termId, url]));
  await db.sightings.bulkPut(incoming.map((sighting, i) => mergeSighting(saved[i], sighting)));
  await refreshSummaries(db, incoming.map(({ url }) => url), incoming.map(({ termId }) => termId));
}

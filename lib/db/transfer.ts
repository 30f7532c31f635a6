import type { Collection } from '../export/collection';
import { mergeSightings, validSightings } from '../sightings/store';
import type { LensDatabase } from './database';
import { highlightsOn } from './highlights';
import type { SavedHighlight, SavedPage } from './schema';

/** Everything saved, oldest first, and where each term was seen. */
export async function collectAll(db: LensDatabase): Promise<Collection> {
  return db.transaction('r', db.highlights, db.pages, db.sightings, async () => ({
    pages: await db.pages.toArray(),
    highlights: await db.highlights.orderBy('createdAt').toArray(),
    sightings: validSightings(await db.sightings.toArray()),
  }));
}

/** These highlights (what the library shows, say) with the pages they were saved on. */
export async function collectHighlights(db: LensDatabase, highlights: readonly SavedHighlight[]): Promise<Collection> {
  const urls = [...new Set(highlights.map((highlight) => highlight.url))];
  const pages = (await db.pages.bulkGet(urls)).filter((page) => page !== undefined);
  return { pages, highlights: [...highlights] };
}

/** One page's highlights and its note. */
export async function collectPage(db: LensDatabase, url: string): Promise<Collection> {
  return collectHighlights(db, await highlightsOn(db, url));
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

const isNewer = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** The page seen most recently gives the title and note; the two together span both visits. */
function mergePage(saved: SavedPage | undefined, imported: SavedPage): SavedPage {
  if (!saved) return imported;
  const newer = isNewer(imported.lastSeen, saved.lastSeen) ? imported : saved;
  return { ...newer, firstSeen: isNewer(saved.firstSeen, imported.firstSeen) ? imported.firstSeen : saved.firstSeen };
}

const samePage = (a: SavedPage, b: SavedPage) =>
  a.title === b.title && a.note === b.note && a.firstSeen === b.firstSeen && a.lastSeen === b.lastSeen;

/** A page for highlights that came without one (Web Annotation files have no pages). */
function pageFor(highlights: readonly SavedHighlight[]): SavedPage {
  const first = highlights[0]!;
  const times = highlights.flatMap((highlight) => [highlight.createdAt, highlight.updatedAt]).sort((a, b) => Date.parse(a) - Date.parse(b));
  return { url: first.url, title: first.pageTitle, note: '', firstSeen: times[0]!, lastSeen: times.at(-1)! };
}

async function mergePages(db: LensDatabase, { pages, highlights }: Collection): Promise<void> {
  const imported = new Map(pages.map((page) => [page.url, page]));
  const urls = [...new Set([...imported.keys(), ...highlights.map((highlight) => highlight.url)])];
  const saved = await db.pages.bulkGet(urls);
  const byPage = Map.groupBy(highlights, (highlight) => highlight.url);
  const changed = urls.flatMap((url, i) => {
    const page = imported.get(url);
    const current = saved[i];
    // A page already saved keeps its note; one never seen is made from its highlights.
    const next = page ? mergePage(current, page) : (current ?? pageFor(byPage.get(url)!));
    return current && samePage(current, next) ? [] : [next];
  });
  // Only what changed is written: a file imported twice writes nothing the second time.
  await db.pages.bulkPut(changed);
}

/**
 * Brings a parsed file in, in one transaction: a highlight whose id is already saved is
 * replaced only by a newer edit (updatedAt), the others are added; pages are merged.
 */
export async function importCollection(db: LensDatabase, collection: Collection): Promise<ImportCounts> {
  return db.transaction('rw', db.highlights, db.pages, db.sightings, db.sightingPages, db.sightingTerms, async () => {
    const { highlights } = collection;
    const saved = await db.highlights.bulkGet(highlights.map((highlight) => highlight.id));
    const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
    const changed = highlights.filter((highlight, i) => {
      const current = saved[i];
      const kind = !current ? 'added' : isNewer(highlight.updatedAt, current.updatedAt) ? 'updated' : 'unchanged';
      counts[kind]++;
      return kind !== 'unchanged';
    });
    await db.highlights.bulkPut(changed);
    await mergePages(db, collection);
    await mergeSightings(db, collection.sightings ?? []);
    return counts;
  });
}

import type { Collection, ExportCollection } from './collection';
import { readSightings } from '../sightings/lean-read';
import { mergeSightings } from '../sightings/store';
import type { ImportReport } from '../watchlists/merge';
import { exportWatchlists, importWatchlists } from '../watchlists/transfer';
import type { OnProgress } from '../scheduling/progress';
import { inChunks } from '../db/chunks';
import { allCorrections, mergeCorrections } from '../db/corrections';
import type { LensDatabase } from '../db/database';
import { highlightsOn } from '../db/highlights';
import { readHighlights, readPages, sortPages, type DamagedRecord } from '../db/records';
import type { SavedHighlight, SavedPage } from '../db/schema';

/**
 * Everything saved, oldest first, with the reader's watchlists when there are any, and the
 * damaged records as they are (a JSON export keeps them).
 */
export async function collectAll(db: LensDatabase): Promise<ExportCollection> {
  const watchlists = await exportWatchlists(db);
  return db.transaction('r', db.highlights, db.pages, db.corrections, db.sightings, async () => {
    const highlights = await readHighlights(db);
    const pages = await readPages(db);
    return {
      pages: pages.valid,
      highlights: highlights.valid,
      corrections: await allCorrections(db),
      sightings: readSightings(await db.sightings.toArray()),
      ...(watchlists.length > 0 && { watchlists }),
      damaged: [...highlights.damaged, ...pages.damaged],
    };
  });
}

/** These highlights (what the library shows, say) with the pages they were saved on. */
export async function collectHighlights(
  db: LensDatabase,
  highlights: readonly SavedHighlight[],
  damaged: readonly DamagedRecord[] = [],
): Promise<ExportCollection> {
  const urls = [...new Set(highlights.map((highlight) => highlight.url))];
  const pages = sortPages((await db.pages.bulkGet(urls)).filter((page) => page !== undefined));
  return { pages: pages.valid, highlights: [...highlights], damaged: [...damaged, ...pages.damaged] };
}

/** One page's highlights and its note, with its damaged highlights. */
export async function collectPage(db: LensDatabase, url: string): Promise<ExportCollection> {
  const { valid, damaged } = await highlightsOn(db, url);
  return collectHighlights(db, valid, damaged);
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What an import did: its highlights counted, and what its watchlists (an archive of version 2) brought. */
export type ImportOutcome = ImportCounts & { watchlists?: ImportReport };

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
  // A damaged page record is treated as absent: the file's copy, or one made anew, replaces it.
  const saved = sortPages(await db.pages.bulkGet(urls)).valid;
  const savedByUrl = new Map(saved.map((page) => [page.url, page]));
  const byPage = Map.groupBy(highlights, (highlight) => highlight.url);
  const changed = urls.flatMap((url) => {
    const page = imported.get(url);
    const current = savedByUrl.get(url);
    // A page already saved keeps its note; one never seen is made from its highlights.
    const next = page ? mergePage(current, page) : (current ?? pageFor(byPage.get(url)!));
    return current && samePage(current, next) ? [] : [next];
  });
  // Only what changed is written: a file imported twice writes nothing the second time.
  for (const chunk of inChunks(changed)) await db.pages.bulkPut(chunk);
}

/** A saved highlight is replaced only by a newer edit; a damaged one by any valid copy. */
function kindOfChange(highlight: SavedHighlight, current: unknown): keyof ImportCounts {
  if (current === undefined) return 'added';
  const saved = current as Partial<SavedHighlight>;
  const comparable = typeof saved.updatedAt === 'string' && !Number.isNaN(Date.parse(saved.updatedAt));
  return !comparable || isNewer(highlight.updatedAt, saved.updatedAt!) ? 'updated' : 'unchanged';
}

/**
 * Brings a parsed file in, in one transaction (all or nothing): a highlight whose id is
 * already saved is replaced only by a newer edit (updatedAt), the others are added; pages are
 * merged; its watchlists merged into the reader's. Written in chunks, each its own request, so
 * that the page paints progress between.
 */
export async function importCollection(db: LensDatabase, collection: Collection, onProgress: OnProgress = () => {}): Promise<ImportOutcome> {
  const tables = [db.highlights, db.pages, db.corrections, db.sightings, db.sightingPages, db.sightingTerms, db.sightingCompany, db.watchlists, db.watchTerms];
  return db.transaction('rw', tables, async () => {
    const { highlights } = collection;
    const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
    let done = 0;
    for (const chunk of inChunks(highlights)) {
      onProgress({ stage: 'writing', done, total: highlights.length });
      done += chunk.length;
      const saved = await db.highlights.bulkGet(chunk.map((highlight) => highlight.id));
      const changed = chunk.filter((highlight, i) => {
        const kind = kindOfChange(highlight, saved[i]);
        counts[kind]++;
        return kind !== 'unchanged';
      });
      await db.highlights.bulkPut(changed);
    }
    await mergePages(db, collection);
    await mergeCorrections(db, collection.corrections ?? []);
    await mergeSightings(db, collection.sightings ?? []);
    onProgress({ stage: 'writing', done: highlights.length, total: highlights.length });
    if (!collection.watchlists?.length) return counts;
    return { ...counts, watchlists: await importWatchlists(db, collection.watchlists, onProgress) };
  });
}

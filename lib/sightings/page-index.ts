import { Dexie } from 'dexie';
import { z } from 'zod/mini';
import type { LensDatabase } from '../db/database';
import { PageUrl } from '../db/schema';
import { TermId } from '../dictionary/schema';

/**
 * Two summaries kept beside the sightings, so that the questions asked of all of them at once
 * read a record per page or per term, not one per sighting: IndexedDB counts and cursors step
 * through every entry, and 100,000 of them take seconds. Derived data: every change to the
 * sightings updates them in the same transaction.
 */

/** The terms seen on a page, for "the terms seen on the same pages as this one". */
export const SightingPage = z.object({ url: PageUrl, termIds: z.array(TermId) });
export type SightingPage = z.infer<typeof SightingPage>;

/** A term's number of pages and when it was last seen, for the library's Terms view. */
export const TermSummary = z.object({
  termId: TermId,
  pages: z.int().check(z.positive()),
  lastSeen: z.iso.datetime(),
});
export type TermSummary = z.infer<typeof TermSummary>;

function valid<T>(schema: z.ZodMiniType<T>, records: readonly unknown[]): T[] {
  return records.flatMap((record) => {
    const parsed = schema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A visit saw these terms on the page at `time`; `newTermIds` had not been seen there before. */
export async function noteVisit(db: LensDatabase, url: string, termIds: readonly string[], newTermIds: readonly string[], time: string): Promise<void> {
  const [page, summaries] = await Promise.all([db.sightingPages.get(url), db.sightingTerms.bulkGet([...termIds])]);
  await db.sightingPages.put({ url, termIds: [...new Set([...(page?.termIds ?? []), ...termIds])] });
  const isNew = new Set(newTermIds);
  await db.sightingTerms.bulkPut(
    termIds.map((termId, i) => ({ termId, pages: (summaries[i]?.pages ?? 0) + (isNew.has(termId) ? 1 : 0), lastSeen: time })),
  );
}

/** Makes the summaries of these pages and terms again from the sightings (after a clear, a forget or an import). */
export async function refreshSummaries(db: LensDatabase, urls: Iterable<string>, termIds: Iterable<string>): Promise<void> {
  const pages = [...new Set(urls)].map(async (url) => {
    const ids = (await db.sightings.where('url').equals(url).primaryKeys()).map(([termId]) => termId);
    return ids.length ? db.sightingPages.put({ url, termIds: ids }) : db.sightingPages.delete(url);
  });
  const terms = [...new Set(termIds)].map(async (termId) => {
    const range = () => db.sightings.where('[termId+lastSeen]').between([termId, Dexie.minKey], [termId, Dexie.maxKey]);
    const [pages, latest] = await Promise.all([range().count(), range().last()]);
    return latest ? db.sightingTerms.put({ termId, pages, lastSeen: latest.lastSeen }) : db.sightingTerms.delete(termId);
  });
  await Promise.all([...pages, ...terms]);
}

export interface TermCount {
  termId: string;
  /** Pages both terms were seen on. */
  pages: number;
}

/** The terms seen most often on the same pages as `termId`, most pages first. */
export async function coOccurring(db: LensDatabase, termId: string, limit = 12): Promise<TermCount[]> {
  const counts = new Map<string, number>();
  for (const page of valid(SightingPage, await db.sightingPages.where('termIds').equals(termId).toArray())) {
    for (const other of page.termIds) if (other !== termId) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([other, pages]) => ({ termId: other, pages }))
    .sort((a, b) => b.pages - a.pages || a.termId.localeCompare(b.termId))
    .slice(0, limit);
}

/** Every term seen, with its number of pages and when it was last seen, by term id. */
export async function termSummaries(db: LensDatabase): Promise<TermSummary[]> {
  return valid(TermSummary, await db.sightingTerms.toArray());
}

import { Dexie } from 'dexie';
import type { LensDatabase } from '../db/database';
import { SightingPage, validPages, validTermSummaries, type TermSummary } from '../db/sighting-summaries';
import { TermCompany, companyChanges, mostOftenTogether, withChanges, type CompanyChanges, type TermCount } from '../db/sighting-company';

/**
 * Three summaries kept beside the sightings, so that the questions asked of many of them at
 * once read a record per page or per term, not one per sighting: IndexedDB counts and cursors
 * step through every entry, and 100,000 of them take seconds. Derived data: every change to the
 * sightings updates them in the same transaction.
 */

/** The terms of a page as its summary says; a damaged summary counts as none, as it does when read. */
const pageTerms = (page: unknown): string[] => SightingPage.safeParse(page).data?.termIds ?? [];

/** A visit saw these terms on the page at `time`; `newTermIds` had not been seen there before. */
export async function noteVisit(db: LensDatabase, url: string, termIds: readonly string[], newTermIds: readonly string[], time: string): Promise<void> {
  const [page, summaries] = await Promise.all([db.sightingPages.get(url), db.sightingTerms.bulkGet([...termIds])]);
  const before = pageTerms(page);
  const after = [...new Set([...before, ...termIds])];
  await db.sightingPages.put({ url, termIds: after });
  const isNew = new Set(newTermIds);
  await db.sightingTerms.bulkPut(
    termIds.map((termId, i) => ({ termId, pages: (summaries[i]?.pages ?? 0) + (isNew.has(termId) ? 1 : 0), lastSeen: time })),
  );
  await noteCompany(db, companyChanges(before, after));
}

/** Makes the summaries of these pages and terms again from the sightings (after a clear, a forget or an import). */
export async function refreshSummaries(db: LensDatabase, urls: Iterable<string>, termIds: Iterable<string>): Promise<void> {
  const changes: CompanyChanges = new Map();
  const pages = [...new Set(urls)].map(async (url) => {
    const [page, keys] = await Promise.all([db.sightingPages.get(url), db.sightings.where('url').equals(url).primaryKeys()]);
    const ids = keys.map(([termId]) => termId);
    companyChanges(pageTerms(page), ids, changes);
    return ids.length ? db.sightingPages.put({ url, termIds: ids }) : db.sightingPages.delete(url);
  });
  const terms = [...new Set(termIds)].map(async (termId) => {
    const range = () => db.sightings.where('[termId+lastSeen]').between([termId, Dexie.minKey], [termId, Dexie.maxKey]);
    const [pages, latest] = await Promise.all([range().count(), range().last()]);
    return latest ? db.sightingTerms.put({ termId, pages, lastSeen: latest.lastSeen }) : db.sightingTerms.delete(termId);
  });
  await Promise.all([...pages, ...terms]);
  await noteCompany(db, changes);
}

/**
 * Counts a term's company from the term lists of its pages: what the summary holds, made the
 * long way, for a summary record that is damaged.
 */
async function togetherFromPages(db: LensDatabase, termId: string): Promise<Record<string, number>> {
  const changes: CompanyChanges = new Map();
  for (const page of validPages(await db.sightingPages.where('termIds').equals(termId).toArray())) companyChanges([], page.termIds, changes);
  return withChanges({}, changes.get(termId) ?? new Map());
}

/** Writes the company summary's changes; to be called after the pages' summaries are written. */
async function noteCompany(db: LensDatabase, changes: CompanyChanges): Promise<void> {
  if (changes.size === 0) return;
  const termIds = [...changes.keys()];
  const saved = await db.sightingCompany.bulkGet(termIds);
  const next = await Promise.all(
    termIds.map(async (termId, i) => {
      if (saved[i] === undefined) return { termId, together: withChanges({}, changes.get(termId)!) };
      const company = TermCompany.safeParse(saved[i]);
      // A damaged record cannot take a change: counted again from the pages, which hold it already.
      return { termId, together: company.success ? withChanges(company.data.together, changes.get(termId)!) : await togetherFromPages(db, termId) };
    }),
  );
  const isEmpty = (company: TermCompany) => Object.keys(company.together).length === 0;
  await db.sightingCompany.bulkPut(next.filter((company) => !isEmpty(company)));
  await db.sightingCompany.bulkDelete(next.filter(isEmpty).map(({ termId }) => termId));
}

/** The terms seen most often on the same pages as `termId`, most pages first. */
export async function coOccurring(db: LensDatabase, termId: string, limit = 12): Promise<TermCount[]> {
  const saved = await db.sightingCompany.get(termId);
  if (saved === undefined) return [];
  const company = TermCompany.safeParse(saved);
  return mostOftenTogether(company.success ? company.data.together : await togetherFromPages(db, termId), limit);
}

/** Every term seen, with its number of pages and when it was last seen, by term id. */
export async function termSummaries(db: LensDatabase): Promise<TermSummary[]> {
  return validTermSummaries(await db.sightingTerms.toArray());
}

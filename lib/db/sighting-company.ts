import { z } from 'zod/mini';
import { TermId } from '../dictionary/schema';
import { checked } from '../checks/checked';

/**
 * "Seen on the same pages": for each term, how many pages it shares with each other term. Kept
 * as a summary beside the sightings (lib/sightings/page-index.ts updates it in the same
 * transactions), so that a term's page reads one record instead of the term lists of every
 * page the term was seen on: for a term seen on 4,353 pages, reading and checking those lists
 * was a third of the page's opening time (bench/sightings.ts). Pure: no database here.
 */
export const TermCompany = z.object({
  termId: TermId,
  /** Each other term, and the number of pages both were seen on. */
  together: z.record(TermId, checked(z.int(), z.positive())),
});
export type TermCompany = z.infer<typeof TermCompany>;

/**
 * A page with more terms than this (a list or an index, not an article) is left out of the
 * counts: a page's pairs grow with the square of its terms, and the 10,000 a visit may report
 * (MAX_TERMS_PER_PAGE) would make a hundred million updates.
 */
export const MAX_TERMS_IN_COMPANY = 500;

/** For each term, for each other term: pages shared gained (positive) or lost (negative). */
export type CompanyChanges = Map<string, Map<string, number>>;

const counted = (termIds: readonly string[]): Set<string> => {
  const terms = new Set(termIds);
  return terms.size <= MAX_TERMS_IN_COMPANY ? terms : new Set();
};

const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((term) => !b.has(term)));

function bump(changes: CompanyChanges, term: string, other: string, step: number): void {
  const ofTerm = changes.get(term) ?? new Map<string, number>();
  ofTerm.set(other, (ofTerm.get(other) ?? 0) + step);
  changes.set(term, ofTerm);
}

/** Adds `step` for every ordered pair of `terms` with at least one member in `changed`. */
function addPairs(changes: CompanyChanges, terms: Set<string>, changed: Set<string>, step: number): void {
  for (const term of terms) {
    for (const other of changed.has(term) ? terms : changed) if (other !== term) bump(changes, term, other, step);
  }
}

/**
 * How the counts change when a page's terms go from `before` to `after` (added to `changes`).
 * Only pairs with a term gained or lost are visited: a revisit that finds the same terms costs
 * nothing.
 */
export function companyChanges(before: readonly string[], after: readonly string[], changes: CompanyChanges = new Map()): CompanyChanges {
  const was = counted(before);
  const is = counted(after);
  addPairs(changes, is, minus(is, was), 1);
  addPairs(changes, was, minus(was, is), -1);
  return changes;
}

/** `together` with the changes of one term made; counts that fall to zero are dropped. */
export function withChanges(together: Readonly<Record<string, number>>, changes: ReadonlyMap<string, number>): Record<string, number> {
  const next = { ...together };
  for (const [other, step] of changes) {
    const pages = (next[other] ?? 0) + step;
    if (pages > 0) next[other] = pages;
    else delete next[other];
  }
  return next;
}

/** The summary made from scratch from every page's terms (the database's upgrade to version 5). */
export function companyOfPages(pages: Iterable<readonly string[]>): TermCompany[] {
  const changes: CompanyChanges = new Map();
  for (const termIds of pages) companyChanges([], termIds, changes);
  return [...changes].map(([termId, ofTerm]) => ({ termId, together: withChanges({}, ofTerm) }));
}

export interface TermCount {
  termId: string;
  /** Pages both terms were seen on. */
  pages: number;
}

/** The terms seen most often with a term, most pages first (then by id, for a stable order). */
export const mostOftenTogether = (together: Readonly<Record<string, number>>, limit: number): TermCount[] =>
  Object.entries(together)
    .map(([termId, pages]) => ({ termId, pages }))
    .sort((a, b) => b.pages - a.pages || a.termId.localeCompare(b.termId))
    .slice(0, limit);

import { z } from 'zod/mini';
import { TermId } from '../dictionary/schema';
import { PageUrl } from './schema';
import { checked } from '../checks/checked';

/**
 * Two of the summaries kept beside the sightings (lib/sightings/page-index.ts keeps them up to
 * date): their records, and the check the database's upgrade to version 5 reads them with.
 */

/** The terms seen on a page, for "the terms seen on the same pages as this one". */
export const SightingPage = z.object({ url: PageUrl, termIds: z.array(TermId) });
export type SightingPage = z.infer<typeof SightingPage>;

/** A term's number of pages and when it was last seen, for the library's Terms view. */
export const TermSummary = z.object({
  termId: TermId,
  pages: checked(z.int(), z.positive()),
  lastSeen: z.iso.datetime(),
});
export type TermSummary = z.infer<typeof TermSummary>;

function valid<T>(schema: z.ZodMiniType<T>, records: readonly unknown[]): T[] {
  return records.flatMap((record) => {
    const parsed = schema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The pages' summaries that pass their schema; a damaged one is left out. */
export const validPages = (records: readonly unknown[]): SightingPage[] => valid(SightingPage, records);

/** The terms' summaries that pass their schema; a damaged one is left out. */
export const validTermSummaries = (records: readonly unknown[]): TermSummary[] => valid(TermSummary, records);

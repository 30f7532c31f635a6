import { z } from 'zod/mini';
import { PageUrl } from './schema';
import { TermId } from '../dictionary/schema';
import { checked } from '../checks/checked';

export const Timestamp = z.iso.datetime();
/** A calendar day as the publisher wrote it (lib/page/published-date.ts). */
export const Day = z.iso.date();
/** Titles are shown and exported, never needed whole: a page's title past this is cut. */
export const MAX_TITLE_CHARS = 500;
/** More distinct terms than any dictionary holds is not a page's report. */
export const MAX_TERMS_PER_PAGE = 10_000;

/**
 * Where a term was seen: one record per term and page, updated on each visit. Kept in the
 * extension's database only; nothing of it leaves the machine unless the reader exports it.
 */
export const Sighting = z.object({
  termId: TermId,
  /** The page's normalised address (lib/url.ts). */
  url: PageUrl,
  title: checked(z.string(), z.maxLength(MAX_TITLE_CHARS)),
  /** The site, for filters: the host without "www." (lib/url.ts siteOf). */
  site: z.string(),
  /** The day the page says it was published, when it says. */
  publishedAt: z.optional(Day),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  /** How many times the term occurs on the page, at the last visit. */
  count: checked(z.int(), z.positive()),
});
export type Sighting = z.infer<typeof Sighting>;

/** What a page visit reports: the page's facts, and each term found there with its count. */
export const PageVisit = z.object({
  page: z.object({
    url: PageUrl,
    title: checked(z.string(), z.maxLength(MAX_TITLE_CHARS)),
    publishedAt: z.optional(Day),
  }),
  terms: checked(z
    .array(z.object({ termId: TermId, count: checked(z.int(), z.positive()) }))
    , z.minLength(1), z.maxLength(MAX_TERMS_PER_PAGE)),
});
export type PageVisit = z.infer<typeof PageVisit>;

/** A sighting as the card lists it. */
export const SightingLink = z.pick(Sighting, { url: true, title: true, site: true, publishedAt: true, lastSeen: true });
export type SightingLink = z.infer<typeof SightingLink>;

/** What a card says about where else its term was seen. */
export const SeenElsewhere = z.object({
  /** Pages other than the one being read. */
  pages: checked(z.int(), z.nonnegative()),
  /** The first time the term was seen on one of them. */
  since: z.optional(Timestamp),
  /** The most recently seen of them, newest first (three at most). */
  recent: z.array(SightingLink),
});
export type SeenElsewhere = z.infer<typeof SeenElsewhere>;

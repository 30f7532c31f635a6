import { normalizeUrl } from '../url';
import { MAX_TITLE_CHARS, PageVisit } from '../db/sightings-schema';

export interface PageFacts {
  /** The page's address as the browser has it. */
  url: string;
  title: string;
  publishedAt?: string;
}

/**
 * The one report of a page visit: the page's facts and each term with its number of
 * occurrences. Undefined when the page holds no term, or is not a web page.
 */
export function pageVisit(facts: PageFacts, occurrences: Iterable<{ termId: string }>): PageVisit | undefined {
  const counts = new Map<string, number>();
  for (const { termId } of occurrences) counts.set(termId, (counts.get(termId) ?? 0) + 1);
  const visit = PageVisit.safeParse({
    page: {
      url: normalizeUrl(facts.url),
      title: facts.title.trim().slice(0, MAX_TITLE_CHARS),
      ...(facts.publishedAt && { publishedAt: facts.publishedAt }),
    },
    terms: [...counts].map(([termId, count]) => ({ termId, count })),
  });
  return visit.success ? visit.data : undefined;
}

/**
 * Is this report about the page that sent it? The browser tells the background which
 * document sent a message; a content script may only report the page it runs in.
 */
export function reportsOwnPage(senderUrl: string | undefined, visit: PageVisit): boolean {
  return senderUrl !== undefined && normalizeUrl(senderUrl) === visit.page.url;
}

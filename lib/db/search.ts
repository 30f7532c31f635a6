import type { Term } from '../dictionary/schema';
import { siteOf } from '../url';
import type { SavedHighlight } from './schema';

/** What the library shows: free text over quotes, notes, terms and titles, and filters. */
export interface HighlightQuery {
  text: string;
  termId: string;
  site: string;
  /** ISO dates (yyyy-mm-dd), inclusive; empty for no bound. */
  from: string;
  to: string;
}

export const EMPTY_QUERY: HighlightQuery = { text: '', termId: '', site: '', from: '', to: '' };

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the query must appear in the highlight's quote, note, term, tags or page title. */
export function matchesText(highlight: SavedHighlight, words: string[], termLabel: string): boolean {
  if (words.length === 0) return true;
  const haystack = fold(
    [highlight.quote.exact, highlight.note, termLabel, highlight.pageTitle, highlight.tags.join(' ')].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

export function filterHighlights(
  highlights: readonly SavedHighlight[],
  query: HighlightQuery,
  terms: ReadonlyMap<string, Term>,
): SavedHighlight[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const to = query.to ? `${query.to}T23:59:59.999Z` : '';
  return highlights.filter(
    (h) =>
      (!query.termId || h.termId === query.termId) &&
      (!query.site || siteOf(h.url) === query.site) &&
      (!query.from || h.createdAt >= query.from) &&
      (!to || h.createdAt <= to) &&
      matchesText(h, words, (h.termId && terms.get(h.termId)?.label) || ''),
  );
}

/** The sites highlights were saved on, for the site filter. */
export const sitesOf = (highlights: readonly SavedHighlight[]): string[] =>
  [...new Set(highlights.map((h) => siteOf(h.url)))].sort();

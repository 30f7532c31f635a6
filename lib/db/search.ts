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

/** A highlight with its searchable text folded once, not on every keystroke. */
export interface Searchable {
  highlight: SavedHighlight;
  text: string;
}

/** Quote, note, term label, page title and tags, folded for search. */
function searchableText(highlight: SavedHighlight, terms: ReadonlyMap<string, Term>): string {
  return fold(
    [
      highlight.quote.exact,
      highlight.note,
      (highlight.termId && terms.get(highlight.termId)?.label) || '',
      highlight.pageTitle,
      highlight.tags.join(' '),
    ].join('\n'),
  );
}

/**
 * The search index of the library, made again after each change of it, folding only the
 * highlights that changed since the last time (every edit moves `updatedAt` on): the edit of one note does not
 * fold the 150,000-character notes of others again.
 */
export function searchIndexer(terms: ReadonlyMap<string, Term>): (highlights: readonly SavedHighlight[]) => Searchable[] {
  let folded = new Map<string, string>();
  return (highlights) => {
    const next = new Map<string, string>();
    const index = highlights.map((highlight) => {
      const key = `${highlight.id}\n${highlight.updatedAt}`;
      const text = folded.get(key) ?? searchableText(highlight, terms);
      next.set(key, text);
      return { highlight, text };
    });
    folded = next;
    return index;
  };
}

/** Every word of the query in the searchable text, and every filter met. */
export function filterHighlights(index: readonly Searchable[], query: HighlightQuery): SavedHighlight[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const to = query.to ? `${query.to}T23:59:59.999Z` : '';
  return index
    .filter(
      ({ highlight: h, text }) =>
        (!query.termId || h.termId === query.termId) &&
        (!query.site || siteOf(h.url) === query.site) &&
        (!query.from || h.createdAt >= query.from) &&
        (!to || h.createdAt <= to) &&
        words.every((word) => text.includes(word)),
    )
    .map(({ highlight }) => highlight);
}

/** The sites highlights were saved on, for the site filter. */
export const sitesOf = (highlights: readonly SavedHighlight[]): string[] =>
  [...new Set(highlights.map((h) => siteOf(h.url)))].sort();

import type { Dictionary } from '../dictionary/schema';
import type { PageMatcher } from '../messages';
import { serializeMatcher, toBase64 } from '../match/compiled';
import { buildMatcherTables, sharedNames } from '../match/matcher';
import type { Watchlist } from './schema';
import type { IndexedTerm } from './watch-index';

/** A term painted in no list's colour: a bundled term no list shares. */
export const NO_SLOT = -1;

/**
 * A page's matcher: the bundled dictionary and the reader's terms that page names (found by
 * the background's index, watch-index.ts), compiled in the background and loaded by the page
 * as it is: the page never compiles it.
 */
export function compilePageMatcher(dictionary: Dictionary, lists: readonly Watchlist[], terms: readonly IndexedTerm[], revision: string): PageMatcher {
  const tables = buildMatcherTables([...dictionary.terms, ...terms]);
  const colourOf = new Map(lists.map((list) => [list.id, list.colour]));
  const companions = sharedNames(tables, dictionary.terms.length);
  const slotOf = new Map<string, number>(terms.map((term) => [term.id, colourOf.get(term.listId) ?? NO_SLOT]));
  // A shared bundled term takes its reader's term's colour: the reader asked to follow it.
  for (const [bundled, own] of companions) if (!slotOf.has(bundled)) slotOf.set(bundled, slotOf.get(own)!);
  return {
    revision,
    matcher: toBase64(serializeMatcher(tables)),
    slots: tables.termIds.map((id) => slotOf.get(id) ?? NO_SLOT),
    companions,
  };
}

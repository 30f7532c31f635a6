import type { PageMatcher } from './page-matcher-reply';
import { serializeMatcher, toBase64 } from '../match/compiled';
import { sharedNames, type MatcherShape } from '../match/matcher';
import type { Watchlist } from '../db/watchlists-schema';

/** A term painted in no list's colour: a bundled term no list shares. */
export const NO_SLOT = -1;

/**
 * A page's matcher as the background sends it: the tables of the bundled terms (the first
 * `bundled` of them) and the reader's terms the page names (watch-index.ts), as bytes the page
 * loads as they are (it never compiles), with each term's colour: its list's, or for a bundled
 * term the list's of a reader's term that shares its name (the reader asked to follow it).
 */
export function pageMatcher(
  tables: MatcherShape,
  bundled: number,
  listOf: (id: string) => string | undefined,
  lists: readonly Watchlist[],
  revision: string,
): PageMatcher {
  const colourOf = new Map(lists.map((list) => [list.id, list.colour]));
  const companions = sharedNames(tables, bundled);
  const colour = (list: string | undefined) => (list === undefined ? undefined : colourOf.get(list));
  const slotOf = new Map<string, number>();
  for (const id of tables.termIds.slice(bundled)) slotOf.set(id, colour(listOf(id)) ?? NO_SLOT);
  for (const [shared, own] of companions) if (!slotOf.has(shared)) slotOf.set(shared, slotOf.get(own)!);
  return {
    revision,
    matcher: toBase64(serializeMatcher(tables)),
    slots: tables.termIds.map((id) => slotOf.get(id) ?? NO_SLOT),
    companions,
  };
}

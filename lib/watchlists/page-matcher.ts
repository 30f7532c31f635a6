import type { Dictionary } from '../dictionary/schema';
import type { PageMatcher } from '../messages';
import { foldPhrase } from '../match/characters';
import { serializeMatcher, toBase64 } from '../match/compiled';
import { buildMatcherTables } from '../match/matcher';
import type { Watchlist } from './schema';
import type { IndexedTerm } from './watch-index';

/** A term painted in no list's colour: a bundled term no list shares. */
export const NO_SLOT = -1;

const ownersByDictionary = new WeakMap<Dictionary, Map<string, string>>();
/** Each folded name of the dictionary, and its term: worked out once, not for every page's matcher. */
function ownersOf(dictionary: Dictionary): Map<string, string> {
  let owners = ownersByDictionary.get(dictionary);
  if (!owners) {
    owners = new Map();
    for (const term of dictionary.terms) for (const alias of term.aliases) owners.set(foldPhrase(alias.text), term.id);
    ownersByDictionary.set(dictionary, owners);
  }
  return owners;
}

/** Bundled terms that a reader's term shares a name with (same folded text). */
function companionsOf(dictionary: Dictionary, terms: readonly IndexedTerm[]): Array<[string, string]> {
  const owner = ownersOf(dictionary);
  const pairs = new Set<string>();
  const companions: Array<[string, string]> = [];
  for (const term of terms) {
    for (const { text } of term.aliases) {
      const bundled = owner.get(foldPhrase(text));
      if (bundled && !pairs.has(`${bundled} ${term.id}`)) {
        pairs.add(`${bundled} ${term.id}`);
        companions.push([bundled, term.id]);
      }
    }
  }
  return companions;
}

/**
 * A page's matcher: the bundled dictionary and the reader's terms that page names (found by
 * the background's index, watch-index.ts), compiled in the background and loaded by the page
 * as it is: the page never compiles it.
 */
export function compilePageMatcher(dictionary: Dictionary, lists: readonly Watchlist[], terms: readonly IndexedTerm[], revision: string): PageMatcher {
  const tables = buildMatcherTables([...dictionary.terms, ...terms]);
  const colourOf = new Map(lists.map((list) => [list.id, list.colour]));
  const companions = companionsOf(dictionary, terms);
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

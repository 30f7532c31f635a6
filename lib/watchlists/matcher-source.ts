import type { Dictionary } from '../dictionary/schema';
import type { CompiledWatchPart } from '../messages';
import { foldPhrase } from '../match/characters';
import { serializeMatcher, toBase64 } from '../match/compiled';
import { buildMatcherTables } from '../match/matcher';
import { matchableTerm } from './alias-rules';
import type { Watchlist, WatchTerm } from './schema';

/** A term painted in no list's colour: a bundled term no list shares. */
export const NO_SLOT = -1;

/**
 * The matcher for the bundled dictionary and the reader's enabled lists, compiled once (in the
 * background) and sent to every page as it is: the page never compiles it.
 */
export interface CompiledWatch {
  /** Changes with every change of the lists: a page holding this revision is up to date. */
  revision: string;
  /** serializeMatcher's bytes, in base64. */
  matcher: string;
  /** Each term's colour slot, by its index in the matcher's term ids (NO_SLOT for bundled terms alone). */
  slots: number[];
  /** [bundled term id, reader's term id]: the same name in both, shown as one highlight and one card. */
  companions: Array<[string, string]>;
}

/** Bundled terms that a reader's term shares a name with (same folded text). */
function companionsOf(dictionary: Dictionary, terms: readonly WatchTerm[]): Array<[string, string]> {
  const owner = new Map<string, string>();
  for (const term of dictionary.terms) for (const alias of term.aliases) owner.set(foldPhrase(alias.text), term.id);
  const pairs = new Set<string>();
  const companions: Array<[string, string]> = [];
  for (const term of terms) {
    for (const name of [term.label, ...term.aliases]) {
      const bundled = owner.get(foldPhrase(name));
      if (bundled && !pairs.has(`${bundled} ${term.id}`)) {
        pairs.add(`${bundled} ${term.id}`);
        companions.push([bundled, term.id]);
      }
    }
  }
  return companions;
}

export function compileWatch(dictionary: Dictionary, lists: readonly Watchlist[], terms: readonly WatchTerm[], revision: string): CompiledWatch {
  const tables = buildMatcherTables([...dictionary.terms, ...terms.map(matchableTerm)]);
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

/** Base64 characters per message: a multiple of 4, so each part decodes on its own (2 MB). */
export const PART_CHARS = 2 * 1024 * 1024;

/** One part of a compiled matcher, as a page asks for it: the slots and companions come with the first. */
export function matcherPart(compiled: CompiledWatch, part: number): CompiledWatchPart | null {
  const parts = Math.max(1, Math.ceil(compiled.matcher.length / PART_CHARS));
  if (part >= parts) return null;
  const first = part === 0;
  return {
    revision: compiled.revision,
    part,
    parts,
    matcher: compiled.matcher.slice(part * PART_CHARS, (part + 1) * PART_CHARS),
    slots: first ? compiled.slots : [],
    companions: first ? compiled.companions : [],
  };
}

import type { TermIndex } from '../../../lib/match/term-index';
import type { Pack } from '../../../lib/dictionary/schema';
import { matcherFromTables, type Matcher } from '../../../lib/match/matcher';
import type { MatcherSource } from '../first-look/load-matcher';

/**
 * The terms and their matcher, as the first look got them (term-source.ts): the bundled terms
 * and the reader's terms the page names, in one automaton. The reader reuses the matcher of
 * every term while the reader keeps every pack.
 */
export interface TermSource {
  /** Each bundled term's pack (no text: the card loads that). */
  index: TermIndex;
  /** The compiled tables, each term's list colour, and the names a list shares with the dictionary. */
  matcher: MatcherSource;
  /** The matcher of every term. */
  allTerms: Matcher;
}

/**
 * Which terms the reader keeps, as a predicate over term ids (undefined: every one). The
 * reader's own terms always count, a list's name shared with a bundled term of a pack switched
 * off included; a bundled term counts unless its pack is switched off.
 */
export function chosenTerms(index: TermIndex, packsOff: readonly Pack[]): ((termId: string) => boolean) | undefined {
  if (packsOff.length === 0) return undefined;
  const off = new Set<string>(packsOff);
  return (termId) => {
    const pack = index.packOf(termId);
    return pack === undefined || !off.has(pack);
  };
}

/** The matcher for the terms the reader keeps (chosenTerms). */
export function matcherForPacks({ index, matcher, allTerms }: TermSource, packsOff: readonly Pack[]): Matcher {
  const chosen = chosenTerms(index, packsOff);
  return chosen ? matcherFromTables(matcher.tables, chosen) : allTerms;
}

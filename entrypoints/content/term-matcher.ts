import type { TermIndex } from '../../lib/dictionary/term-index';
import type { TermKind } from '../../lib/dictionary/schema';
import { matcherFromTables, type Matcher } from '../../lib/match/matcher';
import type { MatcherSource } from './load-matcher';

/**
 * The terms and their matcher, as the first look got them (term-source.ts): the bundled terms
 * and the reader's terms the page names, in one automaton. The reader reuses the matcher of
 * every term while the reader keeps every kind.
 */
export interface TermSource {
  /** Each bundled term's kind and pack (no text: the card loads that). */
  index: TermIndex;
  /** The compiled tables, each term's list colour, and the names a list shares with the dictionary. */
  matcher: MatcherSource;
  /** The matcher of every term. */
  allTerms: Matcher;
}

/**
 * Which terms the reader keeps, as a predicate over term ids (undefined: every one). The
 * reader's own terms always count; a bundled term counts when its kind is chosen.
 */
export function chosenTerms(index: TermIndex, kinds: readonly TermKind[]): ((termId: string) => boolean) | undefined {
  const chosen = (termId: string) => {
    const kind = index.kindOf(termId);
    return kind === undefined || kinds.includes(kind);
  };
  return index.termIds.every(chosen) ? undefined : chosen;
}

/** The matcher for the terms the reader keeps (chosenTerms). */
export function matcherForKinds({ index, matcher, allTerms }: TermSource, kinds: readonly TermKind[]): Matcher {
  const chosen = chosenTerms(index, kinds);
  return chosen ? matcherFromTables(matcher.tables, chosen) : allTerms;
}

import type { Dictionary, TermKind } from '../../lib/dictionary/schema';
import { matcherFromTables, type Matcher } from '../../lib/match/matcher';
import type { MatcherSource } from './load-matcher';

/**
 * The terms and their matcher, as the first look got them (term-source.ts): the bundled
 * dictionary and the reader's terms the page names, in one automaton. The reader reuses the matcher of
 * every term while the reader keeps every kind.
 */
export interface TermSource {
  dictionary: Dictionary;
  /** The compiled tables, each term's list colour, and the names a list shares with the dictionary. */
  matcher: MatcherSource;
  /** The matcher of every term. */
  allTerms: Matcher;
}

/** The matcher for the kinds of bundled terms the reader chose; the reader's own terms always count. */
export function matcherForKinds({ dictionary, matcher, allTerms }: TermSource, kinds: readonly TermKind[]): Matcher {
  if (dictionary.terms.every((term) => kinds.includes(term.kind))) return allTerms;
  const kindOf = new Map(dictionary.terms.map((term) => [term.id, term.kind]));
  return matcherFromTables(matcher.tables, (termId) => {
    const kind = kindOf.get(termId);
    return kind === undefined || kinds.includes(kind);
  });
}

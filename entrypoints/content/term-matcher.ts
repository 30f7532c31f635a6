import type { Dictionary, TermKind } from '../../lib/dictionary/schema';
import { compileMatcher, type Matcher } from '../../lib/match/matcher';

/**
 * The terms and their matcher, as the first look got them (term-source.ts). The reader reuses
 * the matcher of every term while the reader keeps every kind.
 */
export interface TermSource {
  dictionary: Dictionary;
  /** The matcher of every term. */
  allTerms: Matcher;
}

/** The matcher for the kinds of terms the reader chose. */
export function matcherForKinds({ dictionary, allTerms }: TermSource, kinds: readonly TermKind[]): Matcher {
  const terms = dictionary.terms.filter((term) => kinds.includes(term.kind));
  return terms.length === dictionary.terms.length ? allTerms : compileMatcher({ ...dictionary, terms });
}

import { bundledDictionary } from '../../lib/dictionary/bundled';
import { compileMatcher } from '../../lib/match/matcher';
import type { TermSource } from './term-matcher';

/**
 * Where the content script gets its terms and their matcher: the one place to change for
 * another source of terms (a precompiled automaton from the background, for instance). Only the
 * first look calls it; the reader is handed what it returned, so the terms are read and the
 * automaton compiled once per page.
 */
export function loadTermSource(): TermSource {
  return { dictionary: bundledDictionary, allTerms: compileMatcher(bundledDictionary) };
}

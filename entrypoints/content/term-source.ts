import { bundledDictionary } from '../../lib/dictionary/bundled';
import { matcherFromTables } from '../../lib/match/matcher';
import { followMatcher } from './load-matcher';
import type { TermSource } from './term-matcher';

/**
 * Where the content script gets its terms and their matcher: load-matcher.ts, which compiles the
 * bundled terms here when the reader has no enabled list, and otherwise loads the background's
 * compiled matcher of the bundled and the reader's terms. Only the first look calls it: it
 * calls back at start and at each change of the lists, and the reader is handed what it gives.
 */
export function followTermSource(onSource: (source: TermSource) => void): Promise<void> {
  return followMatcher((matcher) => onSource({ dictionary: bundledDictionary, matcher, allTerms: matcherFromTables(matcher.tables) }));
}

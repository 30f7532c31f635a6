import { bundledDictionary } from '../../lib/dictionary/bundled';
import { matcherFromTables } from '../../lib/match/matcher';
import { bundledSource, type MatcherSource } from './load-matcher';
import type { TermSource } from './term-matcher';

/** The terms a page is read with, from the matcher load-matcher.ts gives. */
export const termSource = (matcher: MatcherSource): TermSource => ({ dictionary: bundledDictionary, matcher, allTerms: matcherFromTables(matcher.tables) });

let bundled: TermSource | undefined;
/** The bundled terms alone: always the same object, so that the reader is not handed it twice. */
export const bundledTerms = (): TermSource => (bundled ??= termSource(bundledSource()));

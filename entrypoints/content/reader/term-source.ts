import bundledTermsSource from 'virtual:sst-bundled-terms';
import { TermIndex } from '../../../lib/match/term-index';
import { matcherFromTables } from '../../../lib/match/matcher';
import type { MatcherSource } from '../first-look/load-matcher';
import type { TermSource } from './term-matcher';

let index: TermIndex | undefined;
/** The bundled terms' index: their matcher, compiled when the extension was built, and each one's pack. */
const bundledIndex = (): TermIndex => (index ??= new TermIndex(bundledTermsSource));

/** The terms the reader reads a page with: the page's matcher (with the reader's terms it names), or the bundled terms'. */
export function termSource(matcher: MatcherSource | undefined): TermSource {
  if (!matcher) return bundledTerms();
  return { index: bundledIndex(), matcher, allTerms: matcherFromTables(matcher.tables) };
}

let bundled: TermSource | undefined;
/** The bundled terms alone: always the same object, so that the page is not read again for nothing. */
function bundledTerms(): TermSource {
  const tables = bundledIndex().tables;
  bundled ??= termSource({ tables, slotOf: () => -1, companionsOf: () => [], readersTerms: [] });
  return bundled;
}

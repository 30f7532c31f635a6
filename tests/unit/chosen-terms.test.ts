import { describe, expect, it } from 'vitest';
import { chosenTerms, matcherForPacks, type TermSource } from '../../entrypoints/content/reader/term-matcher';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { TermIndex } from '../../lib/match/term-index';
import { termIndexSource } from '../../lib/match/term-index-source';
import { findTerms, matcherFromTables } from '../../lib/match/matcher';

const index = new TermIndex(termIndexSource(bundledDictionary));
const source: TermSource = {
  index,
  matcher: { tables: index.tables, slotOf: () => -1, companionsOf: () => [], readersTerms: [] },
  allTerms: matcherFromTables(index.tables),
};
const ARTICLE = 'APT28, also called Fancy Bear, broke in; the NSA and MI5 said the Pegasus spyware was not used.';
const found = (packsOff: Parameters<typeof matcherForPacks>[1]) => findTerms(matcherForPacks(source, packsOff), ARTICLE).map((term) => term.termId);

describe("the reader's packs", () => {
  it('finds every term while no pack is off, with the matcher made once', () => {
    expect(chosenTerms(index, [])).toBeUndefined();
    expect(matcherForPacks(source, [])).toBe(source.allTerms);
    expect(found([])).toEqual(['apt28', 'apt28', 'nsa', 'mi5', 'pegasus']);
  });

  it('passes over the terms of the packs switched off, every name of them', () => {
    expect(found(['groups'])).toEqual(['nsa', 'mi5', 'pegasus']);
    expect(found(['groups', 'services'])).toEqual(['pegasus']);
  });

  it('keeps the reader’s own terms whatever is off', () => {
    const chosen = chosenTerms(index, ['groups', 'services', 'spyware', 'companies', 'laws', 'context'])!;
    expect(chosen('wt-00000000-0000-4000-8000-000000000001')).toBe(true);
    expect(chosen('apt28')).toBe(false);
  });
});

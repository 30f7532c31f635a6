import { describe, expect, it } from 'vitest';
import { termsByPack } from '../../components/shared/PageTerms';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import type { PageMatch } from '../../lib/messages';

const match = (termId: string): PageMatch => ({ termId, text: termId });

describe("the popup's terms on the page, by pack", () => {
  it('groups the bundled terms by pack in the packs’ order, each in order of first appearance, with its count', () => {
    const matches = ['pegasus', 'apt28', 'fbi', 'apt28', 'nso-group', 'salt-typhoon', 'pegasus', 'apt28', 'dan-jarvis', 'fisa-section-702'].map(match);
    const groups = termsByPack(bundledDictionary, matches);
    expect(groups.map(({ pack, terms }) => [pack, terms.map(({ term, count }) => [term.id, count])])).toEqual([
      ['services', [['fbi', 1]]],
      ['groups', [['apt28', 3], ['salt-typhoon', 1]]],
      ['spyware', [['pegasus', 2], ['nso-group', 1]]],
      ['laws', [['fisa-section-702', 1]]],
      ['context', [['dan-jarvis', 1]]],
    ]);
    // Every mention is counted once, in one group.
    const counted = groups.flatMap(({ terms }) => terms).reduce((sum, { count }) => sum + count, 0);
    expect(counted).toBe(matches.length);
  });

  it('leaves the reader’s own terms, and terms it does not know, to the lists’ group', () => {
    const matches = [match('wt-00000000-0000-4000-8000-000000000001'), match('huawei'), match('no-such-term'), match('huawei')];
    expect(termsByPack(bundledDictionary, matches).map(({ pack, terms }) => [pack, terms.map(({ term, count }) => [term.id, count])])).toEqual([
      ['companies', [['huawei', 2]]],
    ]);
    expect(termsByPack(bundledDictionary, [])).toEqual([]);
  });
});

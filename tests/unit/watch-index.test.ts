import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { deserializeMatcher, fromBase64, serializeMatcher } from '../../lib/match/compiled';
import { findTermsInBlocks, matcherFromTables } from '../../lib/match/matcher';
import { compilePageMatcher } from '../../lib/watchlists/page-matcher';
import type { Watchlist, WatchCaseRule, WatchTerm } from '../../lib/watchlists/schema';
import { indexedTerm, WatchIndex, type IndexedTerm } from '../../lib/watchlists/watch-index';

const time = '2026-01-01T00:00:00.000Z';
const list: Watchlist = { id: 'wl-00000000-0000-4000-8000-000000000001', name: 'Beat', colour: 2, enabled: true, createdAt: time, updatedAt: time };
const term = (n: number, label: string, aliases: string[] = [], caseRule: WatchCaseRule = 'auto'): WatchTerm => ({
  id: `wt-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  listId: list.id,
  label,
  aliases,
  caseRule,
  note: '',
  links: [],
  createdAt: time,
  updatedAt: time,
});

/** Words that overlap one another and the bundled names, so that longest matches and shared names are tried. */
const word = fc.constantFrom('Volt', 'volt', 'Typhoon', 'TYPHOON', 'Bronze', 'Hikvision', 'Ministry', 'of', 'State', 'Security', 'MSS', 'Huawei', 'Dahua', 'Zyx', 'Panda');
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const watchTerms = fc
  .array(fc.record({ label: name, aliases: fc.array(name, { maxLength: 2 }), caseRule: fc.constantFrom<WatchCaseRule>('auto', 'exact', 'any') }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((fields) => fields.map(({ label, aliases, caseRule }, n) => term(n, label, aliases, caseRule)));
const separator = fc.constantFrom(' ', ' ', '’s ', '. ', ', ', 's ', '-');
const block = fc.array(fc.tuple(word, separator), { maxLength: 14 }).map((parts) => parts.flat().join(''));
const page = fc.array(block, { minLength: 1, maxLength: 4 });

const matcherOf = (terms: readonly IndexedTerm[]) => matcherFromTables(deserializeMatcher(fromBase64(compilePageMatcher(bundledDictionary, [list], terms, 'r').matcher)));

describe('the background’s index of the reader’s lists', () => {
  it('makes a page’s matcher, of the terms the page names, that finds exactly what the matcher of every term finds', () => {
    fc.assert(
      fc.property(watchTerms, page, (terms, blocks) => {
        const index = WatchIndex.of(terms);
        const named = index.named(blocks.join('\n'));
        const everyTerm = findTermsInBlocks(matcherOf(terms.map(indexedTerm)), blocks);
        const pageOnly = findTermsInBlocks(matcherOf(index.termsOf(named)), blocks);
        expect(pageOnly).toEqual(everyTerm);
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('names what a text holds as whole words in each term’s case, and nothing else', () => {
    const terms = [term(1, 'Volt Typhoon', ['Vanguard Panda']), term(2, 'UFWD'), term(3, 'Salt Typhoon')];
    const index = WatchIndex.of(terms);
    expect(index.named('The ufwd and VOLT TYPHOON’s work; vanguard pandas')).toEqual(new Set([terms[0]!.id]));
    expect(index.named('UFWD, Salt Typhoon')).toEqual(new Set([terms[1]!.id, terms[2]!.id]));
    expect(index.named('Voltaire and a typhoon')).toEqual(new Set());
  });

  it('takes in terms added, edited and removed since it was compiled, at once', () => {
    const index = WatchIndex.of([term(1, 'Volt Typhoon'), term(2, 'Salt Typhoon')]);
    const text = 'Volt Typhoon, Salt Typhoon and Flax Typhoon';
    index.change(term(3, 'Flax Typhoon').id, indexedTerm(term(3, 'Flax Typhoon')));
    index.change(term(2, '').id, null);
    index.change(term(1, '').id, indexedTerm(term(1, 'Bronze Silhouette')));
    expect(index.named(text)).toEqual(new Set([term(3, '').id]));
    expect(index.named('Bronze Silhouette')).toEqual(new Set([term(1, '').id]));
    expect(index.changedIds).toEqual([term(3, '').id, term(2, '').id, term(1, '').id]);
  });

  it('comes back from its cached bytes and lines as it was, damaged lines read as no term', () => {
    const terms = [term(1, 'Volt Typhoon', ['Vanguard Panda']), term(2, 'UFWD')];
    const index = WatchIndex.of(terms);
    const lines = index.termLines.split('\n');
    const cached = new WatchIndex(deserializeMatcher(serializeMatcher(index.tables)), lines);
    expect(cached.named('UFWD and Vanguard Panda')).toEqual(index.named('UFWD and Vanguard Panda'));
    expect(cached.termsOf([terms[1]!.id, terms[0]!.id])).toEqual(terms.map(indexedTerm));
    const damaged = new WatchIndex(index.tables, [lines[0]!, '{"id": 5']);
    expect(damaged.termsOf([terms[1]!.id, 'wt-nothing', terms[0]!.id])).toEqual([indexedTerm(terms[0]!)]);
  });
});

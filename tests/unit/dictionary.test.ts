import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { bundledDictionary, parseDictionary } from '../../lib/dictionary/index';
import { foldPhrase as aliasKey } from '../../lib/text/characters';
import { sources } from '../../lib/dictionary/sources';
import { knowledge } from '../../lib/dictionary/knowledge';
import { terms } from '../../lib/dictionary/terms';
import { coverageList } from '../fixtures/coverage-list';

const coverage = coverageList.concepts;

const sourceText = (id: string): string =>
  readFileSync(new URL(`../../lib/dictionary/sources/${id}.txt`, import.meta.url), 'utf8');

const termById = new Map(bundledDictionary.terms.map((term) => [term.id, term]));
const allAliases = bundledDictionary.terms.flatMap((term) => term.aliases);

// The bundled dictionary is the source articles' concepts followed by the knowledge packs.
const validInput = () => structuredClone({ sources, terms: [...terms, ...knowledge] });

describe('bundled dictionary', () => {
  it('quotes every fact verbatim from its source, in 6 to 30 words', () => {
    const texts = new Map(bundledDictionary.sources.map((source) => [source.id, sourceText(source.id)]));
    for (const term of bundledDictionary.terms) {
      for (const fact of term.facts) {
        expect(texts.get(fact.source), `${term.id}: "${fact.quote}"`).toContain(fact.quote);
        const words = fact.quote.split(/\s+/).length;
        expect(words, `${term.id}: "${fact.quote}"`).toBeGreaterThanOrEqual(6);
        expect(words, `${term.id}: "${fact.quote}"`).toBeLessThanOrEqual(30);
      }
    }
  });

  it('relates terms only to terms that exist', () => {
    for (const term of bundledDictionary.terms) {
      for (const id of term.related) expect(termById.has(id), `${term.id} → ${id}`).toBe(true);
    }
  });

  it('gives every alias to one term only', () => {
    const keys = allAliases.map((alias) => aliasKey(alias.text));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('holds the coverage concepts first, in order, with their labels and kinds', () => {
    const concepts = bundledDictionary.terms.slice(0, coverage.length).map(({ id, label, kind }) => ({ id, label, kind }));
    expect(concepts).toEqual(coverage.map(({ id, label, kind }) => ({ id, label, kind })));
  });

  it('names a source for every concept and every attribution', () => {
    const unsourced = bundledDictionary.terms.filter((term) => term.facts.length + term.links.length === 0).map((term) => term.id);
    expect(unsourced).toEqual([]);
    for (const term of bundledDictionary.terms) {
      for (const { source } of term.attribution?.by ?? []) expect(source.url, term.id).toMatch(/^https:\/\//);
    }
  });

  it('puts a page context on exactly the coverage concepts\' context-dependent surfaces', () => {
    const marked = coverage.flatMap(({ id, context }) => context.map((surface) => `${id}:${aliasKey(surface)}`));
    // The knowledge packs set their own contexts; the coverage list speaks only for its concepts.
    const covered = new Set(coverage.map(({ id }) => id));
    const withContext = bundledDictionary.terms.filter((term) => covered.has(term.id)).flatMap((term) =>
      term.aliases.filter((alias) => alias.context).map((alias) => `${term.id}:${aliasKey(alias.text)}`),
    );
    expect(withContext.sort()).toEqual(marked.sort());
  });
});

describe('parseDictionary', () => {
  it('accepts the bundled dictionary', () => {
    expect(parseDictionary(validInput())).toEqual(bundledDictionary);
  });

  it('rejects a related id that does not exist', () => {
    const input = validInput();
    input.terms[0]!.related = ['no-such-term'];
    expect(() => parseDictionary(input)).toThrow('term "hikvision" is related to unknown term "no-such-term"');
  });

  it('rejects a fact citing an unknown source', () => {
    const input = validInput();
    input.terms[0]!.facts![0]!.source = 'no-such-source';
    expect(() => parseDictionary(input)).toThrow('term "hikvision" cites unknown source "no-such-source"');
  });

  it('rejects an alias claimed by two terms, whatever its case, spacing or apostrophe', () => {
    const input = validInput();
    input.terms[1]!.aliases.push({ text: ' HIKVISION ', case: 'any' });
    input.terms[2]!.aliases.push({ text: 'national  intelligence law of the people’s republic of china', case: 'any' });
    expect(() => parseDictionary(input)).toThrow('alias " HIKVISION " is claimed by both "hikvision" and "dahua"');
    expect(() => parseDictionary(input)).toThrow(/claimed by both "mss" and "national-intelligence-law"/);
  });

  it('rejects a country the matcher does not know, and a term of short references only', () => {
    const input = validInput();
    input.terms[0]!.country = 'ZZ';
    input.terms[1]!.aliases = [{ text: 'Dahua', case: 'proper', afterFullName: true }];
    expect(() => parseDictionary(input)).toThrow('term "hikvision" names country "ZZ"');
    expect(() => parseDictionary(input)).toThrow('term "dahua" has only short references (afterFullName) and no full name');
  });

  it('rejects a concept with no source, an unknown parent or sponsor, and a namer not in namers.ts', () => {
    const input = validInput();
    input.terms[0]!.facts = [];
    input.terms[1]!.parent = 'no-such-service';
    input.terms[1]!.attribution = { state: 'CN', sponsor: 'no-such-sponsor', by: [{ who: 'A', source: { url: 'https://example.org/', title: 'T', publisher: 'P' } }] };
    input.terms[2]!.aliases[0]!.by = ['Nobody Labs'];
    expect(() => parseDictionary(input)).toThrow('term "hikvision" names no source');
    expect(() => parseDictionary(input)).toThrow('term "dahua" names unknown parent "no-such-service"');
    expect(() => parseDictionary(input)).toThrow('term "dahua" names unknown sponsor "no-such-sponsor"');
    expect(() => parseDictionary(input)).toThrow('is named by unknown namer "Nobody Labs"');
  });

  it('rejects a name shared with other countries that names no country of its own', () => {
    const input = validInput();
    input.terms[0]!.sharedName = true;
    delete input.terms[0]!.country;
    expect(() => parseDictionary(input)).toThrow('term "hikvision" shares its name with other countries\' bodies but names no country');
  });

  it('rejects a country code that is not two capitals', () => {
    const input = validInput();
    input.terms[0]!.country = 'gb';
    expect(() => parseDictionary(input)).toThrow();
  });

  it('rejects input that does not fit the schema', () => {
    expect(() => parseDictionary({ sources: [], terms })).toThrow();
  });
});

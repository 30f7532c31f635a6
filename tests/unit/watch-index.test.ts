import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { bundledTermsNaming } from './bundled-slice';
import { deserializeMatcher, fromBase64, serializeMatcher } from '../../lib/match/compiled';
import { buildMatcherTables, findTermsInBlocks, matcherFromTables } from '../../lib/match/matcher';
import type { PageMatcher } from '../../lib/watchlists/page-matcher-reply';
import { pageMatcher } from '../../lib/watchlists/page-matcher';
import type { Watchlist, WatchCaseRule, WatchTerm } from '../../lib/db/watchlists-schema';
import { PageReadings } from '../../lib/watchlists/page-readings';
import { dictionaryStamp, indexedTerm, WatchIndex, type IndexedTerm } from '../../lib/watchlists/watch-index';

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
const WORDS = ['Volt', 'volt', 'Typhoon', 'TYPHOON', 'Bronze', 'Hikvision', 'Ministry', 'of', 'State', 'Security', 'MSS', 'Huawei', 'Dahua', 'Zyx', 'Panda'];
const word = fc.constantFrom(...WORDS);
/** The bundled terms these words can name: compiled on every run, so not all of them. */
const namedTerms = bundledTermsNaming(WORDS);
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

const READING = '0123456789abcdef0123456789abcdef';
const BUNDLED = namedTerms.terms.length;

const loaded = (compiled: PageMatcher) => matcherFromTables(deserializeMatcher(fromBase64(compiled.matcher)));
/** The matcher of the bundled terms and every one of these, compiled as they are. */
const matcherOf = (terms: readonly IndexedTerm[]) =>
  loaded(pageMatcher(buildMatcherTables([...namedTerms.terms, ...terms]), BUNDLED, () => list.id, [list], 'r'));
/** A page's matcher as the background makes it, of the reader's terms `ids`. */
const pageMatcherOf = (index: WatchIndex, ids: Iterable<string>) => loaded(pageMatcher(index.pageTables(new Set(ids)), BUNDLED, (id) => index.listOf(id), [list], 'r'));

describe('the background’s index of the reader’s lists', () => {
  it('makes a page’s matcher, of the terms the page names, that finds exactly what the matcher of every term finds', () => {
    fc.assert(
      fc.property(watchTerms, page, (terms, blocks) => {
        const index = WatchIndex.of(namedTerms, terms);
        const everyTerm = findTermsInBlocks(matcherOf(terms.map(indexedTerm)), blocks);
        // As a page hands its text over: a part at a time, each named on its own.
        const readings = new PageReadings();
        for (const part of blocks) readings.add(READING, index.named(part));
        expect(findTermsInBlocks(pageMatcherOf(index, readings.take(READING)), blocks)).toEqual(everyTerm);
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('makes it as well when the page names terms changed since the compile: those come last', () => {
    fc.assert(
      fc.property(watchTerms, fc.nat(), page, (terms, split, blocks) => {
        const compiled = terms.slice(0, split % (terms.length + 1));
        const index = WatchIndex.of(namedTerms, compiled);
        const added = terms.slice(compiled.length);
        for (const one of added) index.change(one.id, indexedTerm(one));
        // The first compiled term removed: its name is no longer found.
        if (compiled.length > 0) index.change(compiled[0]!.id, null);
        const kept = [...compiled.slice(1), ...added];
        const everyTerm = findTermsInBlocks(matcherOf(kept.map(indexedTerm)), blocks);
        const named = index.named(blocks.join('\n'));
        if (compiled.length > 0) named.add(compiled[0]!.id);
        expect(findTermsInBlocks(pageMatcherOf(index, named), blocks)).toEqual(everyTerm);
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('names what a text holds as whole words in each term’s case, and nothing else', () => {
    const terms = [term(1, 'Pewter Typhoon', ['Vellum Panda']), term(2, 'UFWD'), term(3, 'Marble Typhoon')];
    const index = WatchIndex.of(namedTerms, terms);
    expect(index.named('The ufwd and PEWTER TYPHOON’s work; vellum pandas')).toEqual(new Set([terms[0]!.id]));
    expect(index.named('UFWD, Marble Typhoon')).toEqual(new Set([terms[1]!.id, terms[2]!.id]));
    expect(index.named('Pewterer and a typhoon')).toEqual(new Set());
  });

  it('takes in terms added, edited and removed since it was compiled, at once', () => {
    const index = WatchIndex.of(namedTerms, [term(1, 'Pewter Typhoon'), term(2, 'Marble Typhoon')]);
    const text = 'Pewter Typhoon, Marble Typhoon and Quartz Typhoon';
    index.change(term(3, 'Quartz Typhoon').id, indexedTerm(term(3, 'Quartz Typhoon')));
    index.change(term(2, '').id, null);
    index.change(term(1, '').id, indexedTerm(term(1, 'Bronze Silhouette')));
    expect(index.named(text)).toEqual(new Set([term(3, '').id]));
    expect(index.named('Bronze Silhouette')).toEqual(new Set([term(1, '').id]));
    expect(index.changedIds).toEqual([term(3, '').id, term(2, '').id, term(1, '').id]);
  });

  it('comes back from its cached bytes and lines as it was, damaged lines read as no term', () => {
    const terms = [term(1, 'Pewter Typhoon', ['Vellum Panda']), term(2, 'UFWD')];
    const index = WatchIndex.of(namedTerms, terms);
    const lines = index.termLines.split('\n');
    const lists = index.listLines.split('\n');
    const cached = new WatchIndex(namedTerms, deserializeMatcher(serializeMatcher(index.tables)), lines, lists);
    expect(cached.named('UFWD and Vellum Panda')).toEqual(index.named('UFWD and Vellum Panda'));
    expect(terms.map((one) => cached.term(one.id))).toEqual(terms.map(indexedTerm));
    expect(terms.map((one) => cached.listOf(one.id))).toEqual([list.id, list.id]);
    const damaged = new WatchIndex(namedTerms, index.tables, [lines[0]!, '{"id": 5'], lists);
    expect([terms[1]!.id, 'wt-nothing', terms[0]!.id].map((id) => damaged.term(id))).toEqual([undefined, undefined, indexedTerm(terms[0]!)]);
  });
});

describe('the stamp of the bundled terms a cached index was compiled with', () => {
  it('is the same for the same terms, and differs when a name changes', () => {
    const copy = structuredClone(bundledDictionary);
    expect(dictionaryStamp(copy)).toBe(dictionaryStamp(bundledDictionary));
    copy.terms[0]!.aliases[0]!.text += 'x';
    expect(dictionaryStamp(copy)).not.toBe(dictionaryStamp(bundledDictionary));
  });
});

describe('what each reading of a page has named', () => {
  const terms = [term(1, 'Pewter Typhoon'), term(2, 'UFWD'), term(3, 'Marble Typhoon')];
  const ids = terms.map((one) => one.id);

  it('gathers the terms its parts name, each once, and forgets them once taken', () => {
    const index = WatchIndex.of(namedTerms, terms);
    const readings = new PageReadings();
    readings.add(READING, index.named('Pewter Typhoon struck.'));
    readings.add(READING, index.named('Then Pewter Typhoon and the UFWD.'));
    readings.add('ffffffffffffffffffffffffffffffff', index.named('Marble Typhoon'));
    expect([...readings.take(READING)]).toEqual([ids[0], ids[1]]);
    expect([...readings.take(READING)]).toEqual([]);
    expect([...readings.take('ffffffffffffffffffffffffffffffff')]).toEqual([ids[2]]);
  });

  it('keeps no more than 64 readings, the oldest forgotten first', () => {
    const readings = new PageReadings();
    const reading = (n: number) => n.toString(16).padStart(32, '0');
    for (let n = 0; n <= 64; n++) readings.add(reading(n), [ids[0]!]);
    expect([...readings.take(reading(0))]).toEqual([]);
    expect([...readings.take(reading(1))]).toEqual([ids[0]]);
    expect([...readings.take(reading(64))]).toEqual([ids[0]]);
  });
});

describe('a page’s matcher', () => {
  it('resolves a name two terms share as the index orders them, whichever the page named first', () => {
    const shared = [term(4, 'Alpha Group', ['Bronze Star']), term(5, 'Beta Group', ['Bronze Star'])];
    const index = WatchIndex.of(namedTerms, shared);
    const text = 'Beta Group and Bronze Star';
    const found = (matcher: ReturnType<typeof loaded>) => matcher.scan(text).terms.map((hit) => hit.termId);
    // Compiled in either order, the name goes to the first term.
    expect(found(matcherOf(shared.map(indexedTerm)))).toEqual([shared[1]!.id, shared[0]!.id]);
    expect(found(matcherOf([...shared].reverse().map(indexedTerm)))).toEqual([shared[1]!.id, shared[1]!.id]);
    expect(found(pageMatcherOf(index, [shared[1]!.id, shared[0]!.id]))).toEqual([shared[1]!.id, shared[0]!.id]);
  });

  it('holds the bundled terms and the reader’s terms asked for, less those removed since the compile, each in its list’s colour', () => {
    const terms = [term(1, 'Pewter Typhoon'), term(2, 'UFWD'), term(3, 'Marble Typhoon')];
    const index = WatchIndex.of(namedTerms, terms);
    index.change(terms[1]!.id, null);
    const tables = index.pageTables(new Set([terms[0]!.id, terms[1]!.id]));
    expect(tables.termIds).toEqual([...namedTerms.terms.map((one) => one.id), terms[0]!.id]);
    const sent = pageMatcher(tables, BUNDLED, (id) => index.listOf(id), [list], 'r');
    expect(sent.slots.slice(BUNDLED)).toEqual([list.colour]);
  });
});

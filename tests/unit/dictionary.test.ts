import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { aliasKey, bundledDictionary, parseDictionary } from '../../lib/dictionary/index';
import type { Alias, PageContext, TermKind } from '../../lib/dictionary/schema';
import { sources } from '../../lib/dictionary/sources';
import { terms } from '../../lib/dictionary/terms';

interface Concept {
  id: string;
  label: string;
  kind: TermKind;
  surfaces: string[];
  /** Surfaces that count only on pages about the concept. */
  context?: string[];
}

// A copy of the coverage list the dictionary was written against (dictionary-coverage.json).
const coverage: Concept[] = [
  { id: 'hikvision', label: 'Hikvision', kind: 'company', surfaces: ['Hikvision', "Hikvision's", 'Hangzhou Hikvision Digital Technology'] },
  { id: 'dahua', label: 'Dahua Technology', kind: 'company', surfaces: ['Dahua', 'Dahua Technology'], context: ['Dahua'] },
  {
    id: 'mss',
    label: 'Ministry of State Security (MSS)',
    kind: 'agency',
    surfaces: ['MSS', 'Ministry of State Security', 'Chinese Ministry of State Security', "China's Ministry of State Security"],
    context: ['MSS'],
  },
  {
    id: 'national-intelligence-law',
    label: "National Intelligence Law of the People's Republic of China",
    kind: 'law',
    surfaces: [
      'National Intelligence Law',
      "National Intelligence Law of the People's Republic of China",
      'National Intelligence Law of the People’s Republic of China',
    ],
  },
  { id: 'mi5', label: 'MI5 (the Security Service)', kind: 'agency', surfaces: ['MI5', "MI5's"] },
  { id: 'cabinet-office', label: 'Cabinet Office', kind: 'government body', surfaces: ['Cabinet Office'] },
  { id: 'oliver-dowden', label: 'Oliver Dowden', kind: 'person', surfaces: ['Oliver Dowden'] },
  { id: 'dan-jarvis', label: 'Dan Jarvis', kind: 'person', surfaces: ['Dan Jarvis'] },
  { id: 'rishi-sunak', label: 'Rishi Sunak', kind: 'person', surfaces: ['Rishi Sunak'] },
  { id: 'electoral-commission', label: 'Electoral Commission', kind: 'government body', surfaces: ['Electoral Commission'] },
  {
    id: 'dhsc',
    label: 'Department of Health and Social Care (DHSC)',
    kind: 'government body',
    surfaces: ['Department of Health and Social Care', 'DHSC'],
  },
  { id: 'entity-list', label: 'US Entity List (trade blacklist)', kind: 'policy', surfaces: ['Entity List', 'trade blacklist'] },
  { id: 'xinjiang', label: 'Xinjiang', kind: 'place', surfaces: ['Xinjiang'] },
  { id: 'uyghurs', label: 'Uyghurs', kind: 'people', surfaces: ['Uyghurs', 'Uyghur', 'Uighurs', 'Uighur'] },
  { id: 'european-parliament', label: 'European Parliament', kind: 'institution', surfaces: ['European Parliament'] },
  { id: 'asml', label: 'ASML Holding', kind: 'company', surfaces: ['ASML', 'ASML Holdings NV', 'ASML Holding'] },
  { id: 'liesje-schreinemacher', label: 'Liesje Schreinemacher', kind: 'person', surfaces: ['Liesje Schreinemacher'] },
  { id: 'linkedin', label: 'LinkedIn', kind: 'platform', surfaces: ['LinkedIn'], context: ['LinkedIn'] },
  { id: 'senedd', label: 'Senedd (Welsh Parliament)', kind: 'institution', surfaces: ['Senedd', 'Welsh Senedd'] },
  { id: 'scottish-parliament', label: 'Scottish Parliament', kind: 'institution', surfaces: ['Scottish Parliament'] },
];

// Sentences from the coverage list that must not produce matches.
const traps = [
  'The TCP MSS (maximum segment size) was lowered to 1360 bytes on the tunnel.',
  'Mississippi State (MSS) fans packed the stadium on Saturday.',
  'She added a new entity list to the database schema.',
  'The cabinet office furniture was delivered on Tuesday.',
  'Follow us on Facebook, Twitter and LinkedIn.',
];

const sourceText = (id: string): string =>
  readFileSync(new URL(`../../lib/dictionary/sources/${id}.txt`, import.meta.url), 'utf8');

const termById = new Map(bundledDictionary.terms.map((term) => [term.id, term]));
const allAliases = bundledDictionary.terms.flatMap((term) => term.aliases);

/** White space and apostrophe style folded, case kept: case rules are checked separately. */
const normalise = (text: string): string =>
  text.replace(/['’‘ʼ′]/g, "'").replace(/\s+/g, ' ').trim();

function caseAllows(rule: Alias['case'], written: string, surface: string): boolean {
  if (rule === 'exact') return surface === written;
  if (rule === 'proper') return surface === written || surface === written.toUpperCase();
  return surface.toLowerCase() === written.toLowerCase();
}

/** Does the alias recognise this surface, allowing possessives and (if `plural`) a plural s? */
function aliasAccepts(alias: Alias, surface: string): boolean {
  const base = normalise(alias.text);
  const forms = alias.plural ? [base, `${base}s`] : [base];
  const written = forms.flatMap((form) => [form, `${form}'s`]);
  return written.some((form) => caseAllows(alias.case, form, normalise(surface)));
}

// A reference reading of the matching rules the schema documents, to test the data against
// them without depending on the matcher: whole words, any possessive, plural s where allowed.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (phrase: string) =>
  escape(normalise(phrase)).replace(/ /g, '\\s+').replace(/'/g, "['’‘ʼ′]");
const wordRegex = (body: string, plural: boolean, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${body}${plural ? 's?' : ''}(?:['’]s)?(?![\\p{L}\\p{N}_])`, `u${flags}`);
const isAcronym = (phrase: string) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

const cueOnPage = (phrase: string, page: string) =>
  wordRegex(pattern(phrase), true, isAcronym(phrase) ? '' : 'i').test(page);

function aliasOnPage(alias: Alias, page: string): boolean {
  const forms = alias.case === 'proper' ? [alias.text, alias.text.toUpperCase()] : [alias.text];
  const flags = alias.case === 'any' ? 'i' : '';
  return forms.some((form) => wordRegex(pattern(form), alias.plural, flags).test(page));
}

const contextHolds = (context: PageContext, page: string) =>
  context.requires.every((group) => group.some((phrase) => cueOnPage(phrase, page))) &&
  !context.excludes.some((phrase) => cueOnPage(phrase, page));

/** The aliases that would produce a match on this page. */
const aliasesMatching = (page: string) =>
  allAliases.filter((alias) => aliasOnPage(alias, page) && (!alias.context || contextHolds(alias.context, page)));

function aliasFor(termId: string, surface: string): Alias {
  const alias = termById.get(termId)?.aliases.find((candidate) => aliasAccepts(candidate, surface));
  if (!alias) throw new Error(`no alias of "${termId}" accepts "${surface}"`);
  return alias;
}

const validInput = () => structuredClone({ sources, terms });

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

  it('holds exactly the coverage concepts, in order, with their labels and kinds', () => {
    const concepts = bundledDictionary.terms.map(({ id, label, kind }) => ({ id, label, kind }));
    expect(concepts).toEqual(coverage.map(({ id, label, kind }) => ({ id, label, kind })));
  });

  it.each(coverage)('recognises every surface of $id', ({ id, surfaces }) => {
    for (const surface of surfaces) expect(() => aliasFor(id, surface)).not.toThrow();
  });

  it('puts a page context on exactly the context-dependent surfaces', () => {
    const marked = new Set(coverage.flatMap(({ id, context = [] }) => context.map((surface) => aliasFor(id, surface))));
    for (const alias of allAliases) expect(alias.context !== undefined, alias.text).toBe(marked.has(alias));
  });
});

describe('page contexts', () => {
  it('let MSS, LinkedIn and Dahua count in the source articles', () => {
    const mi5 = aliasesMatching(sourceText('productiveclue-2025-mi5-espionage')).map((alias) => alias.text);
    const surveillance = aliasesMatching(sourceText('benzinga-2022-uk-surveillance')).map((alias) => alias.text);
    expect(mi5).toEqual(expect.arrayContaining(['MSS', 'LinkedIn']));
    expect(surveillance).toContain('Dahua');
  });

  it.each(traps)('find nothing in the trap "%s"', (trap) => {
    expect(aliasesMatching(trap)).toEqual([]);
  });

  it('keep MSS out of networking, satellite and sports pages that also mention Chinese spying', () => {
    const spying = ' Chinese intelligence officers were accused of espionage in Beijing.';
    const pages = [
      'Clamp the TCP MSS to the path MTU.',
      'The Mobile Satellite Service (MSS) band is shared.',
      'MSS satellite services cover the whole region.',
      'The Bulldogs of Mississippi State (MSS) won again.',
    ];
    for (const page of pages) expect(aliasesMatching(page + spying), page).toEqual([]);
  });

  it('keep LinkedIn out of business news but not out of espionage news', () => {
    const business = 'Microsoft reported strong growth at LinkedIn and in artificial intelligence.';
    const espionage = 'MI5 says Chinese spies approach officials through LinkedIn.';
    expect(aliasesMatching(business).map((alias) => alias.text)).not.toContain('LinkedIn');
    expect(aliasesMatching(espionage).map((alias) => alias.text)).toContain('LinkedIn');
  });

  it('keep Dahua the person or the county apart from Dahua the camera maker', () => {
    expect(aliasesMatching('Dahua, a student from Hangzhou, won the prize.')).toEqual([]);
    expect(aliasesMatching('A camera crew filmed the karst hills of Dahua County.')).toEqual([]);
    expect(aliasesMatching('Dahua sold CCTV cameras to councils.').map((a) => a.text)).toContain('Dahua');
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
    input.terms[0]!.facts[0]!.source = 'no-such-source';
    expect(() => parseDictionary(input)).toThrow('term "hikvision" cites unknown source "no-such-source"');
  });

  it('rejects an alias claimed by two terms, whatever its case, spacing or apostrophe', () => {
    const input = validInput();
    input.terms[1]!.aliases.push({ text: ' HIKVISION ', case: 'any' });
    input.terms[2]!.aliases.push({ text: 'national  intelligence law of the people’s republic of china', case: 'any' });
    expect(() => parseDictionary(input)).toThrow('alias " HIKVISION " is claimed by both "hikvision" and "dahua"');
    expect(() => parseDictionary(input)).toThrow(/claimed by both "mss" and "national-intelligence-law"/);
  });

  it('rejects input that does not fit the schema', () => {
    expect(() => parseDictionary({ sources: [], terms })).toThrow();
  });
});

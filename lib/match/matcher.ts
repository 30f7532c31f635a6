import type { Alias, CaseRule, PageContext, Term, TermId } from '../dictionary/schema';
import { automatonOf, scanText, Trie, type Automaton, type AutomatonShape } from './automaton';
import { caseFit, commonNounAt, ownerBefore } from './case-context';
import { foldPhrase, isApostrophe, isWordAt, normaliseSurface } from '../text/characters';
import { COUNTRIES } from '../text/countries';
import type { Reason } from './explain';
import { foreignQualifier, longestCountries, type CountryMark } from './namesakes';
import { conditionHolds, namesOtherCountries, type PageCondition } from './page-conditions';
import { PageFacts } from './page-facts';
import type { PageRules, TermHit, TextScan } from './scan';
import { standsAlone } from './short-references';

/** An alias as the matcher needs it; a reader's term has no short references. */
export type MatchableAlias = Pick<Alias, 'text' | 'case' | 'plural' | 'context'> & { afterFullName?: boolean };

/**
 * What the matcher needs of a term, whatever its source: the dictionary (with its country,
 * owners and namesakes) or a reader's list (names and case rules only).
 */
export type MatchableTerm = Pick<Term, 'id'> &
  Partial<Pick<Term, 'country' | 'sharedName' | 'namesakes' | 'owners'>> & { aliases: readonly MatchableAlias[] };

/**
 * The rules of an alias beyond its case and page context: only the dictionary's names that
 * other countries share, short references, owners and proper names have one.
 */
export interface AliasRule {
  /** Written in lower case: also the name with capitals somewhere on the page (-1: not accepted). */
  lowerContext: number;
  /** A short reference not preceded by its full name in the same block: named in an earlier one. */
  shortContext: number;
  afterFullName: boolean;
  /** The term's own country, for terms whose name other countries' bodies share. */
  country: string | null;
  /** Seen when a term of a country is found: the page is about that country too (-1: none). */
  countryTermCue: number;
  /** Cues of its owners ("Commerce Department"), for lower-case names. */
  owners: number[];
  /** Seen when the term is written with capitals, and when it is named in full (-1: never asked). */
  capitalsCue: number;
  namedCue: number;
}

/** What a pattern's claim is: a term's alias, a page-context cue, a country's name, or a namesake. */
// Plain constants, not an enum: the benchmark runs lib/match under Node's type stripping.
export const ClaimKind = { Alias: 0, Cue: 1, Country: 2, Namesake: 3 } as const;
type ClaimKind = (typeof ClaimKind)[keyof typeof ClaimKind];

/** A claim's case rule as a number: the order of CaseRule's options. */
const CASE_CODES: readonly CaseRule[] = ['any', 'proper', 'exact'];
const CASE_EXACT = CASE_CODES.indexOf('exact');

/**
 * Everything a matcher is made of, in flat arrays, so that it can be compiled once (in the
 * background) and sent as bytes to every page (compiled.ts). A pattern's claims are entries
 * claimStart[p] .. claimStart[p + 1] - 1, each of kind `claimKind`: an alias of term
 * `claimTerm` (its rule, if any, is aliasRules[claimExtra]), the cue `claimCue`, a name of the
 * country countryCodes[claimExtra] (cue `claimCue`), or a namesake, which only wins by length.
 */
export interface MatcherTables {
  automaton: Automaton;
  termIds: string[];
  claimStart: Int32Array;
  claimKind: Uint8Array;
  claimTerm: Int32Array;
  claimCue: Int32Array;
  claimCase: Uint8Array;
  claimPlural: Uint8Array;
  claimContext: Int32Array;
  claimExtra: Int32Array;
  /** The alias or cue as written, for case checks; empty where any case will do. */
  claimSurface: string[];
  conditions: PageCondition[];
  aliasRules: AliasRule[];
  countryCodes: string[];
  /** [country code, cue]: the page names that country. */
  countryCues: Array<[string, number]>;
}

/** Tables whose automaton is a shape (automaton.ts): what is stored and sent. */
export type MatcherShape = Omit<MatcherTables, 'automaton'> & { automaton: AutomatonShape };

export interface Matcher extends PageRules {
  readonly automaton: Automaton;
  readonly tables: MatcherTables;
  scan(text: string): TextScan;
}

/** An all-capitals cue ("TCP", "US") is an acronym and must match exactly. */
const isAcronym = (phrase: string) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

interface Claim {
  kind: ClaimKind;
  term: number;
  cue: number;
  case: CaseRule;
  plural: boolean;
  context: number;
  extra: number;
  surface: string;
}

const NO_CLAIM: Omit<Claim, 'kind'> = { term: -1, cue: -1, case: 'any', plural: false, context: -1, extra: -1, surface: '' };

/** A term's own country, and the cues that name it on a page. */
interface Home {
  country: string;
  cues: number[];
}

class MatcherBuilder {
  private readonly trie = new Trie();
  readonly claims: Claim[][] = [];
  readonly conditions: PageCondition[] = [];
  readonly aliasRules: AliasRule[] = [];
  /**
   * Each condition and rule kept once, however many names share it: a concept's names share
   * their page context, and the knowledge packs' contexts list dozens of cues (the page carries
   * the tables, and the reader's script was 0.9 MB with one copy per name).
   */
  private readonly seen = new Map<string, number>();
  readonly countryCodes: string[] = [];
  readonly countryCues = new Map<string, number>();
  private readonly patternIds = new Map<string, number>();
  private readonly cueIds = new Map<string, number>();

  /** Countries are read only for names other countries share: a dictionary without them pays nothing. */
  constructor(withCountries: boolean) {
    if (!withCountries) return;
    for (const { code, names } of COUNTRIES) {
      const cue = this.fact(`country:${code}`);
      this.countryCues.set(code, cue);
      const extra = this.countryCodes.push(code) - 1;
      for (const name of names) {
        this.claim(name, { ...NO_CLAIM, kind: ClaimKind.Country, cue, extra, case: isAcronym(name) ? 'exact' : 'any' });
      }
    }
  }

  claim(phrase: string, claim: Claim): void {
    const folded = foldPhrase(phrase);
    let id = this.patternIds.get(folded);
    if (id === undefined) {
      id = this.claims.length;
      this.trie.add(folded);
      this.patternIds.set(folded, id);
      this.claims.push([]);
    }
    this.claims[id]!.push(claim);
  }

  /** A cue that is a fact the scan reports (a country named, a term named in full), not a phrase. */
  fact(name: string): number {
    let id = this.cueIds.get(name);
    if (id === undefined) {
      id = this.cueIds.size;
      this.cueIds.set(name, id);
    }
    return id;
  }

  /** The index of an entry equal to `entry` in `list`, added when there is none. */
  private once<T>(kind: string, list: T[], entry: T): number {
    const key = `${kind}:${JSON.stringify(entry)}`;
    let index = this.seen.get(key);
    if (index === undefined) {
      index = list.push(entry) - 1;
      this.seen.set(key, index);
    }
    return index;
  }

  cue(phrase: string): number {
    const surface = normaliseSurface(phrase);
    const known = this.cueIds.get(`phrase:${surface}`);
    if (known !== undefined) return known;
    const id = this.fact(`phrase:${surface}`);
    const exact = isAcronym(surface);
    this.claim(phrase, { ...NO_CLAIM, kind: ClaimKind.Cue, cue: id, case: exact ? 'exact' : 'any', plural: true, surface: exact ? surface : '' });
    return id;
  }

  condition(context: PageContext | undefined, home: Home | null, extra: number[] = [], ordered = false): number {
    // Most names (all of a reader's plain terms) have none: nothing to make.
    if (!context && !home && extra.length === 0) return -1;
    const requires = (context?.requires ?? []).map((group) => group.map((phrase) => this.cue(phrase)));
    const excludes = (context?.excludes ?? []).map((phrase) => this.cue(phrase));
    if (extra.length > 0) requires.push(extra);
    if (requires.length === 0 && excludes.length === 0 && !home) return -1;
    return this.once('condition', this.conditions, { requires, excludes, home: home?.cues ?? null, country: home?.country ?? null, ordered });
  }

  term(term: MatchableTerm, index: number): void {
    const owners = [...new Set((term.owners ?? []).map((owner) => this.cue(owner)))];
    // A term of the country with a name of its own (MI5, Dan Jarvis) names it as well as its
    // name does; it is not counted as another country, though: a UK story names Hikvision
    // without being about China. A shared name names no country: that is what is in question.
    const countryTermCue = (code: string) => this.fact(`term-of:${code}`);
    const home =
      term.country && term.sharedName
        ? { country: term.country, cues: [this.countryCues.get(term.country)!, countryTermCue(term.country), ...owners] }
        : null;
    // Facts only a term with proper names or short references asks about: a reader's 100,000
    // names written in any case, or exactly, add no cues.
    const capitalsCue = term.aliases.some((alias) => alias.case === 'proper') ? this.fact(`capitals:${term.id}`) : -1;
    const namedCue = term.aliases.some((alias) => alias.afterFullName) ? this.fact(`named:${term.id}`) : -1;
    for (const alias of term.aliases) {
      const afterFullName = alias.afterFullName ?? false;
      const rule: AliasRule = {
        lowerContext: alias.case === 'proper' ? this.condition(alias.context, home, [capitalsCue]) : -1,
        shortContext: afterFullName ? this.condition(alias.context, home, [namedCue], true) : -1,
        afterFullName,
        country: term.sharedName && term.country ? term.country : null,
        countryTermCue: term.country && !term.sharedName ? countryTermCue(term.country) : -1,
        owners,
        capitalsCue,
        namedCue,
      };
      const plain = rule.lowerContext < 0 && !afterFullName && !rule.country && rule.countryTermCue < 0 && capitalsCue < 0 && namedCue < 0;
      this.claim(alias.text, {
        kind: ClaimKind.Alias,
        term: index,
        cue: -1,
        case: alias.case,
        plural: alias.plural,
        context: this.condition(alias.context, home),
        extra: plain ? -1 : this.once('rule', this.aliasRules, rule),
        surface: alias.case === 'any' ? '' : normaliseSurface(alias.text),
      });
    }
    for (const namesake of term.namesakes ?? []) this.claim(namesake, { ...NO_CLAIM, kind: ClaimKind.Namesake });
  }

  /** The tables of the terms claimed so far, whose ids, in the order they were numbered, are `termIds`. */
  tables(termIds: string[]): MatcherTables {
    const flat = this.claims.flat();
    const claimStart = new Int32Array(this.claims.length + 1);
    this.claims.forEach((claims, pattern) => (claimStart[pattern + 1] = claimStart[pattern]! + claims.length));
    // A loop per column: TypedArray.from with a mapping function is several times slower.
    const column = <T extends Int32Array | Uint8Array>(Type: new (length: number) => T, value: (claim: Claim) => number): T => {
      const out = new Type(flat.length);
      for (let i = 0; i < flat.length; i++) out[i] = value(flat[i]!);
      return out;
    };
    return {
      automaton: automatonOf(this.trie),
      termIds,
      claimStart,
      claimKind: column(Uint8Array, (c) => c.kind),
      claimTerm: column(Int32Array, (c) => c.term),
      claimCue: column(Int32Array, (c) => c.cue),
      claimCase: column(Uint8Array, (c) => CASE_CODES.indexOf(c.case)),
      claimPlural: column(Uint8Array, (c) => (c.plural ? 1 : 0)),
      claimContext: column(Int32Array, (c) => c.context),
      claimExtra: column(Int32Array, (c) => c.extra),
      claimSurface: flat.map((c) => c.surface),
      conditions: this.conditions,
      aliasRules: this.aliasRules,
      countryCodes: this.countryCodes,
      countryCues: [...this.countryCues],
    };
  }
}

/**
 * The pairs of terms that share a name (both claim one pattern as an alias): a term numbered
 * below `firstTerms` with one numbered from it on, in the order of the second (then of the names).
 */
export function sharedNames(tables: MatcherShape, firstTerms: number): Array<[string, string]> {
  const { claimStart, claimKind, claimTerm, termIds } = tables;
  const pairs = new Map<number, [number, number]>();
  for (let pattern = 0; pattern + 1 < claimStart.length; pattern++) {
    const first = claimStart[pattern]!;
    const end = claimStart[pattern + 1]!;
    for (let a = first; a < end; a++) {
      if (claimKind[a] !== ClaimKind.Alias || claimTerm[a]! >= firstTerms) continue;
      for (let b = first; b < end; b++) {
        if (claimKind[b] !== ClaimKind.Alias || claimTerm[b]! < firstTerms) continue;
        pairs.set(claimTerm[a]! * termIds.length + claimTerm[b]!, [claimTerm[a]!, claimTerm[b]!]);
      }
    }
  }
  return [...pairs.values()].sort((x, y) => x[1] - y[1]).map(([a, b]) => [termIds[a]!, termIds[b]!]);
}

/** Builds the tables of a matcher for these terms (the costly part: done once per change). */
export function buildMatcherTables(terms: readonly MatchableTerm[]): MatcherTables {
  const builder = new MatcherBuilder(terms.some((term) => term.sharedName));
  terms.forEach((term, index) => builder.term(term, index));
  return builder.tables(terms.map((term) => term.id));
}

const isLetterS = (code: number) => code === 0x73 || code === 0x53;

/**
 * Where a match ends once its possessive ('s, ’s) or plural s is taken in, or -1 when the
 * match stops inside a longer word (MSS in MSSQL).
 */
export function wordEnd(text: string, end: number, plural: boolean): number {
  if (!isWordAt(text, end)) {
    const possessive = isApostrophe(text.charCodeAt(end)) && isLetterS(text.charCodeAt(end + 1));
    return possessive && !isWordAt(text, end + 2) ? end + 2 : end;
  }
  if (plural && isLetterS(text.charCodeAt(end)) && !isWordAt(text, end + 1)) return end + 1;
  return -1;
}

/** Capitalised or in capitals, as a name is written: "China", not the "china" of the cupboard. */
const isProperName = (found: string) => /^\p{Lu}/u.test(found);

/** The rule of an alias with none of its own: a reader's term, a plain dictionary name. */
const PLAIN_RULE: AliasRule = {
  lowerContext: -1,
  shortContext: -1,
  afterFullName: false,
  country: null,
  countryTermCue: -1,
  owners: [],
  capitalsCue: -1,
  namedCue: -1,
};

/** A term's alias found, with what judging it needs. */
interface AliasFound {
  termId: TermId;
  surface: string;
  context: number;
  rule: AliasRule;
}

/** A candidate: a term's alias, or a namesake (no alias), which wins by length and is dropped. */
interface Candidate {
  start: number;
  /** Past its possessive ('s), if it has one: the longest match and the rules read the whole word. */
  end: number;
  alias?: AliasFound;
  lower: boolean;
  /** Where the name itself ends, when a possessive follows it: the highlight stops there ("MI5" of "MI5's"). */
  nameEnd?: number;
}

/** A phrase cue found in the text, kept with its place for the rules that look next to a hit. */
interface CueMark {
  cue: number;
  start: number;
  end: number;
}

/** Leftmost-longest: at each start keep the longest candidate, and drop those that overlap it. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let reached = -1;
  for (const candidate of candidates) {
    if (candidate.start >= reached) {
      kept.push(candidate);
      reached = candidate.end;
    }
  }
  return kept;
}

/**
 * The rules that look at a hit's neighbours and at the block so far: another country's name
 * attached to it, lower case, short references. Reports the facts later hits and blocks need.
 */
function judge(text: string, candidates: Candidate[], countries: CountryMark[], cueMarks: CueMark[], cues: number[]): TermHit[] {
  const hits: TermHit[] = [];
  const namedHere = new Set<TermId>();
  for (const candidate of candidates) {
    const { alias, start, end } = candidate;
    if (!alias) continue;
    const { rule } = alias;
    if (rule.country && foreignQualifier(text, countries, candidate, rule.country)) continue;
    let context = alias.context;
    let reason: Reason | undefined;
    if (candidate.lower) {
      // A surname in lower case is a word ("jarvis"), not a reference to the person.
      if (rule.afterFullName || commonNounAt(text, start)) continue;
      const owner =
        ownerBefore(text, cueMarks.filter((mark) => rule.owners.includes(mark.cue)), start) ??
        (rule.country ? ownerBefore(text, countries.filter((mark) => mark.country === rule.country), start) : undefined);
      if (owner) reason = { rule: 'owner', owner: text.slice(owner.start, owner.end) };
      else {
        context = rule.lowerContext;
        reason = { rule: 'lower-case', proper: alias.surface };
      }
    } else if (rule.capitalsCue >= 0) {
      cues.push(rule.capitalsCue);
    }
    if (rule.afterFullName) {
      if (!standsAlone(text, start, end)) continue;
      if (!namedHere.has(alias.termId)) context = rule.shortContext;
      reason = { rule: 'short-reference' };
    } else {
      namedHere.add(alias.termId);
      if (rule.namedCue >= 0) cues.push(rule.namedCue);
    }
    if (rule.countryTermCue >= 0) cues.push(rule.countryTermCue);
    hits.push({ termId: alias.termId, start, end: candidate.nameEnd ?? end, context, ...(reason && { reason }) });
  }
  return hits;
}

const caseName = (code: number) => CASE_CODES[code]!;

/** How a found alias is written against its claim's case rule (case-context.ts). */
const claimFit = (tables: MatcherTables, claim: number, found: string) =>
  caseFit({ surface: tables.claimSurface[claim]!, case: caseName(tables.claimCase[claim]!) }, found);

/**
 * The terms whose names `text` holds as whole words in their case, before the longest match
 * and the page's rules have their say: every term a matcher of this page could find, so
 * that a page's own matcher can be made of these terms alone (the background's index of the
 * reader's lists, watch-index.ts).
 */
export function termsNamed(tables: MatcherTables, text: string, named: Set<number>): void {
  const { automaton, claimStart, claimKind, claimTerm, claimPlural } = tables;
  scanText(automaton, text, (pattern, start, end) => {
    if (isWordAt(text, start - 1)) return;
    for (let c = claimStart[pattern]!, last = claimStart[pattern + 1]!; c < last; c++) {
      if (claimKind[c] !== ClaimKind.Alias || named.has(claimTerm[c]!)) continue;
      if (wordEnd(text, end, claimPlural[c] === 1) >= 0 && claimFit(tables, c, text.slice(start, end))) named.add(claimTerm[c]!);
    }
  });
}

/**
 * A matcher over compiled tables. `enabled`, when given, says which terms to find: the others
 * are passed over before the longest match is chosen (the settings' kinds of terms).
 */
export function matcherFromTables(tables: MatcherTables, enabled?: (termId: string) => boolean): Matcher {
  const { automaton, termIds, claimStart, claimKind, claimTerm, claimCue, claimCase, claimPlural, claimContext, claimExtra, claimSurface } = tables;
  const { conditions, aliasRules, countryCodes } = tables;
  const countryCueOf = new Map(tables.countryCues);
  const countryCues = [...countryCueOf.values()];
  const off = new Uint8Array(termIds.length);
  if (enabled) termIds.forEach((id, index) => (off[index] = enabled(id) ? 0 : 1));

  function scan(text: string): TextScan {
    const candidates: Candidate[] = [];
    const cues: number[] = [];
    const cueMarks: CueMark[] = [];
    const countries: CountryMark[] = [];
    scanText(automaton, text, (pattern, start, end) => {
      if (isWordAt(text, start - 1)) return;
      for (let c = claimStart[pattern]!, last = claimStart[pattern + 1]!; c < last; c++) {
        const kind = claimKind[c]!;
        if (kind === ClaimKind.Alias) {
          const term = claimTerm[c]!;
          if (off[term] === 1) continue;
          const matchEnd = wordEnd(text, end, claimPlural[c] === 1);
          const fit = matchEnd < 0 ? null : claimFit(tables, c, text.slice(start, end));
          if (!fit) continue;
          const extra = claimExtra[c]!;
          const alias = { termId: termIds[term]!, surface: claimSurface[c]!, context: claimContext[c]!, rule: extra < 0 ? PLAIN_RULE : aliasRules[extra]! };
          const possessive = matchEnd === end + 2;
          candidates.push({ start, end: matchEnd, alias, lower: fit === 'lower', ...(possessive && { nameEnd: end }) });
        } else if (kind === ClaimKind.Namesake) {
          const matchEnd = wordEnd(text, end, false);
          if (matchEnd >= 0) candidates.push({ start, end: matchEnd, lower: false });
        } else if (kind === ClaimKind.Country) {
          const matchEnd = wordEnd(text, end, false);
          const found = text.slice(start, end);
          if (matchEnd < 0 || (claimCase[c] === CASE_EXACT && !isAcronym(found))) continue;
          countries.push({ country: countryCodes[claimExtra[c]!]!, cue: claimCue[c]!, start, end: matchEnd, proper: isProperName(found) });
        } else {
          const matchEnd = wordEnd(text, end, true);
          if (matchEnd < 0) continue;
          if (claimCase[c] === CASE_EXACT && normaliseSurface(text.slice(start, end)) !== claimSurface[c]) continue;
          cues.push(claimCue[c]!);
          cueMarks.push({ cue: claimCue[c]!, start, end: matchEnd });
        }
      }
    });
    const named = longestCountries(countries);
    for (const mark of named) if (mark.proper) cues.push(mark.cue);
    return { terms: judge(text, longestFirst(candidates), named, cueMarks, cues), cues };
  }

  return {
    automaton,
    tables,
    scan,
    contextHolds: (rule, seen) => conditionHolds(conditions[rule]!, seen, countryCues),
    isOrdered: (rule) => conditions[rule]!.ordered,
    pageReason: (rule, seen) => {
      const condition = conditions[rule];
      if (!condition?.country || !namesOtherCountries(condition, seen, countryCueOf)) return undefined;
      return { rule: 'country', country: condition.country };
    },
  };
}

export function compileMatcher(dictionary: { terms: readonly MatchableTerm[] }): Matcher {
  return matcherFromTables(buildMatcherTables(dictionary.terms));
}

/** A term found in a whole text, judged in the context of that text alone. */
export interface FoundTerm {
  termId: TermId;
  text: string;
  /** Which block of the text, and where in it. */
  block: number;
  start: number;
  end: number;
  reason?: Reason;
}

/**
 * Finds the terms of a self-contained page given as blocks of text (paragraphs), read in
 * order, judged as the annotator judges a page once it is all read.
 */
export function findTermsInBlocks(matcher: Matcher, blocks: readonly string[]): FoundTerm[] {
  const facts = new PageFacts(matcher);
  const found = blocks.map((text, block) => {
    const scan = matcher.scan(text);
    return { text, block, terms: scan.terms, decisions: facts.read(scan).decisions };
  });
  return found.flatMap(({ text, block, terms, decisions }) =>
    terms
      .filter((hit, i) => decisions[i] ?? facts.holds(hit.context))
      .map(({ termId, start, end, context, reason = facts.reason(context) }) => ({
        termId,
        text: text.slice(start, end),
        block,
        start,
        end,
        ...(reason && { reason }),
      })),
  );
}

/** Finds the terms of one self-contained text (an article, a test sentence). */
export function findTerms(matcher: Matcher, text: string): FoundTerm[] {
  return findTermsInBlocks(matcher, [text]);
}

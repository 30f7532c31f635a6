import type { CaseRule, Dictionary, PageContext, Term, TermId } from '../dictionary/schema';
import { buildAutomaton, scanText, type Automaton } from './automaton';
import { caseFit, commonNounAt, ownerBefore } from './case-context';
import { foldPhrase, isApostrophe, isWordAt, normaliseSurface } from './characters';
import { COUNTRIES } from './countries';
import type { Reason } from './explain';
import { foreignQualifier, longestCountries, type CountryMark } from './namesakes';
import { conditionHolds, namesOtherCountries, type PageCondition } from './page-conditions';
import { PageFacts } from './page-facts';
import { standsAlone } from './short-references';

/**
 * A term found in a text; `context` is the index of the page condition it needs, or -1.
 * `reason` says which rule let it count, when that is not plain from the text alone.
 */
export interface TermHit {
  termId: TermId;
  start: number;
  end: number;
  context: number;
  reason?: Reason;
}

/** What one scan of a block of text found: terms (longest match wins) and cues for the page. */
export interface TextScan {
  terms: TermHit[];
  cues: number[];
}

/** The page conditions an alias's hits may need, compiled once. */
interface AliasClaim {
  termId: TermId;
  surface: string;
  case: CaseRule;
  plural: boolean;
  /** Its context rule and its term's country, or -1. */
  context: number;
  /** Written in lower case: also the name with capitals somewhere on the page. */
  lowerContext: number;
  /** A short reference not preceded by its full name in the same block: named in an earlier one. */
  shortContext: number;
  afterFullName: boolean;
  /** The term's own country, for terms whose name other countries' bodies share. */
  country: string | undefined;
  /** Seen when a term of a country is found: the page is about that country too (-1: none). */
  countryTermCue: number;
  /** Cues of its owners ("Commerce Department"), for lower-case names. */
  owners: ReadonlySet<number>;
  /** Seen when the term is written with capitals, and when it is named in full. */
  capitalsCue: number;
  namedCue: number;
}

interface CueClaim {
  cue: number;
  surface: string;
  exact: boolean;
}

interface CountryClaim {
  country: string;
  cue: number;
  exact: boolean;
}

/** A term's own country, and the cues that name it on a page. */
interface Home {
  country: string;
  cues: number[];
}

type Claim = { alias: AliasClaim } | { cue: CueClaim } | { country: CountryClaim } | { namesake: true };

export interface Matcher {
  readonly automaton: Automaton;
  scan(text: string): TextScan;
  /** Does a page condition hold on a page where these cues have been seen? */
  contextHolds(rule: number, seenCues: ReadonlySet<number>): boolean;
  /** Is it decided once, from what came before the hit, rather than from the whole page? */
  isOrdered(rule: number): boolean;
  /**
   * Why a hit that holds counts, when the page made it so: its country named on a page that
   * names other countries too. Undefined when nothing about the page needs saying.
   */
  pageReason(rule: number, seenCues: ReadonlySet<number>): Reason | undefined;
}

/** An all-capitals cue ("TCP", "US") is an acronym and must match exactly. */
const isAcronym = (phrase: string) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

class MatcherBuilder {
  readonly patterns: string[] = [];
  readonly claims: Claim[][] = [];
  readonly conditions: PageCondition[] = [];
  readonly countryCues = new Map<string, number>();
  private readonly patternIds = new Map<string, number>();
  private readonly cueIds = new Map<string, number>();

  /** Countries are read only for names other countries share: a dictionary without them pays nothing. */
  constructor(withCountries: boolean) {
    if (!withCountries) return;
    for (const { code, names } of COUNTRIES) {
      const cue = this.fact(`country:${code}`);
      this.countryCues.set(code, cue);
      for (const name of names) this.claim(name, { country: { country: code, cue, exact: isAcronym(name) } });
    }
  }

  claim(phrase: string, claim: Claim): void {
    const folded = foldPhrase(phrase);
    let id = this.patternIds.get(folded);
    if (id === undefined) {
      id = this.patterns.push(folded) - 1;
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

  cue(phrase: string): number {
    const surface = normaliseSurface(phrase);
    const known = this.cueIds.get(`phrase:${surface}`);
    if (known !== undefined) return known;
    const id = this.fact(`phrase:${surface}`);
    this.claim(phrase, { cue: { cue: id, surface, exact: isAcronym(surface) } });
    return id;
  }

  condition(context: PageContext | undefined, home: Home | null, extra: number[] = [], ordered = false): number {
    const requires = (context?.requires ?? []).map((group) => group.map((phrase) => this.cue(phrase)));
    const excludes = (context?.excludes ?? []).map((phrase) => this.cue(phrase));
    if (extra.length > 0) requires.push(extra);
    if (requires.length === 0 && excludes.length === 0 && !home) return -1;
    return this.conditions.push({ requires, excludes, home: home?.cues ?? null, country: home?.country ?? null, ordered }) - 1;
  }

  term(term: Term): void {
    const owners = new Set(term.owners.map((owner) => this.cue(owner)));
    // A term of the country with a name of its own (MI5, Dan Jarvis) names it as well as its
    // name does; it is not counted as another country, though: a UK story names Hikvision
    // without being about China. A shared name names no country: that is what is in question.
    const countryTermCue = (code: string) => this.fact(`term-of:${code}`);
    const home =
      term.country && term.sharedName
        ? { country: term.country, cues: [this.countryCues.get(term.country)!, countryTermCue(term.country), ...owners] }
        : null;
    const capitalsCue = this.fact(`capitals:${term.id}`);
    const namedCue = this.fact(`named:${term.id}`);
    for (const alias of term.aliases) {
      this.claim(alias.text, {
        alias: {
          termId: term.id,
          surface: normaliseSurface(alias.text),
          case: alias.case,
          plural: alias.plural,
          context: this.condition(alias.context, home),
          lowerContext: alias.case === 'proper' ? this.condition(alias.context, home, [capitalsCue]) : -1,
          shortContext: alias.afterFullName ? this.condition(alias.context, home, [namedCue], true) : -1,
          afterFullName: alias.afterFullName,
          country: term.sharedName ? term.country : undefined,
          countryTermCue: term.country && !term.sharedName ? countryTermCue(term.country) : -1,
          owners,
          capitalsCue,
          namedCue,
        },
      });
    }
    for (const namesake of term.namesakes) this.claim(namesake, { namesake: true });
  }
}

const isLetterS = (code: number) => code === 0x73 || code === 0x53;

/**
 * Where a match ends once its possessive ('s, ’s) or plural s is taken in, or -1 when the
 * match stops inside a longer word (MSS in MSSQL).
 */
function wordEnd(text: string, end: number, plural: boolean): number {
  if (!isWordAt(text, end)) {
    const possessive = isApostrophe(text.charCodeAt(end)) && isLetterS(text.charCodeAt(end + 1));
    return possessive && !isWordAt(text, end + 2) ? end + 2 : end;
  }
  if (plural && isLetterS(text.charCodeAt(end)) && !isWordAt(text, end + 1)) return end + 1;
  return -1;
}

/** Capitalised or in capitals, as a name is written: "China", not the "china" of the cupboard. */
const isProperName = (found: string) => /^\p{Lu}/u.test(found);

/** A candidate: a term's alias, or a namesake (no alias), which wins by length and is dropped. */
interface Candidate {
  start: number;
  end: number;
  alias?: AliasClaim;
  lower: boolean;
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
    if (alias.country && foreignQualifier(text, countries, candidate, alias.country)) continue;
    let context = alias.context;
    let reason: Reason | undefined;
    if (candidate.lower) {
      // A surname in lower case is a word ("jarvis"), not a reference to the person.
      if (alias.afterFullName || commonNounAt(text, start)) continue;
      const owner =
        ownerBefore(text, cueMarks.filter((mark) => alias.owners.has(mark.cue)), start) ??
        (alias.country ? ownerBefore(text, countries.filter((mark) => mark.country === alias.country), start) : undefined);
      if (owner) reason = { rule: 'owner', owner: text.slice(owner.start, owner.end) };
      else {
        context = alias.lowerContext;
        reason = { rule: 'lower-case', proper: alias.surface };
      }
    } else {
      cues.push(alias.capitalsCue);
    }
    if (alias.afterFullName) {
      if (!standsAlone(text, start, end)) continue;
      if (!namedHere.has(alias.termId)) context = alias.shortContext;
      reason = { rule: 'short-reference' };
    } else {
      namedHere.add(alias.termId);
      cues.push(alias.namedCue);
    }
    if (alias.countryTermCue >= 0) cues.push(alias.countryTermCue);
    hits.push({ termId: alias.termId, start, end, context, ...(reason && { reason }) });
  }
  return hits;
}

export function compileMatcher(dictionary: Dictionary): Matcher {
  const builder = new MatcherBuilder(dictionary.terms.some((term) => term.sharedName));
  for (const term of dictionary.terms) builder.term(term);
  const { patterns, claims, conditions } = builder;
  const countryCues = [...builder.countryCues.values()];
  const automaton = buildAutomaton(patterns);

  function scan(text: string): TextScan {
    const candidates: Candidate[] = [];
    const cues: number[] = [];
    const cueMarks: CueMark[] = [];
    const countries: CountryMark[] = [];
    scanText(automaton, text, ({ pattern, start, end }) => {
      if (isWordAt(text, start - 1)) return;
      for (const claim of claims[pattern]!) {
        if ('alias' in claim) {
          const { alias } = claim;
          const matchEnd = wordEnd(text, end, alias.plural);
          const fit = matchEnd < 0 ? null : caseFit(alias, text.slice(start, end));
          if (fit) candidates.push({ start, end: matchEnd, alias, lower: fit === 'lower' });
        } else if ('namesake' in claim) {
          const matchEnd = wordEnd(text, end, false);
          if (matchEnd >= 0) candidates.push({ start, end: matchEnd, lower: false });
        } else if ('country' in claim) {
          const { country, cue, exact } = claim.country;
          const matchEnd = wordEnd(text, end, false);
          const found = text.slice(start, end);
          if (matchEnd < 0 || (exact && !isAcronym(found))) continue;
          countries.push({ country, cue, start, end: matchEnd, proper: isProperName(found) });
        } else {
          const { cue } = claim;
          const matchEnd = wordEnd(text, end, true);
          if (matchEnd < 0) continue;
          if (cue.exact && normaliseSurface(text.slice(start, end)) !== cue.surface) continue;
          cues.push(cue.cue);
          cueMarks.push({ cue: cue.cue, start, end: matchEnd });
        }
      }
    });
    const named = longestCountries(countries);
    for (const mark of named) if (mark.proper) cues.push(mark.cue);
    return { terms: judge(text, longestFirst(candidates), named, cueMarks, cues), cues };
  }

  return {
    automaton,
    scan,
    contextHolds: (rule, seen) => conditionHolds(conditions[rule]!, seen, countryCues),
    isOrdered: (rule) => conditions[rule]!.ordered,
    pageReason: (rule, seen) => {
      const condition = conditions[rule];
      if (!condition?.country || !namesOtherCountries(condition, seen, builder.countryCues)) return undefined;
      return { rule: 'country', country: condition.country };
    },
  };
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

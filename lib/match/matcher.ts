import type { CaseRule, PageContext, Term, TermId } from '../dictionary/schema';
import { buildAutomaton, scanText, type Automaton } from './automaton';
import { foldPhrase, isApostrophe, isWordAt, normaliseSurface } from './characters';

/** A term found in a text; `context` is the index of the page-context rule it needs, or -1. */
export interface TermHit {
  termId: TermId;
  start: number;
  end: number;
  context: number;
}

/** What one scan of a block of text found: terms (longest match wins) and context cues. */
export interface TextScan {
  terms: TermHit[];
  cues: number[];
}

/** What the matcher needs of a term, whatever its source (the dictionary, a reader's list). */
export type MatchableTerm = Pick<Term, 'id' | 'aliases'>;

export interface ContextRule {
  requires: number[][];
  excludes: number[];
}

/** A claim's case rule as a number: the order of CaseRule's options. */
const CASE_CODES: readonly CaseRule[] = ['any', 'proper', 'exact'];
const CASE_EXACT = CASE_CODES.indexOf('exact');

/**
 * Everything a matcher is made of, in flat arrays, so that it can be compiled once (in the
 * background) and sent as bytes to every page (compiled.ts). A pattern's claims are entries
 * claimStart[p] .. claimStart[p + 1] - 1; a claim is an alias of term `claimTerm`, or, when
 * that is -1, the page-context cue `claimCue`.
 */
export interface MatcherTables {
  automaton: Automaton;
  termIds: string[];
  claimStart: Int32Array;
  claimTerm: Int32Array;
  claimCue: Int32Array;
  claimCase: Uint8Array;
  claimPlural: Uint8Array;
  claimContext: Int32Array;
  /** The alias as written, for case checks; empty where any case will do. */
  claimSurface: string[];
  rules: ContextRule[];
}

export interface Matcher {
  readonly automaton: Automaton;
  readonly tables: MatcherTables;
  scan(text: string): TextScan;
  /** Does a context rule hold on a page where these cues have been seen? */
  contextHolds(rule: number, seenCues: ReadonlySet<number>): boolean;
}

/** An all-capitals cue ("TCP", "US") is an acronym and must match exactly. */
const isAcronym = (phrase: string) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

interface Claim {
  term: number;
  cue: number;
  case: CaseRule;
  plural: boolean;
  context: number;
  surface: string;
}

class MatcherBuilder {
  readonly patterns: string[] = [];
  readonly claims: Claim[][] = [];
  readonly rules: ContextRule[] = [];
  private readonly patternIds = new Map<string, number>();
  private readonly cueIds = new Map<string, number>();

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

  cue(phrase: string): number {
    const surface = normaliseSurface(phrase);
    let id = this.cueIds.get(surface);
    if (id === undefined) {
      id = this.cueIds.size;
      this.cueIds.set(surface, id);
      const exact = isAcronym(surface);
      this.claim(phrase, { term: -1, cue: id, case: exact ? 'exact' : 'any', plural: true, context: -1, surface });
    }
    return id;
  }

  rule(context: PageContext): number {
    const requires = context.requires.map((group) => group.map((phrase) => this.cue(phrase)));
    const excludes = context.excludes.map((phrase) => this.cue(phrase));
    return this.rules.push({ requires, excludes }) - 1;
  }

  tables(termIds: string[]): MatcherTables {
    const flat = this.claims.flat();
    const claimStart = new Int32Array(this.patterns.length + 1);
    this.claims.forEach((claims, pattern) => (claimStart[pattern + 1] = claimStart[pattern]! + claims.length));
    return {
      automaton: buildAutomaton(this.patterns),
      termIds,
      claimStart,
      claimTerm: Int32Array.from(flat, (c) => c.term),
      claimCue: Int32Array.from(flat, (c) => c.cue),
      claimCase: Uint8Array.from(flat, (c) => CASE_CODES.indexOf(c.case)),
      claimPlural: Uint8Array.from(flat, (c) => (c.plural ? 1 : 0)),
      claimContext: Int32Array.from(flat, (c) => c.context),
      claimSurface: flat.map((c) => (c.case === 'any' ? '' : c.surface)),
      rules: this.rules,
    };
  }
}

/** Builds the tables of a matcher for these terms (the costly part: done once per change). */
export function buildMatcherTables(terms: readonly MatchableTerm[]): MatcherTables {
  const builder = new MatcherBuilder();
  terms.forEach((term, index) => {
    for (const alias of term.aliases) {
      const context = alias.context ? builder.rule(alias.context) : -1;
      const surface = normaliseSurface(alias.text);
      builder.claim(alias.text, { term: index, cue: -1, case: alias.case, plural: alias.plural, context, surface });
    }
  });
  return builder.tables(terms.map((term) => term.id));
}

function caseMatches(rule: number, surface: string, found: string): boolean {
  if (rule === 0) return true;
  const written = normaliseSurface(found);
  return written === surface || (rule !== CASE_EXACT && written === surface.toUpperCase());
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

/** Leftmost-longest: at each start keep the longest term, and drop terms that overlap it. */
function longestFirst(hits: TermHit[]): TermHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermHit[] = [];
  let reached = -1;
  for (const hit of hits) {
    if (hit.start >= reached) {
      kept.push(hit);
      reached = hit.end;
    }
  }
  return kept;
}

/**
 * A matcher over compiled tables. `enabled`, when given, says which terms to find: the others
 * are passed over before the longest match is chosen (the settings' kinds of terms).
 */
export function matcherFromTables(tables: MatcherTables, enabled?: (termId: string) => boolean): Matcher {
  const { automaton, termIds, claimStart, claimTerm, claimCue, claimCase, claimPlural, claimContext, claimSurface, rules } = tables;
  const off = new Uint8Array(termIds.length);
  if (enabled) termIds.forEach((id, index) => (off[index] = enabled(id) ? 0 : 1));

  function scan(text: string): TextScan {
    const terms: TermHit[] = [];
    const cues: number[] = [];
    scanText(automaton, text, ({ pattern, start, end }) => {
      if (isWordAt(text, start - 1)) return;
      for (let c = claimStart[pattern]!, last = claimStart[pattern + 1]!; c < last; c++) {
        const term = claimTerm[c]!;
        if (term >= 0 && off[term] === 1) continue;
        const matchEnd = wordEnd(text, end, claimPlural[c] === 1);
        if (matchEnd < 0 || !caseMatches(claimCase[c]!, claimSurface[c]!, text.slice(start, end))) continue;
        if (term >= 0) terms.push({ termId: termIds[term]!, start, end: matchEnd, context: claimContext[c]! });
        else cues.push(claimCue[c]!);
      }
    });
    return { terms: longestFirst(terms), cues };
  }

  function contextHolds(rule: number, seen: ReadonlySet<number>): boolean {
    const { requires, excludes } = rules[rule]!;
    return requires.every((group) => group.some((cue) => seen.has(cue))) && !excludes.some((cue) => seen.has(cue));
  }

  return { automaton, tables, scan, contextHolds };
}

export function compileMatcher(dictionary: { terms: readonly MatchableTerm[] }): Matcher {
  return matcherFromTables(buildMatcherTables(dictionary.terms));
}

/** A term found in a whole text, judged in the context of that text alone. */
export interface FoundTerm {
  termId: TermId;
  text: string;
  start: number;
  end: number;
}

/** Finds the terms of one self-contained text (an article, a test sentence). */
export function findTerms(matcher: Matcher, text: string): FoundTerm[] {
  const { terms, cues } = matcher.scan(text);
  const seen = new Set(cues);
  return terms
    .filter((hit) => hit.context < 0 || matcher.contextHolds(hit.context, seen))
    .map(({ termId, start, end }) => ({ termId, text: text.slice(start, end), start, end }));
}

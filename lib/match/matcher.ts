import type { CaseRule, Dictionary, PageContext, TermId } from '../dictionary/schema';
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

interface AliasClaim {
  termId: TermId;
  surface: string;
  case: CaseRule;
  plural: boolean;
  context: number;
}

interface CueClaim {
  cue: number;
  surface: string;
  exact: boolean;
}

type Claim = { alias: AliasClaim } | { cue: CueClaim };

interface ContextRule {
  requires: number[][];
  excludes: number[];
}

export interface Matcher {
  readonly automaton: Automaton;
  scan(text: string): TextScan;
  /** Does a context rule hold on a page where these cues have been seen? */
  contextHolds(rule: number, seenCues: ReadonlySet<number>): boolean;
}

/** An all-capitals cue ("TCP", "US") is an acronym and must match exactly. */
const isAcronym = (phrase: string) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);

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
      this.claim(phrase, { cue: { cue: id, surface, exact: isAcronym(surface) } });
    }
    return id;
  }

  rule(context: PageContext): number {
    const requires = context.requires.map((group) => group.map((phrase) => this.cue(phrase)));
    const excludes = context.excludes.map((phrase) => this.cue(phrase));
    return this.rules.push({ requires, excludes }) - 1;
  }
}

function caseMatches(claim: { surface: string; case: CaseRule }, found: string): boolean {
  if (claim.case === 'any') return true;
  const surface = normaliseSurface(found);
  return surface === claim.surface || (claim.case === 'proper' && surface === claim.surface.toUpperCase());
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

export function compileMatcher(dictionary: Dictionary): Matcher {
  const builder = new MatcherBuilder();
  for (const term of dictionary.terms) {
    for (const alias of term.aliases) {
      const context = alias.context ? builder.rule(alias.context) : -1;
      const surface = normaliseSurface(alias.text);
      builder.claim(alias.text, { alias: { termId: term.id, surface, case: alias.case, plural: alias.plural, context } });
    }
  }
  const { patterns, claims, rules } = builder;
  const automaton = buildAutomaton(patterns);

  function scan(text: string): TextScan {
    const terms: TermHit[] = [];
    const cues: number[] = [];
    scanText(automaton, text, ({ pattern, start, end }) => {
      if (isWordAt(text, start - 1)) return;
      for (const claim of claims[pattern]!) {
        if ('alias' in claim) {
          const { alias } = claim;
          const matchEnd = wordEnd(text, end, alias.plural);
          if (matchEnd < 0 || !caseMatches(alias, text.slice(start, end))) continue;
          terms.push({ termId: alias.termId, start, end: matchEnd, context: alias.context });
        } else {
          const { cue } = claim;
          if (wordEnd(text, end, true) < 0) continue;
          if (cue.exact && normaliseSurface(text.slice(start, end)) !== cue.surface) continue;
          cues.push(cue.cue);
        }
      }
    });
    return { terms: longestFirst(terms), cues };
  }

  function contextHolds(rule: number, seen: ReadonlySet<number>): boolean {
    const { requires, excludes } = rules[rule]!;
    return requires.every((group) => group.some((cue) => seen.has(cue))) && !excludes.some((cue) => seen.has(cue));
  }

  return { automaton, scan, contextHolds };
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

import { denseStatesFor, type Automaton, type AutomatonShape } from './automaton';
import { ClaimKind, type MatcherShape, type MatcherTables } from './matcher';

/**
 * Cuts matchers of some of a compiled matcher's terms out of it, rather than compiling them
 * again: a page's matcher is the background's index of the bundled and the reader's terms less
 * the reader's terms the page does not name (watch-index.ts). A cut matcher matches exactly as
 * a matcher compiled of the kept terms, in their order, would: the patterns no kept claim needs
 * are dropped with the states that lead only to them, and each state's failure becomes the
 * first state along its old failure chain that is kept. Cues, countries and namesakes claim for
 * no term, and are always kept. The way up from each state is worked out once, when the cutter
 * is made, so that a cut costs what it keeps, not what the index holds.
 */
export class MatcherCutter {
  private readonly tables: MatcherTables;
  private readonly paths: Paths;

  constructor(tables: MatcherTables) {
    this.tables = tables;
    this.paths = pathsOf(tables.automaton);
  }

  /**
   * The tables of the terms `keep` keeps (by their index), to be sent: the background never
   * scans with them, so their rows are laid out by the page that loads them (compiled.ts).
   */
  cut(keep: (term: number) => boolean): MatcherShape {
    const { tables } = this;
    const terms = keptTerms(tables, keep);
    const { patternKept, ...claims } = keptClaims(tables, terms.number);
    return {
      ...claims,
      automaton: prunedAutomaton(tables.automaton, this.paths, patternKept),
      termIds: terms.ids,
      countryCodes: tables.countryCodes,
      countryCues: tables.countryCues,
    };
  }
}

/** The kept terms' ids, and each term's new number (-1: dropped). */
function keptTerms({ termIds }: MatcherTables, keep: (term: number) => boolean): { ids: string[]; number: Int32Array } {
  const number = new Int32Array(termIds.length);
  const ids: string[] = [];
  for (let term = 0; term < termIds.length; term++) number[term] = keep(term) ? ids.push(termIds[term]!) - 1 : -1;
  return { ids, number };
}

/** A number for each kept entry of a list, in their order (-1: dropped), filled as they are met. */
class Renumbering {
  readonly number: Int32Array;
  count = 0;
  constructor(size: number) {
    this.number = new Int32Array(size).fill(-1);
  }
  of(old: number): number {
    if (old < 0) return old;
    if (this.number[old] === -1) this.number[old] = this.count++;
    return this.number[old]!;
  }
}

type Claims = Omit<MatcherTables, 'automaton' | 'termIds' | 'countryCodes' | 'countryCues'> & { patternKept: Uint8Array };

/**
 * The claims of the kept terms (and those of no term), pattern by pattern; a pattern left
 * with none is dropped. The page conditions and alias rules the kept claims use come along,
 * numbered anew: a list of 100,000 terms with rules of their own sends a page only its own.
 */
function keptClaims(tables: MatcherTables, termNumber: Int32Array): Claims {
  const { claimStart, claimKind, claimTerm } = tables;
  const patterns = claimStart.length - 1;
  const patternKept = new Uint8Array(patterns);
  const kept: number[] = [];
  const starts: number[] = [0];
  for (let pattern = 0; pattern < patterns; pattern++) {
    const before = kept.length;
    for (let c = claimStart[pattern]!; c < claimStart[pattern + 1]!; c++) {
      if (claimKind[c] !== ClaimKind.Alias || termNumber[claimTerm[c]!]! >= 0) kept.push(c);
    }
    if (kept.length === before) continue;
    patternKept[pattern] = 1;
    starts.push(kept.length);
  }
  const conditions = new Renumbering(tables.conditions.length);
  const rules = new Renumbering(tables.aliasRules.length);
  const column = <T extends Int32Array | Uint8Array>(from: T, value: (old: number) => number = (old) => old): T => {
    const out = new (from.constructor as new (length: number) => T)(kept.length);
    for (let i = 0; i < kept.length; i++) out[i] = value(from[kept[i]!]!);
    return out;
  };
  const claimTermKept = column(claimTerm, (term) => (term < 0 ? term : termNumber[term]!));
  const claimContext = column(tables.claimContext, (condition) => conditions.of(condition));
  const claimExtra = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    // Only an alias's extra is an alias rule; a country's is its place in countryCodes.
    claimExtra[i] = claimKind[c] === ClaimKind.Alias ? rules.of(tables.claimExtra[c]!) : tables.claimExtra[c]!;
  }
  const aliasRules = keptEntries(tables.aliasRules, rules).map((rule) => ({
    ...rule,
    lowerContext: conditions.of(rule.lowerContext),
    shortContext: conditions.of(rule.shortContext),
  }));
  return {
    patternKept,
    claimStart: Int32Array.from(starts),
    claimKind: column(claimKind),
    claimTerm: claimTermKept,
    claimCue: column(tables.claimCue),
    claimCase: column(tables.claimCase),
    claimPlural: column(tables.claimPlural),
    claimContext,
    claimExtra,
    claimSurface: kept.map((c) => tables.claimSurface[c]!),
    conditions: keptEntries(tables.conditions, conditions),
    aliasRules,
  };
}

/** The entries a renumbering kept, in their new order. */
function keptEntries<T>(entries: readonly T[], renumbering: Renumbering): T[] {
  const out = new Array<T>(renumbering.count);
  renumbering.number.forEach((at, old) => at >= 0 && (out[at] = entries[old]!));
  return out;
}

/** What cutting an automaton needs of it beyond its tables. */
interface Paths {
  /** Each state's parent (the root's: 0). */
  parent: Int32Array;
  /** The state where each pattern ends. */
  endOf: Int32Array;
}

function pathsOf(a: Automaton): Paths {
  const { childStart, patternAt, patternLength } = a;
  const parent = new Int32Array(patternAt.length);
  const endOf = new Int32Array(patternLength.length);
  for (let state = 0; state < patternAt.length; state++) {
    for (let e = childStart[state]!; e < childStart[state + 1]!; e++) parent[e + 1] = state;
    if (patternAt[state]! >= 0) endOf[patternAt[state]!] = state;
  }
  return { parent, endOf };
}

/** The states on the way to a kept pattern (and the root), found from the patterns up. */
function keptStates(a: Automaton, { parent, endOf }: Paths, patternKept: Uint8Array): { kept: Uint8Array; size: number } {
  const kept = new Uint8Array(a.fail.length);
  kept[0] = 1;
  let size = 1;
  for (let pattern = 0; pattern < patternKept.length; pattern++) {
    if (!patternKept[pattern]) continue;
    for (let state = endOf[pattern]!; !kept[state]; state = parent[state]!, size++) kept[state] = 1;
  }
  return { kept, size };
}

/**
 * The automaton of the kept patterns: the states on the way to one, numbered in their old
 * order (still breadth-first, each state's children still side by side), failures moved to the
 * nearest kept state along the old failure chain.
 */
function prunedAutomaton(a: Automaton, paths: Paths, patternKept: Uint8Array): AutomatonShape {
  const { childStart, edgeClass, fail, patternAt, patternLength } = a;
  const { kept, size } = keptStates(a, paths, patternKept);
  const newPattern = new Int32Array(patternKept.length);
  const lengths: number[] = [];
  for (let pattern = 0; pattern < patternKept.length; pattern++) {
    newPattern[pattern] = patternKept[pattern] ? lengths.push(patternLength[pattern]!) - 1 : -1;
  }
  // Breadth-first through the kept states alone: their old states in order (`old`), a kept
  // state's new number its place in that order, and its kept children the next in line.
  const old = new Int32Array(size);
  const newState = new Int32Array(kept.length);
  const prunedChildStart = new Int32Array(size + 1);
  const prunedEdgeClass = new Uint16Array(size - 1);
  const prunedFail = new Int32Array(size);
  const prunedPatternAt = new Int32Array(size);
  let queued = 1;
  for (let at = 0; at < size; at++) {
    const state = old[at]!;
    newState[state] = at;
    prunedChildStart[at] = queued - 1;
    let failure = fail[state]!;
    while (!kept[failure]) failure = fail[failure]!;
    prunedFail[at] = newState[failure]!;
    const pattern = patternAt[state]!;
    prunedPatternAt[at] = pattern >= 0 ? newPattern[pattern]! : -1;
    for (let e = childStart[state]!; e < childStart[state + 1]!; e++) {
      if (!kept[e + 1]) continue;
      prunedEdgeClass[queued - 1] = edgeClass[e]!;
      old[queued++] = e + 1;
    }
  }
  prunedChildStart[size] = size - 1;
  return {
    classOf: a.classOf,
    spaceClass: a.spaceClass,
    classCount: a.classCount,
    denseStates: denseStatesFor(size, a.classCount),
    childStart: prunedChildStart,
    edgeClass: prunedEdgeClass,
    fail: prunedFail,
    patternAt: prunedPatternAt,
    patternLength: Int32Array.from(lengths),
    longestPattern: lengths.reduce((max, length) => Math.max(max, length), 0),
  };
}

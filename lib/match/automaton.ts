import { SPACE, apostropheCodes, caseVariants, spaceCodes } from '../text/characters';

/**
 * An Aho–Corasick automaton over folded text (see characters.ts), compiled into flat typed
 * arrays. States are numbered breadth-first, so the shallow ones, where a scan of prose spends
 * nearly all its time, come first: those have full transition rows (one table lookup per
 * character, failures already folded in). Deeper states, when the dictionary is too large for
 * every state to have a row, keep their own edges and fall back along failure links to a state
 * that has one.
 *
 * Characters that occur in no pattern map to class 0 and send the scan back to the root,
 * which is what keeps ordinary prose cheap.
 */
export interface Automaton {
  /** Code unit → character class (0: in no pattern). Case variants share a class. */
  readonly classOf: Uint16Array;
  readonly spaceClass: number;
  readonly classCount: number;
  /** Transitions of states 0 .. denseStates - 1: delta[state * classCount + cls]. */
  readonly delta: Int32Array;
  readonly denseStates: number;
  /**
   * Children of state s are edges childStart[s] .. childStart[s + 1] - 1. Numbered breadth-first,
   * edge e leads to state e + 1 (the root is state 0, and every other state is one edge's end).
   */
  readonly childStart: Int32Array;
  readonly edgeClass: Uint16Array;
  readonly fail: Int32Array;
  /** The pattern that ends exactly at a state, or -1. */
  readonly patternAt: Int32Array;
  /** The next state down the failure chain where a pattern ends, or 0 for none. */
  readonly outputLink: Int32Array;
  /** The state itself if a pattern ends there, else its output link: where reporting starts. */
  readonly firstOutput: Int32Array;
  /** Length of each pattern in folded characters. */
  readonly patternLength: Int32Array;
  readonly longestPattern: number;
}

/**
 * An automaton less what a scan can make again from the rest (the dense states' rows, where
 * reporting starts and goes on): what is stored and sent (compiled.ts), and what a cut makes
 * (pruned.ts), since the background only sends it.
 */
export type AutomatonShape = Omit<Automaton, 'delta' | 'outputLink' | 'firstOutput'>;

/** The automaton of a shape, its rows and output links laid out. */
export function completed(shape: AutomatonShape): Automaton {
  const automaton = withRoomForRows(shape);
  linkOutputs(automaton);
  fillDenseRows(automaton);
  return automaton;
}

/**
 * The automaton of a shape whose output links came with it (compiled.ts, a matcher made for
 * pages): only the rows of its dense states are laid out, natively, a row a state. Nothing
 * loops over every state, in code a page runs once and before any of it is optimised.
 */
export function completedWithOutputs(shape: AutomatonShape, outputLink: Int32Array, firstOutput: Int32Array): Automaton {
  const automaton = { ...withRoomForRows(shape), outputLink, firstOutput };
  fillDenseRows(automaton);
  return automaton;
}

/** The same automaton with full rows for its `denseStates` shallowest states only (at least the root). */
export function withDenseStates<T extends AutomatonShape>(automaton: T, denseStates: number): T {
  return { ...automaton, denseStates: Math.max(1, Math.min(automaton.denseStates, denseStates)) };
}

/**
 * An automaton of a shape, its rows and output links to be laid out. Every automaton is made
 * here, with its fields in one order, so that all have one hidden class: a page compiles the
 * bundled terms' and loads the background's, and code V8 optimised for one must not be thrown
 * away for the other in the middle of the page's read.
 */
function withRoomForRows(shape: AutomatonShape): Automaton {
  const states = shape.fail.length;
  return {
    classOf: shape.classOf,
    spaceClass: shape.spaceClass,
    classCount: shape.classCount,
    delta: new Int32Array(shape.denseStates * shape.classCount),
    denseStates: shape.denseStates,
    childStart: shape.childStart,
    edgeClass: shape.edgeClass,
    fail: shape.fail,
    patternAt: shape.patternAt,
    outputLink: new Int32Array(states),
    firstOutput: new Int32Array(states),
    patternLength: shape.patternLength,
    longestPattern: shape.longestPattern,
  };
}

/** Transition rows cost classCount entries each: at most this many entries in all (1 MB). */
const DENSE_ENTRIES = 1 << 18;

/** How many states, the shallowest, get a full transition row. */
export const denseStatesFor = (states: number, classCount: number) => Math.min(states, Math.max(1, Math.floor(DENSE_ENTRIES / classCount)));

/** A typed array twice as long, with `array`'s entries first (and `fill` after). */
function grown<T extends Int32Array | Uint16Array>(array: T, fill = 0): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  if (fill !== 0) bigger.fill(fill, array.length);
  return bigger;
}

/**
 * The trie of the patterns, grown a pattern at a time: its nodes in the order they were made,
 * each with its parent, edge class and pattern. Characters get classes as they first appear, so that case
 * variants share one.
 */
export class Trie {
  readonly classOf = new Uint16Array(0x10000);
  classCount = 1;
  parent = new Int32Array(1024);
  edge = new Uint16Array(1024);
  patternAt = new Int32Array(1024).fill(-1);
  size = 1;
  readonly lengths: number[] = [];
  // Each node's children as a list (its last child made, then each one's sibling made before
  // it; 0 ends a list, as the root is no one's child): no map of every edge to fill and grow.
  private lastChild = new Int32Array(1024);
  private sibling = new Int32Array(1024);

  constructor() {
    // Space and apostrophe always have classes so that runs of white space can be collapsed.
    this.claim(spaceCodes);
    this.claim(apostropheCodes);
  }

  /** Adds the next pattern (numbered in the order they are added). */
  add(pattern: string): void {
    const id = this.lengths.push(pattern.length) - 1;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (this.classOf[code] === 0) this.claim(caseVariants(code));
      const cls = this.classOf[code]!;
      let next = this.lastChild[state]!;
      while (next !== 0 && this.edge[next] !== cls) next = this.sibling[next]!;
      if (next === 0) next = this.node(state, cls);
      state = next;
    }
    this.patternAt[state] = id;
  }

  private claim(codes: readonly number[]): void {
    const cls = this.classCount++;
    for (const code of codes) this.classOf[code] = cls;
  }

  private node(parent: number, cls: number): number {
    if (this.size === this.parent.length) {
      this.parent = grown(this.parent);
      this.edge = grown(this.edge);
      this.patternAt = grown(this.patternAt, -1);
      this.lastChild = grown(this.lastChild);
      this.sibling = grown(this.sibling);
    }
    const node = this.size++;
    this.parent[node] = parent;
    this.edge[node] = cls;
    this.sibling[node] = this.lastChild[parent]!;
    this.lastChild[parent] = node;
    return node;
  }
}

/** Renumbers the trie breadth-first and lays out each state's children as a run of edges. */
function breadthFirst(trie: Trie): { childStart: Int32Array; edgeClass: Uint16Array; patternAt: Int32Array } {
  const { size } = trie;
  // Children of each node, in the order they were made (old numbering).
  const firstChild = new Int32Array(size + 1);
  for (let node = 1; node < size; node++) firstChild[trie.parent[node]! + 1]!++;
  for (let node = 0; node < size; node++) firstChild[node + 1]! += firstChild[node]!;
  const children = new Int32Array(size);
  const filled = firstChild.slice(0, size);
  for (let node = 1; node < size; node++) children[filled[trie.parent[node]!]!++] = node;
  // Breadth-first order: a node's new number is its place in the queue.
  const order = new Int32Array(size);
  for (let head = 0, tail = 1; head < size; head++) {
    const node = order[head]!;
    for (let c = firstChild[node]!; c < firstChild[node + 1]!; c++) order[tail++] = children[c]!;
  }
  const childStart = new Int32Array(size + 1);
  const edgeClass = new Uint16Array(size - 1);
  const patternAt = new Int32Array(size);
  let edge = 0;
  for (let state = 0; state < size; state++) {
    const node = order[state]!;
    childStart[state] = edge;
    patternAt[state] = trie.patternAt[node]!;
    for (let c = firstChild[node]!; c < firstChild[node + 1]!; c++) edgeClass[edge++] = trie.edge[children[c]!]!;
  }
  childStart[size] = edge;
  return { childStart, edgeClass, patternAt };
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const trie = new Trie();
  for (const pattern of patterns) trie.add(pattern);
  return automatonOf(trie);
}

/** The automaton of a trie's patterns. */
export function automatonOf(trie: Trie): Automaton {
  const { classOf, classCount } = trie;
  const { childStart, edgeClass, patternAt } = breadthFirst(trie);
  const states = trie.size;
  const denseStates = denseStatesFor(states, classCount);
  const fail = new Int32Array(states);
  const automaton = withRoomForRows({
    classOf,
    spaceClass: classOf[SPACE]!,
    classCount,
    denseStates,
    childStart,
    edgeClass,
    fail,
    patternAt,
    patternLength: Int32Array.from(trie.lengths),
    longestPattern: trie.lengths.reduce((max, length) => Math.max(max, length), 0),
  });
  // Breadth-first, a state's failure link (shallower, so numbered lower) is known before the
  // state itself is reached, and so is the failure's row.
  for (let state = 0; state < states; state++) {
    if (state < denseStates) fillRow(automaton, state);
    for (let e = childStart[state]!; e < childStart[state + 1]!; e++) {
      fail[e + 1] = state === 0 ? 0 : step(automaton, fail[state]!, edgeClass[e]!);
    }
  }
  linkOutputs(automaton);
  return automaton;
}

/**
 * Where reporting starts at each state, and where it goes on, from the failure links: one pass,
 * breadth-first (a failure is numbered before its state), so a compiled automaton need not
 * carry them (compiled.ts).
 */
function linkOutputs(a: Automaton): void {
  const { fail, patternAt, outputLink, firstOutput } = a;
  for (let state = 1; state < fail.length; state++) {
    const via = fail[state]!;
    outputLink[state] = patternAt[via]! >= 0 ? via : outputLink[via]!;
    firstOutput[state] = patternAt[state]! >= 0 ? state : outputLink[state]!;
  }
}

/** A dense state's transition row: a copy of its failure's (filled already), then its own edges. */
function fillRow(a: Automaton, state: number): void {
  const { delta, classCount, fail, childStart, edgeClass } = a;
  const row = state * classCount;
  if (state > 0) delta.copyWithin(row, fail[state]! * classCount, fail[state]! * classCount + classCount);
  for (let e = childStart[state]!; e < childStart[state + 1]!; e++) delta[row + edgeClass[e]!] = e + 1;
}

/**
 * The transition rows of the dense states, made again from the edges and failure links: a
 * megabyte that need not travel with a compiled automaton (compiled.ts), and takes a moment
 * to lay out.
 */
function fillDenseRows(a: Automaton): void {
  for (let state = 0; state < a.denseStates; state++) fillRow(a, state);
}

/** The state after reading class `cls` in `state`. */
export function step(a: Automaton, state: number, cls: number): number {
  while (state >= a.denseStates) {
    for (let e = a.childStart[state]!, end = a.childStart[state + 1]!; e < end; e++) {
      if (a.edgeClass[e] === cls) return e + 1;
    }
    state = a.fail[state]!;
  }
  return a.delta[state * a.classCount + cls]!;
}

/**
 * Reports every pattern occurrence in `text` (its pattern, and `start`..`end`, code-unit offsets
 * in the original text), folding as it reads. Runs of white space count
 * as one space; a ring of recent offsets maps folded positions back to the original text.
 */
export function scanText(a: Automaton, text: string, onHit: (pattern: number, start: number, end: number) => void): void {
  const { classOf, spaceClass, patternAt, outputLink, firstOutput, patternLength, delta, denseStates, classCount } = a;
  let state = 0;
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const cls = classOf[text.charCodeAt(i)]!;
    if (cls === spaceClass) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    if (cls === 0) state = 0;
    else state = state < denseStates ? delta[state * classCount + cls]! : step(a, state, cls);
    for (let s = firstOutput[state]!; s !== 0; s = outputLink[s]!) {
      const pattern = patternAt[s]!;
      // Three numbers, not an object: a page's prose gives thousands of hits (countries, cues).
      onHit(pattern, foldedStart(a, text, i, patternLength[pattern]!), i + 1);
    }
  }
}

/**
 * Where, in the original text, the folded run of `length` characters ending at `end` starts:
 * counting back, a white-space character that follows another was folded away.
 */
function foldedStart(a: Automaton, text: string, end: number, length: number): number {
  const { classOf, spaceClass } = a;
  let start = end;
  for (let counted = 1; counted < length; counted++) {
    start--;
    while (classOf[text.charCodeAt(start)] === spaceClass && classOf[text.charCodeAt(start - 1)] === spaceClass) start--;
  }
  return start;
}

import { SPACE, apostropheCodes, caseVariants, spaceCodes } from './characters';

/**
 * An Aho–Corasick automaton over folded text (see characters.ts), compiled into flat typed
 * arrays: scanning costs one table lookup per character plus, rarely, a few failure steps,
 * whatever the number of patterns.
 *
 * Characters that occur in no pattern map to class 0 and send the scan back to the root,
 * which is what keeps ordinary prose cheap.
 */
export interface Automaton {
  /** Code unit → character class (0: in no pattern). Case variants share a class. */
  readonly classOf: Uint16Array;
  readonly spaceClass: number;
  readonly rootNext: Int32Array;
  /** Children of state s are edges childStart[s] .. childStart[s + 1] - 1. */
  readonly childStart: Int32Array;
  readonly edgeClass: Uint16Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** The pattern that ends exactly at a state, or -1. */
  readonly patternAt: Int32Array;
  /** The next state down the failure chain where a pattern ends, or 0 for none. */
  readonly outputLink: Int32Array;
  /** Length of each pattern in folded characters. */
  readonly patternLength: Int32Array;
  readonly longestPattern: number;
}

interface Trie {
  children: Map<number, number>[];
  patternAt: number[];
}

function assignClasses(patterns: readonly string[]): { classOf: Uint16Array; count: number } {
  const classOf = new Uint16Array(0x10000);
  let count = 1;
  const claim = (codes: readonly number[], cls: number) => {
    for (const code of codes) classOf[code] = cls;
  };
  // Space and apostrophe always have classes so that runs of white space can be collapsed.
  claim(spaceCodes, count++);
  claim(apostropheCodes, count++);
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (classOf[code] === 0) claim(caseVariants(code), count++);
    }
  }
  return { classOf, count };
}

function buildTrie(patterns: readonly string[], classOf: Uint16Array): Trie {
  const trie: Trie = { children: [new Map()], patternAt: [-1] };
  patterns.forEach((pattern, id) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const cls = classOf[pattern.charCodeAt(i)]!;
      let next = trie.children[state]!.get(cls);
      if (next === undefined) {
        next = trie.children.length;
        trie.children.push(new Map());
        trie.patternAt.push(-1);
        trie.children[state]!.set(cls, next);
      }
      state = next;
    }
    trie.patternAt[state] = id;
  });
  return trie;
}

/** Breadth-first failure links, and output links that skip states where nothing ends. */
function linkFailures(trie: Trie): { fail: Int32Array; outputLink: Int32Array } {
  const states = trie.children.length;
  const fail = new Int32Array(states);
  const outputLink = new Int32Array(states);
  const queue: number[] = [...trie.children[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [cls, child] of trie.children[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !trie.children[f]!.has(cls)) f = fail[f]!;
      const target = trie.children[f]!.get(cls);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const via = fail[child]!;
      outputLink[child] = trie.patternAt[via]! >= 0 ? via : outputLink[via]!;
      queue.push(child);
    }
  }
  return { fail, outputLink };
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { classOf, count } = assignClasses(patterns);
  const trie = buildTrie(patterns, classOf);
  const { fail, outputLink } = linkFailures(trie);
  const states = trie.children.length;
  const childStart = new Int32Array(states + 1);
  const edgeCount = trie.children.reduce((sum, children) => sum + children.size, 0);
  const edgeClass = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  let edge = 0;
  for (let state = 0; state < states; state++) {
    childStart[state] = edge;
    for (const [cls, child] of trie.children[state]!) {
      edgeClass[edge] = cls;
      edgeTarget[edge++] = child;
    }
  }
  childStart[states] = edge;
  const rootNext = new Int32Array(count);
  for (const [cls, child] of trie.children[0]!) rootNext[cls] = child;
  return {
    classOf,
    spaceClass: classOf[SPACE]!,
    rootNext,
    childStart,
    edgeClass,
    edgeTarget,
    fail,
    patternAt: Int32Array.from(trie.patternAt),
    outputLink,
    patternLength: Int32Array.from(patterns, (p) => p.length),
    longestPattern: patterns.reduce((max, p) => Math.max(max, p.length), 0),
  };
}

/** The state after reading class `cls` in `state`. */
export function step(a: Automaton, state: number, cls: number): number {
  for (;;) {
    if (state === 0) return a.rootNext[cls]!;
    for (let e = a.childStart[state]!, end = a.childStart[state + 1]!; e < end; e++) {
      if (a.edgeClass[e] === cls) return a.edgeTarget[e]!;
    }
    state = a.fail[state]!;
  }
}

/** A pattern found in a text: `start`..`end` are code-unit offsets in the original text. */
export interface Hit {
  pattern: number;
  start: number;
  end: number;
}

/**
 * Reports every pattern occurrence in `text`, folding as it reads. Runs of white space count
 * as one space; a ring of recent offsets maps folded positions back to the original text.
 */
export function scanText(a: Automaton, text: string, onHit: (hit: Hit) => void): void {
  const ringSize = 1 << Math.ceil(Math.log2(a.longestPattern + 1));
  const mask = ringSize - 1;
  const offsets = new Int32Array(ringSize);
  const { classOf, spaceClass, patternAt, outputLink, patternLength } = a;
  let state = 0;
  let folded = 0;
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const cls = classOf[text.charCodeAt(i)]!;
    if (cls === spaceClass) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    offsets[folded++ & mask] = i;
    state = cls === 0 ? 0 : step(a, state, cls);
    if (state === 0) continue;
    for (let s = patternAt[state]! >= 0 ? state : outputLink[state]!; s !== 0; s = outputLink[s]!) {
      const pattern = patternAt[s]!;
      onHit({ pattern, start: offsets[(folded - patternLength[pattern]!) & mask]!, end: i + 1 });
    }
  }
}

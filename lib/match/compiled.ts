import { completed, completedWithOutputs, withDenseStates, type Automaton, type AutomatonShape } from './automaton';
import type { AliasRule, MatcherShape, MatcherTables } from './matcher';
import type { PageCondition } from './page-conditions';

/**
 * A compiled matcher as bytes: compiled once per change of the reader's lists (in the
 * background) and loaded by every page without compiling. Layout: a 4-byte length, a JSON
 * header (scalars, the term ids, surfaces, page conditions, the dictionary's alias rules and
 * countries), then each typed array, aligned to 4 bytes, in the order of ARRAYS. What takes a
 * moment to make again is left out (the dense states' transition rows, where reporting starts
 * and goes on: automaton.ts), and what is mostly empty is kept as pairs (the characters' classes,
 * the states where a pattern ends), and each array is stored in as few bytes a number as its
 * numbers need, signed where -1 stands for none (a page's matcher has under 65,536 states, most
 * claims no cue): a page's matcher travels as a fifth of its size in memory.
 */
const FORMAT = 'sst-matcher';
const VERSION = 7;

type ArrayKind = 'u8' | 'u16' | 'i32';
const CONSTRUCTORS = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array } as const;
type Numbers = Uint8Array | Uint16Array | Int32Array;

/** The typed arrays an array can be stored as. */
const STORED_AS = { u8: Uint8Array, i8: Int8Array, u16: Uint16Array, i16: Int16Array, i32: Int32Array } as const;
type StoredKind = keyof typeof STORED_AS;
type StoredNumbers = InstanceType<(typeof STORED_AS)[StoredKind]>;

/** How an array is stored: in the fewest bytes a number that hold its values, signed when it holds -1 ("none"). */
function kindFor(array: Numbers): StoredKind {
  let least = 0;
  let most = 0;
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    if (value < least) least = value;
    if (value > most) most = value;
  }
  if (least >= 0) return most < 0x100 ? 'u8' : most < 0x10000 ? 'u16' : 'i32';
  return least >= -0x80 && most < 0x80 ? 'i8' : least >= -0x8000 && most < 0x8000 ? 'i16' : 'i32';
}

/** The array in the fewest bytes a number that hold its values. */
function narrowed(array: Numbers, kind: StoredKind): StoredNumbers {
  const Type = STORED_AS[kind];
  if (array instanceof Type) return array as StoredNumbers;
  const out = new Type(array.length);
  // Natively (cut matchers are made once each, never optimised).
  out.set(array);
  return out;
}

/**
 * The stored array as its kind again: a view on the bytes when it was stored as it is, else
 * copied natively (a page loads its matcher once, before any loop of it is optimised; a copy
 * from signed to wider signs the numbers as it goes).
 */
function widened(stored: StoredNumbers, kind: ArrayKind): Numbers {
  const Type = CONSTRUCTORS[kind];
  if (stored instanceof Type) return stored;
  const out = new Type(stored.length);
  out.set(stored);
  return out;
}

/** Every typed array a compiled matcher carries, in its order. */
const ARRAYS = [
  ['classCodes', 'u16'],
  ['classValues', 'u16'],
  ['childStart', 'i32'],
  ['edgeClass', 'u16'],
  ['fail', 'i32'],
  ['patternStates', 'i32'],
  ['patternIds', 'i32'],
  ['patternLength', 'i32'],
  ['claimStart', 'i32'],
  ['claimKind', 'u8'],
  ['claimTerm', 'i32'],
  ['claimCue', 'i32'],
  ['claimCase', 'u8'],
  ['claimPlural', 'u8'],
  ['claimContext', 'i32'],
  ['claimExtra', 'i32'],
] as const satisfies ReadonlyArray<readonly [string, ArrayKind]>;

/**
 * What a matcher made for pages (serializeMatcher's `forPages`) carries beyond ARRAYS: each
 * state's pattern and output links, which a page would otherwise make again in loops over every
 * state (the bundled terms' matcher, loaded by every page: lib/match/term-index.ts).
 */
const PAGE_ARRAYS = [
  ['patternAtState', 'i32'],
  ['outputLink', 'i32'],
  ['firstOutput', 'i32'],
] as const satisfies ReadonlyArray<readonly [string, ArrayKind]>;

/**
 * Transition rows made on a page for a matcher made for pages: its shallowest states only
 * (where a scan of prose spends nearly all its time; deeper states follow their edges), so that
 * a page lays out 64 KB, not a megabyte.
 */
const PAGE_DENSE_ENTRIES = 1 << 14;

type Stored = Record<(typeof ARRAYS)[number][0], Numbers>;

/** The arrays to store: the automaton's own, but the mostly empty ones as pairs. */
function stored(tables: MatcherShape): Stored {
  const { classOf, patternAt } = tables.automaton;
  const codes: number[] = [];
  for (let code = 0; code < classOf.length; code++) if (classOf[code] !== 0) codes.push(code);
  const states: number[] = [];
  for (let state = 0; state < patternAt.length; state++) if (patternAt[state]! >= 0) states.push(state);
  return {
    ...tables,
    ...tables.automaton,
    classCodes: Uint16Array.from(codes),
    classValues: Uint16Array.from(codes, (code) => classOf[code]!),
    patternStates: Int32Array.from(states),
    patternIds: Int32Array.from(states, (state) => patternAt[state]!),
  };
}

/** The automaton again from what was stored, with what was left out made again. */
function restored(arrays: Stored, header: Header, pageArrays: Record<string, Numbers>): Automaton {
  const { classCodes, classValues, patternStates, patternIds, fail } = arrays;
  const classOf = new Uint16Array(0x10000);
  for (let i = 0; i < classCodes.length; i++) classOf[classCodes[i]!] = classValues[i]!;
  let patternAt = pageArrays.patternAtState as Int32Array | undefined;
  if (!patternAt) {
    patternAt = new Int32Array(fail.length).fill(-1);
    for (let i = 0; i < patternStates.length; i++) patternAt[patternStates[i]!] = patternIds[i]!;
  }
  const shape: AutomatonShape = {
    childStart: arrays.childStart as Int32Array,
    edgeClass: arrays.edgeClass as Uint16Array,
    fail: fail as Int32Array,
    patternLength: arrays.patternLength as Int32Array,
    classOf,
    patternAt,
    spaceClass: header.spaceClass,
    classCount: header.classCount,
    denseStates: header.denseStates,
    longestPattern: header.longestPattern,
  };
  const { outputLink, firstOutput } = pageArrays;
  return header.forPages ? completedWithOutputs(shape, outputLink as Int32Array, firstOutput as Int32Array) : completed(shape);
}

interface Header {
  format: typeof FORMAT;
  version: typeof VERSION;
  spaceClass: number;
  classCount: number;
  denseStates: number;
  longestPattern: number;
  lengths: number[];
  /** How each array is stored. */
  kinds: StoredKind[];
  /** The term ids joined by new lines: splitting a string is much faster than parsing a JSON array of 100,000. */
  termIds: string;
  surfaces: string[];
  conditions: PageCondition[];
  aliasRules: AliasRule[];
  countryCodes: string[];
  countryCues: Array<[string, number]>;
  /** Made for pages: PAGE_ARRAYS follow ARRAYS. */
  forPages?: boolean;
}

const align = (n: number) => (n + 3) & ~3;

/**
 * The bytes of a matcher. `forPages`, for a matcher every page loads (the bundled terms'): its
 * output links come with it (PAGE_ARRAYS) and a page makes rows for a few shallow states only.
 */
export function serializeMatcher(tables: MatcherShape | MatcherTables, { forPages = false } = {}): ArrayBuffer {
  const a = forPages ? withDenseStates(tables.automaton, Math.floor(PAGE_DENSE_ENTRIES / tables.automaton.classCount)) : tables.automaton;
  const all: Record<string, Numbers> = stored(tables);
  if (forPages) {
    const { patternAt, outputLink, firstOutput } = tables.automaton as Automaton;
    if (!outputLink || !firstOutput) throw new Error('A matcher for pages is made from a whole automaton');
    Object.assign(all, { patternAtState: patternAt, outputLink, firstOutput });
  }
  const names = [...ARRAYS, ...(forPages ? PAGE_ARRAYS : [])].map(([name]) => name);
  const kinds = names.map((name) => kindFor(all[name]!));
  const arrays = names.map((name, index) => narrowed(all[name]!, kinds[index]!));
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    ...(forPages && { forPages }),
    spaceClass: a.spaceClass,
    classCount: a.classCount,
    denseStates: a.denseStates,
    longestPattern: a.longestPattern,
    lengths: arrays.map((array) => array.length),
    kinds,
    termIds: tables.termIds.join('\n'),
    surfaces: tables.claimSurface,
    conditions: tables.conditions,
    aliasRules: tables.aliasRules,
    countryCodes: tables.countryCodes,
    countryCues: tables.countryCues,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align(4 + json.byteLength);
  for (const array of arrays) size += align(array.byteLength);
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, json.byteLength, true);
  bytes.set(json, 4);
  let offset = align(4 + json.byteLength);
  for (const array of arrays) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += align(array.byteLength);
  }
  return bytes.buffer;
}

/** The tables back from bytes; the stored typed arrays are views on `buffer`, not copies. */
export function deserializeMatcher(buffer: ArrayBuffer): MatcherTables {
  const length = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as Header;
  if (header.format !== FORMAT || header.version !== VERSION) throw new Error('Not a compiled matcher of this version');
  let offset = align(4 + length);
  const arrays = {} as Record<string, Numbers>;
  [...ARRAYS, ...(header.forPages ? PAGE_ARRAYS : [])].forEach(([name, kind], index) => {
    const storedKind = header.kinds[index]!;
    if (!Object.hasOwn(STORED_AS, storedKind)) throw new Error('Not a compiled matcher of this version');
    const array = new STORED_AS[storedKind](buffer, offset, header.lengths[index]!);
    arrays[name] = widened(array, kind);
    offset += align(array.byteLength);
  });
  type Claims = Pick<MatcherTables, 'claimStart' | 'claimKind' | 'claimTerm' | 'claimCue' | 'claimCase' | 'claimPlural' | 'claimContext' | 'claimExtra'>;
  const claims = arrays as unknown as Claims;
  return {
    automaton: restored(arrays as Stored, header, arrays),
    termIds: header.termIds === '' ? [] : header.termIds.split('\n'),
    claimStart: claims.claimStart,
    claimKind: claims.claimKind,
    claimTerm: claims.claimTerm,
    claimCue: claims.claimCue,
    claimCase: claims.claimCase,
    claimPlural: claims.claimPlural,
    claimContext: claims.claimContext,
    claimExtra: claims.claimExtra,
    claimSurface: header.surfaces,
    conditions: header.conditions,
    aliasRules: header.aliasRules,
    countryCodes: header.countryCodes,
    countryCues: header.countryCues,
  };
}

/**
 * Base64, for the way to the page: extension messages are JSON in Chromium, where an
 * ArrayBuffer would arrive as an empty object. Chunked so that no call gets millions of arguments.
 */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer) as Uint8Array & { toBase64?: () => string };
  // Native where there is one (Chromium 140, Firefox 133): a tenth of the time of the loop.
  if (bytes.toBase64) return bytes.toBase64();
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): ArrayBuffer {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (native) return native(text).buffer as ArrayBuffer;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

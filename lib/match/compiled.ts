import { fillDenseRows, type Automaton } from './automaton';
import type { AliasRule, MatcherTables } from './matcher';
import type { PageCondition } from './page-conditions';

/**
 * A compiled matcher as bytes: compiled once per change of the reader's lists (in the
 * background) and loaded by every page without compiling. Layout: a 4-byte length, a JSON
 * header (scalars, the term ids, surfaces, page conditions, the dictionary's alias rules and
 * countries), then each typed array, aligned to 4 bytes, in the order of ARRAYS. The dense
 * states' transition rows are left out and laid out again on loading (automaton.ts).
 */
const FORMAT = 'sst-matcher';
const VERSION = 4;

type ArrayKind = 'u8' | 'u16' | 'i32';
const CONSTRUCTORS = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array } as const;

/** Every typed array of the tables, with where it lives. */
const ARRAYS: ReadonlyArray<[name: string, kind: ArrayKind, get: (t: MatcherTables) => ArrayBufferView]> = [
  ['classOf', 'u16', (t) => t.automaton.classOf],
  ['childStart', 'i32', (t) => t.automaton.childStart],
  ['edgeClass', 'u16', (t) => t.automaton.edgeClass],
  ['fail', 'i32', (t) => t.automaton.fail],
  ['patternAt', 'i32', (t) => t.automaton.patternAt],
  ['outputLink', 'i32', (t) => t.automaton.outputLink],
  ['firstOutput', 'i32', (t) => t.automaton.firstOutput],
  ['patternLength', 'i32', (t) => t.automaton.patternLength],
  ['claimStart', 'i32', (t) => t.claimStart],
  ['claimKind', 'u8', (t) => t.claimKind],
  ['claimTerm', 'i32', (t) => t.claimTerm],
  ['claimCue', 'i32', (t) => t.claimCue],
  ['claimCase', 'u8', (t) => t.claimCase],
  ['claimPlural', 'u8', (t) => t.claimPlural],
  ['claimContext', 'i32', (t) => t.claimContext],
  ['claimExtra', 'i32', (t) => t.claimExtra],
];

interface Header {
  format: typeof FORMAT;
  version: typeof VERSION;
  spaceClass: number;
  classCount: number;
  denseStates: number;
  longestPattern: number;
  lengths: number[];
  /** The term ids joined by new lines: splitting a string is much faster than parsing a JSON array of 100,000. */
  termIds: string;
  surfaces: string[];
  conditions: PageCondition[];
  aliasRules: AliasRule[];
  countryCodes: string[];
  countryCues: Array<[string, number]>;
}

const align = (n: number) => (n + 3) & ~3;

export function serializeMatcher(tables: MatcherTables): ArrayBuffer {
  const { automaton: a } = tables;
  const arrays = ARRAYS.map(([, , get]) => get(tables));
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    spaceClass: a.spaceClass,
    classCount: a.classCount,
    denseStates: a.denseStates,
    longestPattern: a.longestPattern,
    lengths: arrays.map((array) => (array as Int32Array).length),
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

/** The tables back from bytes; the typed arrays are views on `buffer`, not copies. */
export function deserializeMatcher(buffer: ArrayBuffer): MatcherTables {
  const length = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as Header;
  if (header.format !== FORMAT || header.version !== VERSION) throw new Error('Not a compiled matcher of this version');
  let offset = align(4 + length);
  const arrays: Record<string, ArrayLike<number>> = {};
  ARRAYS.forEach(([name, kind], index) => {
    const Constructor = CONSTRUCTORS[kind];
    const array = new Constructor(buffer, offset, header.lengths[index]!);
    arrays[name] = array;
    offset += align(array.byteLength);
  });
  const automaton = {
    ...arrays,
    delta: new Int32Array(header.denseStates * header.classCount),
    spaceClass: header.spaceClass,
    classCount: header.classCount,
    denseStates: header.denseStates,
    longestPattern: header.longestPattern,
  } as unknown as Automaton;
  fillDenseRows(automaton);
  type Claims = Pick<MatcherTables, 'claimStart' | 'claimKind' | 'claimTerm' | 'claimCue' | 'claimCase' | 'claimPlural' | 'claimContext' | 'claimExtra'>;
  const claims = arrays as unknown as Claims;
  return {
    automaton,
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

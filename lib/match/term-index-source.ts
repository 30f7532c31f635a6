import { serializeMatcher, toBase64 } from './compiled';
import { buildMatcherTables } from './matcher';
import { nameKeys } from './name-keys';
import { bundledDictionary } from '../dictionary/bundled';
import { Pack, type Dictionary } from '../dictionary/schema';
import { CODE_BASE, type TermIndexSource } from './term-index';

/** A list of names as one character a term: its place in `names`. */
function encode<T extends string>(values: readonly T[], names: readonly T[]): string {
  if (names.length > 0xffff - CODE_BASE) throw new Error('Too many names to encode one a character');
  return values.map((value) => String.fromCharCode(CODE_BASE + names.indexOf(value))).join('');
}

/**
 * The term index of a dictionary (term-index.ts): its matcher compiled, each term's pack. Run when the extension is built, never on a page; the terms keep the dictionary's
 * order, so that a term's place is the same in the matcher and in the dictionary.
 */
export function termIndexSource({ terms }: Pick<Dictionary, 'terms'>): TermIndexSource {
  const tables = buildMatcherTables(terms);
  return {
    matcher: toBase64(serializeMatcher(tables, { forPages: true })),
    packs: encode(terms.map((term) => term.pack), Pack.options),
    packNames: Pack.options,
  };
}

/**
 * The first look's detector of a dictionary (lib/page/first-term.ts): the keys of its terms'
 * names (lib/match/name-keys.ts), and nothing the reader needs to judge a name (term ids, case,
 * context and country rules): a page that holds no name never loads those. In base64.
 */
export function detectorSource({ terms }: Pick<Dictionary, 'terms'>): string {
  const keys = nameKeys(terms.flatMap((term) => term.aliases));
  return toBase64(keys.buffer as ArrayBuffer);
}

/** The bundled dictionary's term index and detector, for the build (build/bundled-terms-plugin.ts). */
export const bundledTermIndexSource = (): TermIndexSource => termIndexSource(bundledDictionary);
export const bundledDetectorSource = (): string => detectorSource(bundledDictionary);

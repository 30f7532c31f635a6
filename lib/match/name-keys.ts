import { asciiWord, foldCode, foldPhrase, isWordAt, normaliseSurface } from '../text/characters';
import { COMMON_WORDS } from '../text/common-words';

/**
 * The first look's detector of names (lib/page/first-term.ts): a term's name is known by a key,
 * made from its first words (keyOf), and a page's text is read word by word, each word and the
 * one to three words that end with it looked up among the keys. The keys of 1,200 names are
 * 8 KB, where an automaton of them is 150 KB that every page would parse: the dictionary can
 * grow and cost a page nothing.
 *
 * A word is a run of letters, digits and marks; what lies between words does not count. A name
 * the reader finds (lib/text/characters.ts, matcher.ts) starts and ends at word edges and is the
 * same text once folded, so its first words are the same words: nothing the reader would find is
 * missed, and what the key takes besides ("Cozy. Bear") the reader turns away. Names are keyed
 * folded (case, white space, apostrophes); a name of one word of the exact case (MAD, PET) counts
 * only as written, and a proper one of one word as written or in capitals (in lower case it
 * counts only where the page also writes it with capitals), so that "mad" and "zinc" in prose
 * are not taken for them. A word ending in "s" (a plural, a possessive) is looked up without it
 * too.
 *
 * Most pages hold no name, and every character of theirs passes through this scan: a character
 * costs one multiplication and a word one bit test (readTo), the words before it being looked
 * at only when a key may end with it.
 */
/** The multiplier of a word's polynomial hash (odd: it has an inverse mod 2^32, PINV). */
const P = 0x01000193;
const PINV = 0x359c449b;
/** Joins the hashes of a window's words. */
const M = 0x9e3779b1;
const join = (window: number, word: number) => (Math.imul(window ^ (window >>> 15), M) + word) | 0;
const KEY_WORDS = 4;
const S = 0x73;

/** The hash of a word: each code unit in turn, the hash so far times P plus its code. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, P) + text.charCodeAt(i)) | 0;
  return hash;
}

/** How common each ordinary English word is: its place in the frequency list (0: the most common). */
let commonness: Map<string, number> | undefined;
/** How rare a word is: the rarer, the higher (a word not in the list is rarest). */
const rarity = (word: string) => (commonness ??= new Map(COMMON_WORDS.split(' ').map((common, place) => [common, place]))).get(word) ?? Infinity;

/**
 * The key of a folded name: its first words joined, from the second to whichever of the second,
 * third and fourth is the rarest (a name of one word: that word), and the word it ends with. A
 * page's words are looked up by the words keys end with, so that a key ending in "of" or "the"
 * ("Ministry of the Interior") would stop the scan at every "of". Never one word of a longer
 * name: "Ukraine", "Welsh" or "Islamic" alone would wake the reader on half the news.
 */
function keyOf(folded: string): { key: number; last: number } | undefined {
  const words: { text: string; hash: number }[] = [];
  for (let i = 0; i < folded.length && words.length < KEY_WORDS; i++) {
    if (!isWordAt(folded, i)) continue;
    let end = i;
    while (isWordAt(folded, end)) end++;
    words.push({ text: folded.slice(i, end), hash: hashOf(folded, i, end) });
    i = end;
  }
  if (words.length === 0) return undefined;
  let length = Math.min(2, words.length);
  for (let k = 3; k <= words.length; k++) if (rarity(words[k - 1]!.text) > rarity(words[length - 1]!.text)) length = k;
  const key = words.slice(1, length).reduce((window, word) => join(window, word.hash), words[0]!.hash);
  return { key: key >>> 0, last: words[length - 1]!.hash >>> 0 };
}

/** A name and its case rule, as the dictionary has them. */
export interface KeyedName {
  text: string;
  case: 'any' | 'exact' | 'proper';
}

const ONE_WORD = /^[\p{L}\p{N}\p{M}_]+$/u;

/**
 * The keys of these names, made when the extension is built: the count of keys, the keys
 * (sorted); the count of the words keys end with, those words (sorted); then pairs of a key and
 * a form as written (sorted by key) for the keys that only names of one word of the exact or
 * proper case have, which a word must match as written too.
 */
export function nameKeys(names: Iterable<KeyedName>): Uint32Array {
  const free = new Set<number>();
  const cased = new Map<number, Set<number>>();
  const lastWords = new Set<number>();
  for (const { text, case: rule } of names) {
    const keyed = keyOf(foldPhrase(text));
    if (!keyed) continue;
    const { key, last } = keyed;
    lastWords.add(last);
    const surface = normaliseSurface(text);
    // Longer names are keyed folded only: that finds more, never fewer.
    if (rule === 'any' || !ONE_WORD.test(surface)) {
      free.add(key);
      continue;
    }
    const forms = cased.get(key) ?? cased.set(key, new Set()).get(key)!;
    for (const form of rule === 'exact' ? [surface] : [surface, surface.toUpperCase()]) forms.add(hashOf(form, 0, form.length) >>> 0);
  }
  const sorted = (values: Iterable<number>) => [...values].sort((a, b) => a - b);
  const keys = sorted(new Set([...free, ...cased.keys()]));
  const ends = sorted(lastWords);
  const pairs = [...cased]
    .filter(([key]) => !free.has(key))
    .sort(([a], [b]) => a - b)
    .flatMap(([key, forms]) => sorted(forms).flatMap((form) => [key, form]));
  return Uint32Array.from([keys.length, ...keys, ends.length, ...ends, ...pairs]);
}

/**
 * What a code unit beyond ASCII is, worked out once a page: whether it is a letter, digit or
 * mark (1: yes, 2: no, 0: not known yet), and how it folds (0: not known yet). Punctuation and
 * letters beyond ASCII (curly quotes, dashes, accented names) would otherwise make a string each time.
 */
const wordKind = new Uint8Array(0x10000);
const folds = new Uint16Array(0x10000);

/** Is the code unit at `i` (beyond ASCII) a letter, digit or mark? Surrogate pairs are asked whole. */
function isWordBeyondAscii(text: string, i: number, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return isWordAt(text, i);
  const known = wordKind[code]!;
  if (known !== 0) return known === 1;
  const word = isWordAt(text, i);
  wordKind[code] = word ? 1 : 2;
  return word;
}

/** How a code unit folds, as foldCode has it (ASCII at once, the rest once a page). */
const foldUnit = (code: number) => (code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) : (folds[code] ||= foldCode(code)));

/** Is the code unit at `i` a letter, digit or mark? */
const isWordCode = (text: string, i: number, code: number) => (code < 0x80 ? asciiWord[code] === 1 : isWordBeyondAscii(text, i, code));

/** What a key lookup says: no key, a key, or a key that a word must match as written too. */
const NO_KEY = 0;
const KEY = 1;
const KEY_AS_WRITTEN = 2;

/** The top bits of a word's hash pick its bit in the filter of the words keys end with: 2^18 bits (32 KB). */
const FILTER_SHIFT = 14;

/** The keys (nameKeys), and a filter of the words they end with. */
class KeySet {
  private readonly keys: Uint32Array;
  /** Key and form as written, by key. */
  private readonly forms: Uint32Array;
  /** A bit for each word a key ends with: nearly every word of a page is turned away by it. */
  readonly endings = new Int32Array(1 << (32 - FILTER_SHIFT - 5));
  /** A bit for each key: most windows of a word some key ends with are turned away by it. */
  private readonly filter = new Int32Array(1 << (32 - FILTER_SHIFT - 5));

  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  constructor(table: Uint32Array) {
    const count = table[0] ?? 0;
    this.keys = table.subarray(1, 1 + count);
    const endCount = table[1 + count] ?? 0;
    const ends = table.subarray(2 + count, 2 + count + endCount);
    this.forms = table.subarray(2 + count + endCount);
    fill(this.endings, ends);
    fill(this.filter, this.keys);
  }

  /** Might a key end with this word? */
  endsWith(word: number): boolean {
    return has(this.endings, word);
  }

  /** Is this hash a key, and must the word match as written too? */
  lookup(hash: number): number {
    const wanted = hash >>> 0;
    if (!has(this.filter, wanted) || search(this.keys, wanted, 1) < 0) return NO_KEY;
    return search(this.forms, wanted, 2) < 0 ? KEY : KEY_AS_WRITTEN;
  }

  /** Is `written` a form as written of the key `hash`? */
  hasForm(hash: number, written: number): boolean {
    const key = hash >>> 0;
    const form = written >>> 0;
    const { forms } = this;
    const at = search(forms, key, 2);
    // The pairs of one key are together: look either way from the one found.
    for (let i = at; i >= 0 && forms[i] === key; i -= 2) if (forms[i + 1] === form) return true;
    for (let i = at + 2; i < forms.length && forms[i] === key; i += 2) if (forms[i + 1] === form) return true;
    return false;
  }
}

const keySets = new WeakMap<Uint32Array, KeySet>();

/**
 * A filter holds a hash as two bits: its top bits, and those of the hash mixed again. The scan
 * tests the first bit itself; the second keeps a frequent word whose first bit happens to be
 * set ("at", "per") from costing a search each time.
 */
const second = (hash: number) => Math.imul(hash ^ (hash >>> 16), M) >>> FILTER_SHIFT;

/** Sets the bits of each hash in a filter. */
function fill(filter: Int32Array, hashes: Uint32Array): void {
  for (let i = 0; i < hashes.length; i++) {
    const top = hashes[i]! >>> FILTER_SHIFT;
    const mixed = second(hashes[i]!);
    filter[top >>> 5]! |= 1 << (top & 31);
    filter[mixed >>> 5]! |= 1 << (mixed & 31);
  }
}

/** Are the bits of this hash set in a filter? */
function has(filter: Int32Array, hash: number): boolean {
  const top = hash >>> FILTER_SHIFT;
  const mixed = second(hash);
  return (filter[top >>> 5]! & (1 << (top & 31))) !== 0 && (filter[mixed >>> 5]! & (1 << (mixed & 31))) !== 0;
}

/** Where `wanted` is among the sorted values of `list` taken every `step` (their index), or -1. */
function search(list: Uint32Array, wanted: number, step: number): number {
  let low = 0;
  let high = list.length / step - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = list[mid * step]!;
    if (value === wanted) return mid * step;
    if (value < wanted) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The scan's place while it reads a piece (NameKeyScan.feed keeps it between pieces): the word
 * being read (its hash folded, and where it began: -1, none), and the three words before it.
 * Module variables, not an object's: the loop below is what every character of a page costs.
 */
let wordHash = 0;
let wordStart = -1;
let last1 = 0;
let last2 = 0;
let last3 = 0;
let count = 0;

/** A word is read: it is the last of the words before the next one. */
function read(word: number): void {
  last3 = last2;
  last2 = last1;
  last1 = word;
  if (count < 3) count++;
}

/**
 * Reads `text` from `from` on, word by word, until a word ends that a key may end with (its
 * bit in `endings` set, as read or less a last "s"): returns where it ends, with the word in
 * wordHash and wordStart; or -1 at the text's end, with the word the text ends inside (if any)
 * there. Small on purpose: V8 optimises a short loop long before a long one, and a page's
 * text is read mostly before any optimising is done.
 */
function readTo(text: string, from: number, endings: Int32Array): number {
  let word = 0;
  let start = -1;
  let before1 = last1;
  let before2 = last2;
  let before3 = last3;
  let words = count;
  const length = text.length;
  let i = from;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    // isWordCode and foldUnit written out for ASCII: a call a character would cost more than the rest of the loop.
    if (code < 0x80 ? asciiWord[code] === 1 : isWordBeyondAscii(text, i, code)) {
      if (start < 0) start = i;
      word = (Math.imul(word, P) + (code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) : foldUnit(code))) | 0;
      continue;
    }
    if (start < 0) continue;
    const top = word >>> FILTER_SHIFT;
    const lastCode = text.charCodeAt(i - 1);
    const singular = (lastCode === S || lastCode === 0x53) && i - start > 1 ? Math.imul(word - S, PINV) >>> FILTER_SHIFT : -1;
    if ((endings[top >>> 5]! & (1 << (top & 31))) !== 0 || (singular >= 0 && (endings[singular >>> 5]! & (1 << (singular & 31))) !== 0)) break;
    before3 = before2;
    before2 = before1;
    before1 = word;
    if (words < 3) words++;
    start = -1;
    word = 0;
  }
  wordHash = word;
  wordStart = start;
  last1 = before1;
  last2 = before2;
  last3 = before3;
  count = words;
  return i < length ? i : -1;
}

/**
 * Reads text a piece at a time (a page's text nodes, in document order) and says whether a
 * piece holds a key. A piece's edge inside a word is read both ways: as the word's end (the next
 * piece may be another block glued to this one: "moreMI5"), and as no edge at all until the word
 * ends (a name whose last word runs across two inline elements: "Hik<b>vision</b>"; one split in
 * an earlier word, or across three elements, is not found).
 */
export class NameKeyScan {
  private readonly keys: KeySet;
  /** The last three words read, and how many of them there are. */
  private last1 = 0;
  private last2 = 0;
  private last3 = 0;
  private count = 0;
  /** The word the last piece ended in, and the three words before it: it may go on in this piece. */
  private going = false;
  private goingWord = 0;
  private going1 = 0;
  private going2 = 0;
  private going3 = 0;
  private goingCount = 0;

  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  constructor(table: Uint32Array) {
    // A live page asks a new scan about each change: the filters are made once a table.
    this.keys = keySets.get(table) ?? keySets.set(table, new KeySet(table)).get(table)!;
  }

  /** Starts again, as at the beginning of a text. */
  reset(): void {
    this.count = 0;
    this.going = false;
  }

  /** Reads the next piece of text; true when a key ends in it (or at its end). */
  feed(text: string): boolean {
    if (this.going) {
      this.going = false;
      if (this.goesOn(text)) return true;
    }
    last1 = this.last1;
    last2 = this.last2;
    last3 = this.last3;
    count = this.count;
    const { endings } = this.keys;
    for (let end = readTo(text, 0, endings); end >= 0; end = readTo(text, end + 1, endings)) {
      if (this.endsKey(text, wordStart, end, wordHash, last1, last2, last3, count)) return true;
      read(wordHash);
    }
    const start = wordStart;
    const word = wordHash;
    if (start >= 0) {
      // A piece that ends inside a word: the word ends here, and may go on into the next piece.
      this.going = true;
      this.goingWord = word;
      this.going1 = last1;
      this.going2 = last2;
      this.going3 = last3;
      this.goingCount = count;
      read(word);
    }
    this.last1 = last1;
    this.last2 = last2;
    this.last3 = last3;
    this.count = count;
    return start >= 0 && this.endsKey(text, start, text.length, word, this.going1, this.going2, this.going3, this.goingCount);
  }

  /** The word the last piece ended in, going on into this piece's first word: does a key end with it? */
  private goesOn(text: string): boolean {
    let end = 0;
    let power = 1;
    let first = 0;
    for (let code = text.charCodeAt(0); end < text.length && isWordCode(text, end, code); code = text.charCodeAt(++end)) {
      first = (Math.imul(first, P) + foldUnit(code)) | 0;
      power = Math.imul(power, P);
    }
    return end > 0 && this.endsKey(text, -1, end, (Math.imul(this.goingWord, power) + first) | 0, this.going1, this.going2, this.going3, this.goingCount);
  }

  /**
   * Does a key end with the word that ends at `end`, as read or less a last "s" (a plural, a
   * possessive): the word alone, or after the one to three words before it? `start`: where the
   * word began in `text` (-1: in an earlier piece, when a key that asks for the word as written
   * is taken).
   */
  private endsKey(text: string, start: number, end: number, word: number, before1: number, before2: number, before3: number, words: number): boolean {
    const { keys } = this;
    if (keys.endsWith(word) && this.windowsHold(text, start, end, word, before1, before2, before3, words)) return true;
    const last = text.charCodeAt(end - 1);
    if ((last !== S && last !== 0x53) || end - start <= 1) return false;
    const singular = Math.imul(word - S, PINV);
    return keys.endsWith(singular) && this.windowsHold(text, start, end - 1, singular, before1, before2, before3, words);
  }

  /** Is the word alone a key (as written too, where its key asks), or with the words before it? */
  private windowsHold(text: string, start: number, end: number, word: number, before1: number, before2: number, before3: number, words: number): boolean {
    const { keys } = this;
    const alone = keys.lookup(word);
    if (alone === KEY || (alone === KEY_AS_WRITTEN && (start < 0 || keys.hasForm(word, hashOf(text, start, end))))) return true;
    if (words > 0 && keys.lookup(join(before1, word)) === KEY) return true;
    if (words > 1 && keys.lookup(join(join(before2, before1), word)) === KEY) return true;
    return words > 2 && keys.lookup(join(join(join(before3, before2), before1), word)) === KEY;
  }
}

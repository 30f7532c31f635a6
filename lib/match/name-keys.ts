import { foldCode, foldPhrase, isApostrophe, isSpace, isWordAt, normaliseSurface } from '../text/characters';

/**
 * The first look's detector of names (lib/page/first-term.ts): a term's name is known by a key,
 * the hash of its text from its first word to the end of its third (or its last), and a page's
 * text is read word by word, the text of each word and of the two and three words that end
 * with it looked up among the keys. The keys of 1,200 names are 5 KB, where an automaton of
 * them is 150 KB that every page would parse: the dictionary can grow and cost a page nothing.
 *
 * A word is a run of letters, digits and marks. A name the reader finds (lib/text/characters.ts,
 * matcher.ts) starts and ends at word edges and is the same text once folded, so its first
 * words, with what is between them, are the same text as well: nothing the reader would find is
 * missed. Names are keyed folded (case, white space, apostrophes); a name of one word of the
 * exact case (MAD, PET) counts only as written, and a proper one of one word as written or in
 * capitals (in lower case it counts only where the page also writes it with capitals), so that
 * "mad" and "zinc" in prose are not taken for them. A name followed by a plural or possessive
 * "s" is looked up without it.
 */
/** The multiplier of the polynomial hash (odd: no information lost mod 2^32). */
const P = 0x01000193;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const KEY_WORDS = 3;


/** The text of a key: from the first word to the end of the third (or the last). */
function keyText(surface: string): string {
  let words = 0;
  let start = -1;
  let end = 0;
  for (let i = 0; i < surface.length; i++) {
    if (!isWordAt(surface, i)) continue;
    if (!isWordAt(surface, i - 1)) {
      if (words === KEY_WORDS) break;
      words++;
      if (start < 0) start = i;
    }
    end = i + 1;
  }
  return start < 0 ? '' : surface.slice(start, end);
}

/** The polynomial hash of a text: each character in turn, the hash so far times P plus its code. */
const hashOf = (text: string) => {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash, P) + text.charCodeAt(i);
  return hash >>> 0;
};

/** A name and its case rule, as the dictionary has them. */
export interface KeyedName {
  text: string;
  case: 'any' | 'exact' | 'proper';
}

const NOT_A_WORD = /[^\p{L}\p{N}\p{M}_]/u;

/**
 * The keys of these names, made when the extension is built: the count of keys, the keys
 * (sorted), then pairs of a key and a form as written (sorted by key) for the keys that only
 * names of one word of the exact or proper case have, which a word must match as written too.
 */
export function nameKeys(names: Iterable<KeyedName>): Uint32Array {
  const free = new Set<number>();
  const cased = new Map<number, Set<number>>();
  for (const { text, case: rule } of names) {
    const folded = keyText(foldPhrase(text));
    if (!folded) continue;
    const key = hashOf(folded);
    const surface = keyText(normaliseSurface(text));
    // Longer names are keyed folded only: that finds more, never fewer.
    if (rule === 'any' || !surface || NOT_A_WORD.test(surface)) {
      free.add(key);
      continue;
    }
    const forms = cased.get(key) ?? cased.set(key, new Set()).get(key)!;
    for (const form of rule === 'exact' ? [surface] : [surface, surface.toUpperCase()]) forms.add(hashOf(form));
  }
  const keys = [...new Set([...free, ...cased.keys()])].sort((a, b) => a - b);
  const pairs = [...cased]
    .filter(([key]) => !free.has(key))
    .sort(([a], [b]) => a - b)
    .flatMap(([key, forms]) => [...forms].sort((a, b) => a - b).flatMap((form) => [key, form]));
  return Uint32Array.from([keys.length, ...keys, ...pairs]);
}

/**
 * What a code unit is, worked out once a page: whether it is a letter, digit or mark (1: yes,
 * 2: no, 0: not known yet), and how it folds (0: not known yet). Punctuation and letters beyond
 * ASCII (curly quotes, dashes, accented names) would otherwise make a string each time.
 */
const wordKind = new Uint8Array(0x10000);
const folds = new Uint16Array(0x10000);

/** Folds one code unit as the matcher does. */
function fold(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return (folds[code] ||= foldCode(code));
}

/** Is the code unit at `i` a letter, digit or mark? Surrogate pairs are asked whole. */
function isWord(text: string, i: number, code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return isWordAt(text, i);
  const known = wordKind[code]!;
  if (known !== 0) return known === 1;
  const word = isWordAt(text, i);
  wordKind[code] = word ? 1 : 2;
  return word;
}

/** What a key lookup says: no key, a key, or a key that a word must match as written too. */
const NO_KEY = 0;
const KEY = 1;
const KEY_AS_WRITTEN = 2;

/**
 * The keys (nameKeys), with a filter of their top 16 bits in front (8 KB): most words are
 * turned away by one bit, and only the rest are searched for.
 */
class KeySet {
  private readonly keys: Uint32Array;
  /** Key and form as written, by key. */
  private readonly forms: Uint32Array;
  private readonly filter = new Uint32Array(2048);

  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  constructor(table: Uint32Array) {
    const count = table[0] ?? 0;
    this.keys = table.subarray(1, 1 + count);
    this.forms = table.subarray(1 + count);
    for (let i = 0; i < this.keys.length; i++) {
      const top = this.keys[i]! >>> 16;
      this.filter[top >>> 5]! |= 1 << (top & 31);
    }
  }

  /** Is this hash a key, and must the word match as written too? */
  lookup(hash: number): number {
    const wanted = hash >>> 0;
    const top = wanted >>> 16;
    if ((this.filter[top >>> 5]! & (1 << (top & 31))) === 0) return NO_KEY;
    if (search(this.keys, wanted, 1) < 0) return NO_KEY;
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

/** The hash of a word as written (a word holds no white space or apostrophe to fold). */
function writtenHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash, P) + text.charCodeAt(i);
  return hash;
}

/**
 * Reads text a piece at a time (a page's text nodes, in document order) and says whether a
 * piece holds a key: the windows of one, two and three words ending with each word, folded (a
 * word whose key is of a name of the exact or proper case is then hashed as written too). A
 * window's hash is made from its words' and separators' hashes as each word ends (a polynomial
 * hash: the hash of two texts one after the other is the first's times P to the second's
 * length, plus the second's), so that a character costs two multiplications. A piece's edge
 * inside a word is read both ways: as the word's end (the next piece may be another block glued
 * to this one: "moreMI5"), and as no edge at all until the word ends (a name whose last word
 * runs across two inline elements: "Hik<b>vision</b>"; one split in an earlier word, or across
 * three elements, is not found).
 */
export class NameKeyScan {
  private readonly keys: KeySet;
  /** The word being read: its hash folded, and P to its length. */
  private word = 0;
  private power = 1;
  private inWord = false;
  /** The separator since the last word (white space runs as one space): its hash, and P to its length. */
  private separator = 0;
  private separatorPower = 1;
  private lastWasSpace = false;
  /** The windows of one and two words that the last word ended, and how many there are. */
  private ended1 = 0;
  private ended2 = 0;
  private endedCount = 0;
  /** The windows the word being read extends: the one and two words before it, with their separators. */
  private tail1 = 0;
  private tail2 = 0;
  private tailCount = 0;
  /** The word going on from the last piece: its hashes, and the tails it extends. */
  private going = false;
  private goingWord = 0;
  private goingPower = 1;
  private goingTail1 = 0;
  private goingTail2 = 0;
  private goingTailCount = 0;

  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  constructor(table: Uint32Array) {
    this.keys = new KeySet(table);
  }

  /** Starts again, as at the beginning of a text. */
  reset(): void {
    this.inWord = this.lastWasSpace = this.going = false;
    this.endedCount = this.tailCount = 0;
    this.separator = 0;
    this.separatorPower = 1;
  }

  /**
   * Do the windows of a word that ends at `end` hold a key? `start`: where the word began in
   * `text` (-1: in an earlier piece, when a key that asks for the word as written is taken).
   */
  private holds(text: string, start: number, end: number, word: number, power: number, tail1: number, tail2: number, tails: number): boolean {
    const { keys } = this;
    const alone = keys.lookup(word);
    if (alone === KEY || (alone === KEY_AS_WRITTEN && (start < 0 || keys.hasForm(word, writtenHash(text, start, end))))) return true;
    if (tails > 0 && keys.lookup(Math.imul(tail1, power) + word) === KEY) return true;
    return tails > 1 && keys.lookup(Math.imul(tail2, power) + word) === KEY;
  }

  /**
   * A word ends at `end`: does it hold a key, as read, or without a last "s" (`before`: its
   * hash and power without it)? Keeps the windows it closes for the words after it.
   */
  private ends(text: string, start: number, end: number, word: number, power: number, plural: boolean, wordBefore: number, powerBefore: number): boolean {
    const { tail1, tail2, tailCount } = this;
    const found =
      this.holds(text, start, end, word, power, tail1, tail2, tailCount) ||
      (plural && powerBefore !== 1 && this.holds(text, start, end - 1, wordBefore, powerBefore, tail1, tail2, tailCount));
    this.ended2 = tailCount > 0 ? Math.imul(tail1, power) + word : 0;
    this.ended1 = word;
    this.endedCount = Math.min(2, tailCount + 1);
    return found;
  }

  /** The word going on from the last piece ends: does it hold a key? */
  private goingEnds(word: number, power: number, plural: boolean, wordBefore: number, powerBefore: number): boolean {
    const { goingTail1, goingTail2, goingTailCount } = this;
    return (
      this.holds('', -1, 0, word, power, goingTail1, goingTail2, goingTailCount) ||
      (plural && powerBefore !== 1 && this.holds('', -1, 0, wordBefore, powerBefore, goingTail1, goingTail2, goingTailCount))
    );
  }

  /** Reads the next piece of text; true when a key ends in it (or at its end). */
  feed(text: string): boolean {
    let found = false;
    let { word, power, inWord, separator, separatorPower, lastWasSpace, going, goingWord, goingPower } = this;
    // The word's start in this piece (-1: before it), and its hashes before its last character (a plural "s").
    let start = -1;
    let wordBefore = 0;
    let powerBefore = 1;
    let goingWordBefore = 0;
    let goingPowerBefore = 1;
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80 ? ASCII_WORD[code] === 1 : isWord(text, i, code)) {
        const folded = code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) : fold(code);
        if (!inWord) {
          inWord = true;
          start = i;
          // The windows before this word: the words the last ones ended, and the separator since.
          this.tailCount = this.endedCount;
          this.tail1 = Math.imul(this.ended1, separatorPower) + separator;
          this.tail2 = Math.imul(this.ended2, separatorPower) + separator;
          separator = 0;
          separatorPower = 1;
          word = 0;
          power = 1;
        }
        wordBefore = word;
        powerBefore = power;
        word = Math.imul(word, P) + folded;
        power = Math.imul(power, P);
        if (going) {
          goingWordBefore = goingWord;
          goingPowerBefore = goingPower;
          goingWord = Math.imul(goingWord, P) + folded;
          goingPower = Math.imul(goingPower, P);
        }
        last = folded;
        lastWasSpace = false;
        continue;
      }
      if (inWord) {
        inWord = false;
        const plural = last === 0x73;
        if (going && this.goingEnds(goingWord, goingPower, plural, goingWordBefore, goingPowerBefore)) found = true;
        if (this.ends(text, start, i, word, power, plural, wordBefore, powerBefore)) found = true;
      }
      going = false;
      // White space runs count as one space, as the matcher folds them.
      const space = code === SPACE || isSpace(code);
      if (space && lastWasSpace) continue;
      lastWasSpace = space;
      separator = Math.imul(separator, P) + (space ? SPACE : isApostrophe(code) ? APOSTROPHE : code < 0x80 ? code : fold(code));
      separatorPower = Math.imul(separatorPower, P);
    }
    if (inWord) {
      // A piece that ends inside a word: the word ends here, and goes on into the next piece.
      const plural = last === 0x73;
      if (going && this.goingEnds(goingWord, goingPower, plural, goingWordBefore, goingPowerBefore)) found = true;
      // The word as read from this piece's start goes on (one split across more pieces is not followed).
      this.goingTail1 = this.tail1;
      this.goingTail2 = this.tail2;
      this.goingTailCount = this.tailCount;
      if (this.ends(text, start, text.length, word, power, plural, wordBefore, powerBefore)) found = true;
      going = true;
      goingWord = word;
      goingPower = power;
      inWord = false;
      lastWasSpace = false;
    }
    this.word = word;
    this.power = power;
    this.inWord = inWord;
    this.separator = separator;
    this.separatorPower = separatorPower;
    this.lastWasSpace = lastWasSpace;
    this.going = going;
    this.goingWord = goingWord;
    this.goingPower = goingPower;
    return found;
  }
}

/** Letters, digits and "_" among ASCII code units (as isWordAt has them). */
const ASCII_WORD = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = isWordAt(String.fromCharCode(code), 0) ? 1 : 0;
  return table;
})();

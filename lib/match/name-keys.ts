import { foldCode, foldPhrase, isApostrophe, isSpace, isWordAt, normaliseSurface } from './characters';

/**
 * The first look's detector of names (lib/page/first-term.ts): a term's name is known by a key,
 * the hash of its text from its first word to the end of its third (or its last), and a page's
 * text is read word by word, the text of each word and of the two and three words that end
 * with it looked up among the keys. The keys of 1,200 names are 5 KB, where an automaton of
 * them is 150 KB that every page would parse: the dictionary can grow and cost a page nothing.
 *
 * A word is a run of letters, digits and marks. A name the reader finds (characters.ts,
 * matcher.ts) starts and ends at word edges and is the same text once folded, so its first
 * words, with what is between them, are the same text as well: nothing the reader would find is
 * missed. Names written in any case are keyed folded (case, white space, apostrophes); names of
 * the exact case (MAD, PET) as written, and proper names as written and in capitals (a proper
 * name in lower case counts only where the page also writes it with capitals), so that "mad"
 * and "zinc" in prose are not taken for them. A name followed by a plural or possessive "s" is
 * looked up without it.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const KEY_WORDS = 3;

const feed = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);

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

const hashOf = (text: string) => {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = feed(hash, text.charCodeAt(i));
  return hash >>> 0;
};

/** A name and its case rule, as the dictionary has them. */
export interface KeyedName {
  text: string;
  case: 'any' | 'exact' | 'proper';
}

/** The texts a name is keyed by (folded, or as written). */
export function keyTexts({ text, case: rule }: KeyedName): string[] {
  if (rule === 'any') return [keyText(foldPhrase(text))];
  const surface = normaliseSurface(text);
  return rule === 'exact' ? [keyText(surface)] : [keyText(surface), keyText(surface.toUpperCase())];
}

/** The sorted keys of these names (made when the extension is built). */
export function nameKeys(names: Iterable<KeyedName>): Uint32Array {
  const keys = new Set<number>();
  for (const name of names) for (const text of keyTexts(name)) if (text) keys.add(hashOf(text));
  return Uint32Array.from([...keys].sort((a, b) => a - b));
}

function has(keys: Uint32Array, hash: number): boolean {
  const wanted = hash >>> 0;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const key = keys[mid]!;
    if (key === wanted) return true;
    if (key < wanted) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** Folds one code unit as the matcher does; ASCII without a call. */
const fold = (code: number) => (code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) : foldCode(code));

/**
 * One way of reading the text: the windows of one, two and three words that end with the word
 * being read, each hashed folded and as written (white space collapsed, apostrophes as one).
 */
class Reading {
  /** Folded windows 0..2, then as written 3..5; 0 where there is none. */
  windows = [0, 0, 0, 0, 0, 0];
  /** The windows before the word's last character (for a plural "s"). */
  before = [0, 0, 0, 0, 0, 0];
  inWord = false;
  lastWasSpace = false;
  lastFolded = 0;
  /** Words ended since this reading split from the other (an alternative lives for three). */
  wordsEnded = 0;

  copy(): Reading {
    const copy = new Reading();
    copy.windows = [...this.windows];
    copy.before = [...this.before];
    copy.inWord = this.inWord;
    copy.lastWasSpace = this.lastWasSpace;
    copy.lastFolded = this.lastFolded;
    return copy;
  }

  letter(folded: number, written: number): void {
    const { windows, before } = this;
    if (!this.inWord) {
      this.inWord = true;
      // A new word: the windows of one and two words before become two and three.
      windows[2] = windows[1]!;
      windows[1] = windows[0]!;
      windows[0] = FNV_OFFSET;
      windows[5] = windows[4]!;
      windows[4] = windows[3]!;
      windows[3] = FNV_OFFSET;
    }
    for (let n = 0; n < 3; n++) {
      before[n] = windows[n]!;
      before[n + 3] = windows[n + 3]!;
      if (windows[n]) windows[n] = feed(windows[n]!, folded);
      if (windows[n + 3]) windows[n + 3] = feed(windows[n + 3]!, written);
    }
    this.lastFolded = folded;
    this.lastWasSpace = false;
  }

  /** A character that is not a letter; true when it ended a word holding a key. */
  gap(code: number, keys: Uint32Array): boolean {
    const found = this.inWord && this.endWord(keys);
    // White space runs count as one space, as the matcher folds them.
    const space = isSpace(code);
    if (space && this.lastWasSpace) return found;
    this.lastWasSpace = space;
    const folded = space ? SPACE : isApostrophe(code) ? APOSTROPHE : fold(code);
    const written = space ? SPACE : isApostrophe(code) ? APOSTROPHE : code;
    const { windows } = this;
    for (let n = 0; n < 3; n++) {
      if (windows[n]) windows[n] = feed(windows[n]!, folded);
      if (windows[n + 3]) windows[n + 3] = feed(windows[n + 3]!, written);
    }
    return found;
  }

  /** The word ends (at a gap, or at a piece's edge); true when a window ending here holds a key. */
  endWord(keys: Uint32Array): boolean {
    this.inWord = false;
    this.wordsEnded++;
    const plural = this.lastFolded === 0x73;
    for (let n = 0; n < 6; n++) {
      if (this.windows[n] && has(keys, this.windows[n]!)) return true;
      if (plural && this.before[n] && this.before[n] !== FNV_OFFSET && has(keys, this.before[n]!)) return true;
    }
    return false;
  }
}

/**
 * Reads text a piece at a time (a page's text nodes, in document order) and says whether a
 * piece holds a key. A piece's edge inside a word is read both ways: as the word's end (the
 * next piece may be another block glued to this one: "moreMI5") and, for the next three words,
 * as no edge at all (a name across inline elements: "Hik<b>vision</b>").
 */
export class NameKeyScan {
  private readonly keys: Uint32Array;
  private main = new Reading();
  private alternative?: Reading;

  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  constructor(keys: Uint32Array) {
    this.keys = keys;
  }

  /** Starts again, as at the beginning of a text. */
  reset(): void {
    this.main = new Reading();
    this.alternative = undefined;
  }

  /** Reads the next piece of text; true when a key ends in it (or at its end). */
  feed(text: string): boolean {
    const { keys, main } = this;
    let found = false;
    let other = this.alternative;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const word = code < 0x80 ? ASCII_WORD[code] === 1 : isWordAt(text, i);
      if (word) {
        const folded = fold(code);
        main.letter(folded, code);
        other?.letter(folded, code);
      } else {
        if (main.gap(code, keys)) found = true;
        if (other?.gap(code, keys)) found = true;
        if (other && other.wordsEnded >= KEY_WORDS) other = undefined;
      }
    }
    // A piece that ends inside a word: the word may end here, or go on in the next piece.
    if (main.inWord) {
      const going = main.copy();
      if (main.endWord(keys)) found = true;
      if (other?.inWord && other.endWord(keys)) found = true;
      other = going;
    }
    this.alternative = other;
    return found;
  }
}

/** Letters, digits and "_" among ASCII code units (as isWordAt has them). */
const ASCII_WORD = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = isWordAt(String.fromCharCode(code), 0) ? 1 : 0;
  return table;
})();

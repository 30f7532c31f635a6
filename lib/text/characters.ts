/**
 * Character rules shared by the automaton and the match checks. Text is compared after
 * folding: any white space is one space, curly and straight apostrophes are one apostrophe,
 * and letters are lower-cased.
 */

export const SPACE = 0x20;
export const APOSTROPHE = 0x27;

// Unicode White_Space, plus the zero-width no-break space that CMSs leave in names.
const SPACE_CODES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
  0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
  0x3000, 0xfeff,
];
// ’ ‘ ʼ ′ and the straight one: publishers' CMSs use all of them for the possessive.
const APOSTROPHE_CODES = [0x27, 0x2019, 0x2018, 0x02bc, 0x2032];

export const spaceCodes: readonly number[] = SPACE_CODES;
export const apostropheCodes: readonly number[] = APOSTROPHE_CODES;

const spaceSet = new Set(SPACE_CODES);
const apostropheSet = new Set(APOSTROPHE_CODES);

export const isSpace = (code: number): boolean => spaceSet.has(code);
export const isApostrophe = (code: number): boolean => apostropheSet.has(code);

/** Folds one UTF-16 code unit; letters whose lower case is not one unit stay as they are. */
export function foldCode(code: number): number {
  if (spaceSet.has(code)) return SPACE;
  if (apostropheSet.has(code)) return APOSTROPHE;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Every code unit that folds to `code` among its case variants (used to fill lookup tables). */
export function caseVariants(code: number): number[] {
  const char = String.fromCharCode(code);
  const variants = new Set([code]);
  for (const variant of [char.toUpperCase(), char.toLowerCase()]) {
    if (variant.length === 1 && foldCode(variant.charCodeAt(0)) === code) {
      variants.add(variant.charCodeAt(0));
    }
  }
  return [...variants];
}

/** Printable ASCII words with one space between them: already as normaliseSurface leaves it (most names). */
const PLAIN_ASCII = /^[!-~]+(?: [!-~]+)*$/;

/** Collapses white space and apostrophes, keeping case: how surfaces are compared for case rules. */
export function normaliseSurface(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  let out = '';
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (spaceSet.has(code)) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    out += apostropheSet.has(code) ? "'" : text[i];
  }
  return out.trim();
}

/** The folded form of a phrase: what the automaton stores. */
export function foldPhrase(text: string): string {
  // The straight apostrophe folds to itself, and ASCII letters fold as toLowerCase has them.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  const surface = normaliseSurface(text);
  let out = '';
  for (let i = 0; i < surface.length; i++) out += String.fromCharCode(foldCode(surface.charCodeAt(i)));
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
/**
 * Letters, digits and "_" among ASCII code units, as WORD has them. Made without WORD: the
 * Unicode tables behind it cost a page a few milliseconds the first time they are asked, and
 * most pages' text never needs them.
 */
export const asciiWord = new Uint8Array(128);
for (let c = 0; c < 128; c++) asciiWord[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Is this code point a letter, digit or mark? Latin letters and the punctuation of English pages
 * (curly quotes, dashes, no-break spaces) are known without asking WORD either.
 */
function isWordPoint(point: number): boolean {
  if (point < 0x80) return asciiWord[point] === 1;
  // Latin-1's ª ² ³ µ ¹ º ¼ ½ ¾ are letters or digits; its other signs are not; then Latin letters but × and ÷.
  if (point < 0xc0) return point === 0xaa || point === 0xb2 || point === 0xb3 || point === 0xb5 || point === 0xb9 || point === 0xba || (point >= 0xbc && point <= 0xbe);
  if (point <= 0x24f) return point !== 0xd7 && point !== 0xf7;
  if (point >= 0x2000 && point <= 0x206f) return false;
  return WORD.test(String.fromCodePoint(point));
}

/** Is the character at `index` a letter, digit or mark in any script (astral ones included)? */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return asciiWord[code] === 1;
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isWordPoint(text.codePointAt(isLowSurrogate ? index - 1 : index) ?? code);
}

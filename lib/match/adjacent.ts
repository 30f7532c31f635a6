import { isApostrophe } from '../text/characters';

/** A phrase found in a block of text: its place, and what it is (a country, an owner...). */
export interface Mark {
  start: number;
  /** After its possessive ('s), when it has one. */
  end: number;
}

const possessive = (text: string, mark: Mark) => isApostrophe(text.charCodeAt(mark.end - 2));

// "Japan Cabinet Office", "East German-run Ministry": white space or a hyphen only.
const JOINED = /^[\s-]*$/u;
// After a possessive, up to two lower-case words: "Japan's powerful Cabinet Office".
const AFTER_POSSESSIVE = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
// "the Electoral Commission of India", "the Cabinet Office in Tokyo", "(Japan)".
const BEFORE_QUALIFIER = /^(?:\s+(?:of|in|for)\s+(?:the\s+)?|\s*\(\s*)$/iu;

/** Does `mark` qualify the phrase that starts at `start`: "Japan's", "Australian", "Tokyo's"? */
export function qualifiesFromBefore(text: string, mark: Mark, start: number): boolean {
  if (mark.end > start || start - mark.end > 40) return false;
  const gap = text.slice(mark.end, start);
  return JOINED.test(gap) || (possessive(text, mark) && AFTER_POSSESSIVE.test(gap));
}

/** Does `mark` qualify the phrase that ends at `end`: "of India", "in Tokyo"? */
export function qualifiesFromAfter(text: string, mark: Mark, end: number): boolean {
  if (mark.start < end || mark.start - end > 12) return false;
  return BEFORE_QUALIFIER.test(text.slice(end, mark.start));
}

/** The mark that qualifies the phrase at start..end, from before or after it, if any. */
export function qualifierOf<M extends Mark>(text: string, marks: readonly M[], start: number, end: number): M | undefined {
  return marks.find((mark) => qualifiesFromBefore(text, mark, start) || qualifiesFromAfter(text, mark, end));
}

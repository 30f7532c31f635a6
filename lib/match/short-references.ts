import { isWordAt } from '../text/characters';

// Words that may stand before a surname that is still the same person: titles, and words
// that begin sentences. Any other capitalised word there makes a different name ("Lucy Jarvis").
const BEFORE_A_SURNAME = new Set(
  (
    'Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Prof Professor MP Minister Secretary Chancellor President ' +
    'Premier Senator General Judge Justice Commissioner Chairman Chair Director Officer Agent Spokesman Spokeswoman ' +
    'The A An But And Or So Yet As When While After Before Since Until If Then Now Still Only Even Also Later ' +
    'Meanwhile However Asked Speaking Writing In On At For From With By To Of Under Over Last This That Today'
  ).split(' '),
);

const LETTER_START = /^\p{Lu}/u;

/** The word that ends just before `index`, with only spaces between, or ''. */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && text[end - 1] === ' ') end--;
  if (end === index) return '';
  let start = end;
  while (start > 0 && isWordAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The word that starts just after `index`, with only spaces between, or ''. */
function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && text[start] === ' ') start++;
  if (start === index) return '';
  let end = start;
  while (end < text.length && isWordAt(text, end)) end++;
  return text.slice(start, end);
}

/**
 * Is a surname at start..end alone, not part of a longer name? "Jarvis" in "Lucy Jarvis" or
 * "Jarvis Cocker" is somebody else; in "Mr Jarvis", "said Jarvis" or "Jarvis, who" it is not.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (LETTER_START.test(before) && !BEFORE_A_SURNAME.has(before)) return false;
  return !LETTER_START.test(wordAfter(text, end));
}

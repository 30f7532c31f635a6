import { COUNTRIES } from '../match/countries';

/** Codes of states that no longer exist: Intl gives their successors' names (SU → "Russia"). */
const WITHDRAWN = new Set(['SU', 'DD']);

/** Regions whose long names are an official style ("Hong Kong SAR China"): the short one reads as the press writes it. */
const SHORT = new Set(['HK', 'MO']);

const formats = new Map<string, Intl.DisplayNames>();

function displayNames(locales: readonly string[] | undefined, style: 'long' | 'short'): Intl.DisplayNames {
  const key = `${locales?.join(',') ?? ''}|${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DisplayNames(locales as string[] | undefined, { type: 'region', style, fallback: 'none' })));
  return format;
}

/**
 * A country's name for the card, in the reader's language where the browser has it (by default
 * the browser's own locale), else as the dictionary's country table writes it in English.
 */
export function countryName(code: string, locales?: readonly string[]): string {
  const english = COUNTRIES.find((country) => country.code === code)?.names[0] ?? code;
  if (WITHDRAWN.has(code)) return english;
  try {
    return displayNames(locales, SHORT.has(code) ? 'short' : 'long').of(code) ?? english;
  } catch {
    // A malformed locale or code: the table's name will do.
    return english;
  }
}

/**
 * Codes of states that no longer exist (lib/text/countries.ts keeps them for the Cold War's
 * spy stories): Intl.DisplayNames gives their successors' names (SU → "Russia", DD →
 * "Germany"), which would be wrong, so they keep their own, in English.
 */
const WITHDRAWN: Readonly<Record<string, string>> = { SU: 'Soviet Union', DD: 'East Germany' };

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
 * A country's name for the card, in the reader's language (by default the browser's own
 * locale), as the browser knows it; its code if the browser does not.
 */
export function countryDisplayName(code: string, locales?: readonly string[]): string {
  const withdrawn = WITHDRAWN[code];
  if (withdrawn) return withdrawn;
  try {
    return displayNames(locales, SHORT.has(code) ? 'short' : 'long').of(code) ?? code;
  } catch {
    // A malformed locale or code.
    return code;
  }
}

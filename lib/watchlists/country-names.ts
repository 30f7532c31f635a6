/**
 * Codes OpenSanctions (FollowTheMoney's country type) uses beyond ISO 3166's regions, for
 * states that are gone: Intl.DisplayNames does not know them.
 */
const FORMER_STATES: Readonly<Record<string, string>> = {
  suhh: 'Soviet Union',
  csxx: 'Serbia and Montenegro',
  yucs: 'Yugoslavia',
  ddde: 'East Germany',
};

const displayNames = new Map<string, Intl.DisplayNames>();

function namesIn(locales: string | readonly string[] | undefined): Intl.DisplayNames {
  const key = String(locales ?? '');
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames(locales as string | string[] | undefined, { type: 'region', fallback: 'code' });
    displayNames.set(key, names);
  }
  return names;
}

/**
 * A country's name for a sanctions list's code (`ru` → "Russia"), in the reader's language
 * where the browser has it (`locales`: the browser's own when not given); a code it does not
 * know is shown as it is, in capitals.
 */
export function countryName(code: string, locales?: string | readonly string[]): string {
  const lower = code.toLowerCase();
  if (FORMER_STATES[lower]) return FORMER_STATES[lower];
  try {
    return namesIn(locales).of(lower.toUpperCase()) ?? code.toUpperCase();
  } catch {
    // Not a region code at all ("ge-ab", a territory of OpenSanctions' own).
    return code.toUpperCase();
  }
}

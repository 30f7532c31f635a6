import { qualifierOf, type Mark } from './adjacent';

/** A country named in a block of text ("Japan's", "Australian", "Tokyo"). */
export interface CountryMark extends Mark {
  country: string;
  /** Its cue: the page names this country. */
  cue: number;
  /** Written as a name is (capitalised, or in capitals): "china" in "fine china" is not. */
  proper: boolean;
}

/**
 * Keeps the longest of overlapping country names, so that "New South Wales" is Australia and
 * not Wales, and "North Korean" is North Korea and not Korea.
 */
export function longestCountries(marks: CountryMark[]): CountryMark[] {
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = -1;
  return marks.filter((mark) => {
    if (mark.start < reached) return false;
    reached = mark.end;
    return true;
  });
}

/**
 * The country a mention of a body is qualified with, when another country's name is attached
 * to it ("Japan's Cabinet Office", "the Electoral Commission of India"): then it is that
 * country's namesake, not the term. Undefined when it stands unqualified or with its own.
 */
export function foreignQualifier(
  text: string,
  countries: readonly CountryMark[],
  hit: { start: number; end: number },
  home: string,
): CountryMark | undefined {
  const qualifier = qualifierOf(text, countries, hit.start, hit.end);
  return qualifier && qualifier.country !== home ? qualifier : undefined;
}

/**
 * What the rest of the page must show for a hit to count, in cue ids (phrases and facts the
 * scan reports: context phrases, countries named, a term named with capitals or in full).
 * Decided against every cue seen on the page so far, as the page is read.
 */
export interface PageCondition {
  /** Each group needs one of its cues seen. */
  requires: number[][];
  /** None of these may be seen. */
  excludes: number[];
  /**
   * The cues that name the term's own country (its names, its owners), when it has one: on a
   * page that names any other country, one of these must be seen too.
   */
  home: number[] | null;
  /** That country's code, when `home` is set. */
  country: string | null;
  /**
   * Decided once, when the hit is read, from what was seen before it ("named earlier on this
   * page"), and not again when later text brings its cue.
   */
  ordered: boolean;
}

const seenAny = (cues: readonly number[], seen: ReadonlySet<number>) => cues.some((cue) => seen.has(cue));

/** Has the page named some country other than the condition's own? */
export function namesOtherCountries(condition: PageCondition, seen: ReadonlySet<number>, countryCues: ReadonlyMap<string, number>): boolean {
  for (const [code, cue] of countryCues) if (code !== condition.country && seen.has(cue)) return true;
  return false;
}

/** Does `condition` hold where `seen` holds the page's cues, and `countryCues` the cues of every country? */
export function conditionHolds(condition: PageCondition, seen: ReadonlySet<number>, countryCues: readonly number[]): boolean {
  const { requires, excludes, home } = condition;
  if (!requires.every((group) => seenAny(group, seen)) || seenAny(excludes, seen)) return false;
  return !home || seenAny(home, seen) || !seenAny(countryCues, seen);
}

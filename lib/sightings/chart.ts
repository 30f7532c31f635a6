import type { SearchableSighting } from './timeline';

/**
 * What the term page's chart draws: for each month (or year, over a long span) of the reader's
 * reading, from the first page seen to the last, how many of the pages were seen in it (the
 * reader's local month, as the list below groups them) and how many were published in it (as
 * the page wrote it). Pages published before the reading began are counted together, as
 * "earlier": an explainer from years back would otherwise stretch the chart over empty years.
 */
export interface ChartBucket {
  /** yyyy-mm, or yyyy when the chart counts by year */
  key: string;
  seen: number;
  published: number;
}

export interface PagesOverTime {
  unit: 'month' | 'year';
  buckets: ChartBucket[];
  /** Pages published before the first bucket. */
  earlier: number;
}

/** Past this many months a bar a month is too thin to read: the chart counts by year. */
export const MAX_MONTHS = 72;
/** A short history still gets a few months of axis, so that one month is not one wide block. */
export const MIN_MONTHS = 6;

const monthNumber = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
const monthKey = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/** The lowest and highest of some numbers: loops, as a spread of thousands of arguments can overflow the stack. */
function range(numbers: readonly number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const n of numbers) {
    if (n < low) low = n;
    if (n > high) high = n;
  }
  return [low, high];
}

export function pagesOverTime(found: readonly SearchableSighting[]): PagesOverTime | undefined {
  if (found.length === 0) return undefined;
  const seenMonths = found.map(({ seenMonth }) => monthNumber(seenMonth));
  const [firstSeen, lastSeen] = range(seenMonths);
  // Published after the last sighting (a time zone ahead of the reader's) extends the chart by
  // a month at most; a date further on is a page's mistake, left off the chart.
  const publishedMonths = found
    .map(({ sighting }) => (sighting.publishedAt ? monthNumber(sighting.publishedAt) : NaN))
    .filter((month) => month <= lastSeen + 1);
  const last = publishedMonths.some((month) => month > lastSeen) ? lastSeen + 1 : lastSeen;
  const first = Math.min(firstSeen, last - MIN_MONTHS + 1);
  const unit = last - first + 1 > MAX_MONTHS ? 'year' : 'month';
  const keyOf = (month: number) => (unit === 'year' ? String(Math.floor(month / 12)) : monthKey(month));
  const step = unit === 'year' ? 12 : 1;
  const start = unit === 'year' ? first - (first % 12) : first;
  const buckets = new Map<string, ChartBucket>();
  for (let month = start; month <= last; month += step) buckets.set(keyOf(month), { key: keyOf(month), seen: 0, published: 0 });
  for (const month of seenMonths) buckets.get(keyOf(month))!.seen++;
  let earlier = 0;
  for (const month of publishedMonths) {
    if (month < start) earlier++;
    else buckets.get(keyOf(month))!.published++;
  }
  return { unit, buckets: [...buckets.values()], earlier };
}

/** A bucket's name: "November 2026", or "2026" when the chart counts by year. */
export const bucketLabel = (unit: PagesOverTime['unit'], key: string, formatMonth: (month: string) => string) =>
  unit === 'year' ? key : formatMonth(key);

const pages = (n: number) => (n === 1 ? '1 page' : `${n} pages`);

/**
 * The chart in words, for those who do not see it: the span, the totals and the busiest
 * period of each series.
 */
export function describeChart({ unit, buckets, earlier }: PagesOverTime, formatMonth: (month: string) => string): string {
  const name = (key: string) => bucketLabel(unit, key, formatMonth);
  const busiest = (count: (bucket: ChartBucket) => number) => buckets.reduce((best, bucket) => (count(bucket) > count(best) ? bucket : best));
  const seen = buckets.reduce((sum, bucket) => sum + bucket.seen, 0);
  const published = buckets.reduce((sum, bucket) => sum + bucket.published, 0);
  const per = unit === 'year' ? 'year' : 'month';
  const span = buckets.length === 1 ? `in ${name(buckets[0]!.key)}` : `from ${name(buckets[0]!.key)} to ${name(buckets.at(-1)!.key)}`;
  const top = busiest((bucket) => bucket.seen);
  const parts = [`Pages per ${per}, ${span}. Seen: ${pages(seen)}, most in ${name(top.key)} (${top.seen}).`];
  if (published + earlier > 0) {
    const topPublished = busiest((bucket) => bucket.published);
    const most = topPublished.published > 0 ? `, most in ${name(topPublished.key)} (${topPublished.published})` : '';
    const before = earlier > 0 ? `; ${earlier} earlier, before ${name(buckets[0]!.key)}` : '';
    parts.push(`Published: ${pages(published + earlier)} with a date${most}${before}.`);
  } else {
    parts.push('None of them says when it was published.');
  }
  return parts.join(' ');
}

import type { SeenElsewhere } from './schema';

let months: Intl.DateTimeFormat | undefined;
let monthsOfYear: Intl.DateTimeFormat | undefined;

/** "March" within the current year, "March 2025" before it (UTC, as the card's other dates). */
export function monthOf(time: string, now = new Date()): string {
  const date = new Date(time);
  const sameYear = date.getUTCFullYear() === now.getUTCFullYear();
  const format = sameYear
    ? (months ??= new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }))
    : (monthsOfYear ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return format.format(date);
}

/** "Seen on 12 other pages since March". */
export function seenSummary({ pages, since }: SeenElsewhere, now = new Date()): string {
  if (pages === 0) return 'Not seen on any other page yet.';
  const counted = pages === 1 ? 'Seen on 1 other page' : `Seen on ${pages} other pages`;
  return since ? `${counted} since ${monthOf(since, now)}` : counted;
}

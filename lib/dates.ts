/**
 * The two kinds of date the reader meets, kept apart:
 * - a calendar day someone wrote (a page's or a source's publication date, "2025-11-19", or a
 *   month, "2022-11"): shown as written, whatever the reader's time zone;
 * - a moment the extension noted (when a page was seen, an ISO time in UTC): shown as the
 *   reader's own local day or month. A page read at 9 pm on 30 November in New York was seen on
 *   30 November, though it was already 1 December in UTC.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The reader's local calendar day of a moment, as yyyy-mm-dd. */
export function localDay(time: string | Date): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The reader's local month of a moment, as yyyy-mm. */
export const localMonth = (time: string | Date): string => localDay(time).slice(0, 7);

const parts = (day: string) => day.split('-').map(Number) as [number, number, number?];

/** The moment a local day (yyyy-mm-dd) begins, as an ISO time to compare with the stored ones. */
export function startOfLocalDay(day: string): string {
  const [year, month, date] = parts(day);
  return new Date(year, month - 1, date ?? 1).toISOString();
}

/** The moment the local day after `day` begins: the end, exclusive, of a range of days. */
export function startOfNextLocalDay(day: string): string {
  const [year, month, date] = parts(day);
  return new Date(year, month - 1, (date ?? 1) + 1).toISOString();
}

/**
 * Formatters made on first use: building one loads locale data (about 7 ms), which every page
 * would otherwise pay when the content script starts, card or no card. A calendar day is
 * formatted as midnight UTC in UTC, so that no time zone moves it.
 */
function calendarFormat(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }));
}
const dayMonthYear = calendarFormat({ day: 'numeric', month: 'short', year: 'numeric' });
const dayMonth = calendarFormat({ day: 'numeric', month: 'short' });
const shortMonthYear = calendarFormat({ month: 'short', year: 'numeric' });
const longMonthYear = calendarFormat({ month: 'long', year: 'numeric' });
const longMonth = calendarFormat({ month: 'long' });

const utcDate = (day: string) => {
  const [year, month, date] = parts(day);
  return new Date(Date.UTC(year, month - 1, date ?? 1));
};

/** "2025-11-19" → "19 Nov 2025"; "2022-11" → "Nov 2022". */
export function formatDay(day: string): string {
  return (day.length > 7 ? dayMonthYear : shortMonthYear)().format(utcDate(day));
}

/** "2026-11-19" → "19 Nov" within the year of `now` (the reader's), "19 Nov 2025" before it. */
export function formatRecentDay(day: string, now = new Date()): string {
  return (day.startsWith(`${now.getFullYear()}-`) ? dayMonth : dayMonthYear)().format(utcDate(day));
}

/** "2026-11" → "November 2026". */
export const formatMonth = (month: string): string => longMonthYear().format(utcDate(month));

/** "2026-03" → "March" within the year of `now` (the reader's), "March 2025" before it. */
export function formatRecentMonth(month: string, now = new Date()): string {
  return (month.startsWith(`${now.getFullYear()}-`) ? longMonth : longMonthYear)().format(utcDate(month));
}

import { formatDay } from './dates';

/**
 * Days as a reader types them, in the form the extension's pages write them ("22 Sept 2025"),
 * for the date filters: a browser's own date field shows the browser's format (mm/dd/yyyy in
 * an American English browser) beside pages that write 22 Sept 2025. A day, a month or a year
 * may be typed; each stands for the days it spans.
 */
export interface DaySpan {
  /** yyyy-mm-dd */
  first: string;
  last: string;
  /** What was understood, as the pages write it ("22 Sept 2025", "Sept 2025", "2025"). */
  label: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Sep", "Sept", "september" → 9; undefined for anything else. */
function monthNamed(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(name) || (name === 'sept' && month === 'september'));
  return index < 0 ? undefined : index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const validYear = (year: number) => year >= 1000 && year <= 9999;

function day(year: number, month: number | undefined, date: number): DaySpan | undefined {
  if (!validYear(year) || !month || month > 12 || date < 1 || date > daysIn(year, month)) return undefined;
  const key = `${year}-${pad(month)}-${pad(date)}`;
  return { first: key, last: key, label: formatDay(key) };
}

function month(year: number, month: number | undefined): DaySpan | undefined {
  if (!validYear(year) || !month || month > 12) return undefined;
  const key = `${year}-${pad(month)}`;
  return { first: `${key}-01`, last: `${key}-${pad(daysIn(year, month))}`, label: formatDay(key) };
}

const year = (year: number): DaySpan | undefined =>
  validYear(year) ? { first: `${year}-01-01`, last: `${year}-12-31`, label: String(year) } : undefined;

const ORDINAL = '(?:st|nd|rd|th)?';
const FORMS: Array<[RegExp, (m: string[]) => DaySpan | undefined]> = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, ([, y, m, d]) => day(+y!, +m!, +d!)],
  [/^(\d{4})-(\d{1,2})$/, ([, y, m]) => month(+y!, +m!)],
  [/^(\d{4})$/, ([, y]) => year(+y!)],
  // Numbers day first, as the pages write days: 22/9/2025, 22.9.2025.
  [/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, ([, d, m, y]) => day(+y!, +m!, +d!)],
  [new RegExp(`^(\\d{1,2})${ORDINAL}\\s+([a-z]+\\.?),?\\s+(\\d{4})$`, 'i'), ([, d, m, y]) => day(+y!, monthNamed(m!), +d!)],
  [new RegExp(`^([a-z]+\\.?)\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i'), ([, m, d, y]) => day(+y!, monthNamed(m!), +d!)],
  [/^([a-z]+\.?),?\s+(\d{4})$/i, ([, m, y]) => month(+y!, monthNamed(m!))],
];

/** The days a typed date stands for; undefined when it is not a date (or is empty). */
export function parseDays(text: string): DaySpan | undefined {
  const typed = text.trim().replace(/\s+/g, ' ');
  for (const [form, read] of FORMS) {
    const match = form.exec(typed);
    if (match) return read(match);
  }
  return undefined;
}

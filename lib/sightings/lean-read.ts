import { LIMITS } from '../db/schema';
import { KEBAB_CASE_ID } from '../dictionary/schema';
import { Day, MAX_TITLE_CHARS, Sighting, Timestamp } from '../db/sightings-schema';

/**
 * Sightings read back, checked without zod when they are in the form the store writes them. A
 * term's page reads thousands of them, and zod's parse of each (with the copy it makes) was the
 * larger part of the page's opening time (bench/sightings.ts). Each check below is one the
 * schema makes, written so that it can only pass what the schema passes and gives the record
 * back unchanged, as the schema would give it; a record it is not sure of (an extra field, an
 * address with spaces around it) goes to the schema itself. A unit test holds the two to
 * agreement on generated records (tests/unit/sightings-lean-read.test.ts).
 */

/** The patterns zod tests for the schema's dates (kept on each format's definition). */
const DATE_TIME = Timestamp._zod.def.pattern!;
const DATE = Day._zod.def.pattern!;
/**
 * An http(s) address with nothing the schema would trim or strip (zod's z.url takes leading and
 * trailing white space off, and tabs and line breaks out): the output is then the input.
 */
const PLAIN_HTTP_ADDRESS = /^https?:\/\/[^\t\n\r]*\S$/i;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isString = (value: unknown): value is string => typeof value === 'string';

/** The record as the schema would return it, when the quick checks are sure; else undefined. */
function quickSighting(record: unknown): Sighting | undefined {
  if (!isPlainObject(record)) return undefined;
  const { termId, url, title, site, publishedAt, firstSeen, lastSeen, count } = record;
  const dated = 'publishedAt' in record;
  const valid =
    Object.keys(record).length === (dated ? 8 : 7) &&
    isString(termId) &&
    KEBAB_CASE_ID.test(termId) &&
    isString(url) &&
    url.length <= LIMITS.url &&
    PLAIN_HTTP_ADDRESS.test(url) &&
    URL.canParse(url) &&
    isString(title) &&
    title.length <= MAX_TITLE_CHARS &&
    isString(site) &&
    (!dated || (isString(publishedAt) && DATE.test(publishedAt))) &&
    isString(firstSeen) &&
    DATE_TIME.test(firstSeen) &&
    isString(lastSeen) &&
    DATE_TIME.test(lastSeen) &&
    Number.isSafeInteger(count) &&
    (count as number) > 0;
  return valid ? (record as Sighting) : undefined;
}

/** A sighting read back, checked as its schema checks it; undefined when it is not one. */
export const readSighting = (record: unknown): Sighting | undefined => quickSighting(record) ?? Sighting.safeParse(record).data;

/** Records read back, checked one by one: a damaged one is left out, never the whole list. */
export const readSightings = (records: readonly unknown[]): Sighting[] =>
  records.flatMap((record) => {
    const sighting = readSighting(record);
    return sighting ? [sighting] : [];
  });

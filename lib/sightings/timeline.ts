import { localMonth, startOfLocalDay, startOfNextLocalDay } from '../dates';
import { fold } from '../db/search';
import type { Sighting } from '../db/sightings-schema';

/** What the term page's search and filters ask for. */
export interface SightingQuery {
  /** Words that must all be in the page's title, site or address. */
  text: string;
  site: string;
  /** The reader's local days (yyyy-mm-dd), inclusive, of when the page was seen; empty for no bound. */
  from: string;
  to: string;
}

export const EMPTY_SIGHTING_QUERY: SightingQuery = { text: '', site: '', from: '', to: '' };

/** A sighting with what is asked of it on every keystroke worked out once: its folded text, its local month. */
export interface SearchableSighting {
  sighting: Sighting;
  text: string;
  /** The reader's local month (yyyy-mm) the page was last seen in. */
  seenMonth: string;
}

export const sightingIndex = (sightings: readonly Sighting[]): SearchableSighting[] =>
  sightings.map((sighting) => ({
    sighting,
    text: fold(`${sighting.title}\n${sighting.site}\n${sighting.url}`),
    seenMonth: localMonth(sighting.lastSeen),
  }));

/** The sightings a query asks for, in the index's order. */
export function filterSightings(index: readonly SearchableSighting[], query: SightingQuery): SearchableSighting[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  // The reader's days, as the moments they begin and end: stored times are UTC.
  const from = query.from ? startOfLocalDay(query.from) : '';
  const before = query.to ? startOfNextLocalDay(query.to) : '';
  return index.filter(
    ({ sighting: s, text }) =>
      (!query.site || s.site === query.site) &&
      (!from || s.lastSeen >= from) &&
      (!before || s.lastSeen < before) &&
      words.every((word) => text.includes(word)),
  );
}

export interface Month {
  /** yyyy-mm, the reader's local month */
  key: string;
  sightings: Sighting[];
}

/** Sightings (newest first) grouped by the local month they were last seen in, newest month first. */
export function byMonth(found: readonly SearchableSighting[]): Month[] {
  const months: Month[] = [];
  for (const { sighting, seenMonth: key } of found) {
    const current = months.at(-1);
    if (current?.key === key) current.sightings.push(sighting);
    else months.push({ key, sightings: [sighting] });
  }
  return months;
}

export const sightingSites = (sightings: readonly Sighting[]): string[] => [...new Set(sightings.map((s) => s.site))].sort();

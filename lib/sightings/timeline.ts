import { fold } from '../db/search';
import type { Sighting } from './schema';

/** What the term page's search and filters ask for. */
export interface SightingQuery {
  /** Words that must all be in the page's title, site or address. */
  text: string;
  site: string;
  /** ISO dates (yyyy-mm-dd), inclusive, of when the page was seen; empty for no bound. */
  from: string;
  to: string;
}

export const EMPTY_SIGHTING_QUERY: SightingQuery = { text: '', site: '', from: '', to: '' };

/** A sighting with its searchable text folded once, not on every keystroke. */
export interface SearchableSighting {
  sighting: Sighting;
  text: string;
}

export const sightingIndex = (sightings: readonly Sighting[]): SearchableSighting[] =>
  sightings.map((sighting) => ({ sighting, text: fold(`${sighting.title}\n${sighting.site}\n${sighting.url}`) }));

export function filterSightings(index: readonly SearchableSighting[], query: SightingQuery): Sighting[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const to = query.to ? `${query.to}T23:59:59.999Z` : '';
  return index
    .filter(
      ({ sighting: s, text }) =>
        (!query.site || s.site === query.site) &&
        (!query.from || s.lastSeen >= query.from) &&
        (!to || s.lastSeen <= to) &&
        words.every((word) => text.includes(word)),
    )
    .map(({ sighting }) => sighting);
}

export interface Month {
  /** yyyy-mm */
  key: string;
  sightings: Sighting[];
}

/** Sightings (newest first) grouped by the month they were last seen in, newest month first. */
export function byMonth(sightings: readonly Sighting[]): Month[] {
  const months: Month[] = [];
  for (const sighting of sightings) {
    const key = sighting.lastSeen.slice(0, 7);
    const current = months.at(-1);
    if (current?.key === key) current.sightings.push(sighting);
    else months.push({ key, sightings: [sighting] });
  }
  return months;
}

export const sightingSites = (sightings: readonly Sighting[]): string[] => [...new Set(sightings.map((s) => s.site))].sort();

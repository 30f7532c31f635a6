import { afterEach, describe, expect, it } from 'vitest';
import type { Sighting } from '../../lib/db/sightings-schema';
import { EMPTY_SIGHTING_QUERY, byMonth, filterSightings, sightingIndex, sightingSites, type SearchableSighting } from '../../lib/sightings/timeline';

const sighting = (url: string, title: string, lastSeen: string): Sighting => ({
  termId: 'hikvision',
  url,
  title,
  site: new URL(url).hostname.replace(/^www\./, ''),
  firstSeen: lastSeen,
  lastSeen,
  count: 1,
});

// Newest first, as the store gives them.
const sightings = [
  sighting('https://www.bbc.co.uk/news/a', 'Select committee report on surveillance', '2026-10-02T10:00:00.000Z'),
  sighting('https://www.reuters.com/world/b', 'Dahua and Hikvision banned', '2026-10-01T10:00:00.000Z'),
  sighting('https://www.theguardian.com/c', 'Cameras in Whitehall', '2026-06-15T10:00:00.000Z'),
  sighting('https://www.theguardian.com/d', 'Procurement rules café', '2026-03-04T10:00:00.000Z'),
];
const index = sightingIndex(sightings);
const titles = (found: SearchableSighting[]) => found.map(({ sighting }) => sighting.title);

describe('the term page’s timeline', () => {
  it('groups sightings by month, newest first', () => {
    expect(byMonth(index).map(({ key, sightings }) => [key, sightings.length])).toEqual([
      ['2026-10', 2],
      ['2026-06', 1],
      ['2026-03', 1],
    ]);
  });

  it('finds pages by words of their title or site, accents and case folded', () => {
    expect(titles(filterSightings(index, { ...EMPTY_SIGHTING_QUERY, text: 'CAFE procurement' }))).toEqual(['Procurement rules café']);
    expect(titles(filterSightings(index, { ...EMPTY_SIGHTING_QUERY, text: 'reuters' }))).toEqual(['Dahua and Hikvision banned']);
    expect(filterSightings(index, EMPTY_SIGHTING_QUERY)).toEqual(index);
  });

  it('filters by site and by the days the pages were seen, both bounds included', () => {
    expect(titles(filterSightings(index, { ...EMPTY_SIGHTING_QUERY, site: 'theguardian.com', from: '2026-06-15' }))).toEqual(['Cameras in Whitehall']);
    expect(titles(filterSightings(index, { ...EMPTY_SIGHTING_QUERY, from: '2026-06-01', to: '2026-10-01' }))).toEqual([
      'Dahua and Hikvision banned',
      'Cameras in Whitehall',
    ]);
    expect(sightingSites(sightings)).toEqual(['bbc.co.uk', 'reuters.com', 'theguardian.com']);
  });

  describe('in the reader’s time zone', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = zone;
    });
    // 9 pm on 30 November and 1 am on 1 December in New York.
    const evening = sighting('https://www.bbc.co.uk/news/e', 'Read in the evening', '2026-12-01T02:00:00.000Z');
    const night = sighting('https://www.bbc.co.uk/news/n', 'Read after midnight', '2026-12-01T06:00:00.000Z');

    it('groups by the local month and filters by local days', () => {
      process.env.TZ = 'America/New_York';
      const local = sightingIndex([night, evening]);
      expect(byMonth(local).map(({ key, sightings }) => [key, sightings.length])).toEqual([
        ['2026-12', 1],
        ['2026-11', 1],
      ]);
      expect(titles(filterSightings(local, { ...EMPTY_SIGHTING_QUERY, to: '2026-11-30' }))).toEqual(['Read in the evening']);
      expect(titles(filterSightings(local, { ...EMPTY_SIGHTING_QUERY, from: '2026-12-01' }))).toEqual(['Read after midnight']);
      process.env.TZ = 'UTC';
      expect(titles(filterSightings(sightingIndex([night, evening]), { ...EMPTY_SIGHTING_QUERY, to: '2026-11-30' }))).toEqual([]);
    });
  });
});

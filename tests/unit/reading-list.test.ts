import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readingListCsv, readingListFileName, readingListMarkdown } from '../../lib/export/reading-list';
import type { Sighting } from '../../lib/db/sightings-schema';

const sightings: Sighting[] = [
  {
    termId: 'hikvision',
    url: 'https://www.reuters.com/world/uk/ban-(update)',
    title: '=HYPERLINK("x") *Dahua* and Hikvision',
    site: 'reuters.com',
    publishedAt: '2026-05-31',
    firstSeen: '2026-06-01T09:00:00.000Z',
    lastSeen: '2026-06-02T09:00:00.000Z',
    count: 4,
  },
  {
    termId: 'hikvision',
    url: 'https://www.theguardian.com/world/hikvision',
    title: 'Cameras',
    site: 'theguardian.com',
    firstSeen: '2026-03-04T09:00:00.000Z',
    lastSeen: '2026-03-04T09:00:00.000Z',
    count: 1,
  },
];
const list = { termLabel: 'Hikvision', sightings, exportedAt: '2026-11-26T12:00:00.000Z' };

describe('a term’s reading list', () => {
  it('as CSV: a row per page, with a BOM, formula-looking titles kept as text', () => {
    const csv = readingListCsv(list);
    expect(csv.startsWith('\ufeffTitle,URL,Site,Published,First seen,Last seen,Mentions\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[1]).toEqual(["'=HYPERLINK(\"x\") *Dahua* and Hikvision", sightings[0]!.url, 'reuters.com', '2026-05-31', '2026-06-01T09:00:00.000Z', '2026-06-02T09:00:00.000Z', '4']);
    expect(rows[2]![3]).toBe('');
  });

  it('as Markdown: a list of links with site, dates and mentions, markup in titles escaped', () => {
    expect(readingListMarkdown(list)).toBe(
      [
        '# Hikvision: where it was seen',
        '',
        'Exported 2026-11-26 from State Security Lens: 2 pages, most recently seen first.',
        '',
        '- [\\=HYPERLINK("x") \\*Dahua\\* and Hikvision](<https://www.reuters.com/world/uk/ban-(update)>): reuters.com, published 2026-05-31; seen 2026-06-02, 4 mentions',
        '- [Cameras](<https://www.theguardian.com/world/hikvision>): theguardian.com; seen 2026-03-04, 1 mention',
        '',
      ].join('\n'),
    );
  });

  it('is named after the term and the day', () => {
    expect(readingListFileName('hikvision', 'md', new Date(2026, 10, 3))).toBe('hikvision-sightings-2026-11-03.md');
  });
});

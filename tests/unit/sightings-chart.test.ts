import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MONTHS, describeChart, pagesOverTime } from '../../lib/sightings/chart';
import type { Sighting } from '../../lib/db/sightings-schema';
import { sightingIndex } from '../../lib/sightings/timeline';

const sighting = (lastSeen: string, publishedAt?: string): Sighting => ({
  termId: 'hikvision',
  url: `https://www.theguardian.com/${lastSeen}/${publishedAt ?? ''}`,
  title: 'A page',
  site: 'theguardian.com',
  ...(publishedAt && { publishedAt }),
  firstSeen: lastSeen,
  lastSeen,
  count: 1,
});

const bars = (sightings: Sighting[]) => pagesOverTime(sightingIndex(sightings))?.buckets.map(({ key, seen, published }) => `${key} ${seen}/${published}`);

describe('pagesOverTime: the term page’s chart', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('counts pages seen (local month) and published (as written) in every month of the reading, six at least', () => {
    expect(
      bars([
        // 9 pm on 30 November in New York: November, not December.
        sighting('2026-12-01T02:00:00.000Z', '2026-09-14'),
        sighting('2026-11-10T12:00:00.000Z'),
        sighting('2026-08-02T12:00:00.000Z', '2026-08-01'),
      ]),
    ).toEqual(['2026-06 0/0', '2026-07 0/0', '2026-08 1/1', '2026-09 0/1', '2026-10 0/0', '2026-11 2/0']);
  });

  it('counts pages published before the reading began as earlier, and leaves off dates after it', () => {
    const chart = pagesOverTime(
      sightingIndex([sighting('2026-11-10T12:00:00.000Z', '2019-05-01'), sighting('2026-01-10T12:00:00.000Z', '1066-10-14'), sighting('2026-02-10T12:00:00.000Z', '2099-01-01')]),
    )!;
    expect(chart.unit).toBe('month');
    expect(chart.earlier).toBe(2);
    expect(chart.buckets.map(({ key }) => key)).toEqual([...Array(11).keys()].map((i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(chart.buckets.reduce((sum, { published }) => sum + published, 0)).toBe(0);
    // A day ahead of the reader's last month (a publisher east of them) adds that month.
    expect(bars([sighting('2026-11-30T12:00:00.000Z', '2026-12-01')])!.at(-1)).toBe('2026-12 0/1');
  });

  it('counts by year when the reading spans more than six years', () => {
    const chart = pagesOverTime(sightingIndex([sighting('2019-05-10T12:00:00.000Z'), sighting('2026-11-10T12:00:00.000Z', '2026-11-09')]))!;
    expect(chart.unit).toBe('year');
    expect(chart.buckets.map(({ key, seen, published }) => `${key} ${seen}/${published}`)).toEqual([
      '2019 1/0',
      '2020 0/0',
      '2021 0/0',
      '2022 0/0',
      '2023 0/0',
      '2024 0/0',
      '2025 0/0',
      '2026 1/1',
    ]);
    const months = pagesOverTime(sightingIndex([sighting('2021-01-10T12:00:00.000Z'), sighting('2026-12-10T12:00:00.000Z')]))!;
    expect(months.unit).toBe('month');
    expect(months.buckets).toHaveLength(MAX_MONTHS);
  });

  it('draws nothing for no pages', () => {
    expect(pagesOverTime([])).toBeUndefined();
  });
});

describe('describeChart: the chart in words', () => {
  const month = (key: string) => `month ${key}`;
  it('says the span, the totals and the busiest period of each series', () => {
    const chart = pagesOverTime(
      sightingIndex([sighting('2026-11-10T12:00:00.000Z', '2026-09-14'), sighting('2026-11-09T12:00:00.000Z'), sighting('2026-08-02T12:00:00.000Z', '2026-09-01')]),
    )!;
    expect(describeChart(chart, month)).toBe(
      'Pages per month, from month 2026-06 to month 2026-11. Seen: 3 pages, most in month 2026-11 (2). Published: 2 pages with a date, most in month 2026-09 (2).',
    );
    expect(describeChart(pagesOverTime(sightingIndex([sighting('2026-11-10T12:00:00.000Z')]))!, month)).toBe(
      'Pages per month, from month 2026-06 to month 2026-11. Seen: 1 page, most in month 2026-11 (1). None of them says when it was published.',
    );
    expect(describeChart(pagesOverTime(sightingIndex([sighting('2026-11-10T12:00:00.000Z', '2025-03-14')]))!, month)).toBe(
      'Pages per month, from month 2026-06 to month 2026-11. Seen: 1 page, most in month 2026-11 (1). Published: 1 page with a date; 1 earlier, before month 2026-06.',
    );
  });
});

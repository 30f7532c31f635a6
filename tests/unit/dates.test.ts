import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatRecentDay, formatRecentMonth, localDay, localMonth, startOfLocalDay, startOfNextLocalDay } from '../../lib/dates';

/** 9 pm on 30 November in New York: already 1 December in UTC. */
const EVENING_30_NOV_NEW_YORK = '2026-12-01T02:00:00.000Z';

describe('dates: a moment as the reader’s local day, a written day as written', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('gives a moment’s local day and month in the reader’s time zone', () => {
    process.env.TZ = 'America/New_York';
    expect(localDay(EVENING_30_NOV_NEW_YORK)).toBe('2026-11-30');
    expect(localMonth(EVENING_30_NOV_NEW_YORK)).toBe('2026-11');
    process.env.TZ = 'Europe/London';
    expect(localDay(EVENING_30_NOV_NEW_YORK)).toBe('2026-12-01');
    process.env.TZ = 'Asia/Tokyo';
    expect(localDay('2026-11-30T16:00:00.000Z')).toBe('2026-12-01');
  });

  it('turns a local day into the moments it begins and ends, across a change of clocks', () => {
    process.env.TZ = 'America/New_York';
    expect(startOfLocalDay('2026-12-01')).toBe('2026-12-01T05:00:00.000Z');
    expect(startOfNextLocalDay('2026-11-30')).toBe('2026-12-01T05:00:00.000Z');
    // Clocks went back on 1 November 2026: that day lasted 25 hours.
    expect(startOfLocalDay('2026-11-01')).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfNextLocalDay('2026-11-01')).toBe('2026-11-02T05:00:00.000Z');
    expect(startOfNextLocalDay('2026-12-31')).toBe('2027-01-01T05:00:00.000Z');
  });

  it('shows a written day as written, whatever the time zone', () => {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(formatDay('2025-11-19')).toBe('19 Nov 2025');
      expect(formatDay('2025-09-22')).toBe('22 Sept 2025');
      expect(formatDay('2022-11')).toBe('Nov 2022');
      expect(formatMonth('2026-11')).toBe('November 2026');
    }
  });

  it('leaves the year out within the reader’s current year', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(formatRecentDay('2026-03-04', now)).toBe('4 Mar');
    expect(formatRecentDay('2025-03-04', now)).toBe('4 Mar 2025');
    expect(formatRecentMonth('2026-03', now)).toBe('March');
    expect(formatRecentMonth('2025-06', now)).toBe('June 2025');
  });
});

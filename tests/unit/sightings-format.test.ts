import { describe, expect, it } from 'vitest';
import { monthOf, seenSummary } from '../../lib/sightings/format';

const now = new Date('2026-11-26T12:00:00Z');

describe('seenSummary', () => {
  it('says how many other pages, since which month', () => {
    expect(seenSummary({ pages: 12, since: '2026-03-04T09:00:00.000Z', recent: [] }, now)).toBe('Seen on 12 other pages since March');
    expect(seenSummary({ pages: 1, since: '2025-06-30T23:00:00.000Z', recent: [] }, now)).toBe('Seen on 1 other page since June 2025');
    expect(seenSummary({ pages: 0, recent: [] }, now)).toBe('Not seen on any other page yet.');
  });
  it('names the reader’s local month', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(monthOf('2026-12-01T02:00:00.000Z', now)).toBe('November');
      process.env.TZ = 'Asia/Tokyo';
      expect(monthOf('2026-01-31T23:30:00.000Z', now)).toBe('February');
    } finally {
      process.env.TZ = zone;
    }
  });
});

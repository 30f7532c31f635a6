import { describe, expect, it } from 'vitest';
import { parseDays } from '../../lib/day-input';

const span = (text: string) => {
  const days = parseDays(text);
  return days && [days.first, days.last, days.label];
};

describe('parseDays: a day, month or year typed as the pages write them', () => {
  it('reads a day in the pages’ own form, and in the forms people type', () => {
    expect(span('22 Sept 2025')).toEqual(['2025-09-22', '2025-09-22', '22 Sept 2025']);
    expect(span('22 sep 2025')).toEqual(['2025-09-22', '2025-09-22', '22 Sept 2025']);
    expect(span('22nd September, 2025')).toEqual(['2025-09-22', '2025-09-22', '22 Sept 2025']);
    expect(span('September 22, 2025')).toEqual(['2025-09-22', '2025-09-22', '22 Sept 2025']);
    expect(span('2025-09-22')).toEqual(['2025-09-22', '2025-09-22', '22 Sept 2025']);
    // Numbers are read day first, as the pages write days.
    expect(span('3/4/2026')).toEqual(['2026-04-03', '2026-04-03', '3 Apr 2026']);
    expect(span(' 3.4.2026 ')).toEqual(['2026-04-03', '2026-04-03', '3 Apr 2026']);
  });

  it('reads a month or a year as every day in it', () => {
    expect(span('Feb 2024')).toEqual(['2024-02-01', '2024-02-29', 'Feb 2024']);
    expect(span('february 2025')).toEqual(['2025-02-01', '2025-02-28', 'Feb 2025']);
    expect(span('2026-11')).toEqual(['2026-11-01', '2026-11-30', 'Nov 2026']);
    expect(span('2025')).toEqual(['2025-01-01', '2025-12-31', '2025']);
  });

  it('refuses what is not a date', () => {
    for (const text of ['', 'yesterday', '31 Feb 2025', '2025-13-01', '12/31/2025', 'Ma 2025', '32 Jan 2025', '22 Sept', '99999']) {
      expect(parseDays(text)).toBeUndefined();
    }
  });
});

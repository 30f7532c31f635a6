import { describe, expect, it } from 'vitest';

// A reader west of UTC, from before the card's module is loaded: a date read as midnight UTC
// and shown in local time would fall on the day before.
process.env.TZ = 'America/Los_Angeles';
const { formatDay } = await import('../../lib/dates');

describe('formatDay', () => {
  it('shows a source’s publication date as written, to the day or the month', () => {
    expect(formatDay('2025-11-19')).toBe('19 Nov 2025');
    expect(formatDay('2025-11-01')).toBe('1 Nov 2025');
    expect(formatDay('2022-11')).toBe('Nov 2022');
  });
});

import { describe, expect, it } from 'vitest';

// A reader west of UTC, from before the card's module is loaded: a date read as midnight UTC
// and shown in local time would fall on the day before.
process.env.TZ = 'America/Los_Angeles';
const { formatPublished } = await import('../../components/TermCard');

describe('formatPublished', () => {
  it('shows a source’s publication date as written, to the day or the month', () => {
    expect(formatPublished('2025-11-19')).toBe('19 Nov 2025');
    expect(formatPublished('2025-11-01')).toBe('1 Nov 2025');
    expect(formatPublished('2022-11')).toBe('Nov 2022');
  });
});

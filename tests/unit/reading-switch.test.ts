import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsPageStored } from '../../lib/reading-switch';
import { parseSettings, readsPage } from '../../lib/settings';

const URL = 'https://www.bbc.co.uk/news/1';

describe('readsPageStored (the first look, without zod)', () => {
  it('reads a page by default, and not when switched off or paused there', () => {
    expect(readsPageStored(undefined, URL)).toBe(true);
    expect(readsPageStored({ enabled: false }, URL)).toBe(false);
    expect(readsPageStored({ pausedSites: ['bbc.co.uk'] }, URL)).toBe(false);
    expect(readsPageStored({ pausedSites: ['bbc.co.uk', 'Not A Host'] }, URL)).toBe(true);
    expect(readsPageStored({ enabled: 'no' }, URL)).toBe(true);
  });

  it('always agrees with the settings schema', () => {
    const field = fc.oneof(fc.boolean(), fc.string(), fc.integer(), fc.constant(null),
      fc.array(fc.constantFrom('bbc.co.uk', 'example.com', 'BBC', 'bbc.co.uk ', 7)));
    const stored = fc.oneof(
      fc.anything(),
      fc.record({ enabled: field, pausedSites: field, kinds: field }, { requiredKeys: [] }),
    );
    fc.assert(fc.property(stored, (value) => readsPageStored(value, URL) === readsPage(parseSettings(value), URL)));
  });
});

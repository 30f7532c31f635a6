import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/db/schema';
import { readSighting, readSightings } from '../../lib/sightings/lean-read';
import { MAX_TITLE_CHARS, Sighting } from '../../lib/db/sightings-schema';

const loose = fc.oneof(fc.string(), fc.boolean(), fc.integer({ min: -2, max: 5 }), fc.double(), fc.constant(null), fc.constant(undefined), fc.constant({}));
const time = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
const termId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** Addresses as the store writes them, and the near misses the schema trims, strips or refuses. */
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((address) => ` ${address}`),
  fc.webUrl().map((address) => `${address}\u00a0`),
  fc.webUrl().map((address) => `${address}\u0001`),
  fc.webUrl().map((address) => address.replace('//', '//exa\tmple.')),
  fc.webUrl().map((address) => address.toUpperCase()),
  fc.webUrl().map((address) => `${address}/${'x'.repeat(LIMITS.url)}`),
  fc.constantFrom('http://', 'https:example.com', 'http:/example.com', 'ftp://example.com/a', 'javascript:alert(1)', 'http://[::1', 'http://exa mple.com/', 'http://999.1.1.1/', 'http://xn--a.com/', 'http://a..b/', 'HTTPS://BBC.CO.UK/'),
  fc.string(),
  loose,
);
const day = fc.oneof(time.map((t) => t.slice(0, 10)), fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', '2025-1-01', ''), loose);
const timestamp = fc.oneof(
  time,
  time.map((t) => t.replace('.000Z', 'Z')),
  time.map((t) => t.replace('Z', '+01:00')),
  time.map((t) => t.replace('Z', 'z')),
  time.map((t) => t.slice(0, 16) + 'Z'),
  fc.constantFrom('2025-02-29T10:00:00.000Z', '2025-01-01T24:00:00Z', '2025-01-01'),
  loose,
);
const title = fc.oneof(fc.string(), fc.constant('t'.repeat(MAX_TITLE_CHARS)), fc.constant('t'.repeat(MAX_TITLE_CHARS + 1)), loose);
const count = fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constantFrom(0.5, -0, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, '3'), loose);

/** Records in the form the store writes (lib/sightings/store.ts). */
const storedSighting = fc.record(
  {
    termId,
    url: fc.webUrl({ withQueryParameters: true }),
    title: fc.string({ maxLength: MAX_TITLE_CHARS }),
    site: fc.domain(),
    publishedAt: time.map((t) => t.slice(0, 10)),
    firstSeen: time,
    lastSeen: time,
    count: fc.integer({ min: 1, max: 10_000 }),
  },
  // As IndexedDB gives them back: plain objects.
  { requiredKeys: ['termId', 'url', 'title', 'site', 'firstSeen', 'lastSeen', 'count'], noNullPrototype: true },
);

/** For each field, values near the right ones, that the schema refuses, trims or takes. */
const nearValues: Record<string, fc.Arbitrary<unknown>> = {
  termId: fc.oneof(termId, fc.constantFrom('Hikvision', 'a--b', '-a', ''), loose),
  url,
  title,
  site: fc.oneof(fc.string(), loose),
  publishedAt: day,
  firstSeen: timestamp,
  lastSeen: timestamp,
  count,
  extra: loose,
};

/** A stored record with one field changed, removed or added: each check meets its near misses. */
const nearSighting = fc.tuple(storedSighting, fc.constantFrom(...Object.keys(nearValues))).chain(([record, field]) =>
  fc.oneof(
    nearValues[field]!.map((value) => ({ ...record, [field]: value })),
    fc.constant(Object.fromEntries(Object.entries(record).filter(([key]) => key !== field))),
  ),
);

describe('sightings read back without zod', () => {
  it('takes exactly what the schema takes, and gives back what it gives', () => {
    fc.assert(
      fc.property(fc.oneof(nearSighting, storedSighting, loose, fc.array(loose)), (record) => {
        expect(readSighting(record)).toStrictEqual(Sighting.safeParse(record).data);
      }),
      { numRuns: 5_000 },
    );
  });

  it('checks a record in the form the store writes without the schema: the record itself comes back, not zod’s copy', () => {
    fc.assert(
      fc.property(storedSighting, (record) => {
        expect(Sighting.safeParse(record).success).toBe(true);
        expect(readSighting(record)).toBe(record);
      }),
    );
  });

  it('leaves out what the schema refuses, and keeps what it trims in the form it trims it to', () => {
    const good = { termId: 'mi5', url: 'https://www.bbc.co.uk/news/a', title: 'a', site: 'bbc.co.uk', firstSeen: '2026-03-01T10:00:00.000Z', lastSeen: '2026-03-01T10:00:00.000Z', count: 1 };
    const padded = { ...good, url: ` ${good.url} `, extra: 1 };
    expect(readSightings([good, { ...good, url: 'javascript:alert(1)' }, { ...good, count: 0 }, padded])).toStrictEqual([good, good]);
  });
});

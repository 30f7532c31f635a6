import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import type { PageVisit } from '../../lib/db/sightings-schema';
import { coOccurring, termSummaries } from '../../lib/sightings/page-index';
import { clearSightings, forgetPage, recordVisit, restorePage, seenElsewhere, sightingsOf } from '../../lib/sightings/store';

const BBC = 'https://www.bbc.co.uk/news/articles/mi5-china';
const GUARDIAN = 'https://www.theguardian.com/world/2025/mar/04/hikvision-cameras';
const REUTERS = 'https://www.reuters.com/world/uk/dahua-ban-2025-06-01/';

const visit = (url: string, title: string, terms: Record<string, number>, publishedAt?: string): PageVisit => ({
  page: { url, title, ...(publishedAt && { publishedAt }) },
  terms: Object.entries(terms).map(([termId, count]) => ({ termId, count })),
});

describe('sightings store', () => {
  let db: LensDatabase;
  beforeEach(() => {
    db = openDatabase(`sightings-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('keeps one record per term and page, merged on a revisit: firstSeen kept, lastSeen and count updated', async () => {
    await recordVisit(db, visit(BBC, 'MI5 alert', { mi5: 2, mss: 1 }, '2025-11-18'), '2026-03-01T10:00:00.000Z');
    await recordVisit(db, visit(BBC, 'MI5 alert (updated)', { mi5: 5 }), '2026-03-02T10:00:00.000Z');
    const [mi5] = await sightingsOf(db, 'mi5');
    expect(mi5).toEqual({
      termId: 'mi5',
      url: BBC,
      title: 'MI5 alert (updated)',
      site: 'bbc.co.uk',
      // The revisit did not state a date: the one known is kept.
      publishedAt: '2025-11-18',
      firstSeen: '2026-03-01T10:00:00.000Z',
      lastSeen: '2026-03-02T10:00:00.000Z',
      count: 5,
    });
    expect(await db.sightings.count()).toBe(2);
    // A term no longer on the page keeps its sighting as it was.
    expect((await sightingsOf(db, 'mss'))[0]).toMatchObject({ count: 1, lastSeen: '2026-03-01T10:00:00.000Z' });
  });

  it('lists a term’s sightings newest first, and what the card says about the other pages', async () => {
    await recordVisit(db, visit(GUARDIAN, 'Hikvision cameras', { hikvision: 3 }), '2026-03-04T09:00:00.000Z');
    await recordVisit(db, visit(REUTERS, 'Dahua ban', { hikvision: 1, dahua: 4 }, '2025-06-01'), '2026-06-01T09:00:00.000Z');
    await recordVisit(db, visit(BBC, 'MI5 alert', { hikvision: 2 }), '2026-10-01T09:00:00.000Z');
    expect((await sightingsOf(db, 'hikvision')).map((s) => s.url)).toEqual([BBC, REUTERS, GUARDIAN]);
    const seen = await seenElsewhere(db, 'hikvision', BBC);
    expect(seen).toEqual({
      pages: 2,
      since: '2026-03-04T09:00:00.000Z',
      recent: [
        { url: REUTERS, title: 'Dahua ban', site: 'reuters.com', publishedAt: '2025-06-01', lastSeen: '2026-06-01T09:00:00.000Z' },
        { url: GUARDIAN, title: 'Hikvision cameras', site: 'theguardian.com', lastSeen: '2026-03-04T09:00:00.000Z' },
      ],
    });
    expect(await seenElsewhere(db, 'mi5', BBC)).toEqual({ pages: 0, recent: [] });
  });

  it('forgets a page, and clears all sightings or those last seen before a date', async () => {
    await recordVisit(db, visit(GUARDIAN, 'March', { hikvision: 1, mss: 1 }), '2026-03-04T09:00:00.000Z');
    await recordVisit(db, visit(REUTERS, 'June', { hikvision: 1 }), '2026-06-01T09:00:00.000Z');
    await recordVisit(db, visit(BBC, 'October', { mi5: 1 }), '2026-10-01T09:00:00.000Z');

    const forgotten = await forgetPage(db, REUTERS);
    expect(forgotten.map((s) => [s.termId, s.title])).toEqual([['hikvision', 'June']]);
    expect((await db.sightings.toArray()).map((s) => s.url)).not.toContain(REUTERS);
    expect(await termSummaries(db)).toEqual([
      { termId: 'hikvision', pages: 1, lastSeen: '2026-03-04T09:00:00.000Z' },
      { termId: 'mi5', pages: 1, lastSeen: '2026-10-01T09:00:00.000Z' },
      { termId: 'mss', pages: 1, lastSeen: '2026-03-04T09:00:00.000Z' },
    ]);

    expect(await clearSightings(db, '2026-06-01T00:00:00.000Z')).toBe(2);
    expect((await db.sightings.toArray()).map((s) => s.title)).toEqual(['October']);
    expect(await termSummaries(db)).toEqual([{ termId: 'mi5', pages: 1, lastSeen: '2026-10-01T09:00:00.000Z' }]);
    expect(await coOccurring(db, 'mss')).toEqual([]);
    expect(await clearSightings(db)).toBe(1);
    expect(await db.sightings.count()).toBe(0);
    expect(await termSummaries(db)).toEqual([]);
  });

  it('counts the terms seen on the same pages as a term, most pages first', async () => {
    await recordVisit(db, visit(GUARDIAN, 'a', { hikvision: 3, dahua: 1, xinjiang: 1 }));
    await recordVisit(db, visit(REUTERS, 'b', { hikvision: 1, dahua: 4 }));
    await recordVisit(db, visit(BBC, 'c', { mi5: 1, dahua: 1, xinjiang: 2 }));
    expect(await coOccurring(db, 'hikvision')).toEqual([
      { termId: 'dahua', pages: 2 },
      { termId: 'xinjiang', pages: 1 },
    ]);
    expect(await coOccurring(db, 'dahua')).toEqual([
      { termId: 'hikvision', pages: 2 },
      { termId: 'xinjiang', pages: 2 },
      { termId: 'mi5', pages: 1 },
    ]);
    expect(await coOccurring(db, 'nothing-seen')).toEqual([]);
  });

  it('puts a forgotten page back as it was (Undo), summaries and company with it', async () => {
    await recordVisit(db, visit(GUARDIAN, 'March', { hikvision: 3, mss: 1 }, '2026-03-03'), '2026-03-04T09:00:00.000Z');
    await recordVisit(db, visit(GUARDIAN, 'March', { hikvision: 2, mss: 1 }, '2026-03-03'), '2026-03-05T09:00:00.000Z');
    await recordVisit(db, visit(REUTERS, 'June', { hikvision: 1 }), '2026-06-01T09:00:00.000Z');
    const before = { sightings: await db.sightings.toArray(), terms: await termSummaries(db), company: await coOccurring(db, 'hikvision') };
    const forgotten = await forgetPage(db, GUARDIAN);
    expect(await coOccurring(db, 'hikvision')).toEqual([]);
    await restorePage(db, forgotten);
    expect(await db.sightings.toArray()).toEqual(before.sightings);
    expect(await termSummaries(db)).toEqual(before.terms);
    expect(await coOccurring(db, 'hikvision')).toEqual(before.company);
  });

  it('sums up every term seen: its number of pages and when it was last seen', async () => {
    await recordVisit(db, visit(GUARDIAN, 'a', { hikvision: 3, dahua: 1 }), '2026-03-04T09:00:00.000Z');
    await recordVisit(db, visit(REUTERS, 'b', { hikvision: 1 }), '2026-06-01T09:00:00.000Z');
    // A revisit where Dahua is gone: Hikvision seen again, Dahua's last sighting kept.
    await recordVisit(db, visit(GUARDIAN, 'a', { hikvision: 3 }), '2026-07-01T09:00:00.000Z');
    expect(await termSummaries(db)).toEqual([
      { termId: 'dahua', pages: 1, lastSeen: '2026-03-04T09:00:00.000Z' },
      { termId: 'hikvision', pages: 2, lastSeen: '2026-07-01T09:00:00.000Z' },
    ]);
  });

  it('lists sightings of the same moment in a fixed order (the later address first)', async () => {
    const time = '2026-03-04T09:00:00.000Z';
    for (const url of [REUTERS, BBC, GUARDIAN]) await recordVisit(db, visit(url, 'a', { hikvision: 1 }), time);
    await recordVisit(db, visit(BBC, 'a', { hikvision: 1 }), '2026-03-05T09:00:00.000Z');
    // www.theguardian.com sorts after www.reuters.com.
    expect((await sightingsOf(db, 'hikvision')).map((s) => s.url)).toEqual([BBC, GUARDIAN, REUTERS]);
  });

  it('leaves a damaged record out of what it reads back, and keeps the others', async () => {
    await recordVisit(db, visit(GUARDIAN, 'a', { hikvision: 1 }));
    await db.sightings.put({ termId: 'hikvision', url: 'javascript:alert(1)', title: 1 } as never);
    expect((await sightingsOf(db, 'hikvision')).map((s) => s.url)).toEqual([GUARDIAN]);
  });
});

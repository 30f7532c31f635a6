import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/selectors';
import { openDatabase } from '../../lib/db/database';
import type { SavedHighlight, SavedPage } from '../../lib/db/schema';
import { coOccurring, termSummaries } from '../../lib/sightings/page-index';
import type { Sighting } from '../../lib/db/sightings-schema';
import { recordVisit, sightingsOf } from '../../lib/sightings/store';

const name = `upgrade-${crypto.randomUUID()}`;
const url = 'https://www.bbc.co.uk/news/articles/mi5-china';
const text = 'MI5 issued an alert about the Ministry of State Security.';

const highlights: SavedHighlight[] = ['MI5', 'Ministry of State Security'].map((exact, i) => ({
  id: `h${i}`,
  url,
  pageTitle: 'MI5 alert',
  termId: i === 0 ? 'mi5' : 'mss',
  note: `note ${i}`,
  tags: ['china'],
  ...describeQuote(text, text.indexOf(exact), text.indexOf(exact) + exact.length),
  createdAt: `2025-11-1${i}T10:00:00.000Z`,
  updatedAt: `2025-11-1${i}T10:00:00.000Z`,
}));
const page: SavedPage = { url, title: 'MI5 alert', note: 'page note', firstSeen: '2025-11-10T10:00:00.000Z', lastSeen: '2025-11-11T10:00:00.000Z' };

afterEach(() => Dexie.delete(name));

describe('database upgrade', () => {
  it('opens a database written by version 1, with its data, and keeps all of it', async () => {
    // Version 1 exactly as it was released (lib/db/database.ts).
    const old = new Dexie(name);
    old.version(1).stores({ highlights: 'id, url, termId, createdAt, updatedAt, *tags', pages: 'url, lastSeen' });
    await old.table('highlights').bulkAdd(highlights);
    await old.table('pages').add(page);
    old.close();

    const db = openDatabase(name);
    expect(await db.highlights.orderBy('createdAt').toArray()).toEqual(highlights);
    expect(await db.pages.toArray()).toEqual([page]);
    // Indexes of version 1 still answer, and the new table works.
    expect(await db.highlights.where('tags').equals('china').count()).toBe(2);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    await recordVisit(db, { page: { url, title: 'MI5 alert' }, terms: [{ termId: 'mi5', count: 2 }] });
    expect((await sightingsOf(db, 'mi5')).map((s) => s.count)).toEqual([2]);
    db.close();
  });

  it('opens a database written by version 4, with sightings, keeps all of it and sums up the terms seen together', async () => {
    // Version 4 exactly as it was released (lib/db/database.ts).
    const old = new Dexie(name);
    old.version(1).stores({ highlights: 'id, url, termId, createdAt, updatedAt, *tags', pages: 'url, lastSeen' });
    old.version(2).stores({ watchlists: 'id, name', watchTerms: 'id, listId, label', watchCache: 'key' });
    old.version(3).stores({ corrections: 'id, site, createdAt' });
    old.version(4).stores({ sightings: '[termId+url], url, termId, lastSeen, [termId+lastSeen]', sightingPages: 'url, *termIds', sightingTerms: 'termId' });
    const seen = (termId: string, url: string, lastSeen: string): Sighting => ({ termId, url, title: url, site: 'bbc.co.uk', firstSeen: lastSeen, lastSeen, count: 1 });
    const other = 'https://www.bbc.co.uk/news/articles/dahua';
    const sightings = [
      seen('mi5', url, '2025-11-10T10:00:00.000Z'),
      seen('mss', url, '2025-11-10T10:00:00.000Z'),
      seen('dahua', url, '2025-11-10T10:00:00.000Z'),
      seen('mi5', other, '2025-11-12T10:00:00.000Z'),
      seen('dahua', other, '2025-11-12T10:00:00.000Z'),
    ];
    const sightingPages = [
      { url, termIds: ['mi5', 'mss', 'dahua'] },
      { url: other, termIds: ['mi5', 'dahua'] },
      // A damaged summary is left out of the counts, as version 4 left it out when it read them.
      { url: 'javascript:alert(1)', termIds: ['mi5', 'mss'] },
    ];
    const sightingTerms = [
      { termId: 'dahua', pages: 2, lastSeen: '2025-11-12T10:00:00.000Z' },
      { termId: 'mi5', pages: 2, lastSeen: '2025-11-12T10:00:00.000Z' },
      { termId: 'mss', pages: 1, lastSeen: '2025-11-10T10:00:00.000Z' },
    ];
    await old.table('highlights').bulkAdd(highlights);
    await old.table('sightings').bulkAdd(sightings);
    await old.table('sightingPages').bulkAdd(sightingPages);
    await old.table('sightingTerms').bulkAdd(sightingTerms);
    old.close();

    const db = openDatabase(name);
    expect(db.verno).toBe(5);
    expect(await db.highlights.orderBy('createdAt').toArray()).toEqual(highlights);
    expect(await db.sightings.toArray()).toEqual(expect.arrayContaining(sightings));
    expect(await db.sightings.count()).toBe(sightings.length);
    expect(await db.sightingPages.toArray()).toEqual(expect.arrayContaining(sightingPages));
    expect(await termSummaries(db)).toEqual(sightingTerms);
    expect(await coOccurring(db, 'mi5')).toEqual([
      { termId: 'dahua', pages: 2 },
      { termId: 'mss', pages: 1 },
    ]);
    expect(await coOccurring(db, 'mss')).toEqual([
      { termId: 'dahua', pages: 1 },
      { termId: 'mi5', pages: 1 },
    ]);
    // And it goes on counting from there.
    await recordVisit(db, { page: { url: other, title: 'Dahua' }, terms: [{ termId: 'mss', count: 1 }] });
    expect(await coOccurring(db, 'mss')).toEqual([
      { termId: 'dahua', pages: 2 },
      { termId: 'mi5', pages: 2 },
    ]);
    db.close();
  });
});

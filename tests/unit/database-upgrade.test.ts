import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/selectors';
import { openDatabase } from '../../lib/db/database';
import type { SavedHighlight, SavedPage } from '../../lib/db/schema';
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
});

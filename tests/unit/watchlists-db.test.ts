import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/selectors';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { highlightsOn, pageNote } from '../../lib/db/highlights';
import { WatchTerm, Watchlist } from '../../lib/db/watchlists-schema';
import {
  addWatchTerm,
  createWatchlist,
  deleteWatchlist,
  enabledTerms,
  restoreWatchlist,
  termsMatching,
  listsWithCounts,
  termsOf,
  updateWatchTerm,
  updateWatchlist,
  watchTermLabels,
} from '../../lib/watchlists/store';

const url = 'https://www.bbc.co.uk/news/articles/mi5-china';
const text = 'MI5 issued an alert about the Ministry of State Security.';
const time = '2026-01-02T03:04:05.000Z';

/** A database as the released version 1 wrote it, with one page and one highlight in it. */
async function writeVersionOne(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({ highlights: 'id, url, termId, createdAt, updatedAt, *tags', pages: 'url, lastSeen' });
  await old.table('pages').add({ url, title: 'MI5 alert', note: 'page note', firstSeen: time, lastSeen: time });
  await old.table('highlights').add({
    id: 'h1',
    url,
    pageTitle: 'MI5 alert',
    termId: 'mi5',
    note: 'kept',
    tags: ['x'],
    ...describeQuote(text, 0, 3),
    createdAt: time,
    updatedAt: time,
  });
  old.close();
}

describe('watchlists in the database', () => {
  let db: LensDatabase;
  const name = () => `test-${crypto.randomUUID()}`;
  beforeEach(() => {
    db = openDatabase(name());
  });
  afterEach(async () => db.delete());

  it('upgrades a version-1 database and keeps every highlight and page', async () => {
    const dbName = name();
    await writeVersionOne(dbName);
    const upgraded = openDatabase(dbName);
    try {
      expect(upgraded.verno).toBeGreaterThanOrEqual(2);
      const [highlight] = (await highlightsOn(upgraded, url)).valid;
      expect(highlight).toMatchObject({ id: 'h1', note: 'kept', tags: ['x'], quote: { exact: 'MI5' } });
      expect(await pageNote(upgraded, url)).toMatchObject({ note: 'page note', title: 'MI5 alert' });
      expect(await upgraded.watchlists.count()).toBe(0);
      const list = await createWatchlist(upgraded, 'China beat');
      await addWatchTerm(upgraded, { listId: list.id, label: 'Volt Typhoon', aliases: ['Bronze Silhouette'] });
      expect(await upgraded.watchTerms.count()).toBe(1);
    } finally {
      await upgraded.delete();
    }
  });

  it('gives the labels of reader’s terms seen on pages, and none for bundled, deleted or damaged ones', async () => {
    const list = await createWatchlist(db, 'Beat');
    const term = await addWatchTerm(db, { listId: list.id, label: 'Volt Typhoon', aliases: [] });
    const damaged = 'wt-00000000-0000-4000-8000-000000000009';
    await db.watchTerms.put({ id: damaged, listId: list.id, label: '' } as unknown as WatchTerm);
    const labels = await watchTermLabels(db, [term.id, 'mss', damaged, 'wt-00000000-0000-4000-8000-000000000001']);
    expect([...labels]).toEqual([[term.id, 'Volt Typhoon']]);
  });

  it('creates lists with distinct colours and terms with sensible defaults', async () => {
    const first = await createWatchlist(db, 'China beat');
    const second = await createWatchlist(db, 'Sanctions');
    expect(first.colour).not.toBe(second.colour);
    const term = await addWatchTerm(db, { listId: first.id, label: ' UFWD ', aliases: [] });
    expect(term).toMatchObject({ label: 'UFWD', caseRule: 'auto', note: '', links: [] });
    expect(WatchTerm.safeParse(term).success).toBe(true);
    expect(Watchlist.safeParse(first).success).toBe(true);
  });

  it('refuses a term for a list that does not exist, or with a bad link, and writes nothing', async () => {
    const list = await createWatchlist(db, 'China beat');
    await expect(addWatchTerm(db, { listId: 'wl-00000000-0000-0000-0000-000000000000', label: 'X', aliases: [] })).rejects.toThrow(/No watchlist/);
    await expect(addWatchTerm(db, { listId: list.id, label: 'X', aliases: [], links: ['javascript:alert(1)'] })).rejects.toThrow();
    expect(await db.watchTerms.count()).toBe(0);
  });

  it('finds enabled terms, counts, searches, edits, and deletes a list with undo', async () => {
    const on = await createWatchlist(db, 'On');
    const off = await createWatchlist(db, 'Off');
    const volt = await addWatchTerm(db, { listId: on.id, label: 'Volt Typhoon', aliases: ['Vanguard Panda'] });
    await addWatchTerm(db, { listId: on.id, label: 'Salt Typhoon', aliases: [] });
    await addWatchTerm(db, { listId: off.id, label: 'Huawei', aliases: [] });
    await updateWatchlist(db, off.id, { enabled: false });
    const enabled = await enabledTerms(db);
    expect(enabled.lists.map((l) => l.name)).toEqual(['On']);
    expect(enabled.terms.map((t) => t.label).sort()).toEqual(['Salt Typhoon', 'Volt Typhoon']);
    expect(Object.fromEntries((await listsWithCounts(db)).counts)).toEqual({ [on.id]: 2, [off.id]: 1 });
    await updateWatchTerm(db, volt.id, { note: 'PRC state actor' });
    const onTerms = await termsOf(db, on.id);
    expect(onTerms[1]).toMatchObject({ label: 'Volt Typhoon', note: 'PRC state actor' });
    // The page's search: label, other names and note, any case.
    expect(termsMatching(onTerms, ' panda ').map((t) => t.id)).toEqual([volt.id]);
    expect(termsMatching(onTerms, 'STATE ACTOR').map((t) => t.id)).toEqual([volt.id]);
    expect(termsMatching(onTerms, 'typhoon')).toHaveLength(2);
    expect(termsMatching(onTerms, '')).toBe(onTerms);
    await updateWatchlist(db, on.id, { colour: 5, name: 'Renamed' });
    expect(await db.watchlists.get(on.id)).toMatchObject({ colour: 5, name: 'Renamed' });

    const deleted = await deleteWatchlist(db, on.id);
    expect(await db.watchTerms.count()).toBe(1);
    await restoreWatchlist(db, deleted!);
    expect((await termsOf(db, on.id)).map((t) => t.label)).toEqual(['Salt Typhoon', 'Volt Typhoon']);
  });

  it('lists namesakes in the order of their entities’ ids, whatever their own random ids', async () => {
    const list = await createWatchlist(db, 'Sanctions');
    const entity = (entityId: string) => ({ entityId, schema: 'Person', countries: [], sanctions: [], datasets: [] });
    // Added many times over, so that the random ids fall in both orders.
    for (const order of [['B-2', 'A-1'], ['A-1', 'B-2'], ['B-2', 'A-1']]) {
      for (const entityId of order) await addWatchTerm(db, { listId: list.id, label: 'Ivan Petrov', aliases: [], sanctions: entity(entityId) });
    }
    const listed = await termsOf(db, list.id);
    expect(listed.map((term) => term.sanctions?.entityId)).toEqual(['A-1', 'A-1', 'A-1', 'B-2', 'B-2', 'B-2']);
  });

  it('leaves a damaged term record out of what is matched', async () => {
    const list = await createWatchlist(db, 'On');
    await addWatchTerm(db, { listId: list.id, label: 'Volt Typhoon', aliases: [] });
    await db.watchTerms.put({ id: 'wt-bad', listId: list.id, label: '' } as never);
    expect((await enabledTerms(db)).terms.map((t) => t.label)).toEqual(['Volt Typhoon']);
  });
});

import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { WatchMatcher } from '../../entrypoints/background/watch-matcher';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { deserializeMatcher, fromBase64, serializeMatcher } from '../../lib/match/compiled';
import { buildMatcherTables, findTerms, matcherFromTables } from '../../lib/match/matcher';
import type { PageMatcher } from '../../lib/watchlists/page-matcher-reply';
import { addWatchTerm, createWatchlist } from '../../lib/watchlists/store';
import { CachedChanges, CachedIndex } from '../../lib/db/watch-cache';

const READING = '0123456789abcdef0123456789abcdef';
const text = 'Pewter Typhoon struck again, Hikvision said; Marble Typhoon did not.';

/** What a page's matcher finds in the text: [term, as written]. */
const found = (page: PageMatcher | null) =>
  page && findTerms(matcherFromTables(deserializeMatcher(fromBase64(page.matcher))), text).map(({ termId, text: written }) => [termId, written]);

/** A page's reading of the text, as a background (`matcher`) answers it. */
async function pageOf(matcher: WatchMatcher): Promise<PageMatcher | null> {
  await matcher.named(text, READING);
  return matcher.pageMatcher([], READING);
}

describe('the background’s matcher of the reader’s lists', () => {
  let db: LensDatabase;
  let volt: string;
  let colour: number;
  let listId: string;

  beforeEach(async () => {
    fakeBrowser.reset();
    db = openDatabase(`watch-matcher-${crypto.randomUUID()}`);
    const list = await createWatchlist(db, 'Beat');
    colour = list.colour;
    listId = list.id;
    volt = (await addWatchTerm(db, { listId: list.id, label: 'Pewter Typhoon', aliases: [], note: '' })).id;
    await new WatchMatcher(db).changed();
  });

  it('cuts a page’s matcher of the bundled terms and the reader’s terms the page names', async () => {
    expect(found(await pageOf(new WatchMatcher(db)))).toEqual([
      [volt, 'Pewter Typhoon'],
      ['hikvision', 'Hikvision'],
    ]);
  });

  it('after a restart, reads its index from the cache, or compiles it again when the cache was made with other bundled terms', async () => {
    const cached = CachedIndex.parse(await db.watchCache.get('current'));
    const restarted = await pageOf(new WatchMatcher(db));
    expect(found(restarted)).toEqual([
      [volt, 'Pewter Typhoon'],
      ['hikvision', 'Hikvision'],
    ]);
    // Its list's colour, read from the cache too.
    const ids = deserializeMatcher(fromBase64(restarted!.matcher)).termIds;
    expect(restarted!.slots[ids.indexOf(volt)]).toBe(colour);
    // An index cached by another version of the extension, whose bundled terms' stamp differs:
    // its bytes (here of no term at all, which would name nothing) are not used.
    await db.watchCache.put({ ...cached, bytes: serializeMatcher(buildMatcherTables([])), dictionary: 'another version' });
    expect(found(await pageOf(new WatchMatcher(db)))).toEqual([
      [volt, 'Pewter Typhoon'],
      ['hikvision', 'Hikvision'],
    ]);
    expect(CachedIndex.parse(await db.watchCache.get('current')).dictionary).toBe(cached.dictionary);
  });

  it('after a restart, takes in the terms changed since the compile from their own record, leaving the index’s record as it was', async () => {
    const compiled = CachedIndex.parse(await db.watchCache.get('current'));
    const salt = await addWatchTerm(db, { listId, label: 'Marble Typhoon', aliases: [], note: '' });
    await new WatchMatcher(db).changed([salt.id]);
    const all = [
      [volt, 'Pewter Typhoon'],
      ['hikvision', 'Hikvision'],
      [salt.id, 'Marble Typhoon'],
    ];
    expect(found(await pageOf(new WatchMatcher(db)))).toEqual(all);
    expect(await db.watchCache.get('current')).toEqual(compiled);
    // Changes recorded against another compile are not applied to this one: it is compiled again.
    await db.watchCache.put({ ...CachedChanges.parse(await db.watchCache.get('changes')), base: 'another compile' });
    expect(found(await pageOf(new WatchMatcher(db)))).toEqual(all);
    expect(CachedIndex.parse(await db.watchCache.get('current')).revision).not.toBe(compiled.revision);
  });
});

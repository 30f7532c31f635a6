import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { deleteHighlight, restoreHighlight, saveHighlight } from '../../lib/db/highlights';
import type { NewHighlight } from '../../lib/db/schema';
import { SAVED_PAGES_KEY, holdsSavedPassages, pageKey, savedPagesRecord } from '../../lib/saved-pages';
import { keepSavedPagesRecord } from '../../utils/saved-pages';

const ARTICLE = 'https://www.bbc.co.uk/news/articles/mi5-china';
const OTHER = 'https://www.bbc.co.uk/news/articles/weather';

const passage = (url: string): NewHighlight => ({
  url,
  pageTitle: 'A page',
  quote: { type: 'TextQuoteSelector', exact: 'MI5 said', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 8 },
  note: '',
  tags: [],
});

describe('the record of pages with saved passages', () => {
  it('knows a page by its canonical address, whatever tracking or fragment it was opened with', () => {
    expect(pageKey(`${ARTICLE}?utm_source=newsletter#comments`)).toBe(pageKey(ARTICLE));
    expect(pageKey(OTHER)).not.toBe(pageKey(ARTICLE));
    const record = savedPagesRecord([ARTICLE, `${ARTICLE}#top`]);
    expect(holdsSavedPassages(record, `${ARTICLE}?fbclid=1`)).toBe(true);
    expect(holdsSavedPassages(record, OTHER)).toBe(false);
  });

  it('says no page holds any when nothing is saved, and does not know without a record (the background is asked)', () => {
    expect(holdsSavedPassages(savedPagesRecord([]), ARTICLE)).toBe(false);
    for (const damaged of [undefined, null, 42, ' zz ', 'abcdef01', ['abcdef01'], ` ${pageKey(ARTICLE)}`]) {
      expect(holdsSavedPassages(damaged, ARTICLE)).toBeUndefined();
    }
  });
});

describe('keeping the record in step with the database', () => {
  let db: LensDatabase;
  const stored = async () => (await fakeBrowser.storage.local.get(SAVED_PAGES_KEY))[SAVED_PAGES_KEY];

  beforeEach(() => {
    fakeBrowser.reset();
    db = openDatabase(`saved-pages-${crypto.randomUUID()}`);
  });
  afterEach(() => db.close());

  it('writes it at once when asked, then after each change to the highlights: saves, deletes, restores', async () => {
    await saveHighlight(db, passage(OTHER));
    keepSavedPagesRecord(db, { now: true });
    await vi.waitFor(async () => expect(holdsSavedPassages(await stored(), OTHER)).toBe(true));
    expect(holdsSavedPassages(await stored(), ARTICLE)).toBe(false);

    const saved = await saveHighlight(db, passage(ARTICLE));
    await vi.waitFor(async () => expect(holdsSavedPassages(await stored(), ARTICLE)).toBe(true));
    await deleteHighlight(db, saved.id);
    await vi.waitFor(async () => expect(holdsSavedPassages(await stored(), ARTICLE)).toBe(false));
    await restoreHighlight(db, saved);
    await vi.waitFor(async () => expect(holdsSavedPassages(await stored(), ARTICLE)).toBe(true));
  });

  it('is not written by a context that only follows changes until one comes', async () => {
    await saveHighlight(db, passage(OTHER));
    keepSavedPagesRecord(db);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await stored()).toBeUndefined();
  });
});

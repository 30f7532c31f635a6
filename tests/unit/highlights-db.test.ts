import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/selectors';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import {
  deleteHighlight,
  highlightsOn,
  pageNote,
  restoreHighlight,
  saveHighlight,
  setPageNote,
  updateHighlight,
} from '../../lib/db/highlights';
import type { NewHighlight } from '../../lib/db/schema';

const url = 'https://www.bbc.co.uk/news/articles/mi5-china';
const text = 'MI5 issued an alert about the Ministry of State Security and LinkedIn.';

const newHighlight = (exact: string, note = ''): NewHighlight => {
  const start = text.indexOf(exact);
  return { url, pageTitle: 'MI5 alert', termId: 'mi5', note, tags: [], ...describeQuote(text, start, start + exact.length) };
};

describe('saved highlights', () => {
  let db: LensDatabase;
  beforeEach(() => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => db.delete());

  it('saves a highlight with its page and finds it by page', async () => {
    const saved = await saveHighlight(db, newHighlight('MI5', 'first mention'));
    expect(saved.id).toMatch(/[0-9a-f-]{36}/);
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect((await highlightsOn(db, url)).valid).toEqual([saved]);
    expect((await pageNote(db, url))?.title).toBe('MI5 alert');
    expect((await highlightsOn(db, 'https://www.bbc.co.uk/other')).valid).toEqual([]);
  });

  it('saves idempotently: a retry with the same id, or the same passage again, returns the stored one', async () => {
    const id = crypto.randomUUID();
    const first = await saveHighlight(db, newHighlight('MI5', 'first'), id);
    expect(first.id).toBe(id);
    expect(await saveHighlight(db, newHighlight('MI5', 'first'), id)).toEqual(first);
    // The same passage (page, quote and context) saved again under another id.
    expect(await saveHighlight(db, newHighlight('MI5', 'again'))).toEqual(first);
    expect(await db.highlights.count()).toBe(1);
    // Another passage, or the same words on another page, is a highlight of its own.
    await saveHighlight(db, newHighlight('LinkedIn'));
    await saveHighlight(db, { ...newHighlight('MI5'), url: 'https://www.bbc.co.uk/other' });
    expect(await db.highlights.count()).toBe(3);
  });

  it('saves the same words in another context as another highlight', async () => {
    const first = await saveHighlight(db, newHighlight('MI5'));
    const elsewhere = { ...newHighlight('MI5'), quote: { ...newHighlight('MI5').quote, prefix: 'Later, ' } };
    const second = await saveHighlight(db, elsewhere);
    expect(second.id).not.toBe(first.id);
    expect(await db.highlights.count()).toBe(2);
  });

  it('refuses a highlight that does not fit the schema, and writes nothing', async () => {
    await expect(saveHighlight(db, { ...newHighlight('MI5'), url: 'not a url' })).rejects.toThrow();
    expect(await db.highlights.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('edits a note and moves the updated time on', async () => {
    const saved = await saveHighlight(db, newHighlight('LinkedIn'));
    await new Promise((resolve) => setTimeout(resolve, 2));
    const edited = await updateHighlight(db, saved.id, { note: 'fake recruiter profiles', tags: ['recruitment'] });
    expect(edited.note).toBe('fake recruiter profiles');
    expect(edited.tags).toEqual(['recruitment']);
    expect(edited.updatedAt > saved.updatedAt).toBe(true);
    expect((await highlightsOn(db, url)).valid).toEqual([edited]);
  });

  it('deletes a highlight and puts it back exactly on undo', async () => {
    const saved = await saveHighlight(db, newHighlight('Ministry of State Security', 'the MSS'));
    const deleted = await deleteHighlight(db, saved.id);
    expect((await highlightsOn(db, url)).valid).toEqual([]);
    await restoreHighlight(db, deleted!);
    expect((await highlightsOn(db, url)).valid).toEqual([saved]);
  });

  it('keeps a note for the whole page', async () => {
    await setPageNote(db, url, 'MI5 alert', 'Follow up with the Electoral Commission');
    expect((await pageNote(db, url))?.note).toBe('Follow up with the Electoral Commission');
  });
});

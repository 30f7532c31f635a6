/**
 * Records read back from the database are parsed one by one: a damaged record is set apart
 * with what is wrong with it, and never hides or breaks the others. Saving and editing keep to
 * the limits that import has (lib/db/schema.ts), with a message that says which.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/selectors';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { highlightsOn, pageNote, saveHighlight, setPageNote, updateHighlight } from '../../lib/db/highlights';
import { deleteDamaged, readHighlights, restoreDamaged } from '../../lib/db/records';
import { LIMITS, type NewHighlight, type SavedHighlight } from '../../lib/db/schema';
import { collectAll, collectPage } from '../../lib/export/transfer';
import { writeArchive } from '../../lib/export/archive';
import { readImportFile } from '../../lib/export/read-file';

const url = 'https://www.bbc.co.uk/news/articles/mi5-china';
const NOW = '2026-11-24T08:00:00.000Z';

const highlight = (id: string, fields: Partial<SavedHighlight> = {}): SavedHighlight => ({
  id,
  url,
  pageTitle: 'MI5 alert',
  quote: { type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 9 },
  note: '',
  tags: [],
  createdAt: `2025-11-19T10:00:0${id.length % 10}.000Z`,
  updatedAt: '2025-11-19T10:00:00.000Z',
  ...fields,
});

/** The damage seen in the field: a quote gone, tags of the wrong kind, a bad date, no createdAt. */
const DAMAGED = [
  (({ quote: _, ...rest }) => rest)(highlight('no-quote')),
  { ...highlight('bad-tags'), tags: 'cctv' },
  { ...highlight('bad-date'), createdAt: 'yesterday' },
  (({ createdAt: _, ...rest }) => rest)(highlight('no-created')),
];

let db: LensDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

async function fill(): Promise<void> {
  await db.highlights.bulkPut([highlight('a'), highlight('bb'), ...(DAMAGED as SavedHighlight[])]);
}

describe('reading records one by one', () => {
  it('sets the damaged ones apart with what is wrong, and keeps every valid one, oldest first', async () => {
    await fill();
    const { valid, damaged } = await readHighlights(db);
    expect(valid.map((h) => h.id)).toEqual(['a', 'bb']);
    expect(damaged.map(({ table, key, problems }) => [table, key, problems])).toEqual([
      ['highlights', 'bad-date', ['createdAt: not a date and time (ISO 8601, as 2026-11-23T10:00:00.000Z)']],
      ['highlights', 'bad-tags', ['tags: not a list']],
      ['highlights', 'no-created', ['createdAt: missing']],
      ['highlights', 'no-quote', ['quote: missing']],
    ]);
  });

  it('gives a page its good highlights whatever else is stored for it', async () => {
    await fill();
    const { valid, damaged } = await highlightsOn(db, url);
    expect(valid.map((h) => h.id)).toEqual(['a', 'bb']);
    expect(damaged).toHaveLength(4);
  });

  it('exports every record, the damaged ones (even without createdAt) as they are, and the import lists them', async () => {
    await fill();
    const all = await collectAll(db);
    expect(all.highlights.map((h) => h.id)).toEqual(['a', 'bb']);
    expect(all.damaged?.map((record) => record.key).sort()).toEqual(['bad-date', 'bad-tags', 'no-created', 'no-quote']);
    const file = writeArchive(all, { exportedAt: NOW, termLabel: () => undefined });
    expect(JSON.parse(file).highlights).toHaveLength(6);
    const { collection, refused } = await readImportFile(file, NOW);
    expect(collection.highlights).toEqual(all.highlights);
    expect(refused.map(({ id, problems }) => [id, problems])).toEqual([
      ['bad-date', ['highlights[2].createdAt: not a date and time (ISO 8601, as 2026-11-23T10:00:00.000Z)']],
      ['bad-tags', ['highlights[3].tags: not a list']],
      ['no-created', ['highlights[4].createdAt: missing']],
      ['no-quote', ['highlights[5].quote: missing']],
    ]);
    expect((await collectPage(db, url)).damaged).toHaveLength(4);
  });

  it('deletes a damaged record and puts it back as it was', async () => {
    await fill();
    const [record] = (await readHighlights(db)).damaged;
    await deleteDamaged(db, record!);
    expect(await db.highlights.get('bad-date')).toBeUndefined();
    await restoreDamaged(db, record!);
    expect(await db.highlights.get('bad-date')).toEqual(DAMAGED[2]);
  });

  it('treats a damaged page record as no page, and makes it whole on the next note', async () => {
    await db.pages.put({ url, title: 'MI5', note: 'n', firstSeen: 'never', lastSeen: NOW } as never);
    expect(await pageNote(db, url)).toBeUndefined();
    const page = await setPageNote(db, url, 'MI5 alert', 'fresh');
    expect(page).toMatchObject({ url, title: 'MI5 alert', note: 'fresh' });
    expect((await collectAll(db)).damaged).toEqual([]);
  });
});

const text = 'MI5 issued an alert about the Ministry of State Security and LinkedIn.';
const newHighlight = (fields: Partial<NewHighlight> = {}): NewHighlight => ({
  url,
  pageTitle: 'MI5 alert',
  note: '',
  tags: [],
  ...describeQuote(text, 0, 3),
  ...fields,
});

describe('the limits of saving are those of import', () => {
  it('saves text up to the limits, and the export of it imports', async () => {
    const quote = { ...describeQuote(text, 0, 3).quote, exact: 'q'.repeat(LIMITS.quote), prefix: 'p'.repeat(LIMITS.context) };
    const saved = await saveHighlight(db, newHighlight({ quote, note: 'n'.repeat(LIMITS.note), pageTitle: 't'.repeat(LIMITS.title) }));
    const { collection, refused } = await readImportFile(writeArchive(await collectAll(db), { exportedAt: NOW, termLabel: () => undefined }), NOW);
    expect(refused).toEqual([]);
    expect(collection.highlights).toEqual([saved]);
  });

  it('refuses a passage over the limit, saying so, and writes nothing', async () => {
    const quote = { ...describeQuote(text, 0, 3).quote, exact: 'q'.repeat(LIMITS.quote + 1) };
    await expect(saveHighlight(db, newHighlight({ quote }))).rejects.toThrow('Not saved: the passage is longer than 100,000 characters.');
    await expect(saveHighlight(db, newHighlight({ tags: Array(LIMITS.tags + 1).fill('t') }))).rejects.toThrow(
      'Not saved: the list of tags is more than 100 entries.',
    );
    expect(await db.highlights.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('refuses a note over the limit when editing, and keeps the note as it was', async () => {
    const saved = await saveHighlight(db, newHighlight({ note: 'kept' }));
    await expect(updateHighlight(db, saved.id, { note: 'n'.repeat(LIMITS.note + 1) })).rejects.toThrow(
      'Not saved: the note is longer than 1,000,000 characters.',
    );
    await expect(setPageNote(db, url, 'MI5 alert', 'n'.repeat(LIMITS.note + 1))).rejects.toThrow('Not saved: the note is longer');
    expect((await db.highlights.get(saved.id))?.note).toBe('kept');
  });
});

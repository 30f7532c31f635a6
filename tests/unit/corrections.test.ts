import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { correctedOn, type Correction } from '../../lib/db/corrections-schema';
import { addCorrection, allCorrections, correctionsOn, removeCorrection } from '../../lib/db/corrections';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { collectAll, importCollection } from '../../lib/export/transfer';
import { writeArchive } from '../../lib/export/archive';
import { readImportFile } from '../../lib/export/read-file';
import { BackgroundRequest } from '../../lib/messages';

const page = 'https://www.bbc.co.uk/news/articles/japan-survey';
const otherPage = 'https://www.bbc.co.uk/news/articles/uk-order';
const context = { exportedAt: '2026-11-23T10:00:00.000Z', termLabel: () => undefined };

const opened: Dexie[] = [];
const track = <T extends Dexie>(db: T): T => (opened.push(db), db);
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
const freshDatabase = (): LensDatabase => track(openDatabase(`test-${crypto.randomUUID()}`));

describe('the database upgrade to version 3', () => {
  it('keeps the highlights and pages of version 1 and adds the corrections table', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ highlights: 'id, url, termId, createdAt, updatedAt, *tags', pages: 'url, lastSeen' });
    const saved = { id: 'h1', url: page, termId: 'mi5', note: 'kept', tags: ['a'], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    await old.table('highlights').add(saved);
    await old.table('pages').add({ url: page, title: 'T', note: 'page note', firstSeen: saved.createdAt, lastSeen: saved.createdAt });
    old.close();

    const db = track(openDatabase(name));
    expect(await db.highlights.toArray()).toEqual([saved]);
    expect((await db.pages.get(page))?.note).toBe('page note');
    await addCorrection(db, { termId: 'cabinet-office', text: 'Cabinet Office', scope: 'page', url: page });
    expect(await db.corrections.count()).toBe(1);
    expect(db.verno).toBeGreaterThanOrEqual(3);
  });
});

describe('corrections in the database', () => {
  it('holds a page correction on that page only, and a site correction on the whole site', async () => {
    const db = freshDatabase();
    const onPage = await addCorrection(db, { termId: 'cabinet-office', text: 'Cabinet Office', scope: 'page', url: page });
    const onSite = await addCorrection(db, { termId: 'dan-jarvis', text: 'Jarvis', scope: 'site', url: page });
    expect(onSite.site).toBe('bbc.co.uk');
    expect((await correctionsOn(db, page)).map((c) => c.id).sort()).toEqual([onPage.id, onSite.id].sort());
    expect((await correctionsOn(db, `${otherPage}?utm_source=x`)).map((c) => c.id)).toEqual([onSite.id]);
    expect(await correctionsOn(db, 'https://www.theguardian.com/world')).toEqual([]);
  });

  it('keeps the same correction once, lists the newest first and undoes one', async () => {
    const db = freshDatabase();
    const first = await addCorrection(db, { termId: 'cabinet-office', text: 'Cabinet Office', scope: 'page', url: page });
    expect(await addCorrection(db, { termId: 'cabinet-office', text: 'Cabinet Office', scope: 'page', url: page })).toEqual(first);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await addCorrection(db, { termId: 'dan-jarvis', text: 'Jarvis', scope: 'site', url: page });
    expect((await allCorrections(db)).map((c) => c.id)).toEqual([second.id, first.id]);
    await removeCorrection(db, first.id);
    expect((await allCorrections(db)).map((c) => c.id)).toEqual([second.id]);
  });

  it('leaves a damaged record out and reads the others', async () => {
    const db = freshDatabase();
    const good = await addCorrection(db, { termId: 'cabinet-office', text: 'Cabinet Office', scope: 'page', url: page });
    await db.corrections.add({ id: 'broken', site: 'bbc.co.uk', createdAt: 'yesterday' } as unknown as Correction);
    expect(await correctionsOn(db, page)).toEqual([good]);
  });
});

describe('which occurrences a correction hides', () => {
  const correction = (fields: Partial<Correction>): Correction => ({
    id: 'c',
    termId: 'cabinet-office',
    text: 'Cabinet Office',
    scope: 'page',
    url: page,
    site: 'bbc.co.uk',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });

  it('hides the term written that way, in any case and with a possessive', () => {
    const corrected = correctedOn([correction({})], page);
    expect(corrected('cabinet-office', 'Cabinet Office')).toBe(true);
    expect(corrected('cabinet-office', 'CABINET OFFICE’s')).toBe(true);
    expect(corrected('electoral-commission', 'Cabinet Office')).toBe(false);
  });

  it('keeps other surfaces of the term, and other pages', () => {
    const corrected = correctedOn([correction({ termId: 'dan-jarvis', text: 'Jarvis' })], page);
    expect(corrected('dan-jarvis', 'Dan Jarvis')).toBe(false);
    expect(correctedOn([correction({})], otherPage)('cabinet-office', 'Cabinet Office')).toBe(false);
    expect(correctedOn([correction({ scope: 'site' })], otherPage)('cabinet-office', 'Cabinet Office')).toBe(true);
  });
});

describe('corrections in the JSON archive', () => {
  it('travel in version 2 and come back on import', async () => {
    const source = freshDatabase();
    await addCorrection(source, { termId: 'dan-jarvis', text: 'Jarvis', scope: 'site', url: page });
    const file = writeArchive(await collectAll(source), context);
    expect(JSON.parse(file)).toMatchObject({ version: 2, corrections: [{ termId: 'dan-jarvis', text: 'Jarvis' }] });
    const target = freshDatabase();
    const { collection } = await readImportFile(file, context.exportedAt);
    await importCollection(target, collection);
    expect(await allCorrections(target)).toEqual(await allCorrections(source));
    await importCollection(target, collection);
    expect(await target.corrections.count()).toBe(1);
  });

  it('still reads a version 1 file, which has none', async () => {
    const file = JSON.stringify({ format: 'state-security-lens', version: 1, exportedAt: context.exportedAt, pages: [], highlights: [] });
    expect(await readImportFile(file, context.exportedAt)).toEqual({ collection: { pages: [], highlights: [] }, refused: [] });
  });

  it('leaves out a malformed correction, saying where, and keeps the rest', async () => {
    const file = JSON.stringify({
      format: 'state-security-lens',
      version: 2,
      exportedAt: context.exportedAt,
      pages: [],
      highlights: [],
      corrections: [{ id: 'x', termId: 'Not An Id', text: 'a', scope: 'page', url: page, site: 'bbc.co.uk', createdAt: context.exportedAt }],
    });
    const { collection, refused } = await readImportFile(file, context.exportedAt);
    expect(collection.corrections).toEqual([]);
    expect(refused).toMatchObject([{ where: 'corrections[0]', id: 'x', problems: [expect.stringMatching(/termId/)] }]);
  });
});

describe('correction messages', () => {
  it('parses a new correction and refuses one for a page that is not http(s)', () => {
    const message = { type: 'addCorrection', correction: { termId: 'mi5', text: 'MI5', scope: 'site', url: page } };
    expect(BackgroundRequest.safeParse(message).success).toBe(true);
    const hostile = { ...message, correction: { ...message.correction, url: 'javascript:alert(1)' } };
    expect(BackgroundRequest.safeParse(hostile).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'getPageCorrections', url: page }).success).toBe(true);
  });
});

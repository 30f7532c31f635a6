import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { LIMITS, type SavedHighlight, type SavedPage } from '../../lib/db/schema';
import { collectAll, collectPage, importCollection } from '../../lib/export/transfer';
import { writeArchive } from '../../lib/export/archive';
import type { Collection } from '../../lib/export/collection';
import { fileSizeProblem, MAX_IMPORT_BYTES } from '../../lib/checks/guard';
import { ImportError } from '../../lib/checks/import-error';
import { readImportFile } from '../../lib/export/read-file';
import { writeWebAnnotations } from '../../lib/export/web-annotation';
import { coOccurring } from '../../lib/sightings/page-index';
import { collection } from './arbitraries';

const context = { exportedAt: '2026-11-23T10:00:00.000Z', termLabel: () => undefined };
const NOW = '2026-11-24T08:00:00.000Z';
const url = 'https://www.bbc.co.uk/news/articles/mi5-china';

const highlight = (id: string, fields: Partial<SavedHighlight> = {}): SavedHighlight => ({
  id,
  url,
  pageTitle: 'MI5 alert',
  termId: 'mi5',
  quote: { type: 'TextQuoteSelector', exact: 'MI5', prefix: '', suffix: ' issued an alert' },
  position: { type: 'TextPositionSelector', start: 0, end: 3 },
  note: '',
  tags: [],
  createdAt: '2025-11-19T10:00:00.000Z',
  updatedAt: '2025-11-19T10:00:00.000Z',
  ...fields,
});
const page = (fields: Partial<SavedPage> = {}): SavedPage => ({
  url,
  title: 'MI5 alert',
  note: '',
  firstSeen: '2025-11-19T10:00:00.000Z',
  lastSeen: '2025-11-19T10:00:00.000Z',
  ...fields,
});

/** Reads a file every record of which is valid and imports it, as the library page does. */
async function importFile(db: LensDatabase, text: string) {
  const { collection, refused } = await readImportFile(text, NOW);
  expect(refused).toEqual([]);
  return importCollection(db, collection);
}
const archive = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'state-security-lens', version: 1, exportedAt: NOW, pages: [], highlights: [], ...fields });

let db: LensDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => db.delete());

describe('importing into the database', () => {
  it('restores exactly what was exported, from JSON', async () => {
    await fc.assert(
      fc.asyncProperty(collection, async (saved) => {
        const source = openDatabase(`source-${crypto.randomUUID()}`);
        const target = openDatabase(`target-${crypto.randomUUID()}`);
        await source.highlights.bulkAdd(saved.highlights);
        await source.pages.bulkAdd(saved.pages);
        const counts = await importFile(target, writeArchive(await collectAll(source), context));
        expect(counts).toEqual({ added: saved.highlights.length, updated: 0, unchanged: 0 });
        expect(await collectAll(target)).toEqual(await collectAll(source));
        await Promise.all([source.delete(), target.delete()]);
      }),
      { numRuns: 30 },
    );
  });

  it('merges by id: the newer edit wins, the rest are added, and it says how many of each', async () => {
    await db.highlights.bulkAdd([
      highlight('kept', { note: 'mine, newer', updatedAt: '2025-12-01T00:00:00.000Z' }),
      highlight('edited', { note: 'old note' }),
    ]);
    await db.pages.add(page({ note: 'my page note', lastSeen: '2025-12-01T00:00:00.000Z' }));
    const file = archive({
      pages: [page({ note: 'their older page note', firstSeen: '2025-01-01T00:00:00.000Z' })],
      highlights: [
        highlight('kept', { note: 'theirs, older' }),
        highlight('edited', { note: 'new note', updatedAt: '2025-11-20T10:00:00.000Z' }),
        highlight('new', { note: 'added' }),
      ],
    });
    expect(await importFile(db, file)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const notes = Object.fromEntries((await db.highlights.toArray()).map((h) => [h.id, h.note]));
    expect(notes).toEqual({ kept: 'mine, newer', edited: 'new note', new: 'added' });
    expect(await db.pages.get(url)).toEqual(
      page({ note: 'my page note', firstSeen: '2025-01-01T00:00:00.000Z', lastSeen: '2025-12-01T00:00:00.000Z' }),
    );
    // The same file again changes nothing.
    expect(await importFile(db, file)).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });

  it('takes the title and note of a page from the file when the file saw it later', async () => {
    await db.pages.add(page({ note: 'old', firstSeen: '2025-11-01T00:00:00.000Z' }));
    const later = page({ title: 'MI5 alert (updated)', note: 'newer note', lastSeen: '2025-12-01T00:00:00.000Z' });
    expect(await importFile(db, archive({ pages: [later] }))).toEqual({ added: 0, updated: 0, unchanged: 0 });
    expect(await db.pages.get(url)).toEqual({ ...later, firstSeen: '2025-11-01T00:00:00.000Z' });
  });

  it('makes pages for Web Annotation highlights, and keeps the note of a page already saved', async () => {
    await db.pages.add(page({ note: 'keep me' }));
    const other = 'https://www.theguardian.com/uk/espionage';
    const file = writeWebAnnotations(
      {
        pages: [],
        highlights: [
          highlight('a'),
          highlight('b', { url: other, pageTitle: 'Espionage', createdAt: '2025-10-01T00:00:00.000Z', updatedAt: '2025-10-02T00:00:00.000Z' }),
        ],
      },
      context,
    );
    expect(await importFile(db, file)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await db.pages.get(url)).toEqual(page({ note: 'keep me' }));
    expect(await db.pages.get(other)).toEqual({
      url: other,
      title: 'Espionage',
      note: '',
      firstSeen: '2025-10-01T00:00:00.000Z',
      lastSeen: '2025-10-02T00:00:00.000Z',
    });
  });

  it('collects one page’s highlights with its note, for the popup', async () => {
    await db.highlights.bulkAdd([highlight('a'), highlight('b', { url: 'https://www.bbc.co.uk/other' })]);
    await db.pages.add(page({ note: 'page note' }));
    expect(await collectPage(db, url)).toEqual({ pages: [page({ note: 'page note' })], highlights: [highlight('a')], damaged: [] });
  });
});

/** The database before and after: a refused file must leave it exactly as it was. */
async function expectRefused(text: string, message: string | RegExp): Promise<void> {
  await db.highlights.put(highlight('existing', { note: 'precious' }));
  await db.pages.put(page({ note: 'page note' }));
  const before = await collectAll(db);
  let error: unknown;
  try {
    await importFile(db, text);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect((error as Error).message).toMatch(message);
  expect(await collectAll(db)).toEqual(before);
}

const valid = (count: number) =>
  archive({ highlights: Array.from({ length: count }, (_, i) => highlight(`h${i}`)), pages: [page()] });

describe('files that are refused, with the database unchanged', () => {
  it('refuses a broken or truncated file', async () => {
    await expectRefused('{"format": "state-security-lens", "version": 1,,}', /^The file is not valid JSON/);
    const whole = valid(3);
    await expectRefused(whole.slice(0, whole.length / 2), /^The file is not valid JSON \(is it complete\?\)/);
    await expectRefused('', /not valid JSON/);
  });

  it('refuses another version of our format, and files that are neither format', async () => {
    await expectRefused(archive({ version: 3 }), /^This file is version 3 of the State Security Lens format; this extension reads versions 1 to 2\.$/);
    await expectRefused(archive({ format: 'other-tool' }), /^format: /);
    await expectRefused('{"highlights": []}', /neither a State Security Lens export \(JSON\) nor a Web Annotation file/);
    await expectRefused('42', /neither/);
    await expectRefused(archive({ highlights: undefined }), /^highlights: missing$/);
    await expectRefused(archive({ exportedAt: 'yesterday' }), /^exportedAt: not a date and time/);
  });

  it('refuses a file over the size limit before reading it, saying what the limit is', () => {
    // The library checks the file's size first (a string of 256 MB is too heavy for a unit test).
    expect(fileSizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(fileSizeProblem(MAX_IMPORT_BYTES + 1)).toBe('The file is 256.0 MB; files of up to 256.0 MB can be imported.');
  });

  it('refuses prototype-pollution keys and deep nesting outside the records, and pollutes nothing', async () => {
    await expectRefused(`{"__proto__": {"polluted": true}, "format": "state-security-lens"}`, /^__proto__: /);
    const deep = `{"format":"state-security-lens","version":1,"exportedAt":"${NOW}","pages":[],"highlights":[],"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await expectRefused(deep, /^extra(\[0\])+: nested more than 32 levels deep$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Reads a file and imports what it can: its valid records, with the others listed. */
async function importTheRest(text: string) {
  const { collection, refused } = await readImportFile(text, NOW);
  return { counts: await importCollection(db, collection), refused };
}

describe('records that are refused, the rest imported', () => {
  it('lists each refused record with where it is, its id and what is wrong, and imports the rest', async () => {
    const highlights = Array.from({ length: 13 }, (_, i) => highlight(`h${i}`));
    highlights[12] = { ...highlights[12]!, url: 'not a url' };
    highlights[3] = { ...highlights[3]!, quote: { ...highlights[3]!.quote, exact: 'x'.repeat(LIMITS.quote + 1) } };
    const { counts, refused } = await importTheRest(archive({ highlights, pages: [page()] }));
    expect(refused).toEqual([
      { where: 'highlights[3]', id: 'h3', problems: ['highlights[3].quote.exact: longer than 100,000 characters'] },
      { where: 'highlights[12]', id: 'h12', problems: ['highlights[12].url: not a URL'] },
    ]);
    expect(counts).toEqual({ added: 11, updated: 0, unchanged: 0 });
    expect((await db.highlights.toArray()).map((h) => h.id).sort()).toEqual(highlights.slice(0, 12).filter((_, i) => i !== 3).map((h) => h.id).sort());
    expect(await db.pages.get(url)).toEqual(page());
  });

  it('refuses addresses that are not web pages (javascript:, data:)', async () => {
    const { refused } = await importTheRest(archive({ highlights: [highlight('h', { url: 'javascript:alert(1)' })], pages: [page({ url: 'data:text/html,<script>alert(1)</script>' })] }));
    expect(refused.map((record) => record.problems)).toEqual([['pages[0].url: not a web address (http or https)'], ['highlights[0].url: not a web address (http or https)']]);
    expect(await db.highlights.count()).toBe(0);
  });

  it('lists every problem of a record', async () => {
    const { refused } = await importTheRest(archive({ highlights: [{ ...highlight('h'), createdAt: 'yesterday', tags: [''], note: undefined }] }));
    expect(refused[0]!.problems).toEqual([
      'highlights[0].note: missing',
      'highlights[0].tags[0]: empty',
      'highlights[0].createdAt: not a date and time (ISO 8601, as 2026-11-23T10:00:00.000Z)',
    ]);
  });

  it('keeps the first of two highlights with one id and refuses the second', async () => {
    const { counts, refused } = await importTheRest(archive({ highlights: [highlight('twice', { note: 'first' }), highlight('twice', { note: 'second' })] }));
    expect(refused).toEqual([{ where: 'highlights[1]', id: 'twice', problems: ['the id "twice" is already used by highlights[0]'] }]);
    expect(counts.added).toBe(1);
    expect((await db.highlights.get('twice'))?.note).toBe('first');
  });

  it('refuses a record with a huge text, deep nesting or a prototype key, and no other', async () => {
    const deep = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`);
    const file = archive({ pages: [page()], highlights: [highlight('big', { note: 'x'.repeat(LIMITS.note + 1) }), { ...highlight('deep'), tags: deep }, highlight('fine')] });
    const withKey = file.replace('"note":""', '"note":"","__proto__":{"polluted":true}');
    const { counts, refused } = await importTheRest(withKey);
    expect(refused.map(({ where, problems }) => [where, problems[0]])).toEqual([
      ['pages[0]', 'pages[0].__proto__: the key "__proto__" is not allowed'],
      ['highlights[0]', 'highlights[0].note: longer than 1,000,000 characters'],
      ['highlights[1]', expect.stringMatching(/^highlights\[1\]\.tags(\[0\])+: nested more than 32 levels deep$/)],
    ]);
    expect(counts.added).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses one Web Annotation without a text quote, or with a broken one, and reads the others', async () => {
    const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:0b8e4a6c-5a43-4d55-9a0e-3f1d2c7b9e10', type: 'Annotation', target: url };
    const good = { ...annotation, id: 'https://other.example/a/1', target: { source: url, selector: { type: 'TextQuoteSelector', exact: 'MI5' } } };
    const broken = { ...annotation, id: 'https://other.example/a/2', target: { source: url, selector: { type: 'TextQuoteSelector', exact: 42 } } };
    const { counts, refused } = await importTheRest(JSON.stringify({ type: 'AnnotationPage', '@context': 'x', items: [annotation, good, broken, { ...annotation, type: 'Highlight' }] }));
    expect(refused.map(({ where, problems }) => [where, problems[0]])).toEqual([
      ['items[0]', 'items[0].target: no text quote (TextQuoteSelector) to find the passage by'],
      ['items[2]', expect.stringMatching(/^items\[2\]\.target\.selector\.exact: /)],
      ['items[3]', 'items[3].type: not "Annotation"'],
    ]);
    expect(counts.added).toBe(1);
  });

  it('reports progress as it checks and writes', async () => {
    const highlights = Array.from({ length: 2_500 }, (_, i) => highlight(`h${i}`));
    const seen: string[] = [];
    const { collection } = await readImportFile(archive({ highlights }), NOW, ({ stage, done, total }) => seen.push(`${stage} ${done}/${total}`));
    await importCollection(db, collection, ({ stage, done, total }) => seen.push(`${stage} ${done}/${total}`));
    expect(seen).toEqual(['checking 2000/2500', 'writing 0/2500', 'writing 2000/2500', 'writing 2500/2500']);
  });
});

describe('sightings in the archive (version 2)', () => {
  const sighting = (fields: Record<string, unknown> = {}) => ({
    termId: 'mi5',
    url,
    title: 'MI5 alert',
    site: 'bbc.co.uk',
    firstSeen: '2026-03-01T10:00:00.000Z',
    lastSeen: '2026-03-01T10:00:00.000Z',
    count: 2,
    ...fields,
  });

  it('exports them with everything else and brings them back exactly', async () => {
    const source = openDatabase(`source-${crypto.randomUUID()}`);
    await source.sightings.bulkAdd([sighting(), sighting({ termId: 'mss', publishedAt: '2025-11-18' })]);
    const file = writeArchive(await collectAll(source), context);
    expect(JSON.parse(file)).toMatchObject({ version: 2, sightings: [sighting(), sighting({ termId: 'mss', publishedAt: '2025-11-18' })] });
    await importFile(db, file);
    expect(await collectAll(db)).toEqual(await collectAll(source));
    await source.delete();
  });

  it('merges them with those already kept: both visits spanned, the latest one’s facts, nothing written twice', async () => {
    await db.sightings.add(sighting({ lastSeen: '2026-06-01T10:00:00.000Z', count: 5, title: 'Mine, later' }));
    const file = archive({
      version: 2,
      sightings: [sighting({ firstSeen: '2026-01-01T10:00:00.000Z', title: 'Theirs, earlier' }), sighting({ termId: 'mss' })],
    });
    await importFile(db, file);
    await importFile(db, file);
    // The terms seen on each page follow: the Terms view and the co-occurring terms see them.
    expect(await coOccurring(db, 'mi5')).toEqual([{ termId: 'mss', pages: 1 }]);
    expect(await db.sightings.toArray()).toEqual([
      sighting({ firstSeen: '2026-01-01T10:00:00.000Z', lastSeen: '2026-06-01T10:00:00.000Z', count: 5, title: 'Mine, later' }),
      sighting({ termId: 'mss' }),
    ]);
  });

  it('still imports version 1 files, which have none, and refuses a damaged sighting with where it is', async () => {
    expect(await importFile(db, archive({ highlights: [highlight('a')] }))).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const { refused } = await readImportFile(archive({ version: 2, sightings: [sighting({ url: 'javascript:alert(1)' })] }), NOW);
    expect(refused).toMatchObject([{ where: 'sightings[0]', problems: [expect.stringMatching(/^sightings\[0\]\.url/)] }]);
    expect(await db.sightings.count()).toBe(0);
  });
});

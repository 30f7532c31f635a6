import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import type { SavedHighlight, SavedPage } from '../../lib/db/schema';
import { collectAll, collectPage, importCollection } from '../../lib/db/transfer';
import { writeArchive } from '../../lib/export/archive';
import type { Collection } from '../../lib/export/collection';
import { MAX_IMPORT_BYTES } from '../../lib/export/guard';
import { ImportError } from '../../lib/export/import-error';
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

/** Reads a file and imports it, as the library page does. */
const importFile = (db: LensDatabase, text: string) => importCollection(db, readImportFile(text, NOW));
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
    expect(await collectPage(db, url)).toEqual({ pages: [page({ note: 'page note' })], highlights: [highlight('a')] });
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
  it('names the field that is wrong', async () => {
    const highlights = Array.from({ length: 13 }, (_, i) => highlight(`h${i}`));
    highlights[12] = { ...highlights[12]!, url: 'not a url' };
    await expectRefused(archive({ highlights }), /^highlights\[12\]\.url: not a URL$/);
  });

  it('refuses addresses that are not web pages (javascript:, data:)', async () => {
    await expectRefused(archive({ highlights: [highlight('h', { url: 'javascript:alert(1)' })] }), /^highlights\[0\]\.url: not a web address \(http or https\)$/);
    await expectRefused(archive({ pages: [page({ url: 'data:text/html,<script>alert(1)</script>' })] }), /^pages\[0\]\.url: not a web address/);
  });

  it('lists a few problems and counts the rest', async () => {
    const highlights = Array.from({ length: 5 }, (_, i) => ({ ...highlight(`h${i}`), createdAt: 'yesterday' }));
    await expectRefused(
      archive({ highlights }),
      'highlights[0].createdAt: not a date and time (ISO 8601, as 2026-11-23T10:00:00.000Z)\nhighlights[1].createdAt',
    );
    await expectRefused(archive({ highlights }), /and 2 more problems$/);
  });

  it('refuses a broken or truncated file', async () => {
    await expectRefused('{"format": "state-security-lens", "version": 1,,}', /^The file is not valid JSON/);
    const whole = valid(3);
    await expectRefused(whole.slice(0, whole.length / 2), /^The file is not valid JSON \(is it complete\?\)/);
    await expectRefused('', /not valid JSON/);
  });

  it('refuses another version of our format, and files that are neither format', async () => {
    await expectRefused(archive({ version: 3 }), /^This file is version 3 of the State Security Lens format; this extension reads versions 1 and 2\.$/);
    await expectRefused(archive({ format: 'other-tool' }), /^format: /);
    await expectRefused('{"highlights": []}', /neither a State Security Lens export \(JSON\) nor a Web Annotation file/);
    await expectRefused('42', /neither/);
    await expectRefused(archive({ highlights: undefined }), /^highlights: missing$/);
  });

  it('refuses a Web Annotation without a text quote, or with a broken one', async () => {
    const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:0b8e4a6c-5a43-4d55-9a0e-3f1d2c7b9e10', type: 'Annotation', target: url };
    await expectRefused(JSON.stringify([annotation]), /^\[0\]\.target: no text quote/);
    const broken = { ...annotation, target: { source: url, selector: { type: 'TextQuoteSelector', exact: 42 } } };
    await expectRefused(JSON.stringify({ type: 'AnnotationPage', '@context': 'x', items: [broken] }), /^items\[0\]\.target\.selector\.exact: /);
    await expectRefused(JSON.stringify([{ ...annotation, type: 'Highlight' }]), /^\[0\]\.type: not "Annotation"/);
  });

  it('refuses two highlights with one id', async () => {
    await expectRefused(archive({ highlights: [highlight('twice'), highlight('twice')] }), 'The highlight id "twice" appears twice in the file.');
  });

  it('refuses a file over the size limit, saying what the limit is', async () => {
    const huge = archive({ highlights: [highlight('big', { note: 'x'.repeat(MAX_IMPORT_BYTES) })] });
    await expectRefused(huge, /^The file is 50\.0 MB; files of up to 50\.0 MB can be imported\.$/);
  });

  it('refuses huge strings and deep nesting', async () => {
    await expectRefused(archive({ highlights: [highlight('big', { note: 'x'.repeat(1_000_001) })] }), /^highlights\[0\]\.note: text longer than 1,000,000 characters$/);
    const deep = `{"format":"state-security-lens","version":1,"pages":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    await expectRefused(deep, /^pages(\[0\])+: nested more than 32 levels deep$/);
  });

  it('refuses prototype-pollution keys anywhere, and pollutes nothing', async () => {
    const withKey = (key: string) => valid(1).replace('"note":""', `"note":"","${key}":{"polluted":true}`);
    await expectRefused(withKey('__proto__'), /^pages\[0\]\.__proto__: the key "__proto__" is not allowed$/);
    await expectRefused(withKey('constructor'), /the key "constructor" is not allowed/);
    await expectRefused(`{"__proto__": {"polluted": true}, "format": "state-security-lens"}`, /^__proto__: /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
    expect(() => readImportFile(archive({ version: 2, sightings: [sighting({ url: 'javascript:alert(1)' })] }), NOW)).toThrow(/sightings\[0\]\.url/);
    expect(await db.sightings.count()).toBe(0);
  });
});

/**
 * Export and import of 10,000 highlights in each format. Run: `npm run bench:export` (builds
 * first). Prints two tables and writes bench-output/export.json. Figures, not pass/fail.
 *
 * 1. The code alone, in Node: writing each file, reading (parse, checks, zod) the two that
 *    import, and merging into fake-indexeddb (an in-memory IndexedDB, not Chromium's).
 * 2. As a reader meets it, in Chromium with the built extension: from the click on Export to
 *    the download, and from choosing a file to the "Imported" message, on the library page.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openDatabase } from '../lib/db/database';
import { LIMITS, type SavedHighlight, type SavedPage } from '../lib/db/schema';
import { collectAll, importCollection } from '../lib/export/transfer';
import type { ExportContext } from '../lib/export/collection';
import { writeArchive } from '../lib/export/archive';
import { EXPORT_FORMATS, type ExportFormatId } from '../lib/export/formats';
import { MAX_IMPORT_BYTES } from '../lib/checks/guard';
import { readImportFile } from '../lib/export/read-file';
import { launchWithExtension, writeRecords } from '../tests/e2e/launch.ts';
import { benchHighlights } from './highlights.ts';

const HIGHLIGHTS = 10_000;
const RUNS = 5;
const IMPORTABLE: ExportFormatId[] = ['json', 'webAnnotation'];

const context: ExportContext = { exportedAt: new Date().toISOString(), termLabel: (id) => id.toUpperCase() };

/** One page per article, with a note on every fifth. */
function pagesOf(highlights: ReturnType<typeof benchHighlights>): SavedPage[] {
  return highlights.map((h, i) => ({ url: h.url, title: h.pageTitle, note: i % 5 ? '' : `Page note ${i}`, firstSeen: h.createdAt, lastSeen: h.updatedAt }));
}

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

async function median(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await time(run)).ms);
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const fresh = () => openDatabase(`bench-${crypto.randomUUID()}`);

type CodeRow = { format: string; bytes: number; writeMs: number; readMs?: number; importMs?: number; againMs?: number };
const ms = (value?: number) => (value === undefined ? '—' : value.toFixed(0));

async function inNode(highlights: ReturnType<typeof benchHighlights>): Promise<{ collectMs: number; rows: CodeRow[] }> {
  const source = fresh();
  await source.highlights.bulkAdd(highlights);
  await source.pages.bulkAdd(pagesOf(highlights));

  const collectMs = await median(() => collectAll(source));
  const collection = await collectAll(source);
  const rows: CodeRow[] = [];
  for (const [id, format] of Object.entries(EXPORT_FORMATS) as Array<[ExportFormatId, (typeof EXPORT_FORMATS)[ExportFormatId]]>) {
    const writeMs = await median(() => format.write(collection, context));
    const file = format.write(collection, context);
    const row: (typeof rows)[number] = { format: format.label, bytes: new TextEncoder().encode(file).length, writeMs };
    if (IMPORTABLE.includes(id)) {
      row.readMs = await median(() => readImportFile(file, context.exportedAt));
      const imported = (await readImportFile(file, context.exportedAt)).collection;
      const target = fresh();
      // Into an empty database (every highlight added), then again (every one left as it was).
      row.importMs = (await time(() => importCollection(target, imported))).ms;
      row.againMs = (await time(() => importCollection(target, imported))).ms;
      await target.delete();
    }
    rows.push(row);
  }
  await source.delete();
  return { collectMs, rows };
}

const LIBRARY_COUNT = (n: number) => `${n} of ${n} highlights`;

/** The library page emptied of highlights, then reloaded. */
async function emptyLibrary(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('state-security-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['highlights', 'pages'], 'readwrite');
    tx.objectStore('highlights').clear();
    tx.objectStore('pages').clear();
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await page.locator('.library-head .note').filter({ hasText: LIBRARY_COUNT(0) }).waitFor();
}

type BrowserRow = { format: string; exportMs: number; importMs?: number; againMs?: number };

/** Milliseconds from Export's click to the browser's download event, and the file. */
async function timeExport(page: Page, format: ExportFormatId): Promise<{ ms: number; file: Buffer }> {
  await page.getByRole('combobox', { name: /^Export as/ }).selectOption(format);
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export' }).click()]);
  const ms = performance.now() - start;
  const { readFile } = await import('node:fs/promises');
  return { ms, file: await readFile((await download.path())!) };
}

/** Milliseconds from choosing the file to the "Imported" message. */
async function timeImport(page: Page, name: string, file: Buffer): Promise<number> {
  const start = performance.now();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: file });
  await page.getByRole('status').filter({ hasText: `Imported ${name}` }).waitFor({ timeout: 60_000 });
  const elapsed = performance.now() - start;
  // Ready for the next one: the message gone with a reload.
  await page.reload();
  await page.locator('.library-head .note').filter({ hasText: LIBRARY_COUNT(HIGHLIGHTS) }).waitFor({ timeout: 60_000 });
  return elapsed;
}

async function inChromium(highlights: ReturnType<typeof benchHighlights>): Promise<BrowserRow[]> {
  const { context, extensionId } = await launchWithExtension();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.locator('.library-head .note').filter({ hasText: LIBRARY_COUNT(0) }).waitFor();
  const records = { highlights, pages: pagesOf(highlights) };
  const rows: BrowserRow[] = [];
  for (const [id, format] of Object.entries(EXPORT_FORMATS) as Array<[ExportFormatId, (typeof EXPORT_FORMATS)[ExportFormatId]]>) {
    await writeRecords(page, records);
    await page.reload();
    await page.locator('.library-head .note').filter({ hasText: LIBRARY_COUNT(HIGHLIGHTS) }).waitFor({ timeout: 60_000 });
    const { ms: exportMs, file } = await timeExport(page, id);
    const row: BrowserRow = { format: format.label, exportMs };
    if (IMPORTABLE.includes(id)) {
      await emptyLibrary(page);
      const name = `bench.${format.extension}`;
      row.importMs = await timeImport(page, name, file);
      row.againMs = await timeImport(page, name, file);
    }
    rows.push(row);
  }
  await context.close();
  return rows;
}

/** A backup of this many ordinary highlights: the size the issue measured (54.6 MB indented). */
const BACKUP_HIGHLIGHTS = 100_000;

/** A highlight with every text at its limit, written with `char` (which JSON may escape). */
function atLimits(char: string): SavedHighlight {
  const [base] = benchHighlights(1);
  const text = (length: number) => char.repeat(length);
  return {
    ...base!,
    termId: undefined,
    pageTitle: text(LIMITS.title),
    quote: { type: 'TextQuoteSelector', exact: text(LIMITS.quote), prefix: text(LIMITS.context), suffix: text(LIMITS.context) },
    note: text(LIMITS.note),
    tags: Array.from({ length: LIMITS.tags }, () => text(LIMITS.tag)),
  };
}

const bytesOf = (text: string) => new TextEncoder().encode(text).length;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type BackupFigures = { compactBytes: number; indentedBytes: number; readMs: number; atLimits: Array<{ kind: string; bytes: number; fit: number }> };

/** What export writes against what import reads: sizes, and the time to read a large backup. */
async function backups(): Promise<{ figures: BackupFigures; file: string }> {
  const highlights = benchHighlights(BACKUP_HIGHLIGHTS);
  const collection = { highlights, pages: pagesOf(highlights) };
  const file = writeArchive(collection, context);
  const indentedBytes = bytesOf(JSON.stringify(JSON.parse(file), null, 2));
  const readMs = (await time(() => readImportFile(file, context.exportedAt))).ms;
  const kinds: Array<[string, string]> = [['ASCII', 'x'], ['accented (2 bytes)', 'é'], ['CJK (3 bytes)', '中'], ['control characters (escaped, 6 bytes)', '\u0001']];
  const atLimitsRows = kinds.map(([kind, char]) => {
    const bytes = bytesOf(JSON.stringify(atLimits(char)));
    return { kind, bytes, fit: Math.floor(MAX_IMPORT_BYTES / bytes) };
  });
  return { figures: { compactBytes: bytesOf(file), indentedBytes, readMs, atLimits: atLimitsRows }, file };
}

/** Choosing the backup in the library to "Imported", and the longest task the page ran meanwhile. */
async function timeLargeImport(file: string): Promise<{ ms: number; longestTaskMs: number }> {
  const { context: browser, extensionId } = await launchWithExtension();
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.locator('.library-head .note').first().filter({ hasText: LIBRARY_COUNT(0) }).waitFor();
  await page.evaluate(() => {
    const tasks: number[] = ((window as unknown as { tasks: number[] }).tasks = []);
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  });
  // Playwright passes a buffer of up to 50 MB; a larger file goes by its path.
  const path = join(tmpdir(), 'backup.json');
  writeFileSync(path, file);
  const start = performance.now();
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('status').filter({ hasText: 'Imported backup.json' }).waitFor({ timeout: 300_000 });
  const ms = performance.now() - start;
  const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
  await browser.close();
  return { ms, longestTaskMs: Math.max(0, ...tasks) };
}

async function main(): Promise<void> {
  const { figures, file } = await backups();
  console.log(`\nBackups: ${BACKUP_HIGHLIGHTS.toLocaleString('en')} highlights make a JSON file of ${mb(figures.compactBytes)} (indented, as before: ${mb(figures.indentedBytes)}); import reads up to ${mb(MAX_IMPORT_BYTES)}.`);
  console.log(`Reading it (parse, checks, zod, record by record) in Node: ${ms(figures.readMs)} ms\n`);
  console.log('| one highlight with every text at its limit, written in | bytes in the file | such highlights in one importable file |');
  console.log('| --- | ---: | ---: |');
  for (const row of figures.atLimits) console.log(`| ${row.kind} | ${mb(row.bytes)} | ${row.fit} |`);
  const large = await timeLargeImport(file);
  console.log(`\nIn Chromium, the library imports it (choose file → "Imported") in ${ms(large.ms)} ms; longest task meanwhile: ${ms(large.longestTaskMs)} ms.`);

  const highlights = benchHighlights(HIGHLIGHTS);
  const { collectMs, rows } = await inNode(highlights);
  console.log(`\n1. The code in Node, ${HIGHLIGHTS} highlights (ms; write and read: median of ${RUNS})\n`);
  console.log(`Reading everything from the database for an export: ${ms(collectMs)} ms\n`);
  console.log('| format | file | write file | read file (parse + checks + zod) | merge into empty DB | merge again (unchanged) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.format} | ${(row.bytes / 1024 / 1024).toFixed(1)} MB | ${ms(row.writeMs)} | ${ms(row.readMs)} | ${ms(row.importMs)} | ${ms(row.againMs)} |`);
  }

  const browserRows = await inChromium(highlights);
  console.log(`\n2. The library page in Chromium, ${HIGHLIGHTS} highlights (ms, one run each)\n`);
  console.log('| format | click Export → download | choose file → "Imported" (empty library) | again (all unchanged) |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of browserRows) console.log(`| ${row.format} | ${ms(row.exportMs)} | ${ms(row.importMs)} | ${ms(row.againMs)} |`);

  mkdirSync('bench-output', { recursive: true });
  const results = { highlights: HIGHLIGHTS, runs: RUNS, node: { collectMs, rows }, chromium: browserRows, backups: { ...figures, largeImport: large } };
  writeFileSync('bench-output/export.json', JSON.stringify(results, null, 2));
  console.log('\nWritten to bench-output/export.json');
}

await main();

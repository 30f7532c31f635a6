/**
 * Export and import of 10,000 highlights in each format: the time to write each file from the
 * database, and to read, check and merge the two importable ones. Run: `npm run bench:export`.
 * Prints a table and writes bench-output/export.json. Figures, not pass/fail.
 *
 * Runs in Node with fake-indexeddb, so the database part is an in-memory IndexedDB, not
 * Chromium's: the file work (serialising, parsing, zod) is the same code the pages run.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../lib/db/database';
import type { SavedPage } from '../lib/db/schema';
import { collectAll, importCollection } from '../lib/db/transfer';
import type { ExportContext } from '../lib/export/collection';
import { EXPORT_FORMATS, type ExportFormatId } from '../lib/export/formats';
import { readImportFile } from '../lib/export/read-file';
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

async function main(): Promise<void> {
  const highlights = benchHighlights(HIGHLIGHTS);
  const source = fresh();
  await source.highlights.bulkAdd(highlights);
  await source.pages.bulkAdd(pagesOf(highlights));

  const collectMs = await median(() => collectAll(source));
  const collection = await collectAll(source);
  const rows: Array<{ format: string; bytes: number; writeMs: number; readMs?: number; importMs?: number; againMs?: number }> = [];
  for (const [id, format] of Object.entries(EXPORT_FORMATS) as Array<[ExportFormatId, (typeof EXPORT_FORMATS)[ExportFormatId]]>) {
    const writeMs = await median(() => format.write(collection, context));
    const file = format.write(collection, context);
    const row: (typeof rows)[number] = { format: format.label, bytes: new TextEncoder().encode(file).length, writeMs };
    if (IMPORTABLE.includes(id)) {
      row.readMs = await median(() => readImportFile(file, context.exportedAt));
      const imported = readImportFile(file, context.exportedAt);
      const target = fresh();
      // Into an empty database (every highlight added), then again (every one left as it was).
      row.importMs = (await time(() => importCollection(target, imported))).ms;
      row.againMs = (await time(() => importCollection(target, imported))).ms;
      await target.delete();
    }
    rows.push(row);
  }
  await source.delete();

  const ms = (value?: number) => (value === undefined ? '—' : value.toFixed(0));
  console.log(`\nExport and import, ${HIGHLIGHTS} highlights (ms; write and read: median of ${RUNS})\n`);
  console.log(`Reading everything from the database for an export: ${ms(collectMs)} ms\n`);
  console.log('| format | file | write file | read file (parse + checks + zod) | merge into empty DB | merge again (unchanged) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.format} | ${(row.bytes / 1024 / 1024).toFixed(1)} MB | ${ms(row.writeMs)} | ${ms(row.readMs)} | ${ms(row.importMs)} | ${ms(row.againMs)} |`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/export.json', JSON.stringify({ highlights: HIGHLIGHTS, runs: RUNS, collectMs, rows }, null, 2));
  console.log('\nWritten to bench-output/export.json');
}

await main();

/**
 * `npm run bench:import-stix`: a STIX bundle the size and shape of ATT&CK's enterprise-attack.json
 * (bench/generate-stix.ts: 43.7 MB, 21,258 objects) imported through the watchlists page as a
 * reader does, from a file on disk, with a 100 KB article naming its actors open in another tab,
 * under a Chromium trace (bench/import-trace.ts). Printed for each run: the time to the report,
 * the list's count then, and the tasks of both pages over 50 ms of CPU. BENCH_RUNS (default 3);
 * BENCH_EXTENSION, another build measured the same way. Nothing is asserted: the figures go to
 * docs/watchlists.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stixBundle } from './generate-stix.ts';
import { printRun, tracedImport } from './import-trace.ts';
import { escape, quietParagraphs, type BenchPage } from './pages.ts';

const EXTENSION = process.env.BENCH_EXTENSION ?? fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** About 100 KB of news, every fourth paragraph naming two of the bundle's actors. */
function articleNaming(names: readonly string[]): BenchPage {
  const paragraphs = quietParagraphs(300, 31, 240).map((text, index) =>
    index % 4 === 0 ? `${text} Investigators linked ${escape(names[(index * 7) % names.length]!)} to ${escape(names[(index * 13 + 5) % names.length]!)}.` : text,
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hackers and their tools</title></head><body><main><article><h1>Hackers and their tools</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></main></body></html>`;
  return { name: 'a 100 KB article naming the actors', path: '/news/articles/attack-groups', html, words: html.split(/\s+/).length };
}

const bundle = stixBundle();
const folder = mkdtempSync(join(tmpdir(), 'sst-stix-'));
const file = join(folder, 'enterprise-attack.json');
writeFileSync(file, bundle.json);
const page = articleNaming(bundle.actorNames);
console.log(
  `importing a STIX bundle of ${bundle.objects.toLocaleString('en')} objects (${(Buffer.byteLength(bundle.json) / 1024 / 1024).toFixed(1)} MB, ${bundle.actorNames.length} actors to import) through the watchlists page; ${RUNS} runs with ${page.name} open (${(page.html.length / 1024).toFixed(0)} KB)`,
);
try {
  for (let at = 0; at < RUNS; at++) printRun(page.name, at, await tracedImport(EXTENSION, page, file));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

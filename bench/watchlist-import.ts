/**
 * `npm run bench:import`: a 20,000-row OpenSanctions file (bench/generate-sanctions.ts, in the
 * exporter's quoting) imported through the watchlists page as a reader does, with the 1 MB news
 * page open in another tab, under a Chromium trace. Printed for each run: the time to the
 * report, whether the list's count was right when the report appeared, and the longest
 * main-thread tasks of the watchlists page and of the news tab from the file chosen until the
 * tab shows the new terms (and a second after). The trace sees what the `longtask` observer
 * misses (the browser's own pre-paint and paint frames). BENCH_RUNS (default 3). Nothing is
 * asserted: the figures go to docs/watchlists.md.
 */
import { fileURLToPath } from 'node:url';
import { sanctionsCsv, sanctionsTerms } from './generate-sanctions.ts';
import { printRun, tracedImport } from './import-trace.ts';
import * as pages from './pages.ts';

// BENCH_EXTENSION: another build to compare with (main's, say), measured the same way.
const EXTENSION = process.env.BENCH_EXTENSION ?? fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROWS = 20_000;

const csv = sanctionsCsv(ROWS);
const names = pages.sprinkledNames(sanctionsTerms(ROWS));
// An article's length and the 1 MB page: the tab reads itself again with the new terms.
const tabs = [
  { what: 'a 100 KB article', page: { ...pages.megaPage(names, 100_000), path: '/news/articles/sanctions-100k' } },
  { what: 'the 1 MB page', page: pages.megaPage(names) },
];
console.log(`importing ${ROWS.toLocaleString('en')} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB) through the watchlists page; ${RUNS} runs with each open tab`);
// BENCH_TABS=article: the article alone (the 1 MB page's runs take twice as long).
for (const { what, page } of process.env.BENCH_TABS === 'article' ? tabs.slice(0, 1) : tabs) {
  for (let at = 0; at < RUNS; at++) {
    printRun(what, at, await tracedImport(EXTENSION, page, { name: 'targets.simple.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }));
  }
}

/**
 * `npm run bench:timing`: the extension in headless Chromium, on real-size and very large pages, with
 * the bundled dictionary and a generated one of 10,000 terms. Prints a table (median, min and
 * max over the runs) and writes the same figures to bench-output/results.json. Timings are
 * reported against the targets of issue 3, never asserted. Environment: BENCH_RUNS (default 5),
 * BENCH_ONLY (a comma-separated list of case names), CHROMIUM_PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileMatcher, findTerms } from '../lib/match/matcher.ts';
import { bundledDictionary } from '../lib/dictionary/index.ts';
import type { Dictionary } from '../lib/dictionary/schema.ts';
import type { BrowserContext } from '@playwright/test';
import { chromiumPath, launch } from './browser.ts';
import * as cases from './cases.ts';
import { writeBenchDictionary } from './dictionary-10k.ts';
import type { GeneratedTerm } from './generate-dictionary.ts';
import * as pages from './pages.ts';
import { realWorldPages } from './real-world.ts';
import { KINDS, added, tracedLoad, type ByKind, type TracedLoad } from './trace.ts';
import { Report, median } from './report.ts';

const root = new URL('../', import.meta.url);
const path = (relative: string) => fileURLToPath(new URL(relative, root));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY?.split(',');
const wants = (name: string) => !ONLY || ONLY.includes(name);
const MARKJS_BUDGET_MS = 4_000;

// ---------------------------------------------------------------------------------------------
// The two builds, both with user-timing entries: the bundled dictionary (`SST_TIMING=1 wxt
// build`, as `npm run bench:timing` does) and the generated one.

const bundledBuild = path('.output/bench-bundled');
const benchBuild = path('.output/bench-10k-timing');
if (!existsSync(`${bundledBuild}/manifest.json`)) throw new Error('No build in .output/bench-bundled: run `SST_TIMING=1 npx wxt build` first.');

console.log('Writing the 10,000-term dictionary and building the extension with it …');
const dictionary10k = writeBenchDictionary(new URL('bench-output/dictionary-10k/terms.js', root));
const build = spawnSync('npx', ['wxt', 'build'], { cwd: path('.'), env: { ...process.env, SST_DICTIONARY: '10k', SST_TIMING: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) throw new Error('The 10,000-term build failed');

interface Setup {
  name: string;
  dir: string;
  dictionary: Dictionary;
}
const setups: Setup[] = [
  { name: 'bundled', dir: bundledBuild, dictionary: bundledDictionary },
  { name: '10k terms', dir: benchBuild, dictionary: dictionary10k },
];

// ---------------------------------------------------------------------------------------------
// The pages.

const generated = dictionary10k.terms.slice(bundledDictionary.terms.length) as unknown as GeneratedTerm[];
const names = pages.sprinkledNames(generated);
const sources = bundledDictionary.sources.map((source) => pages.sourceArticle(source.id));
const long = pages.longArticle();
const mega = pages.megaPage(names);
const quiet = pages.quietArticle();
const empty = pages.emptyArticle();
const live = pages.liveBlog(names);
const annotated = [...sources, long, mega];
const realWorld = realWorldPages();
const tickers = [pages.tickerParagraph(), pages.updatedLabel()];
const allPages = [...annotated, quiet, empty, live, ...realWorld, ...tickers];
// Traces are slower than in-page timings: fewer runs keep the whole bench within minutes.
const TRACE_RUNS = Math.min(RUNS, 3);

// The article with no terms and the real-world pages must have none, as the extension's own matcher reads them.
for (const page of [quiet, ...realWorld]) {
  const text = page.html.replace(/<[^>]+>/g, ' ');
  for (const setup of setups) {
    const found = findTerms(compileMatcher(setup.dictionary), text);
    if (found.length > 0) throw new Error(`"${page.name}" holds terms of the ${setup.name} dictionary: ${found.slice(0, 3).map((t) => t.text)}`);
  }
}
const batches = Array.from({ length: 10 }, (_, i) => pages.newsParagraphs(50, names, 100 + i));
const markJsSource = readFileSync(path('node_modules/mark.js/dist/mark.min.js'), 'utf8');
const shortName = (page: pages.BenchPage) =>
  page === long ? `long article (${page.words} words)` : page === mega ? `1 MB page` : page.name.replace('source: ', 'source ').replace(/-20\d\d-.*/, '');

console.log(`Pages: ${allPages.map((p) => `${p.name} ${(p.html.length / 1024).toFixed(0)} KB`).join('; ')}`);
console.log(`Chromium: ${chromiumPath() ?? "Playwright's"}; ${RUNS} runs per case\n`);

const report = new Report();
const repeat = async <T>(run: () => Promise<T>): Promise<T[]> => {
  const results: T[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await run());
  return results;
};

// ---------------------------------------------------------------------------------------------
// The whole cost, from a trace of the renderer's main thread: with the extension less without.

interface TracedPage {
  /** Each run's added time: its traced load with the extension less the median load without. */
  added: (ByKind & { total: number })[];
  floorMs: number[];
  longestTaskMs: number[];
}

async function tracePage(context: BrowserContext, page: pages.BenchPage): Promise<TracedPage> {
  // One discarded pair: the first load of a page also compiles its scripts.
  await tracedLoad(context, page, false);
  const withIt: TracedLoad[] = [];
  const without: TracedLoad[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < TRACE_RUNS; i++) {
    without.push(await tracedLoad(context, page, false));
    withIt.push(await tracedLoad(context, page, true));
    floorMs.push((await cases.bareWalk(context, page)).ms);
  }
  // The page's own work varies from load to load: set each load with the extension against
  // the median of the loads without it, kind by kind.
  const baseline = Object.fromEntries(KINDS.map((kind) => [kind, median(without.map((load) => load.byKind[kind]))])) as ByKind;
  return { added: withIt.map((load) => added(load.byKind, baseline)), floorMs, longestTaskMs: withIt.map((load) => load.longestTaskMs) };
}

const KIND_LABELS: Record<(typeof KINDS)[number], string> = {
  script: 'script and microtasks', style: 'style', layout: 'layout', prePaint: 'pre-paint', paint: 'paint', gc: 'GC', other: 'other',
};

async function traceCases(context: BrowserContext, dictionary: string): Promise<void> {
  const targets = new Map<pages.BenchPage, { total: string; kind: string }>([
    ...sources.map((p) => [p, { total: '≤ 3× walk', kind: '' }] as const),
    [long, { total: '≤ 3× walk', kind: '' }],
    [mega, { total: '≤ 5× walk', kind: '' }],
    [quiet, { total: '≤ 1.5× walk', kind: '≤ 5 ms' }],
  ]);
  for (const [page, target] of targets) {
    const ctx = { dictionary, page: shortName(page) };
    const traced = await tracePage(context, page);
    report.add('trace: main-thread time added, all kinds', ctx, 'ms', traced.added.map((a) => a.total));
    for (const kind of KINDS) report.add(`  ${KIND_LABELS[kind]}`, ctx, 'ms', traced.added.map((a) => a[kind]), target.kind);
    report.add('bare walk of the same page', ctx, 'ms', traced.floorMs);
    report.add('added time / bare walk', ctx, '×', traced.added.map((a, i) => a.total / traced.floorMs[i]!), target.total);
    report.add('longest main-thread task with the extension', ctx, 'ms', traced.longestTaskMs, '≤ 50 ms');
  }
  // The real-world set: each figure is the median over the pages of each page's median.
  const perPage: TracedPage[] = [];
  for (const page of realWorld) {
    const traced = await tracePage(context, page);
    perPage.push(traced);
    const ctx = { dictionary, page: shortName(page) };
    report.add('trace: main-thread time added, all kinds', ctx, 'ms', traced.added.map((a) => a.total));
    report.add('added time / bare walk', ctx, '×', traced.added.map((a, i) => a.total / traced.floorMs[i]!));
  }
  const ctx = { dictionary, page: `real-world set (${realWorld.length} pages)` };
  const overSet = (pick: (traced: TracedPage) => number[]) => perPage.map((traced) => median(pick(traced)));
  report.add('trace: main-thread time added, all kinds', ctx, 'ms', overSet((t) => t.added.map((a) => a.total)), '', 'per page medians');
  for (const kind of KINDS) report.add(`  ${KIND_LABELS[kind]}`, ctx, 'ms', overSet((t) => t.added.map((a) => a[kind])), '≤ 5 ms');
  report.add('bare walk of the same page', ctx, 'ms', overSet((t) => t.floorMs));
  report.add('added time / bare walk', ctx, '×', overSet((t) => t.added.map((a, i) => a.total / t.floorMs[i]!)), '≤ 1.5×');
  report.add('longest main-thread task with the extension', ctx, 'ms', overSet((t) => t.longestTaskMs), '≤ 50 ms');
}

// ---------------------------------------------------------------------------------------------
// The content script's size.

for (const setup of setups) {
  const script = readFileSync(`${setup.dir}/first-look.js`);
  const ctx = { dictionary: setup.name, page: '–' };
  report.add('content script size, raw', ctx, 'KB', [script.length / 1024]);
  report.add('content script size, gzip', ctx, 'KB', [gzipSync(script, { level: 9 }).length / 1024], setup.name === 'bundled' ? '< 40 KB' : '');
}
// The card's code (Preact, positioning, the card), loaded at the first card only.
const cardView = readFileSync(`${bundledBuild}/card-view.js`);
report.add('card script size (loaded at the first card), gzip', { dictionary: 'bundled', page: '–' }, 'KB', [gzipSync(cardView, { level: 9 }).length / 1024]);

// ---------------------------------------------------------------------------------------------

for (const setup of setups) {
  console.log(`\n== ${setup.name} dictionary (${setup.dictionary.terms.length} terms) ==`);
  const context = await launch(setup.dir, allPages);
  const keywords = setup.dictionary.terms.flatMap((term) => term.aliases.map((alias) => alias.text));
  const is10k = setup.name !== 'bundled';
  try {
    // One discarded load: the first page after the browser starts also pays for compiling the script.
    await cases.annotation(context, sources[0]!);

    for (const page of annotated) {
      const ctx = { dictionary: setup.name, page: shortName(page) };
      const isMega = page === mega;
      if (wants('annotate')) {
        const runs = await repeat(() => cases.annotation(context, page));
        const ours = report.add('annotation: script start → highlights', ctx, 'ms', runs.map((r) => r.annotateMs), '', `${runs[0]!.highlights} highlights`);
        report.add('  of which setup (dictionary, automaton)', ctx, 'ms', runs.map((r) => r.setupMs));
        report.add('script start → first highlights painted', ctx, 'ms', runs.map((r) => r.firstPaintedMs), isMega ? '≤ 50 ms' : '');
        report.add('floor: bare TreeWalker pass', ctx, 'ms', runs.map((r) => r.floorMs), '', `${runs[0]!.textChars} chars`);
        report.add('annotation / floor', ctx, '×', runs.map((r) => r.annotateMs / r.floorMs), isMega ? (is10k ? '≤ 3×' : '≤ 2×') : '');
        report.add('annotation without setup / floor', ctx, '×', runs.map((r) => (r.annotateMs - r.setupMs) / r.floorMs), isMega ? (is10k ? '≤ 3×' : '≤ 2×') : '');
        report.add('longest task during annotation', ctx, 'ms', runs.map((r) => r.longestTaskMs), '≤ 50 ms', 'tasks under 50 ms read as 0');
        if (wants('markjs')) {
          const marked = await repeat(() => cases.markJs(context, page, markJsSource, keywords, MARKJS_BUDGET_MS));
          const done = marked[0]!;
          const note = done.extrapolated ? `extrapolated from ${done.keywordsDone} of ${done.keywords} keywords` : `${done.marks} marks`;
          report.add('mark.js, same terms', ctx, 'ms', marked.map((r) => r.ms), '', note);
          report.add('mark.js / ours', ctx, '×', marked.map((r, i) => r.ms / runs[i]!.annotateMs), '≥ 10×');
        }
      }
    }

    if (wants('card')) {
      const ctx = { dictionary: setup.name, page: shortName(long) };
      const runs = await repeat(() => cases.hoverCard(context, long));
      report.add('card: hover delay end → painted, first card', ctx, 'ms', runs.map((r) => r.firstMs), '≤ 16 ms');
      report.add('card: hover delay end → painted, later card', ctx, 'ms', runs.map((r) => r.laterMs), '≤ 16 ms');
      report.add('card script loaded (during the first hover delay)', ctx, 'ms', runs.map((r) => r.loadMs));
    }

    if (wants('batch')) {
      const onEmpty = await repeat(() => cases.appendBatches(context, empty, batches));
      const onMega = await repeat(() => cases.appendBatches(context, mega, batches));
      report.add('append 50 paragraphs: mutation → highlights', { dictionary: setup.name, page: 'empty article' }, 'ms', onEmpty.map((r) => r.medianMs));
      report.add('append 50 paragraphs: mutation → highlights', { dictionary: setup.name, page: '1 MB page' }, 'ms', onMega.map((r) => r.medianMs));
      report.add('append on 1 MB page / on empty page', { dictionary: setup.name, page: '–' }, '×', onMega.map((r, i) => r.medianMs / onEmpty[i]!.medianMs), '≈ 1×');
    }

    if (wants('live')) {
      const ctx = { dictionary: setup.name, page: 'live blog' };
      const runs = await repeat(() => cases.liveBlog(context, live, true));
      report.add('live blog: longest task', ctx, 'ms', runs.map((r) => r.longestTaskMs), '≤ 50 ms', 'tasks under 50 ms read as 0');
      report.add('live blog: extension pass per batch', ctx, 'ms', runs.map((r) => r.passMedianMs), '', `max ${median(runs.map((r) => r.passMaxMs)).toFixed(1)} ms`);
      if (!is10k) {
        const plain = await repeat(() => cases.liveBlog(context, live, false));
        report.add('live blog: longest task', { dictionary: 'none', page: 'live blog' }, 'ms', plain.map((r) => r.longestTaskMs), '', 'tasks under 50 ms read as 0');
      }
    }

    if (wants('sightings') && !is10k) {
      const visit = await repeat(() => cases.sightingsMessages(context, long, false));
      const ctx = { dictionary: setup.name, page: shortName(long) };
      report.add('sightings: messages per page visit', ctx, '', visit.map((r) => r.messages), '1');
      report.add('sightings: longest task while recording (tasks under 50 ms read as 0)', ctx, 'ms', visit.map((r) => r.longestTaskMs), '≤ 50 ms');
      const growing = await repeat(() => cases.sightingsMessages(context, live, true));
      const watched = median(growing.map((r) => r.watchedS)).toFixed(0);
      report.add('sightings: messages while a live blog grows', { dictionary: setup.name, page: 'live blog' }, '', growing.map((r) => r.messages), '≤ 1 per 5 s', `page watched ${watched} s`);
    }

    if (wants('script')) {
      const ctx = { dictionary: setup.name, page: 'article with no terms' };
      const withIt = await repeat(() => cases.scriptTime(context, quiet, true));
      const without = await repeat(() => cases.scriptTime(context, quiet, false));
      const added = withIt.map((r, i) => r.scriptMs - without[i]!.scriptMs);
      report.add('main-thread script time added (CDP ScriptDuration)', ctx, 'ms', added, '', `page alone ${median(without.map((r) => r.scriptMs)).toFixed(1)} ms`);
      report.add('main-thread task time added (CDP TaskDuration)', ctx, 'ms', withIt.map((r, i) => r.taskMs - without[i]!.taskMs));
    }

    if (wants('trace') && !is10k) await traceCases(context, setup.name);

    if (wants('ticker') && !is10k) {
      for (const page of tickers) {
        const ctx = { dictionary: setup.name, page: page.name };
        const withIt = await repeat(() => cases.ticker(context, page, true));
        const alone = await repeat(() => cases.ticker(context, page, false));
        report.add("page's own timer: runs in 2 s with the extension", ctx, '', withIt.map((r) => r.ticks), '', `alone ${median(alone.map((r) => r.ticks))}`);
        report.add("page's timer runs: with the extension / alone", ctx, '×', withIt.map((r, i) => r.ticks / alone[i]!.ticks), '≥ 0.5×');
        report.add('main thread busy, share added by the extension', ctx, '%', withIt.map((r, i) => 100 * (r.busyShare - alone[i]!.busyShare)));
      }
    }

    if (wants('heap')) {
      const ctx = { dictionary: setup.name, page: '1 MB page' };
      const withIt = await repeat(() => cases.heapUsed(context, mega, true));
      const without = await repeat(() => cases.heapUsed(context, mega, false));
      report.add('JS heap added', ctx, 'MB', withIt.map((bytes, i) => (bytes - without[i]!) / 2 ** 20));
    }
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

const table = report.table();
console.log(`\n${table}\n`);
mkdirSync(path('bench-output'), { recursive: true });
const chromium = spawnSync(chromiumPath() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
writeFileSync(
  path('bench-output/results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium },
      pages: allPages.map((p) => ({ name: p.name, path: p.path, bytes: p.html.length, words: p.words })),
      figures: report.figures,
    },
    null,
    2,
  ),
);
writeFileSync(path('bench-output/results.md'), `${table}\n`);
console.log('Written: bench-output/results.json, bench-output/results.md');

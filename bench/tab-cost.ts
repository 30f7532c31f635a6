/**
 * `npm run bench`: what a reader's tab pays for the extension, from traces of the renderer's
 * main thread (thread time), with the shipped build (`wxt build`: no user-timing entries).
 *
 * Every page is loaded three ways in one browser, turn by turn: with no extension, with an
 * empty MV3 extension (a manifest and an empty content script: the floor for "an extension
 * exists"), and with ours; all at one viewport, each at an address only that one covers. Each
 * load is traced from navigation until the page is quiet again, and read for: all main-thread
 * work (by kind), the extension's own tasks from the creation of its isolated world on
 * (tab-trace.ts), and the longest task of any kind (pre-paint frames included). The floor walk
 * (a TreeWalker over all the page's text, hashing every character) is traced in the tab with
 * no extension. On the 1 MB page, a later DOM change, scrolling through the page and the
 * popup's question are traced too.
 *
 * The extensions compared (each in its own browser, page by page, turn by turn, so that each
 * comparison is between loads moments apart): `bundled`, the shipped build with the knowledge
 * packs (371 concepts, 1,221 names); `sources`, the same code with the source articles' twenty
 * concepts alone (`SST_DICTIONARY=sources`: the bundled dictionary before issue 28); `lists`,
 * that build with a reader's list of 10,000 terms switched on (the knowledge packs' concepts as
 * list terms, and generated ones none of which is on the pages): today's 10,000-term watchlist
 * path finding the same names the packs do. The targets of issue 28: a page with no term costs
 * no more with the packs than without them (`bundled` / `sources` on the no-term pages), and a
 * page with terms no more than the list path (`bundled` / `lists` on the pages that name the
 * packs' concepts). `10k` (a generated bundled dictionary of 10,000 terms with the packs,
 * `SST_DICTIONARY=10k`) can be added, and `minimal`: a content script that reads one stored value
 * and walks the page's text as the floor walk does (writeMinimalReader), what the least reader
 * of a page's words pays, on the no-term pages.
 * Figures are medians over the rounds, with their range; targets are printed, never asserted.
 * Environment: BENCH_ROUNDS (default 5), BENCH_DICTIONARIES (default `bundled,sources,lists`),
 * BENCH_PAGES (`real-world` or one of them, `real-world-3`; `article`; `mega`; `long`; default
 * `real-world,article,mega`), BENCH_BUILD (another build of ours to set beside the shipped one,
 * e.g. the code before a change: `BENCH_BUILD=before=/path`), BENCH_WATCH (a number: the 1 MB
 * page as before issue 28's comparison, with the source articles' names and generated ones, and
 * that many of its generated names put on a reader's list in each browser of ours that has no
 * list of its own, so that the page carries the overlay's private marks, lib/page/overlay/;
 * compare with a run with BENCH_WATCH=0, the same page with no list).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type Page, type Worker } from '@playwright/test';
import { compileMatcher, findTerms, type MatchableTerm } from '../lib/match/matcher.ts';
import { bundledDictionary } from '../lib/dictionary/index.ts';
import { knowledge } from '../lib/dictionary/knowledge/index.ts';
import { terms as sourceArticleTerms } from '../lib/dictionary/terms.ts';
import { NEWS_SITE_PATTERNS } from '../lib/sites.ts';
import { chromiumPath, launchServing, pause } from './browser.ts';
import { BENCH_TERM_COUNT, benchTerms, writeBenchDictionary } from './dictionary-10k.ts';
import { generateTerms, type GeneratedTerm } from './generate-dictionary.ts';
import * as pages from './pages.ts';
import { realWorldPages } from './real-world.ts';
import { seeded } from './random.ts';
import { Report, median } from './report.ts';
import { loadTerms, managerPage } from './watchlist-setup.ts';
import { busiestThread, explainExtension, explainInside, mainThread, recordTrace, tabCost, topLevelTasks, type TabCost, type TraceEvent } from './tab-trace.ts';

const root = new URL('../', import.meta.url);
const path = (relative: string) => fileURLToPath(new URL(relative, root));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DICTIONARIES = (process.env.BENCH_DICTIONARIES ?? 'bundled,sources,lists').split(',');
const PAGE_SETS = (process.env.BENCH_PAGES ?? 'real-world,article,mega').split(',');
/** How many of the 1 MB page's sprinkled names the reader watches (BENCH_WATCH): each is marked in the overlay. */
const WATCHED = Number(process.env.BENCH_WATCH ?? 0);
/** BENCH_WATCH set, even to 0: the 1 MB page of issue 32's figures, whose generated names it watches. */
const SPRINKLED_MEGA = process.env.BENCH_WATCH !== undefined;

/** Where each variant's pages are served: only ours covers a news address. */
const ORIGIN = { none: 'https://www.example.com', empty: 'https://www.example.net', ours: 'https://www.bbc.co.uk' } as const;
type Variant = keyof typeof ORIGIN;
for (const origin of [ORIGIN.none, ORIGIN.empty]) {
  if (NEWS_SITE_PATTERNS.some((pattern) => new URL(pattern.replace('*.', 'x.')).host.endsWith(new URL(origin).host.replace('www.', '')))) {
    throw new Error(`${origin} is a news site: the extension would run there`);
  }
}

// ---------------------------------------------------------------------------------------------
// The extensions: ours as built, and the empty one.

/**
 * A Manifest V3 extension written into bench-output/<folder>: its content script (`content`, on
 * `origin`) and any other files, with the manifest's other keys.
 */
function writeExtension(folder: string, name: string, origin: string, content: string, more: { manifest?: object; files?: Record<string, string> } = {}): string {
  const dir = path(`bench-output/${folder}`);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    ...more.manifest,
    content_scripts: [{ matches: [`${origin}/*`], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(`${dir}/manifest.json`, JSON.stringify(manifest, null, 2));
  for (const [file, text] of Object.entries({ 'content.js': content, ...more.files })) writeFileSync(`${dir}/${file}`, text);
  return dir;
}

/** The floor for "an extension exists": a manifest, and a content script with nothing in it. */
const writeEmptyExtension = () => writeExtension('empty-extension', 'Empty', ORIGIN.empty, '');

/**
 * The least a reader of a page's words can do, for the `minimal` setup: read one stored value,
 * then walk the page's text once as the floor walk does (every text node, scripts' too, a hash
 * of every character), in its content script, on the address ours is served at. What it costs
 * beyond the empty extension is the extension APIs' first use in a new world and a walk run cold
 * in it. (A background, for the benchmark waits for one.)
 */
const writeMinimalReader = () =>
  writeExtension('minimal-reader', 'Minimal reader', ORIGIN.ours, `chrome.storage.local.get(['settings']).then(() => globalThis.walked = (${floorPass.toString()})());\n`, {
    manifest: { permissions: ['storage'], background: { service_worker: 'background.js' } },
    files: { 'background.js': '' },
  });

/** A reader's list as bench/watchlist-setup.ts writes it. */
type ListTerm = Parameters<typeof loadTerms>[1][number];

interface Setup {
  name: string;
  dir: string;
  /** The dictionary's terms, to check that the no-term pages hold none. */
  terms: { terms: readonly MatchableTerm[] };
  /** The reader's list switched on in its browser, if any. */
  list?: readonly ListTerm[];
  /** Which pages it is measured on: the comparisons need no more. */
  visits(page: pages.BenchPage): boolean;
}

const builds = new Map<string, string>();

/** The extension built with another dictionary (wxt.config.ts), once per run however many setups use it. */
function build(name: string): string {
  const built = builds.get(name);
  if (built) return built;
  console.log(`Building the extension with the ${name} dictionary …`);
  const env = { ...process.env, SST_DICTIONARY: name, SST_TIMING: '' };
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: path('.'), env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`The ${name} build failed`);
  builds.set(name, path(`.output/bench-${name}`));
  return builds.get(name)!;
}

/**
 * The 10,000-term list of the list path: the knowledge packs' concepts as a reader would list
 * them (a name as the label, the others as aliases), then generated terms that no page here
 * names, up to 10,000.
 */
function knowledgeList(): ListTerm[] {
  const concepts = bundledDictionary.terms.filter((term) => knowledgeIds.has(term.id));
  const own = concepts.map((term) => ({ label: term.aliases[0]!.text, aliases: term.aliases.map((alias) => ({ text: alias.text })) }));
  const taken = bundledDictionary.terms.flatMap((term) => term.aliases.map((alias) => alias.text));
  return [...own, ...generateTerms(BENCH_TERM_COUNT - own.length, taken, 28)];
}

/** The setups the comparisons of issue 28 set beside `bundled`. */
const WITHOUT_PACKS = '20 concepts';
const LIST_PATH = '20 concepts + 10,000-term list';
const knowledgeIds = new Set(knowledge.map((term) => term.id));
const sourceIds = new Set(sourceArticleTerms.map((term) => term.id));
const isNoTermPage = (page: pages.BenchPage) => realWorld.includes(page);

const shipped = path('.output/chrome-mv3');
if (!existsSync(`${shipped}/manifest.json`)) throw new Error('No build in .output/chrome-mv3: run `npx wxt build` first.');
const setups: Setup[] = [];
for (const name of DICTIONARIES) {
  if (name === 'bundled') setups.push({ name: 'bundled', dir: shipped, terms: bundledDictionary, visits: () => true });
  else if (name === 'sources') {
    const terms = bundledDictionary.terms.filter((term) => sourceIds.has(term.id));
    setups.push({ name: WITHOUT_PACKS, dir: build('sources'), terms: { terms }, visits: isNoTermPage });
  } else if (name === 'lists') {
    const terms = bundledDictionary.terms.filter((term) => sourceIds.has(term.id));
    setups.push({ name: LIST_PATH, dir: build('sources'), terms: { terms }, list: knowledgeList(), visits: (page) => !isNoTermPage(page) });
  } else if (name === '10k') {
    const dictionary = writeBenchDictionary(new URL('bench-output/dictionary-10k/terms.js', root));
    setups.push({ name: '10k terms', dir: build('10k'), terms: dictionary, visits: () => true });
  } else if (name === 'minimal') {
    setups.push({ name: 'minimal reader', dir: writeMinimalReader(), terms: { terms: [] }, visits: isNoTermPage });
  } else throw new Error(`Unknown dictionary "${name}": bundled, sources, lists, 10k or minimal`);
}
const [otherName, otherDir] = process.env.BENCH_BUILD?.split('=') ?? [];
if (otherName && otherDir) setups.push({ name: otherName, dir: otherDir, terms: bundledDictionary, visits: () => true });
const emptyExtension = writeEmptyExtension();

// ---------------------------------------------------------------------------------------------
// The pages.

// The pages with terms name the knowledge packs' concepts (and the source articles'), by the
// names that need no help from the page: the packs and the list find the same names.
const knowledgeNames = pages.knowledgeNames(bundledDictionary.terms);
const generated = benchTerms().slice(sourceArticleTerms.length) as unknown as GeneratedTerm[];
const mega = { ...pages.megaPage(SPRINKLED_MEGA ? pages.sprinkledNames(generated) : knowledgeNames), path: '/news/one-megabyte' };
const article = { ...pages.megaPage(knowledgeNames, 60_000), name: 'article', path: '/news/knowledge-article' };
const long = pages.longArticle();
const realWorld = realWorldPages();
const benchPages = [
  ...realWorld.filter((_, i) => PAGE_SETS.includes('real-world') || PAGE_SETS.includes(`real-world-${i + 1}`)),
  ...(PAGE_SETS.includes('article') ? [article] : []),
  ...(PAGE_SETS.includes('long') ? [long] : []),
  ...(PAGE_SETS.includes('mega') ? [mega] : []),
];
for (const page of realWorld) {
  const text = page.html.replace(/<[^>]+>/g, ' ');
  for (const setup of setups) {
    const found = findTerms(compileMatcher(setup.terms), text);
    if (found.length > 0) throw new Error(`"${page.name}" holds terms of the ${setup.name} dictionary: ${found.slice(0, 3).map((t) => t.text)}`);
  }
}
const shortName = (page: pages.BenchPage) =>
  page === mega ? '1 MB page' : page === article ? `article (${page.words.toLocaleString('en')} words)` : page === long ? `long article (${page.words} words)` : page.name;

/** How long a load is followed after the `load` event: the extension's work must be over by then. */
const quietAfterLoadMs = (page: pages.BenchPage) => (page === mega ? 5_000 : 1_500);

// ---------------------------------------------------------------------------------------------
// The browser.

interface Browser {
  setup: Setup;
  context: BrowserContext;
  worker: Worker;
}

async function launch(setup: Setup): Promise<Browser> {
  const context = await launchServing(`${setup.dir},${emptyExtension}`, benchPages, Object.values(ORIGIN));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  if (setup.list) {
    // Written into the extension's database and compiled by its background, as an import does.
    const manager = await managerPage(context);
    const compileMs = await loadTerms(manager, setup.list);
    await manager.close();
    console.log(`${setup.name}: ${setup.list.length.toLocaleString('en')} terms listed, compiled in ${compileMs.toFixed(0)} ms`);
  } else if (WATCHED > 0) {
    const manager = await managerPage(context);
    await loadTerms(manager, generated.slice(0, WATCHED));
    await manager.close();
  }
  return { setup, context, worker };
}

/** The floor: one TreeWalker pass over every text node, a running hash of every character. */
function floorPass(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hash = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  }
  return hash;
}

/** Scrolls through the page a step a frame, as a fast reader does (about a screen a frame). */
async function scrollThrough(tab: Page, frames: number): Promise<void> {
  await tab.evaluate(async (frames) => {
    const step = Math.round(innerHeight * 0.9);
    for (let i = 0; i < frames; i++) {
      await new Promise(requestAnimationFrame);
      scrollBy(0, step);
    }
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
  }, frames);
  await pause(300);
}

interface Visit {
  load: TabCost;
  /** The terms the page was found to hold (the popup's question, asked after the load's trace). */
  found?: number;
  floorMs?: number;
  change?: TabCost;
  scroll?: TabCost & { framesOver16: number; longestFrameMs: number };
  popup?: TabCost;
}

/** The trace's rendering tasks (a frame's work on the main thread): thread time of each. */
function frameTasks(thread: readonly TraceEvent[]): number[] {
  return topLevelTasks(thread)
    .filter((task) => task.inside.some((e) => e.name === 'PrePaint' || e.name === 'Paint'))
    .map((task) => task.ms);
}

/** The popup's question, asked from the service worker as the popup asks it: how many terms the page holds. */
async function askPageTerms(browser: Browser, tab: Page): Promise<number> {
  await tab.bringToFront();
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const answer = (await api.tabs.sendMessage(active!.id!, { type: 'getPageMatches' })) as { matches?: unknown[] };
    return answer.matches?.length ?? 0;
  });
}

async function visit(browser: Browser, page: pages.BenchPage, variant: Variant): Promise<Visit> {
  const tab = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(tab);
  const origin = ORIGIN[variant];
  try {
    const loadEvents = await recordTrace(cdp, async () => {
      await tab.goto(`${origin}${page.path}`, { waitUntil: 'load' });
      await pause(quietAfterLoadMs(page));
    });
    const thread = mainThread(loadEvents, origin);
    const { pid, tid } = thread[0]!;
    const sameThread = (events: TraceEvent[]) => {
      const on = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      return on.length > 0 ? on : busiestThread(events);
    };
    const result: Visit = { load: tabCost(thread) };
    if (process.env.BENCH_EXPLAIN) console.log(`${variant} ${shortName(page)}:\n  ${explainExtension(thread).join('\n  ')}`);
    if (process.env.BENCH_EXPLAIN === '2' && variant === 'ours') console.log(`  inside:\n    ${explainInside(thread).join('\n    ')}`);
    if (variant === 'none') {
      const floor = await recordTrace(cdp, () => tab.evaluate(floorPass).then(() => undefined));
      result.floorMs = Math.max(0, ...topLevelTasks(sameThread(floor)).map((task) => task.ms));
    }
    if (page === mega && variant !== 'empty') {
      // A live page's change: a paragraph appended at the end and a line of text changed at the top.
      const change = await recordTrace(cdp, async () => {
        await tab.evaluate(() => {
          const p = document.createElement('p');
          p.textContent = 'Update: the council meeting has been moved to Thursday evening.';
          document.querySelector('article')!.append(p);
          document.querySelector('h1')!.append(' (updated)');
        });
        await pause(1_000);
      });
      result.change = tabCost(sameThread(change));
      const scrollEvents = await recordTrace(cdp, () => scrollThrough(tab, 120));
      const scrolled = sameThread(scrollEvents);
      const frames = frameTasks(scrolled);
      result.scroll = { ...tabCost(scrolled), framesOver16: frames.filter((ms) => ms > 16).length, longestFrameMs: Math.max(0, ...frames) };
      if (variant === 'ours') {
        const popup = await recordTrace(cdp, async () => {
          result.found = await askPageTerms(browser, tab);
          await pause(300);
        });
        if (WATCHED > 0) console.log(`  1 MB page with ${WATCHED} names watched: ${result.found} matches (bundled and the list's)`);
        result.popup = tabCost(sameThread(popup));
      }
    }
    if (variant === 'ours' && !isNoTermPage(page) && result.found === undefined) result.found = await askPageTerms(browser, tab);
    return result;
  } finally {
    await cdp.detach().catch(() => {});
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------

const report = new Report();

interface PageRuns {
  none: Visit[];
  empty: Visit[];
  ours: Visit[];
}

const VARIANT_ORDERS: Variant[][] = [
  ['none', 'empty', 'ours'],
  ['ours', 'none', 'empty'],
  ['empty', 'ours', 'none'],
];

/** Every browser's visits, turn by turn: a round visits every page in each browser, three ways. */
async function run(browsers: readonly Browser[]): Promise<Map<Browser, Map<pages.BenchPage, PageRuns>>> {
  const runs = new Map(
    browsers.map((browser) => [browser, new Map(benchPages.filter((page) => browser.setup.visits(page)).map((page) => [page, { none: [], empty: [], ours: [] } as PageRuns]))]),
  );
  // One discarded round of the first page: a browser's first loads pay for warming up.
  for (const browser of browsers) {
    const first = benchPages.find((page) => browser.setup.visits(page));
    if (first) for (const variant of VARIANT_ORDERS[0]!) await visit(browser, first, variant);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const page of benchPages) {
      for (const browser of browsers) {
        if (!browser.setup.visits(page)) continue;
        for (const variant of VARIANT_ORDERS[round % VARIANT_ORDERS.length]!) runs.get(browser)!.get(page)![variant].push(await visit(browser, page, variant));
      }
    }
    console.log(`  round ${round + 1} of ${ROUNDS} done`);
  }
  return runs;
}

const pick = (visits: Visit[], value: (visit: Visit) => number | undefined) => visits.map(value).filter((v): v is number => v !== undefined);

function reportPage(setup: string, page: pages.BenchPage, runs: PageRuns): { ownRatio: number; addedRatio: number; own: number } {
  const ctx = { dictionary: setup, page: shortName(page) };
  const noneTotal = median(pick(runs.none, (v) => v.load.totalMs));
  const floor = pick(runs.none, (v) => v.floorMs);
  const emptyOwn = pick(runs.empty, (v) => v.load.extensionMs);
  const own = pick(runs.ours, (v) => v.load.extensionMs);
  const added = pick(runs.ours, (v) => v.load.totalMs - noneTotal);
  const isMega = page === mega;
  report.add("the extension's own main-thread work", ctx, 'ms', own);
  report.add("the empty extension's own work", ctx, 'ms', emptyOwn);
  // What the attribution counts in a tab with no extension at all: it should read 0.
  report.add('counted as an extension\'s with none (a check: 0)', ctx, 'ms', pick(runs.none, (v) => v.load.extensionMs));
  report.add('floor walk (TreeWalker over all text)', ctx, 'ms', floor);
  const floorAndEmpty = median(emptyOwn) + median(floor);
  const ownRatio = median(own) / floorAndEmpty;
  report.add('own work / (empty extension + floor walk)', ctx, '×', own.map((ms) => ms / floorAndEmpty), isMega ? '' : '≤ 1.5×');
  report.add('all main-thread work added (vs no extension)', ctx, 'ms', added);
  const addedRatio = median(added) / median(floor);
  report.add('all work added / floor walk', ctx, '×', added.map((ms) => ms / median(floor)), isMega ? '≤ 5×' : '');
  for (const kind of ['script', 'style', 'prePaint', 'paint', 'gc'] as const) {
    const without = median(pick(runs.none, (v) => v.load.byKind[kind]));
    report.add(`  added ${kind}`, ctx, 'ms', pick(runs.ours, (v) => v.load.byKind[kind] - without));
  }
  report.add("longest task of the extension's own", ctx, 'ms', pick(runs.ours, (v) => v.load.longestOwnMs), '≤ 50 ms');
  const frames = median(pick(runs.none, (v) => v.load.longestLaterFrameMs));
  report.add("most pre-paint and paint in a frame after the page's first", ctx, 'ms', pick(runs.ours, (v) => v.load.longestLaterFrameMs), '≤ 50 ms', `without the extension ${frames.toFixed(1)} ms`);
  const longest = report.add("longest task from the extension's start, any kind (the page's own included)", ctx, 'ms', pick(runs.ours, (v) => v.load.longestTaskMs));
  longest.note = `wall ${median(pick(runs.ours, (v) => v.load.longestTaskWallMs)).toFixed(0)} ms; mostly ${runs.ours.map((v) => v.load.longestTaskKind).join('/')}; without the extension, from the load event, ${median(pick(runs.none, (v) => v.load.longestTaskMs)).toFixed(1)} ms`;
  if (isMega) {
    const changePre = median(pick(runs.none, (v) => v.change?.prePaintMs));
    report.add('a later DOM change: pre-paint added', ctx, 'ms', pick(runs.ours, (v) => (v.change ? v.change.prePaintMs - changePre : undefined)), '≤ 5 ms', `without the extension ${changePre.toFixed(2)} ms`);
    report.add("a later DOM change: the extension's own work", ctx, 'ms', pick(runs.ours, (v) => v.change?.extensionMs));
    const noneFrames = median(pick(runs.none, (v) => v.scroll?.longestFrameMs));
    report.add('scrolling: longest frame with the extension', ctx, 'ms', pick(runs.ours, (v) => v.scroll?.longestFrameMs), '≤ 16 ms', `without the extension ${noneFrames.toFixed(1)} ms`);
    report.add('scrolling: frames over 16 ms, with / without the extension', ctx, '', pick(runs.ours, (v) => v.scroll?.framesOver16), '', `without: ${pick(runs.none, (v) => v.scroll?.framesOver16).join(', ')}`);
    report.add("scrolling: the extension's own work (120 frames)", ctx, 'ms', pick(runs.ours, (v) => v.scroll?.extensionMs));
    // The browser's own work for the extension (its intersection work, the highlights' paint) is the page's in the trace: the whole thread counts it.
    const noneScrolling = median(pick(runs.none, (v) => v.scroll?.totalMs));
    report.add('scrolling: all main-thread work added (120 frames)', ctx, 'ms', pick(runs.ours, (v) => (v.scroll ? v.scroll.totalMs - noneScrolling : undefined)), '', `without the extension ${noneScrolling.toFixed(0)} ms in all`);
    report.add("the popup's question: longest task", ctx, 'ms', pick(runs.ours, (v) => v.popup?.longestTaskMs), '≤ 50 ms');
  }
  return { ownRatio, addedRatio, own: median(own) };
}

// ---------------------------------------------------------------------------------------------
// The comparisons of issue 28: with the packs against without them, and against the list path.

/** Each round's ratio of `value` in `a` to `value` in `b`: the two loads were moments apart. */
const pairedRatios = (a: readonly Visit[], b: readonly Visit[], value: (visit: Visit) => number) =>
  a.slice(0, b.length).map((visit, round) => value(visit) / value(b[round]!));

/** A 95% interval of the median of `values`, by resampling them (seeded: the same every run). */
function medianInterval(values: readonly number[]): [number, number] {
  const random = seeded(28);
  const medians = Array.from({ length: 2_000 }, () => median(Array.from(values, () => random.pick(values)))).sort((x, y) => x - y);
  return [medians[Math.floor(medians.length * 0.025)]!, medians[Math.ceil(medians.length * 0.975) - 1]!];
}

const interval = ([low, high]: [number, number]) => `95% interval of the median ${low.toFixed(2)}–${high.toFixed(2)}×`;

/**
 * (a) A page with no term, with the packs (`bundled`) against without them (`sources`): the
 * extension's own work, page by page and over every pair of loads. "No more" is judged on all
 * the pairs: their median at most 1.0×, or its 95% interval reaching down to 1.0× (a difference
 * the run cannot tell from noise), with the difference in milliseconds beside it.
 */
function compareNoTermPages(packs: Map<pages.BenchPage, PageRuns>, without: Map<pages.BenchPage, PageRuns>, withoutName: string): void {
  const all: number[] = [];
  const differences: number[] = [];
  for (const page of realWorld) {
    const a = packs.get(page);
    const b = without.get(page);
    if (!a || !b) continue;
    const ratios = pairedRatios(a.ours, b.ours, (visit) => visit.load.extensionMs);
    all.push(...ratios);
    differences.push(median(pick(a.ours, (v) => v.load.extensionMs)) - median(pick(b.ours, (v) => v.load.extensionMs)));
    report.add(`own work with the packs / with ${withoutName}, pair by pair`, { dictionary: 'bundled', page: shortName(page) }, '×', ratios);
  }
  if (all.length === 0) return;
  const ctx = { dictionary: 'bundled', page: `real-world set (${differences.length} pages × ${ROUNDS} pairs)` };
  report.add(`no-term page: own work with the packs / with ${withoutName}, every pair`, ctx, '×', all, '≤ 1.0× within noise', interval(medianInterval(all)));
  report.add(`no-term page: own work with the packs less with ${withoutName}, each page's medians`, ctx, 'ms', differences);
}

/**
 * (b) A page with terms, with the packs (`bundled`) against the 10,000-term list path
 * (`lists`): the extension's own work and all the work it adds, pair by pair, and the longest
 * task of its own; the terms each found, to show both did the same.
 */
function comparePagesWithTerms(packs: Map<pages.BenchPage, PageRuns>, lists: Map<pages.BenchPage, PageRuns>): void {
  for (const page of [article, long, mega]) {
    const a = packs.get(page);
    const b = lists.get(page);
    if (!a || !b) continue;
    const ctx = { dictionary: 'bundled', page: shortName(page) };
    const own = pairedRatios(a.ours, b.ours, (visit) => visit.load.extensionMs);
    report.add('page with terms: own work with the packs / the list path, pair by pair', ctx, '×', own, '≤ 1.0×', interval(medianInterval(own)));
    const noneA = median(pick(a.none, (v) => v.load.totalMs));
    const noneB = median(pick(b.none, (v) => v.load.totalMs));
    const added = a.ours.slice(0, b.ours.length).map((visit, round) => (visit.load.totalMs - noneA) / (b.ours[round]!.load.totalMs - noneB));
    report.add('page with terms: all work added with the packs / the list path, pair by pair', ctx, '×', added, '≤ 1.0×');
    report.add("page with terms: longest task of the extension's own, with the packs less the list path", ctx, 'ms', pairedDifferences(a.ours, b.ours, (v) => v.load.longestOwnMs));
    report.add('terms found: with the packs · the list path', ctx, '', pick(a.ours, (v) => v.found), '', `the list path: ${pick(b.ours, (v) => v.found).join(', ')}`);
  }
}

const pairedDifferences = (a: readonly Visit[], b: readonly Visit[], value: (visit: Visit) => number) =>
  a.slice(0, b.length).map((visit, round) => value(visit) - value(b[round]!));

const browsers: Browser[] = [];
try {
  for (const setup of setups) browsers.push(await launch(setup));
  console.log(`Chromium: ${chromiumPath() ?? "Playwright's"}; ${ROUNDS} rounds; pages: ${benchPages.map((p) => `${shortName(p)} ${(p.html.length / 1024).toFixed(0)} KB`).join('; ')}\n`);
  const measured = await run(browsers);
  for (const [browser, runs] of measured) {
    console.log(`\n== ${browser.setup.name} ==`);
    const perPage = new Map([...runs].map(([page, pageRuns]) => [page, reportPage(browser.setup.name, page, pageRuns)]));
    const set = realWorld.filter((page) => perPage.has(page)).map((page) => perPage.get(page)!);
    if (set.length > 0) {
      const ctx = { dictionary: browser.setup.name, page: `real-world set (${set.length} pages, medians of each)` };
      report.add("the extension's own main-thread work", ctx, 'ms', set.map((p) => p.own));
      report.add('own work / (empty extension + floor walk)', ctx, '×', set.map((p) => p.ownRatio), '≤ 1.5×');
    }
  }
  const runsOf = (name: string) => [...measured].find(([browser]) => browser.setup.name === name)?.[1];
  const [packs, without, lists] = ['bundled', WITHOUT_PACKS, LIST_PATH].map(runsOf);
  if (packs && (without || lists)) {
    console.log('\n== issue 28: the packs against the bundled dictionary before them, and against the list path ==');
    if (without) compareNoTermPages(packs, without, WITHOUT_PACKS);
    if (lists) comparePagesWithTerms(packs, lists);
  }
} finally {
  for (const browser of browsers) await browser.context.close();
}

const table = report.table();
console.log(`\n${table}\n`);
mkdirSync(path('bench-output'), { recursive: true });
const chromium_ = spawnSync(chromiumPath() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
writeFileSync(
  path('bench-output/tab-cost.json'),
  JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: chromium_ }, figures: report.figures }, null, 2),
);
writeFileSync(path('bench-output/tab-cost.md'), `${table}\n`);
console.log('Written: bench-output/tab-cost.json, bench-output/tab-cost.md');

/**
 * The benchmark's cases. Each one runs in a fresh tab and returns what was measured inside the
 * page (performance.now(), the extension's user timings, long tasks, CDP metrics); run.ts
 * repeats them and summarises.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { layerName, layerSize } from '../tests/e2e/highlight-names.ts';
import { log, longestTask, measures, open, pause, type TimingEntry } from './browser.ts';
import type { BenchPage } from './pages.ts';

export interface AnnotationRun {
  /** Content script start → highlights registered. */
  annotateMs: number;
  /** Content script start → matcher built (reading the dictionary, compiling the automaton). */
  setupMs: number;
  /** A bare TreeWalker pass over the same page's text, touching every character once. */
  floorMs: number;
  longestTaskMs: number;
  highlights: number;
  textChars: number;
  /** Content script start → the first highlights painted. */
  firstPaintedMs: number;
}

/** The floor: one TreeWalker pass over every text node, a running hash of every character. */
function floorPass(): { ms: number; chars: number; hash: number } {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hash = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    chars += text.length;
  }
  return { ms: performance.now() - started, chars, hash };
}

/** The floor of a page on its own: a bare walk in a tab the extension does not run in. */
export async function bareWalk(context: BrowserContext, page: BenchPage): Promise<{ ms: number; chars: number }> {
  const tab = await open(context, page, false);
  try {
    return await tab.evaluate(floorPass);
  } finally {
    await tab.close();
  }
}

const entry = (entries: TimingEntry[], name: string) => entries.find((e) => e.name === name);

export async function annotation(context: BrowserContext, page: BenchPage): Promise<AnnotationRun> {
  const tab = await open(context, page);
  try {
    const [annotate] = await measures(tab, 'sst:annotate');
    const timeline = await log(tab);
    const ready = entry(timeline.marks, 'sst:matcher-ready');
    const start = annotate!.start;
    const floor = await tab.evaluate(floorPass);
    const highlights = await layerSize(tab, 'term');
    const [painted] = await measures(tab, 'sst:first-highlights');
    return {
      firstPaintedMs: painted!.duration,
      annotateMs: annotate!.duration,
      setupMs: ready ? ready.start - start : NaN,
      floorMs: floor.ms,
      longestTaskMs: longestTask(timeline, start, start + annotate!.duration),
      highlights,
      textChars: floor.chars,
    };
  } finally {
    await tab.close();
  }
}

export interface MarkJsRun {
  /** Time mark.js took (extrapolated from the keywords done when it ran past the budget). */
  ms: number;
  keywordsDone: number;
  keywords: number;
  marks: number;
  extrapolated: boolean;
}

const LIMITERS = [',', '.', ';', ':', '!', '?', "'", '’', '"', '“', '”', '(', ')', '-'];

/**
 * mark.js over the same page, at an address the extension does not run on: every alias of the
 * dictionary as a whole-word, whole-phrase keyword. Keywords go in longest first, as mark.js
 * orders them itself, in groups, so that a dictionary too large to finish within `budgetMs`
 * stops early and its time is extrapolated from the share of keywords done.
 */
export async function markJs(context: BrowserContext, page: BenchPage, source: string, keywords: string[], budgetMs: number): Promise<MarkJsRun> {
  const tab = await open(context, page, false);
  try {
    await tab.addScriptTag({ content: source });
    return await tab.evaluate(
      ({ keywords, budgetMs, limiters }) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
        const sorted = [...keywords].sort((a, b) => b.length - a.length);
        const options = { accuracy: { value: 'exactly', limiters }, separateWordSearch: false, diacritics: false };
        const instance = new Mark(document.body);
        const group = Math.max(1, Math.ceil(sorted.length / 200));
        const started = performance.now();
        let done = 0;
        while (done < sorted.length && performance.now() - started < budgetMs) {
          instance.mark(sorted.slice(done, done + group), options);
          done = Math.min(sorted.length, done + group);
        }
        const elapsed = performance.now() - started;
        return {
          ms: (elapsed * sorted.length) / done,
          keywordsDone: done,
          keywords: sorted.length,
          marks: document.querySelectorAll('mark').length,
          extrapolated: done < sorted.length,
        };
      },
      { keywords, budgetMs, limiters: LIMITERS },
    );
  } finally {
    await tab.close();
  }
}

export interface CardRun {
  firstMs: number;
  laterMs: number;
  /** Loading the card's own script, started when the pointer first rests on a term. */
  loadMs: number;
}

/** Points at a highlighted term in view, waits for its card, moves off, then does it again. */
export async function hoverCard(context: BrowserContext, page: BenchPage): Promise<CardRun> {
  const tab = await open(context, page);
  try {
    await measures(tab, 'sst:annotate');
    const term = await layerName(tab, 'term');
    const points = await tab.evaluate((name) => {
      const found: { x: number; y: number }[] = [];
      for (const painted of CSS.highlights.get(name)?.values() ?? []) {
        // Terms are painted as StaticRanges: read each as a live Range.
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        const rect = range.getClientRects()[0];
        if (rect && rect.top > 80 && rect.bottom < innerHeight - 80 && rect.width > 20) {
          found.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
        }
      }
      return found;
    }, term);
    if (points.length < 2) throw new Error(`fewer than two highlighted terms in view on ${page.path}`);
    const cards: TimingEntry[][] = [];
    for (const point of [points[0]!, points.at(-1)!]) {
      await tab.mouse.move(point.x - 30, point.y + 40);
      await tab.mouse.move(point.x, point.y, { steps: 5 });
      cards.push(await measures(tab, 'sst:card', cards.length + 1, 10_000));
      // Off the term and out of the card: it closes after the grace period.
      await tab.mouse.move(5, 5);
      await pause(500);
    }
    const all = cards.at(-1)!;
    const [load] = await measures(tab, 'sst:card-view');
    return { firstMs: all[0]!.duration, laterMs: all[1]!.duration, loadMs: load!.duration };
  } finally {
    await tab.close();
  }
}

/**
 * A mutation pass's own time: from its start to its highlights, less the time the change
 * waited to be read (passes are at most every PASS_INTERVAL_MS, lib/page/mutations.ts).
 */
const passOnly = (measure: TimingEntry): number => measure.duration - ((measure.detail as { waitedMs?: number } | undefined)?.waitedMs ?? 0);

export interface BatchRun {
  /** Median over the batches of one page load: mutation noticed → its highlights registered. */
  medianMs: number;
  maxMs: number;
}

/** Appends `batches` of paragraphs to the article, one after another, once the page is annotated. */
export async function appendBatches(context: BrowserContext, page: BenchPage, batches: string[][]): Promise<BatchRun> {
  const tab = await open(context, page);
  try {
    await measures(tab, 'sst:annotate');
    const durations: number[] = [];
    for (const [i, batch] of batches.entries()) {
      await tab.evaluate((paragraphs) => {
        const fragment = document.createDocumentFragment();
        for (const html of paragraphs) {
          const p = document.createElement('p');
          p.innerHTML = html;
          fragment.append(p);
        }
        document.querySelector('article')!.append(fragment);
      }, batch);
      const mutations = await measures(tab, 'sst:mutation', i + 1, 10_000);
      durations.push(passOnly(mutations.at(-1)!));
      await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))));
    }
    durations.sort((a, b) => a - b);
    return { medianMs: durations[durations.length >> 1]!, maxMs: durations.at(-1)! };
  } finally {
    await tab.close();
  }
}

export interface LiveBlogRun {
  longestTaskMs: number;
  longTasks: number;
  /** Per mutation pass of the extension (only with it). */
  passMedianMs: number;
  passMaxMs: number;
  highlights: number;
}

/** The live blog: 10 s of appends, from the end of the first pass to the last batch annotated. */
export async function liveBlog(context: BrowserContext, page: BenchPage, covered: boolean): Promise<LiveBlogRun> {
  const tab = await open(context, page, covered);
  try {
    if (covered) await measures(tab, 'sst:annotate');
    const started = await tab.evaluate(() => {
      (window as unknown as { startLiveBlog(): void }).startLiveBlog();
      return performance.now();
    });
    await tab.waitForFunction(() => document.body.dataset.done === '1', null, { timeout: 60_000, polling: 100 });
    // Let the last batch be read, then take the timeline.
    await pause(500);
    const timeline = await log(tab);
    const ended = await tab.evaluate(() => performance.now());
    const passes = timeline.measures
      .filter((m) => m.name === 'sst:mutation' && m.start >= started)
      .map(passOnly)
      .sort((a, b) => a - b);
    const tasks = timeline.longtasks.filter((task) => task.start >= started);
    return {
      longestTaskMs: longestTask(timeline, started, ended),
      longTasks: tasks.length,
      passMedianMs: passes.length ? passes[passes.length >> 1]! : NaN,
      passMaxMs: passes.length ? passes.at(-1)! : NaN,
      highlights: await layerSize(tab, 'term'),
    };
  } finally {
    await tab.close();
  }
}

export interface ScriptTimeRun {
  scriptMs: number;
  taskMs: number;
}

/**
 * Main-thread time of a page load, from CDP's Performance metrics: navigation, the content
 * script's start and first pass, then `idleMs` of quiet. With the extension the wait starts
 * once its first pass is done.
 */
export async function scriptTime(context: BrowserContext, page: BenchPage, covered: boolean, idleMs = 1_000): Promise<ScriptTimeRun> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    await tab.goto(`${covered ? 'https://www.bbc.co.uk' : 'https://www.example.com'}${page.path}`, { waitUntil: 'load' });
    if (covered) await measures(tab, 'sst:annotate');
    await pause(idleMs);
    const after = await metrics(cdp);
    return { scriptMs: (after.ScriptDuration! - before.ScriptDuration!) * 1000, taskMs: (after.TaskDuration! - before.TaskDuration!) * 1000 };
  } finally {
    await tab.close();
  }
}

async function metrics(cdp: { send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value])) as Record<string, number>;
}

/** The JS heap in use on a page once it is annotated and garbage has been collected. */
export async function heapUsed(context: BrowserContext, page: BenchPage, covered: boolean): Promise<number> {
  const tab = await open(context, page, covered);
  try {
    if (covered) await measures(tab, 'sst:annotate');
    await pause(500);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await tab.close();
  }
}

export type { Page };

export interface SightingsRun {
  /** Messages that recorded sightings, from the page's load to a quiet moment after it settled. */
  messages: number;
  /** How long the page was watched, from load, in seconds. */
  watchedS: number;
  /** The longest task from the end of the first annotation (when recording starts) on. */
  longestTaskMs: number;
}

/**
 * Where terms were seen, as the page pays for it: the messages the content script sends to
 * record them (counted in the service worker, which sees every one), and the longest task
 * meanwhile. A live blog is watched while it grows, then for one interval (5 s) more.
 */
export async function sightingsMessages(context: BrowserContext, page: BenchPage, live: boolean): Promise<SightingsRun> {
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(() => {
    const counter = globalThis as unknown as { __sightings?: number; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } } };
    if (counter.__sightings === undefined) {
      counter.chrome.runtime.onMessage.addListener((message) => {
        if (message?.type === 'recordSightings') counter.__sightings! += 1;
      });
    }
    counter.__sightings = 0;
  });
  const tab = await open(context, page, true);
  try {
    const [annotated] = await measures(tab, 'sst:annotate');
    const recording = annotated!.start + annotated!.duration;
    if (live) {
      await tab.evaluate(() => (window as unknown as { startLiveBlog(): void }).startLiveBlog());
      await tab.waitForFunction(() => document.body.dataset.done === '1', null, { timeout: 60_000, polling: 100 });
    }
    await pause(5_500);
    const timeline = await log(tab);
    const ended = await tab.evaluate(() => performance.now());
    const messages = await worker.evaluate(() => (globalThis as unknown as { __sightings: number }).__sightings);
    return { messages, watchedS: ended / 1000, longestTaskMs: longestTask(timeline, recording, ended) };
  } finally {
    await tab.close();
  }
}

export interface TickerRun {
  /** How many times the page's own timer ran in its 2 s. */
  ticks: number;
  /** Main-thread time (CDP TaskDuration) over those 2 s, as a share of them. */
  busyShare: number;
}

/** A page updating itself on a timer: its timer's runs and the main thread's busy share. */
export async function ticker(context: BrowserContext, page: BenchPage, covered: boolean): Promise<TickerRun> {
  const tab = await open(context, page, covered);
  try {
    if (covered) await measures(tab, 'sst:annotate');
    await pause(300);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    await tab.evaluate(() => (window as unknown as { startTicker(): void }).startTicker());
    await pause(2_200);
    const after = await metrics(cdp);
    const ticks = await tab.evaluate(() => (window as unknown as { ticks: number }).ticks);
    return { ticks, busyShare: (after.TaskDuration! - before.TaskDuration!) / 2.2 };
  } finally {
    await tab.close();
  }
}

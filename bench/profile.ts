/**
 * `npm run bench:profile -- <page> [bundled|10k]`: where the time goes. Builds an unminified copy
 * of the extension (.output/bench-profile), loads one of the benchmark's pages with a CPU
 * profile running in the page's renderer (content scripts share its V8 isolate), prints the
 * functions with the most self time and the long tasks, and writes the profile to
 * bench-output/<page>.cpuprofile for the DevTools Performance panel.
 * Pages: long, mega, live, quiet, real-world-1 … real-world-8 (bench/real-world.ts). Run `npm run bench` or `bench:timing` once first (they write the 10k dictionary).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'wxt';
import { bundledDictionary } from '../lib/dictionary/index.ts';
import { COVERED, launch, log, measures, pause } from './browser.ts';
import { benchTerms } from './dictionary-10k.ts';
import type { GeneratedTerm } from './generate-dictionary.ts';
import * as pages from './pages.ts';
import { realWorldPages } from './real-world.ts';

const [which = 'mega', dictionary = 'bundled'] = process.argv.slice(2);
const root = new URL('../', import.meta.url);
const outDir = fileURLToPath(new URL('.output/bench-profile', root));

if (dictionary === '10k') process.env.SST_DICTIONARY = '10k';
// The trace is read by its user-timing marks, which only the benchmark's builds record.
process.env.SST_TIMING = '1';
await build({ outDirTemplate: 'bench-profile', vite: () => ({ build: { minify: false } }) });

const generated = benchTerms().slice(bundledDictionary.terms.length) as unknown as GeneratedTerm[];
const names = pages.sprinkledNames(generated);
const makers: Record<string, () => pages.BenchPage> = {
  long: () => pages.longArticle(),
  mega: () => pages.megaPage(names),
  live: () => pages.liveBlog(names),
  quiet: () => pages.quietArticle(),
  ...Object.fromEntries(realWorldPages().map((page, i) => [`real-world-${i + 1}`, () => page])),
};
const page = makers[which]?.();
if (!page) throw new Error(`Unknown page "${which}": long, mega, live, quiet or real-world-1 … 8`);

const context = await launch(outDir, [page]);
try {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const trace: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => trace.push(...(value as unknown as TraceEvent[])));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await tab.goto(`${COVERED}${page.path}`);
  const [annotate] = await measures(tab, 'sst:annotate');
  console.log(`annotation: ${annotate!.duration.toFixed(1)} ms`);
  if (which === 'live') {
    await tab.evaluate(() => (window as unknown as { startLiveBlog(): void }).startLiveBlog());
    await tab.waitForFunction(() => document.body.dataset.done === '1', null, { timeout: 60_000 });
  }
  await pause(500);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  printMainThread(trace);
  const timeline = await log(tab);
  console.log(`long tasks: ${timeline.longtasks.map((t) => `${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)}`).join(', ') || 'none'}`);
  const file = fileURLToPath(new URL(`bench-output/${which}-${dictionary}.cpuprofile`, root));
  writeFileSync(file, JSON.stringify(profile));
  console.log(`profile: ${file}\n`);

  // Self time by function, from the samples.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  const totals = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${url.replace(/^.*\//, '')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`;
    totals.set(key, (totals.get(key) ?? 0) + ms);
  }
  const sorted = [...totals].sort((a, b) => b[1] - a[1]);
  const all = sorted.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`self time, ${all.toFixed(0)} ms sampled:`);
  for (const [key, ms] of sorted.slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await context.close();
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Self time by trace event on the page's main thread (the renderer thread that ran our
 * FunctionCalls), from the content script's start on: what the browser did besides our script.
 */
function printMainThread(trace: TraceEvent[]): void {
  const threadNames = new Map(trace.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const mains = new Set([...threadNames].filter(([, name]) => name === 'CrRendererMain').map(([key]) => key));
  const busiest = new Map<string, number>();
  for (const e of trace) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && mains.has(key) && e.name === 'RunTask') busiest.set(key, (busiest.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busiest].sort((a, b) => b[1] - a[1])[0]?.[0];
  const startUs = trace.find((e) => e.name === 'sst:start')?.ts ?? 0;
  const events = trace
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts + (e.dur ?? 0) >= startUs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of events) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0));
    self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0));
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name });
  }
  const sorted = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log('main thread self time by trace event, from the content script start:');
  for (const [name, us] of sorted) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
  console.log('');
}

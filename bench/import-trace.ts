/**
 * What the import benchmarks share (bench/watchlist-import.ts, a sanctions CSV; bench/stix-import.ts,
 * an ATT&CK-sized STIX bundle): an import through the watchlists page as a reader makes it, with a
 * news page open in another tab, under a Chromium trace, and the longest main-thread tasks of both
 * pages from the file chosen until the tab shows the new terms (and a second after). The trace
 * sees what the `longtask` observer misses (the browser's own pre-paint and paint frames).
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import { COVERED, launch, pause } from './browser.ts';
import type { BenchPage } from './pages.ts';
import { recordTrace, type TraceEvent } from './record-trace.ts';
import { layerSize } from '../tests/e2e/highlight-names.ts';
import { managerPage } from './watchlist-setup.ts';

// BENCH_LONG_TASK_MS: list shorter tasks too, to see what comes nearest.
export const LONG_TASK_MS = Number(process.env.BENCH_LONG_TASK_MS ?? 50);


const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing', '__metadata'];


/** The main thread of a page, found by the user-timing mark it made under the trace. */
function markedThread(events: readonly TraceEvent[], mark: string): { pid: number; tid: number } {
  const found = events.find((e) => e.name === mark);
  if (!found) throw new Error(`No mark ${mark} in the trace`);
  return { pid: found.pid, tid: found.tid };
}

/** Marks a page's main thread in the trace. */
const markThread = (page: Page, mark: string) => page.evaluate((name) => void performance.mark(name), mark);

/**
 * The thread's top-level tasks whose CPU time is over `ms`, longest first, with their wall
 * time and their biggest child events (what they were). CPU time, because the machine the
 * figures come from is shared: there a task's wall time also counts the time it waited for a
 * core, which a reader's own computer would not make it wait.
 */
function longTasks(events: readonly TraceEvent[], { pid, tid }: { pid: number; tid: number }, ms: number) {
  const change = events.find((e) => e.name === 'bench:change');
  if (!change) throw new Error('The page never heard of the file');
  // The task in which the page hears of the file is the harness's: it hands the page 4.6 MB (a
  // reader's file picker does not), then dispatches `change`; the page's part of it is reported
  // on its own (changeHandler below).
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number' && e.ts > change.ts);
  const tasks = thread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  const top = tasks.filter((task) => (task.ts >= end ? ((end = task.ts + task.dur!), true) : false));
  const cpu = (task: TraceEvent) => (task.tdur ?? task.dur!) / 1000;
  return top
    .filter((task) => cpu(task) > ms)
    .sort((a, b) => cpu(b) - cpu(a))
    .map((task) => {
      const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! > task.dur! / 10);
      const what = [...new Set(inside.sort((a, b) => b.dur! - a.dur!).slice(0, 6).map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}${e.args?.data?.type ? ` ${e.args.data.type}` : ''}`))];
      const when = ` at ${Math.round((task.ts - change.ts) / 1000)} ms after the file's change event`;
      return { cpuMs: Math.round(cpu(task) * 10) / 10, wallMs: Math.round(task.dur! / 100) / 10, what: `${what.join(', ')}${when}` };
    });
}

/** The longest wall time of a top-level task on the thread after the page heard of the file, with its CPU time (ms). */
function longestWall(events: readonly TraceEvent[], { pid, tid }: { pid: number; tid: number }): string {
  const change = events.find((e) => e.name === 'bench:change')!;
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts > change.ts && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const longest = tasks.reduce<TraceEvent | undefined>((found, task) => (!found || task.dur! > found.dur! ? task : found), undefined);
  return longest ? `${Math.round(longest.dur! / 100) / 10} ms (${Math.round((longest.tdur ?? longest.dur!) / 100) / 10} ms of CPU)` : 'none';
}

/** The page's own part of the task that handed it the file: its `change` listeners (ms of CPU). */
function changeHandler(events: readonly TraceEvent[]): number {
  const dispatch = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change');
  return dispatch ? Math.round((dispatch.tdur ?? dispatch.dur ?? 0) / 100) / 10 : NaN;
}

/** The file the harness hands the watchlists page: a path (read from disk, as a file picker does) or contents. */
export type ImportFile = Parameters<Locator['setInputFiles']>[0];

/**
 * One import through the watchlists page, with `page` open in another tab, under a trace: the
 * time to the report, the list's count then, the time until the tab shows the new terms, and the
 * tasks over 50 ms of CPU of both pages from the file chosen until a second after.
 */
export async function tracedImport(extension: string, page: BenchPage, file: ImportFile) {
  const context = await launch(extension, [page]);
  try {
    const tab = await context.newPage();
    await tab.goto(`${COVERED}${page.path}`, { waitUntil: 'load' });
    await pause(1_000);
    const manager = await managerPage(context);
    const cdp = await context.newCDPSession(manager);
    let reportMs = 0;
    let countAtReport = '';
    let highlightedMs = 0;
    const events = await recordTrace(cdp, async () => {
      await markThread(manager, 'bench:manager');
      // When the page hears of the file: what comes before is the harness handing it over.
      await manager.evaluate(() => document.querySelector('input[type=file]')!.addEventListener('change', () => performance.mark('bench:change'), { capture: true }));
      await markThread(tab, 'bench:tab');
      const started = Date.now();
      await manager.locator('input[type=file]').setInputFiles(file);
      // The list's count, read in the same task in which the report first shows.
      countAtReport = await manager.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const look = () => {
              const report = [...document.querySelectorAll('[role=status]')].find((status) => status.textContent?.includes('Imported'));
              if (!report) return false;
              resolve(document.querySelector('.watchlist .count')?.textContent ?? '');
              return true;
            };
            if (!look()) new MutationObserver((_, observer) => look() && observer.disconnect()).observe(document.body, { subtree: true, childList: true, characterData: true });
          }),
      );
      reportMs = Date.now() - started;
      await waitForTerms(tab);
      highlightedMs = Date.now() - started;
      await pause(1_000);
    }, CATEGORIES);
    return {
      reportMs,
      countAtReport,
      highlightedMs,
      manager: longTasks(events, markedThread(events, 'bench:manager'), LONG_TASK_MS),
      tab: longTasks(events, markedThread(events, 'bench:tab'), LONG_TASK_MS),
      changeHandlerMs: changeHandler(events),
      longestWall: { manager: longestWall(events, markedThread(events, 'bench:manager')), tab: longestWall(events, markedThread(events, 'bench:tab')) },
    };
  } finally {
    await context.close();
  }
}

/** Until the open tab paints terms of the list (it polls the page's highlights from outside, twice a second). */
async function waitForTerms(tab: Page): Promise<void> {
  for (const until = Date.now() + 60_000; Date.now() < until; await pause(500)) {
    if ((await layerSize(tab, 'watch0')) > 0) return;
  }
  throw new Error('The open tab never showed the imported terms');
}

type ImportRun = Awaited<ReturnType<typeof tracedImport>>;

/** A run's figures, as the benchmarks print them. */
export function printRun(what: string, at: number, result: ImportRun): void {
  console.log(`\n${what} open, run ${at + 1}: report after ${result.reportMs} ms, list count then "${result.countAtReport}", terms in the open tab after ${result.highlightedMs} ms`);
  const list = (tasks: ImportRun['tab']) => (tasks.length ? tasks.map((t) => `${t.cpuMs} ms CPU, ${t.wallMs} ms wall (${t.what})`).join('; ') : 'none');
  console.log(`  watchlists page, tasks over ${LONG_TASK_MS} ms of CPU: ${list(result.manager)} (and its change listener: ${result.changeHandlerMs} ms of CPU)`);
  console.log(`  news tab, tasks over ${LONG_TASK_MS} ms of CPU: ${list(result.tab)}`);
  console.log(`  longest wall time of any task: watchlists page ${result.longestWall.manager}, news tab ${result.longestWall.tab}`);
}

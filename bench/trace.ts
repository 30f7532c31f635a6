/**
 * The whole cost a tab pays, from outside: a Chromium trace (CDP `Tracing`) of one page load,
 * every event on the renderer's main thread, its self time sorted into kinds. The same page is
 * traced with the extension (at the news address it covers) and without it (at one it does
 * not), in the same browser, so the difference is what the extension adds.
 */
import type { BrowserContext, CDPSession } from '@playwright/test';
import { COVERED, UNCOVERED, measures, pause } from './browser.ts';
import type { BenchPage } from './pages.ts';
import { recordTrace, type TraceEvent } from './record-trace.ts';

export const KINDS = ['script', 'style', 'layout', 'prePaint', 'paint', 'gc', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type ByKind = Record<Kind, number>;

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'toplevel', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', '__metadata'];


/** Which kind of work an event's own time is (DevTools' Performance panel sorts them alike). */
export function kindOf(name: string): Kind {
  if (/GC|Sweep|Scavenge|MarkCompact|CppGC/i.test(name)) return 'gc';
  if (name === 'PrePaint') return 'prePaint';
  if (/^(Paint|PaintImage|UpdateLayer|UpdateLayerTree|Layerize|Commit|CompositeLayers|Animation)$/.test(name)) return 'paint';
  if (/^(Layout|UpdateLayoutTree$|LayoutShift|IntersectionObserverController)/.test(name)) return name === 'UpdateLayoutTree' ? 'style' : 'layout';
  if (/^(RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)$/.test(name)) return 'style';
  if (/^(EvaluateScript|FunctionCall|TimerFire|EventDispatch|RunMicrotasks|v8\.|V8\.|FireAnimationFrame|FireIdleCallback|CompileScript|CompileCode|CompileModule|EvaluateModule|ParseScriptOnBackground|XHRReadyStateChange|MessagePort|RunTask.*Script|ProfileCall|v8::)/.test(name)) return 'script';
  return 'other';
}

const zero = (): ByKind => ({ script: 0, style: 0, layout: 0, prePaint: 0, paint: 0, gc: 0, other: 0 });

/**
 * Self time (ms) by kind of the complete events of one thread: each event's time less its
 * children's. CPU time of the thread where the trace has it, so that other processes on a busy
 * machine do not count as the page's work; wall time where it does not.
 */
export function selfTimeByKind(events: readonly TraceEvent[]): ByKind {
  const spans = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = zero();
  const stack: { end: number; kind: Kind; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      totals[done.kind] += Math.max(0, done.self) / 1000;
    }
  };
  for (const event of spans) {
    close(event.ts);
    const parent = stack.at(-1);
    const cost = event.tdur ?? event.dur!;
    if (parent) parent.self -= cost;
    // A child inside a script call that is itself an unknown wrapper keeps its parent's kind.
    const own = kindOf(event.name);
    stack.push({ end: event.ts + event.dur!, kind: own === 'other' && parent ? parent.kind : own, self: cost });
  }
  close(Infinity);
  return totals;
}

/** The renderer main thread that loaded `url`: the thread whose HTML parse read it. */
function mainThreadOf(events: readonly TraceEvent[], url: string): { pid: number; tid: number } {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  if (parse) return { pid: parse.pid, tid: parse.tid };
  const commit = events.find((e) => e.args?.data?.url?.startsWith(url) && /CommitLoad|ResourceSendRequest/.test(e.name));
  const named = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (!commit || e.pid === commit.pid));
  if (!named) throw new Error(`No renderer main thread for ${url} in the trace`);
  return { pid: named.pid, tid: named.tid };
}


export interface TracedLoad {
  /** Main-thread self time of the load and `idleMs` after it, by kind. */
  byKind: ByKind;
  /** The longest top-level task on the main thread (ms). */
  longestTaskMs: number;
}

/**
 * Loads `page` in a fresh tab under a trace: navigation, the extension's first pass when it is
 * there (its `sst:annotate` measure), then `idleMs` in which late work (highlights painted,
 * saved highlights, idle-time registration) lands. Both sides wait the same idle time.
 */
export async function tracedLoad(context: BrowserContext, page: BenchPage, covered: boolean, idleMs = 700): Promise<TracedLoad> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    const url = `${covered ? COVERED : UNCOVERED}${page.path}`;
    const events = await recordTrace(cdp, async () => {
      await tab.goto(url, { waitUntil: 'load' });
      if (covered) await measures(tab, 'sst:annotate');
      await pause(idleMs);
    }, CATEGORIES);
    const { pid, tid } = mainThreadOf(events, url);
    const thread = events.filter((e) => e.pid === pid && e.tid === tid);
    const tasks = thread.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
    return {
      byKind: selfTimeByKind(thread),
      longestTaskMs: tasks.reduce((longest, task) => Math.max(longest, (task.dur ?? 0) / 1000), 0),
    };
  } finally {
    await tab.close();
  }
}

/** What the extension added: with it less without it, kind by kind, and in all. */
export function added(withIt: ByKind, without: ByKind): ByKind & { total: number } {
  const difference = zero();
  for (const kind of KINDS) difference[kind] = withIt[kind] - without[kind];
  return { ...difference, total: KINDS.reduce((sum, kind) => sum + difference[kind], 0) };
}

/** The renderer main thread's top-level tasks (a task the scheduler runs, not one nested in another). */
function topLevelTasks(thread: readonly TraceEvent[]): TraceEvent[] {
  const tasks = thread
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let end = -Infinity;
  return tasks.filter((task) => {
    if (task.ts < end) return false;
    end = task.ts + task.dur!;
    return true;
  });
}

/**
 * What the extension's own work costs a page that runs no script of its own (the no-term
 * article), traced at the covered address: the main thread's time (thread ticks) in every task
 * after the one in which the content script starts, until `idleMs` after the page is read. The
 * content script's evaluation is left out: the same code whatever the settings or the lists,
 * its time swings by several milliseconds from load to load, and would drown a difference of
 * one; so is the page's own loading, done before the content script runs (document_idle).
 */
export async function workAfterScriptStart(context: BrowserContext, page: BenchPage, idleMs = 1_000): Promise<number> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    const events = await recordTrace(cdp, async () => {
      await tab.goto(`${COVERED}${page.path}`, { waitUntil: 'load' });
      await measures(tab, 'sst:annotate');
      await pause(idleMs);
    }, CATEGORIES);
    const start = events.find((e) => e.name === 'sst:start');
    if (!start) throw new Error('No content script start (sst:start) in the trace');
    const tasks = topLevelTasks(events.filter((e) => e.pid === start.pid && e.tid === start.tid));
    const first = tasks.find((task) => task.ts <= start.ts && start.ts <= task.ts + task.dur!);
    return tasks.filter((task) => task.ts > (first?.ts ?? start.ts)).reduce((sum, task) => sum + (task.tdur ?? task.dur!), 0) / 1000;
  } finally {
    await tab.close();
  }
}

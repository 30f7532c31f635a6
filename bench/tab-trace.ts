/**
 * What a tab pays, read from a Chromium trace of its renderer's main thread: every top-level
 * task's thread time (CPU time of the thread, so that other processes on a busy machine do not
 * count), sorted into kinds, its longest task of any kind (a pre-paint frame included, which the
 * `longtask` observer never reports), and the tasks that carry an extension's own work, from
 * the creation of its isolated world on.
 *
 * An extension's own work is found by what the trace says of each task: the injection of its
 * script (`ScriptInjection::InjectJs`, which creates the isolated world), events that name its
 * id, its scripts' URLs or its world, messages on the extension channels (`extensions.mojom.*`:
 * storage and runtime replies, which run the content script's promise reactions), and
 * `scheduler.yield` continuations (no page of the benchmark yields). A task that holds such an
 * event and no work of the page's (parsing, rendering, the page's own scripts) counts whole;
 * in one that holds both, only the extension's events count.
 */
import { KINDS, selfTimeByKind, type ByKind } from './trace.ts';

export { CATEGORIES, recordTrace, type TraceEvent } from './record-trace.ts';
import type { TraceEvent } from './record-trace.ts';

/** The main thread of the renderer that parsed `origin`'s page. */
export function mainThread(events: readonly TraceEvent[], origin: string): TraceEvent[] {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(origin));
  const commit = parse ?? events.find((e) => e.name === 'CommitLoad' && (e.args?.data?.url ?? '').startsWith(origin));
  if (!commit) throw new Error(`No page of ${origin} in the trace`);
  return events.filter((e) => e.pid === commit.pid && e.tid === commit.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/** The main thread of the renderer that ran the tab's `Runtime.evaluate`s: the one with the most work. */
export function busiestThread(events: readonly TraceEvent[]): TraceEvent[] {
  const work = new Map<string, number>();
  for (const e of events) if (isTask(e)) work.set(`${e.pid}:${e.tid}`, (work.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? e.dur ?? 0));
  const [key] = [...work].sort((a, b) => b[1] - a[1])[0] ?? [];
  return events.filter((e) => `${e.pid}:${e.tid}` === key).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');

export interface Task {
  event: TraceEvent;
  /** Every event inside it, in order. */
  inside: TraceEvent[];
  /** Thread time, ms. */
  ms: number;
  /** Wall time, ms. */
  wallMs: number;
}

/** The thread's top-level tasks (a task the scheduler runs, not one nested in another), with what they hold. */
export function topLevelTasks(thread: readonly TraceEvent[]): Task[] {
  const tasks: Task[] = [];
  let current: Task | undefined;
  let end = -Infinity;
  for (const e of thread) {
    if (e.ts >= end && isTask(e)) {
      current = { event: e, inside: [], ms: (e.tdur ?? e.dur!) / 1000, wallMs: e.dur! / 1000 };
      end = e.ts + e.dur!;
      tasks.push(current);
    } else if (current && e.ts < end) current.inside.push(e);
  }
  return tasks;
}

const EXTENSION_URL = /^chrome-extension:\/\//;

/** Does this event carry an extension's work (any extension's: the benchmark's tabs each run one at most)? */
function isExtensionEvent(e: TraceEvent): boolean {
  const args = e.args;
  if (!args) return e.name === 'RunYieldContinuation';
  if (args.chrome_extension_id?.extension_id) return true;
  if (EXTENSION_URL.test(args.data?.url ?? '') || EXTENSION_URL.test(args.fileName ?? '')) return true;
  if (args.worldName) return true;
  const mojo = args.chrome_mojo_event_info;
  if ((mojo?.mojo_interface_tag ?? mojo?.watcher_notify_interface_tag ?? '').startsWith('extensions.mojom.')) return true;
  return e.name === 'RunYieldContinuation';
}

/** Does this event carry the page's own work (its parsing, rendering or scripts)? */
function isPageEvent(e: TraceEvent): boolean {
  if (/^(ParseHTML|PrePaint|Paint|Layout|UpdateLayoutTree|AnimationFrame::Render|Commit|Layerize)$/.test(e.name)) return true;
  if (/^(EvaluateScript|FunctionCall|v8\.compile|TimerFire|EventDispatch)$/.test(e.name)) {
    const url = e.args?.data?.url ?? '';
    return url !== '' && !EXTENSION_URL.test(url);
  }
  return false;
}

/** Thread time (ms) of an event, less nothing: an outermost event's own span. */
const threadMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** The outermost of the events in `inside` that pass `test` (none nested in another that passes). */
function outermost(inside: readonly TraceEvent[], test: (e: TraceEvent) => boolean): TraceEvent[] {
  const found: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of inside) {
    if (e.ph !== 'X' || e.ts < end || !test(e)) continue;
    found.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return found;
}

/** The extension's share of a task (ms of thread time). */
export function extensionMs(task: Task): number {
  if (!task.inside.some(isExtensionEvent)) return 0;
  if (!task.inside.some(isPageEvent)) return task.ms;
  // Shared with the page: the extension's own spans alone (the injection, its script's calls).
  return outermost(task.inside, (e) => isExtensionEvent(e) && e.dur !== undefined).reduce((sum, e) => sum + threadMs(e), 0);
}

export interface TabCost {
  /** All main-thread work, ms of thread time. */
  totalMs: number;
  byKind: ByKind;
  /** The extension's own work, from the creation of its world on. */
  extensionMs: number;
  /** The longest top-level task from the extension's start (or the load event) on: thread time, and its wall time. */
  longestTaskMs: number;
  longestTaskWallMs: number;
  /** What the longest task was mostly doing (its largest kind). */
  longestTaskKind: string;
  /** Pre-paint in all, ms. */
  prePaintMs: number;
  /** The longest task that carries the extension's own work (its share of it). */
  longestOwnMs: number;
  /** The most pre-paint and paint of one frame after the page's first: what painting highlights costs a frame. */
  longestLaterFrameMs: number;
}

/** A frame's pre-paint and paint (thread time, ms). */
const paintingMs = (task: Task) => task.inside.filter((e) => e.name === 'PrePaint' || e.name === 'Paint').reduce((sum, e) => sum + threadMs(e), 0);

/** The cost of one traced stretch of a tab's main thread. */
export function tabCost(thread: readonly TraceEvent[]): TabCost {
  const tasks = topLevelTasks(thread);
  // The longest task from the extension's start (its world's creation) on, or from the load
  // event in a tab with no extension: the page's own first layout comes before either.
  const firstOwn = tasks.find((task) => extensionMs(task) > 0)?.event.ts ?? Infinity;
  const load = thread.find((e) => e.name === 'MarkLoad')?.ts ?? Infinity;
  const from = Math.min(firstOwn, load);
  const later = tasks.filter((task) => task.event.ts >= from);
  const longest = (later.length > 0 ? later : tasks).reduce<Task | undefined>((top, task) => (!top || task.ms > top.ms ? task : top), undefined);
  const byKind = selfTimeByKind(thread as Parameters<typeof selfTimeByKind>[0]);
  let longestKind = '–';
  if (longest) {
    const kinds = selfTimeByKind([longest.event, ...longest.inside] as Parameters<typeof selfTimeByKind>[0]);
    longestKind = KINDS.reduce((top, kind) => (kinds[kind] > kinds[top] ? kind : top), KINDS[0]);
  }
  const frames = tasks.filter((task) => task.inside.some((e) => e.name === 'PrePaint'));
  return {
    totalMs: tasks.reduce((sum, task) => sum + task.ms, 0),
    byKind,
    extensionMs: tasks.reduce((sum, task) => sum + extensionMs(task), 0),
    longestTaskMs: longest?.ms ?? 0,
    longestTaskWallMs: longest?.wallMs ?? 0,
    longestTaskKind: longestKind,
    prePaintMs: byKind.prePaint,
    longestOwnMs: tasks.reduce((most, task) => Math.max(most, extensionMs(task)), 0),
    longestLaterFrameMs: frames.slice(1).reduce((most, task) => Math.max(most, paintingMs(task)), 0),
  };
}

/** The tasks counted as the extension's, for a reader of the figures to check (BENCH_EXPLAIN=1). */
export function explainExtension(thread: readonly TraceEvent[]): string[] {
  return topLevelTasks(thread)
    .map((task) => ({ task, ms: extensionMs(task) }))
    .filter(({ ms }) => ms > 0.05)
    .map(({ task, ms }) => {
      const names = [...new Set(task.inside.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 200).map((e) => e.name))].slice(0, 8);
      return `${ms.toFixed(2)} ms of ${task.ms.toFixed(2)}: ${names.join(', ')}`;
    });
}

/** The longest events inside the extension's tasks, by name (BENCH_EXPLAIN=2). */
export function explainInside(thread: readonly TraceEvent[]): string[] {
  const byName = new Map<string, number>();
  for (const task of topLevelTasks(thread)) {
    if (extensionMs(task) === 0) continue;
    for (const e of task.inside) if (e.ph === 'X') byName.set(e.name, (byName.get(e.name) ?? 0) + threadMs(e));
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, ms]) => `${ms.toFixed(2)} ${name}`);
}

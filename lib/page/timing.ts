import { later } from '../scheduling/timers';

/** The content script's start (marked by entrypoints/content/first-look/started.ts, imported first). */
export const START_MARK = 'sst:start';

/**
 * User-timing entries (`sst:…`) that the benchmark (bench/run.ts) reads from the page: in
 * Chromium a content script shares the page's performance timeline, so the page can read them
 * too. Only the benchmark's builds record them (wxt.config.ts); elsewhere these calls are
 * constant no-ops that the bundler drops.
 */
const RECORDING = import.meta.env.SST_TIMING === true;

export function mark(name: string): void {
  if (RECORDING) performance.mark(name);
}

/** Each name keeps only its latest entry, so a page that stays open for hours does not collect them. */
export function measure(name: string, start: number | string, detail?: unknown): void {
  if (!RECORDING) return;
  performance.clearMeasures(name);
  performance.measure(name, { start, detail });
}

/** Runs `callback` once the next frame has been painted (a task queued from requestAnimationFrame runs after it). */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => later(0, callback));
}

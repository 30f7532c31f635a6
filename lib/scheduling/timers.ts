/**
 * Timers for code that runs in a page's content-script world. Where the reader blocked the
 * site's JavaScript (Chromium's site settings), Chromium runs no `setTimeout` or `setInterval`
 * callback of a content script, while animation frames, microtasks, observers and the
 * Prioritized Task Scheduling API (`scheduler.postTask`) still run: a card's hover delay or a
 * pass over a page's changes would never come. So the content script's timers are tasks posted
 * with a delay, and `setTimeout` only where there is no scheduler (Firefox before 142, tests).
 */
interface Scheduler {
  postTask(callback: () => void, options: { delay: number; signal: AbortSignal }): Promise<void>;
}

const scheduler = () => (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;

/** Runs `callback` once, after `ms`; returns what cancels it. */
export function later(ms: number, callback: () => void): () => void {
  const postTask = scheduler()?.postTask;
  if (!postTask) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  }
  const controller = new AbortController();
  postTask
    .call(scheduler(), callback, { delay: ms, signal: controller.signal })
    // An error of the callback surfaces as any would; a cancelled task's rejection does not.
    .catch((error: unknown) => controller.signal.aborted || reportError(error));
  return () => controller.abort();
}

/** Runs `callback` every `ms` until cancelled. */
export function every(ms: number, callback: () => void): () => void {
  let cancel = later(ms, function again() {
    cancel = later(ms, again);
    callback();
  });
  return () => cancel();
}

/** Resolves after `ms`. */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => later(ms, resolve));

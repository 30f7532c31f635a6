import { later } from '../scheduling/timers';

/**
 * Runs `task` at once when asked, then at most once every `intervalMs`: requests that arrive
 * in between are gathered into one run at the end of the interval. A live blog that changes
 * every second is thus reported once every few seconds, and its last change is never lost.
 */
export function throttle(task: () => void, intervalMs: number): { request(): void; cancel(): void } {
  let lastRun = -Infinity;
  let timer: (() => void) | undefined;
  const run = () => {
    timer = undefined;
    lastRun = Date.now();
    task();
  };
  return {
    request() {
      if (timer !== undefined) return;
      const wait = lastRun + intervalMs - Date.now();
      if (wait <= 0) run();
      else timer = later(wait, run);
    },
    cancel() {
      timer?.();
      timer = undefined;
    },
  };
}

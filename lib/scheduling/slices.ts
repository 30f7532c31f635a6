import { pause } from './timers';

/**
 * Long work cut into slices that give the main thread back to the browser, so that a long
 * page never freezes: no task of ours should run past the budget (RAIL's 50 ms long task).
 */
export const SLICE_BUDGET_MS = 8;

interface Scheduler {
  yield(): Promise<void>;
}

/** Gives the main thread back to the browser for a moment (scheduler.yield, else a task). */
export const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return pause(0);
};

/**
 * Runs `work` on each item, yielding whenever a slice has used its budget. `beforeYield` runs
 * first, and may return what to wait for instead (a frame to be painted, say).
 */
export async function inSlices<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  budgetMs = SLICE_BUDGET_MS,
  beforeYield: () => Promise<void> | void = () => {},
): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - sliceStart > budgetMs) {
      await (beforeYield() ?? yieldToBrowser());
      sliceStart = performance.now();
    }
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { every, later } from '../../lib/scheduling/timers';

/** A scheduler with postTask, as Chromium and Firefox give pages: its delays on the fake clock. */
function fakeScheduler() {
  const posted: number[] = [];
  const scheduler = {
    postTask(callback: () => void, { delay, signal }: { delay: number; signal: AbortSignal }) {
      posted.push(delay);
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          callback();
          resolve();
        }, delay);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      });
    },
  };
  vi.stubGlobal('scheduler', scheduler);
  return posted;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the content script’s timers', () => {
  it('are tasks posted with a delay where there is a scheduler (a page whose JavaScript is blocked runs them)', async () => {
    vi.useFakeTimers();
    const posted = fakeScheduler();
    const ran = vi.fn();
    later(150, ran);
    expect(posted).toEqual([150]);
    await vi.advanceTimersByTimeAsync(149);
    expect(ran).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('are cancelled without a trace, and repeat until cancelled', async () => {
    vi.useFakeTimers();
    fakeScheduler();
    const errors = vi.fn();
    vi.stubGlobal('reportError', errors);
    const cancelled = vi.fn();
    later(100, cancelled)();
    const ticks = vi.fn();
    const stop = every(100, ticks);
    await vi.advanceTimersByTimeAsync(350);
    stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(cancelled).not.toHaveBeenCalled();
    expect(ticks).toHaveBeenCalledTimes(3);
    expect(errors).not.toHaveBeenCalled();
  });

  it('fall back to setTimeout where there is no scheduler', async () => {
    vi.useFakeTimers();
    const ran = vi.fn();
    later(50, ran);
    await vi.advanceTimersByTimeAsync(50);
    expect(ran).toHaveBeenCalledOnce();
  });
});

/**
 * Chromium with a built copy of the extension, as the end-to-end tests start it, serving the
 * benchmark's pages with no network: at a news address the content script covers, and at one
 * it does not (for mark.js and for the figures without the extension).
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { BenchPage } from './pages.ts';

export const COVERED = 'https://www.bbc.co.uk';
export const UNCOVERED = 'https://www.example.com';

export interface TimingEntry {
  name: string;
  start: number;
  duration: number;
  detail?: unknown;
}

/** What the init script keeps for the benchmark in the page's own world. */
export interface PageLog {
  longtasks: { start: number; duration: number }[];
  measures: TimingEntry[];
  marks: TimingEntry[];
}

declare global {
  interface Window {
    __bench: PageLog;
  }
}

/** Registered before any page script: long tasks and the extension's user timings. */
function recordTimeline(): void {
  const log: PageLog = { longtasks: [], measures: [], marks: [] };
  window.__bench = log;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) log.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.name.startsWith('sst:')) continue;
      const detail = (entry as PerformanceMeasure).detail;
      const record = { name: entry.name, start: entry.startTime, duration: entry.duration, detail };
      (entry.entryType === 'mark' ? log.marks : log.measures).push(record);
    }
  }).observe({ entryTypes: ['mark', 'measure'] });
}

const VIEWPORT = { width: 1280, height: 800 };

/** $CHROMIUM_PATH, else Debian's Chromium, else the one `npx playwright install chromium` fetched. */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
}

/**
 * A headless Chromium with `extensions` loaded (a comma-separated list of folders), serving
 * `pages` by path at each of `origins` (there is no network).
 */
export async function launchServing(extensions: string, pages: readonly BenchPage[], origins: readonly string[]): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const byPath = new Map(pages.map((page) => [page.path, page.html]));
  for (const origin of origins) {
    await context.route(`${origin}/**`, (route) => {
      const html = byPath.get(new URL(route.request().url()).pathname);
      return html === undefined
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    });
  }
  return context;
}

export async function launch(extensionDir: string, pages: readonly BenchPage[]): Promise<BrowserContext> {
  const context = await launchServing(extensionDir, pages, [COVERED, UNCOVERED]);
  await context.addInitScript(recordTimeline);
  // The extension is ready once its service worker runs.
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return context;
}

/** Opens `page` in a new tab, at the covered address or the uncovered one. */
export async function open(context: BrowserContext, page: BenchPage, covered = true): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(`${covered ? COVERED : UNCOVERED}${page.path}`, { waitUntil: 'load' });
  return tab;
}

/**
 * Waits until the page holds `count` measures named `name`, and returns them. It waits without
 * polling: a poll is a task in the page, and a page that takes longer would be charged for more.
 */
export async function measures(tab: Page, name: string, count = 1, timeout = 120_000): Promise<TimingEntry[]> {
  const arrived = tab.evaluate(
    ([name, count]) =>
      new Promise<void>((resolve) => {
        const enough = () => performance.getEntriesByName(name, 'measure').length >= count;
        if (enough()) return resolve();
        new PerformanceObserver((_, observer) => {
          if (!enough()) return;
          observer.disconnect();
          resolve();
        }).observe({ type: 'measure' });
      }),
    [name, count] as const,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`No ${count} × ${name} within ${timeout} ms`)), timeout)));
  try {
    await Promise.race([arrived, late]);
  } finally {
    clearTimeout(timer);
  }
  return tab.evaluate(
    (name) =>
      performance.getEntriesByName(name, 'measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration, detail: (m as PerformanceMeasure).detail as unknown })),
    name,
  );
}

export const log = (tab: Page): Promise<PageLog> => tab.evaluate(() => window.__bench);

/** The longest long task (≥ 50 ms, the browser reports no shorter ones) overlapping a window, or 0. */
export function longestTask(page: PageLog, from: number, to: number): number {
  return page.longtasks
    .filter((task) => task.start < to && task.start + task.duration > from)
    .reduce((longest, task) => Math.max(longest, task.duration), 0);
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

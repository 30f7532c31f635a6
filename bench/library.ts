/**
 * The library page with 10,000 saved highlights: the time to open it (until the count of
 * highlights is shown and the first page of them rendered) and to search (from a keystroke to
 * the filtered list painted). Run: `npm run bench:library` (builds first). Prints a table and
 * writes bench-output/library.json. Figures, not pass/fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension, writeRecords } from '../tests/e2e/launch.ts';
import { benchHighlights } from './highlights.ts';

const HIGHLIGHTS = 10_000;
const RUNS = 5;
const QUERIES = ['hikvision', 'export controls', 'zz-no-such-word'];

const countText = (page: Page) => page.locator('.library-head .note');

/** Navigation start to "N of N highlights" shown with the first page of items, in the page's clock. */
async function timeToOpen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelector('.library-head .note')?.textContent === `${n} of ${n} highlights` && document.querySelectorAll('.highlight').length > 0, HIGHLIGHTS, { timeout: 60_000 });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

/** A query typed into the search box to the next frame after the count changes. */
async function timeToSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
        const count = document.querySelector('.library-head .note')!;
        const before = count.textContent;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (count.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }).observe(count, { childList: true, characterData: true, subtree: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

async function clearSearch(page: Page): Promise<void> {
  await page.locator('input[type="search"]').fill('');
  await countText(page).filter({ hasText: `${HIGHLIGHTS} of ${HIGHLIGHTS}` }).waitFor();
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
};

async function main(): Promise<void> {
  const { context, extensionId } = await launchWithExtension();
  const page = await context.newPage();
  const url = `chrome-extension://${extensionId}/library.html`;
  await page.goto(url);
  await countText(page).filter({ hasText: '0 of 0' }).waitFor();
  await writeRecords(page, { highlights: benchHighlights(HIGHLIGHTS), pages: [] });

  const results: Record<string, ReturnType<typeof summary>> = {};
  const open: number[] = [];
  for (let run = 0; run < RUNS; run++) open.push(await timeToOpen(page, url));
  results[`open the library (${HIGHLIGHTS} highlights)`] = summary(open);
  for (const query of QUERIES) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      times.push(await timeToSearch(page, query));
      await clearSearch(page);
    }
    results[`search "${query}"`] = summary(times);
  }
  await context.close();

  console.log(`\nLibrary page, ${HIGHLIGHTS} highlights, ${RUNS} runs (ms)\n`);
  console.log('| case | median | min | max |\n| --- | ---: | ---: | ---: |');
  for (const [name, { median, min, max }] of Object.entries(results)) {
    console.log(`| ${name} | ${median.toFixed(1)} | ${min.toFixed(1)} | ${max.toFixed(1)} |`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/library.json', JSON.stringify({ highlights: HIGHLIGHTS, runs: RUNS, results }, null, 2));
  console.log('\nWritten to bench-output/library.json');
}

await main();

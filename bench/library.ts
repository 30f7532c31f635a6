/**
 * The library page with 10,000 saved highlights: the time to open it (until the count of
 * highlights is shown and the first page of them rendered) and to search (from a keystroke to
 * the filtered list painted), then the same with very long notes (100 of the highlights with
 * notes of 150,000 characters): how long a keystroke holds the page (until the next frame)
 * while typing a query, and the search. Run: `npm run bench:library` (builds first). Prints a
 * table and writes bench-output/library.json. Figures, not pass/fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchWithExtension, writeRecords } from '../tests/e2e/launch.ts';
import { benchHighlights } from './highlights.ts';

const HIGHLIGHTS = 10_000;
const RUNS = 5;
const QUERIES = ['hikvision', 'export controls', 'zz-no-such-word'];
/** Every hundredth highlight gets a note this long: a reader's long-form notes, pasted sources. */
const LONG_NOTE = 150_000;
const LONG_EVERY = 100;
const TYPED = 'export controls';

const countText = (page: Page) => page.locator('.library-head .note').first();

/** Navigation start to "N of N highlights" shown with the first page of items, in the page's clock. */
async function timeToOpen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((n) => document.querySelector('.library-head .note')?.textContent === `${n} of ${n} highlights` && document.querySelectorAll('.highlight').length > 0, HIGHLIGHTS, { timeout: 120_000 });
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

/**
 * The query typed a key at a time, 60 ms apart (a quick typist): for each key, the time from
 * its input event until the page gives the next frame. The longest is what the reader feels.
 */
async function timeKeystrokes(page: Page, query: string): Promise<number[]> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const times: number[] = [];
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextFrame();
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    // The last key's search, once typing pauses.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await nextFrame();
    return times;
  }, query);
}

async function clearSearch(page: Page): Promise<void> {
  await page.locator('input[type="search"]').fill('');
  await countText(page).filter({ hasText: `${HIGHLIGHTS} of ${HIGHLIGHTS}` }).waitFor({ timeout: 60_000 });
}

/** Gives every LONG_EVERY-th highlight a note of LONG_NOTE characters, written in the page. */
async function lengthenNotes(page: Page): Promise<void> {
  await page.evaluate(
    async ({ every, length }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('state-security-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const words = 'the ministry said the cameras were part of a wider network of surveillance équipement ';
      const tx = db.transaction('highlights', 'readwrite');
      const store = tx.objectStore('highlights');
      const request = store.openCursor();
      let i = 0;
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return;
        if (i++ % every === 0) cursor.update({ ...cursor.value, note: words.repeat(Math.ceil(length / words.length)).slice(0, length) });
        cursor.continue();
      };
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { every: LONG_EVERY, length: LONG_NOTE },
  );
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
};

type Results = Record<string, ReturnType<typeof summary>>;

async function measure(page: Page, url: string, label: string, results: Results): Promise<void> {
  const open: number[] = [];
  for (let run = 0; run < RUNS; run++) open.push(await timeToOpen(page, url));
  results[`${label}: open the library`] = summary(open);
  for (const query of QUERIES) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      times.push(await timeToSearch(page, query));
      await clearSearch(page);
    }
    results[`${label}: search "${query}" (input → list painted)`] = summary(times);
  }
  const keys: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    keys.push(Math.max(...(await timeKeystrokes(page, TYPED))));
    await clearSearch(page);
  }
  results[`${label}: typing "${TYPED}", longest keystroke → next frame`] = summary(keys);
}

async function main(): Promise<void> {
  const { context, extensionId } = await launchWithExtension();
  const page = await context.newPage();
  const url = `chrome-extension://${extensionId}/library.html`;
  await page.goto(url);
  await countText(page).filter({ hasText: '0 of 0' }).waitFor();
  await writeRecords(page, { highlights: benchHighlights(HIGHLIGHTS), pages: [] });

  const results: Results = {};
  await measure(page, url, `${HIGHLIGHTS} highlights`, results);
  await lengthenNotes(page);
  await measure(page, url, `${HIGHLIGHTS / LONG_EVERY} of them with ${LONG_NOTE.toLocaleString('en')}-character notes`, results);
  await context.close();

  console.log(`\nLibrary page, ${HIGHLIGHTS} highlights, ${RUNS} runs (ms)\n`);
  console.log('| case | median | min | max |\n| --- | ---: | ---: | ---: |');
  for (const [name, { median, min, max }] of Object.entries(results)) {
    console.log(`| ${name} | ${median.toFixed(1)} | ${min.toFixed(1)} | ${max.toFixed(1)} |`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/library.json', JSON.stringify({ highlights: HIGHLIGHTS, runs: RUNS, longNote: LONG_NOTE, longEvery: LONG_EVERY, results }, null, 2));
  console.log('\nWritten to bench-output/library.json');
}

await main();

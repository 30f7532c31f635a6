/**
 * Where have I seen it, at scale: 100,000 sightings (5,000 pages × 20 terms each, from 200
 * terms, a few of them on most pages). Times the term page (the most frequent term and a
 * middling one) and the library's Terms view from navigation to painted, and the term page's
 * search and site filter from input to painted. Run: `npm run bench:sightings` (builds
 * first). Prints a table and writes bench-output/sightings.json. Figures, not pass/fail.
 *
 * Each case runs once before its timed runs, shown apart as "first": the first open after
 * 100,000 records were written meets IndexedDB still settling them and scripts not yet in
 * Chromium's code cache, which a reader opening a page days later does not.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { launchWithExtension, writeRecords } from '../tests/e2e/launch.ts';
import { seeded } from './random.ts';

const PAGES = 5_000;
const TERMS_PER_PAGE = 20;
const RUNS = 5;
const BUNDLED = ['hikvision', 'dahua', 'mss', 'national-intelligence-law', 'mi5', 'cabinet-office', 'oliver-dowden', 'dan-jarvis', 'rishi-sunak', 'electoral-commission'];
const TERM_IDS = [...BUNDLED, ...Array.from({ length: 190 }, (_, i) => `bench-term-${i}`)];
const SITES = Array.from({ length: 40 }, (_, i) => `news${i}.example`);

/** A term's chance of being drawn falls with its rank, as a few terms dominate a reader's news. */
function pickTerms(random: ReturnType<typeof seeded>): string[] {
  const chosen = new Set<string>();
  while (chosen.size < TERMS_PER_PAGE) chosen.add(TERM_IDS[Math.floor(TERM_IDS.length * random.next() ** 2.2)]!);
  return [...chosen];
}

/** The summaries the store keeps beside the sightings (lib/sightings/page-index.ts, company.ts). */
function summariesOf(sightings: ReturnType<typeof benchSightings>) {
  const pages = new Map<string, string[]>();
  const terms = new Map<string, { termId: string; pages: number; lastSeen: string }>();
  for (const { url, termId, lastSeen } of sightings) {
    pages.set(url, [...(pages.get(url) ?? []), termId]);
    const term = terms.get(termId) ?? { termId, pages: 0, lastSeen };
    term.pages++;
    if (lastSeen > term.lastSeen) term.lastSeen = lastSeen;
    terms.set(termId, term);
  }
  const company = new Map<string, Record<string, number>>();
  for (const termIds of pages.values()) {
    for (const termId of termIds) {
      const together = company.get(termId) ?? {};
      for (const other of termIds) if (other !== termId) together[other] = (together[other] ?? 0) + 1;
      company.set(termId, together);
    }
  }
  return {
    sightingPages: [...pages].map(([url, termIds]) => ({ url, termIds })),
    sightingTerms: [...terms.values()],
    sightingCompany: [...company].map(([termId, together]) => ({ termId, together })),
  };
}

function benchSightings() {
  const random = seeded(15);
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: PAGES }, (_, page) => {
    const site = SITES[page % SITES.length]!;
    const url = `https://www.${site}/news/2025/story-${page}`;
    const seen = new Date(start + page * 3 * 3_600_000).toISOString();
    return pickTerms(random).map((termId) => ({
      termId,
      url,
      title: `Story ${page} about surveillance, espionage and export controls`,
      site,
      ...(page % 3 === 0 && { publishedAt: seen.slice(0, 10) }),
      firstSeen: seen,
      lastSeen: seen,
      count: 1 + random.int(6),
    }));
  }).flat();
}

const frameAfter = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));

/** Navigation start to the timeline and the co-occurring terms painted. */
async function openTermPage(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => /^\d+ of \d+ pages$/.test(document.querySelector('.timeline-count')?.textContent ?? '') && document.querySelector('.sighting') && document.querySelector('.together li'), undefined, { timeout: 60_000 });
  return frameAfter(page);
}

async function openTermsView(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('.terms-table tbody tr').length > 0, undefined, { timeout: 60_000 });
  return frameAfter(page);
}

/**
 * The floor: what the browser's IndexedDB alone takes to hand over the records the term page
 * reads (the term's sightings, by their primary keys, and the term's company), from the same page.
 */
function readRecordsOnly(page: Page, termId: string): Promise<number> {
  return page.evaluate(async (termId) => {
    const start = performance.now();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('state-security-lens');
      request.onsuccess = () => resolve(request.result);
    });
    const read = (store: string, query: IDBValidKey | IDBKeyRange) =>
      new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll(query);
        request.onsuccess = () => resolve(request.result);
      });
    await Promise.all([read('sightings', IDBKeyRange.bound([termId, ''], [termId, '\uffff'])), read('sightingCompany', termId)]);
    db.close();
    return performance.now() - start;
  }, termId);
}

/** What the reader does: types into a field, picks an option, or clicks a button. */
type Act = { selector: string; value?: string };

/** From the reader's act to the next frame after `watched` changes. */
function timeChange(page: Page, watched: string, act: Act): Promise<number> {
  return page.evaluate(
    ({ watched, act }) =>
      new Promise<number>((resolve) => {
        const target = document.querySelector(watched)!;
        const control = document.querySelector<HTMLInputElement>(act.selector)!;
        const start = performance.now();
        new MutationObserver((_, observer) => {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }).observe(target, { childList: true, characterData: true, subtree: true });
        if (act.value === undefined) return control.click();
        control.value = act.value;
        control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
      }),
    { watched, act },
  );
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
};

const results: Record<string, ReturnType<typeof summary> & { first: number }> = {};

/** Runs a case once, then RUNS times (resetting the page after each run), and keeps its figures. */
async function measure(name: string, runs: number, once: () => Promise<number>, reset?: () => Promise<void>): Promise<void> {
  console.log(`… ${name}`);
  const first = await once();
  await reset?.();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push(await once());
    await reset?.();
  }
  results[name] = { first, ...summary(times) };
}

async function main(): Promise<void> {
  const { context, extensionId } = await launchWithExtension();
  const page = await context.newPage();
  const base = `chrome-extension://${extensionId}`;
  await page.goto(`${base}/library.html#terms`);
  await page.getByText('No term seen yet.').waitFor();
  const sightings = benchSightings();
  for (let i = 0; i < sightings.length; i += 20_000) await writeRecords(page, { highlights: [], pages: [], sightings: sightings.slice(i, i + 20_000) });
  await writeRecords(page, { highlights: [], pages: [], ...summariesOf(sightings) });
  const pagesWith = (termId: string) => sightings.filter((s) => s.termId === termId).length;
  const middling = TERM_IDS[40]!;

  const termUrl = `${base}/term.html#${TERM_IDS[0]}`;
  await measure(`open the term page, most frequent term (${pagesWith(TERM_IDS[0]!)} pages)`, RUNS, () => openTermPage(page, termUrl));
  await measure(`floor: IndexedDB reads of the same records, most frequent term`, RUNS, () => readRecordsOnly(page, TERM_IDS[0]!));
  await measure(`open the term page, a middling term (${pagesWith(middling)} pages)`, RUNS, () => openTermPage(page, `${base}/term.html#${middling}`));
  await openTermPage(page, termUrl);
  const clearSearch = async () => {
    await page.locator('.timeline input[type="search"]').fill('');
    await page.locator('.timeline-count').filter({ hasText: /^(\d+) of \1 pages$/ }).waitFor();
  };
  await measure('term page: search "story 4999" (most frequent term)', RUNS, () => timeChange(page, '.timeline-count', { selector: '.timeline input[type="search"]', value: 'story 4999' }), clearSearch);
  await measure('term page: filter by site', 
    RUNS,
    () => timeChange(page, '.timeline-count', { selector: '.timeline select', value: SITES[7]! }),
    async () => {
      await page.locator('.timeline select').selectOption('');
      await page.locator('.timeline-count').filter({ hasText: /^(\d+) of \1 pages$/ }).waitFor();
    },
  );
  const termsUrl = `${base}/library.html#terms`;
  await measure(`open the Terms view (${TERM_IDS.length} terms)`, RUNS, () => openTermsView(page, termsUrl));
  await measure('Terms view: sort by name', RUNS, () => timeChange(page, '.terms-table tbody', { selector: '.terms-table thead button' }));
  await context.close();

  // The machine's load changes every figure: it is printed with them.
  const load = loadavg().map((n) => n.toFixed(1)).join(', ');
  console.log(`\nWhere have I seen it: ${sightings.length} sightings (${PAGES} pages × ${TERMS_PER_PAGE} terms), ${RUNS} runs after a first (ms); load average ${load}, ${cpus().length} cores\n`);
  console.log('| case | first | median | min | max |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [name, { first, median, min, max }] of Object.entries(results)) {
    console.log(`| ${name} | ${first.toFixed(1)} | ${median.toFixed(1)} | ${min.toFixed(1)} | ${max.toFixed(1)} |`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/sightings.json', JSON.stringify({ sightings: sightings.length, runs: RUNS, load: loadavg(), results }, null, 2));
  console.log('\nWritten to bench-output/sightings.json');
}

await main();

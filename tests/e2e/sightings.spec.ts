/**
 * Where have I seen it, end to end: pages read on two news sites are remembered per term; a
 * card lists the other pages; the term's page shows the timeline and the terms seen with it;
 * nothing is recorded on a paused site; "Forget this page" and clearing remove sightings.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { benzingaArticlePage, edgeCasesPage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { sightingsBackup } from '../fixtures/sightings-history.ts';
import { expect, test } from './extension.ts';
import { importBackup, openPopup, storeSettings, tabIdOf } from './extension-pages.ts';
import { openCardByHover } from './launch.ts';

const CAMERAS_URL = 'https://www.theguardian.com/world/2025/dec/01/uk-surveillance-cameras-review';
const CAMERAS_TITLE = 'Whitehall widens its review of surveillance cameras';

/** The Benzinga article again, under another headline and address, stating its publication date. */
const camerasPage = () =>
  benzingaArticlePage()
    .replace(/<title>[^<]*<\/title>/, `<title>${CAMERAS_TITLE}</title>`)
    .replace('</head>', '<meta property="article:published_time" content="2025-12-01T07:30:00+00:00">\n</head>');

interface StoredSighting {
  termId: string;
  url: string;
  title: string;
  publishedAt?: string;
  count: number;
}

/** Every sighting in the extension's database, read from one of its pages. */
const storedSightings = (extensionPage: Page) =>
  extensionPage.evaluate(
    () =>
      new Promise<StoredSighting[]>((resolve, reject) => {
        const open = indexedDB.open('state-security-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('sightings').objectStore('sightings').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );

const urlsOf = (sightings: StoredSighting[], termId: string) =>
  sightings.filter((s) => s.termId === termId).map((s) => s.url).sort();

async function read(page: Page, url: string, getPageMatches: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(url);
  await getPageMatches(page);
}

test.beforeEach(async ({ context }) => {
  await servePages(context, {
    [NEWS_URLS.benzingaArticle]: benzingaArticlePage(),
    [NEWS_URLS.edgeCases]: edgeCasesPage(),
    [CAMERAS_URL]: camerasPage(),
  });
});

test('pages read on two sites are remembered: the card lists the others, the term page shows the timeline and its company', async ({
  page,
  context,
  getPageMatches,
  extensionId,
}) => {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/term.html#hikvision`);
  await read(page, NEWS_URLS.benzingaArticle, getPageMatches);
  await read(page, NEWS_URLS.edgeCases, getPageMatches);
  await read(page, CAMERAS_URL, getPageMatches);
  await expect
    .poll(async () => urlsOf(await storedSightings(extensionPage), 'hikvision'))
    .toEqual([NEWS_URLS.benzingaArticle, NEWS_URLS.edgeCases, CAMERAS_URL].sort());
  const cameras = (await storedSightings(extensionPage)).find((s) => s.termId === 'hikvision' && s.url === CAMERAS_URL)!;
  expect(cameras).toMatchObject({ title: CAMERAS_TITLE, publishedAt: '2025-12-01', count: 4 });

  const card = await openCardByHover(page, 'Hikvision');
  const seen = card.getByRole('region', { name: 'Where you have seen it' });
  await expect(seen).toContainText(/Seen on 2 other pages since \w+/);
  // Headlines without what the sites add to them ("| The Daily Ledger", "| Benzinga").
  await expect(seen.getByRole('link')).toHaveText(['How the annotator reads awkward markup', 'China On Slippery Grounds As UK Restricts Chinese-Made Surveillance Systems']);
  await expect(seen.getByRole('link').first()).toHaveAttribute('href', NEWS_URLS.edgeCases);

  // "All sightings" opens the term's page in a new tab.
  const [termPage] = await Promise.all([context.waitForEvent('page'), seen.getByRole('button', { name: 'All sightings' }).click()]);
  await termPage.waitForLoadState();
  expect(termPage.url()).toBe(`chrome-extension://${extensionId}/term.html#hikvision`);
  await expect(termPage.getByRole('heading', { level: 1 })).toHaveText('Hikvision');
  const timeline = termPage.getByRole('region', { name: 'Where you have seen it' });
  await expect(timeline.locator('.timeline-count')).toHaveText('3 of 3 pages');
  await expect(timeline.locator('.sighting-title')).toHaveText([CAMERAS_TITLE, /awkward markup/, /China On Slippery Grounds/]);
  await expect(timeline.locator('.sighting').first()).toContainText('published 1 Dec 2025');
  await expect(timeline.locator('.sighting').first()).toContainText('4 mentions');
  const company = termPage.getByRole('region', { name: 'Seen on the same pages' });
  await expect(company.getByRole('listitem').filter({ hasText: 'Dahua' })).toContainText('2 pages');
  await expect(company.getByRole('listitem').filter({ hasText: 'Cabinet Office' })).toContainText('3 pages');
  // A dozen, then the rest on asking.
  await expect(company.getByRole('listitem')).toHaveCount(12);
  const more = company.getByRole('button', { name: /^Show \d+ more$/ });
  const rest = Number((await more.textContent())!.match(/\d+/)![0]);
  await more.click();
  await expect(company.getByRole('listitem')).toHaveCount(12 + rest);
  await expect(more).toBeHidden();

  // Filters: by site, then by words.
  await timeline.getByRole('combobox', { name: 'Site' }).selectOption('benzinga.com');
  await expect(timeline.locator('.sighting-title')).toHaveText([/China On Slippery Grounds/]);
  await timeline.getByRole('combobox', { name: 'Site' }).selectOption('');
  await timeline.getByRole('searchbox').fill('whitehall');
  await expect(timeline.locator('.sighting-title')).toHaveText([CAMERAS_TITLE]);

  // A co-occurring term opens its own page, from the keyboard.
  await company.getByRole('link', { name: 'Dahua Technology' }).focus();
  await termPage.keyboard.press('Enter');
  await expect(termPage.getByRole('heading', { level: 1 })).toHaveText('Dahua Technology');
  await expect(termPage.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(termPage.locator('.timeline-count')).toHaveText('2 of 2 pages');

  // The term page opened before the pages were read followed the database live, its company too.
  await expect(extensionPage.locator('.timeline-count')).toHaveText('3 of 3 pages');
  const liveCompany = extensionPage.getByRole('region', { name: 'Seen on the same pages' });
  await expect(liveCompany.getByRole('listitem').filter({ hasText: 'Dahua' })).toContainText('2 pages');
  await expect(liveCompany.getByRole('listitem').filter({ hasText: 'Cabinet Office' })).toContainText('3 pages');
});

test('a paused site records nothing; "Forget this page" removes a page; the setting turned off records nothing', async ({
  page,
  context,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/term.html#hikvision`);
  await storeSettings(serviceWorker, { pausedSites: ['theguardian.com'] });
  await read(page, NEWS_URLS.benzingaArticle, getPageMatches);
  await page.goto(CAMERAS_URL);
  await expect.poll(async () => urlsOf(await storedSightings(extensionPage), 'hikvision')).toEqual([NEWS_URLS.benzingaArticle]);
  // Give a paused page's content script every chance to (wrongly) report.
  await page.waitForTimeout(1000);
  expect((await storedSightings(extensionPage)).filter((s) => s.url === CAMERAS_URL)).toEqual([]);

  await read(page, NEWS_URLS.benzingaArticle, getPageMatches);
  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  const section = popup.getByRole('region', { name: 'Where terms appear' });
  await expect(section).toContainText('terms of this page are remembered');
  await section.getByRole('button', { name: 'Forget this page' }).click();
  await expect(section.getByRole('status')).toContainText('Page forgotten');
  await expect.poll(async () => (await storedSightings(extensionPage)).length).toBe(0);

  // "Remember where terms appear" turned off on the settings page: a page read records nothing.
  await storeSettings(serviceWorker, { rememberSightings: false });
  await read(page, NEWS_URLS.benzingaArticle, getPageMatches);
  await page.waitForTimeout(1000);
  expect(await storedSightings(extensionPage)).toEqual([]);
});

test('in a popup 600 px tall, "Forget this page" is in reach without scrolling, and can be undone', async ({
  page,
  context,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/library.html`);
  await read(page, NEWS_URLS.benzingaArticle, getPageMatches);
  await expect.poll(async () => (await storedSightings(extensionPage)).length).toBeGreaterThan(10);
  const before = await storedSightings(extensionPage);

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  // The browser's popup is at most 600 px tall; this page has more to show than that.
  await popup.setViewportSize({ width: 380, height: 600 });
  const forget = popup.getByRole('button', { name: 'Forget this page' });
  await expect(forget).toBeVisible();
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(600);
  expect(await popup.evaluate(() => scrollY)).toBe(0);
  await expect(forget).toBeInViewport({ ratio: 1 });

  await forget.click();
  await expect.poll(async () => (await storedSightings(extensionPage)).length).toBe(0);
  const undo = popup.getByRole('status').filter({ hasText: 'Page forgotten' }).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeInViewport({ ratio: 1 });
  await undo.click();
  await expect.poll(() => storedSightings(extensionPage)).toEqual(before);
  await expect(popup.getByRole('region', { name: 'Where terms appear' })).toContainText(`${before.length} terms of this page are remembered`);
  // The term's page counts it again: its summaries came back with it.
  await extensionPage.goto(`chrome-extension://${extensionId}/term.html#hikvision`);
  await expect(extensionPage.locator('.timeline-count')).toHaveText('1 of 1 page');
});

test('the library lists every term seen; sightings are cleared by date or all, exported and imported again', async ({
  page,
  context,
  getPageMatches,
  extensionId,
}) => {
  await read(page, NEWS_URLS.benzingaArticle, getPageMatches);
  await read(page, NEWS_URLS.edgeCases, getPageMatches);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html#terms`);
  const table = library.getByRole('table');
  const hikvision = table.getByRole('row').filter({ has: library.getByRole('link', { name: 'Hikvision' }) });
  await expect(hikvision).toContainText('2');
  // Sorted by pages, most first; then by name, A to Z, from the column's header.
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).not.toHaveText('Hikvision');
  await table.getByRole('button', { name: 'Term' }).click();
  await expect(table.getByRole('columnheader', { name: 'Term' })).toHaveAttribute('aria-sort', 'ascending');
  const names = await table.getByRole('rowheader').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

  // Export everything (sightings with it) from the Highlights view, as JSON.
  await library.getByRole('link', { name: 'Highlights' }).click();
  const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export' }).click()]);
  const file = await readFile((await download.path())!, 'utf8');
  const archive = JSON.parse(file);
  expect(archive.version).toBe(2);
  expect(urlsOf(archive.sightings, 'hikvision')).toEqual([NEWS_URLS.benzingaArticle, NEWS_URLS.edgeCases].sort());

  // Clear those last seen before a day in the past (none), then all of them.
  await library.getByRole('link', { name: 'Terms' }).click();
  const clear = library.getByRole('form', { name: 'Clear sightings' });
  await clear.getByLabel('Clear sightings last seen before').fill('2020-01-01');
  await clear.getByRole('button', { name: 'Clear sightings…' }).click();
  await clear.getByRole('button', { name: 'Clear those before 1 Jan 2020' }).click();
  await expect(clear.getByRole('status')).toHaveText('Cleared 0 sightings.');
  await expect(hikvision).toBeVisible();
  await clear.getByLabel('Clear sightings last seen before').fill('');
  await clear.getByRole('button', { name: 'Clear sightings…' }).click();
  await clear.getByRole('button', { name: 'Clear all sightings' }).click();
  await expect(clear.getByRole('status')).toHaveText(/^Cleared \d+ sightings\.$/);
  await expect(library.getByText('No term seen yet.')).toBeVisible();
  expect(await storedSightings(library)).toEqual([]);

  // The exported file brings them all back.
  await library.getByRole('link', { name: 'Highlights' }).click();
  await library.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported backup.json');
  expect((await storedSightings(library)).length).toBe(archive.sightings.length);
  await library.getByRole('link', { name: 'Terms' }).click();
  await hikvision.getByRole('link').click();
  await expect(library.getByRole('heading', { level: 1 })).toHaveText('Hikvision');
  await expect(library.locator('.timeline-count')).toHaveText('2 of 2 pages');
});

test.describe('in the reader’s time zone (New York)', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a page read at 9 pm on 30 November is seen on 30 November: the card, the term page, the Terms view and clearing by date', async ({
    page,
    context,
    getPageMatches,
    extensionId,
  }) => {
    // The history's Guardian page was read at 02:00 UTC on 1 December, 9 pm on 30 November here.
    const library = await importBackup(context, extensionId, 'history.json', sightingsBackup());
    await library.goto(`chrome-extension://${extensionId}/library.html#terms`);
    const rows = library.getByRole('table').getByRole('row');
    await expect(rows.filter({ has: library.getByRole('link', { name: 'European Parliament' }) }).getByRole('cell').last()).toHaveText('30 Nov 2026');
    await expect(rows.filter({ has: library.getByRole('link', { name: 'Hikvision' }) }).getByRole('cell').last()).toHaveText('3 Dec 2026');

    const termPage = await context.newPage();
    await termPage.goto(`chrome-extension://${extensionId}/term.html#hikvision`);
    const timeline = termPage.getByRole('region', { name: 'Where you have seen it' });
    const november = timeline.getByRole('region', { name: 'Seen in November 2026' });
    await expect(timeline.getByRole('region', { name: 'Seen in December 2026' }).locator('.sighting-title')).toHaveText([
      'Hikvision sales fall as western bans bite',
    ]);
    await expect(november.locator('.sighting').first()).toContainText('seen 30 Nov 2026');
    await expect(november.locator('.sighting').first()).toContainText('published 1 Dec 2026');
    // The chart counts the same local months; its table says so in words.
    await expect(timeline.getByRole('img', { name: /Pages per month/ })).toBeVisible();
    await timeline.getByText('The chart as a table').click();
    const table = timeline.getByRole('table');
    await expect(table.getByRole('row', { name: /November 2026/ }).getByRole('cell')).toHaveText(['3', '2']);
    await expect(table.getByRole('row', { name: /December 2026/ }).getByRole('cell')).toHaveText(['1', '1']);
    // Filtering to the 30th, a day typed as the page writes it, finds the evening's page.
    await timeline.getByLabel('Seen from').fill('30 Nov 2026');
    await timeline.getByLabel('Seen to').fill('30 Nov 2026');
    await expect(timeline.locator('.sighting-title')).toHaveText(['European parliament removes Hikvision thermal cameras']);

    await read(page, NEWS_URLS.benzingaArticle, getPageMatches);
    const card = await openCardByHover(page, 'Hikvision');
    const seen = card.getByRole('region', { name: 'Where you have seen it' });
    await expect(seen).toContainText(/Seen on 11 other pages since August/);
    const entries = seen.getByRole('listitem');
    await expect(entries.getByRole('link')).toHaveText([
      'Hikvision sales fall as western bans bite',
      'European parliament removes Hikvision thermal cameras',
      'MPs call for sanctions on Dahua and Hikvision',
    ]);
    // The day seen and the day published, each named: an undated page shows only when it was seen.
    await expect(entries.nth(0).locator('.seen-meta')).toHaveText(/^ft\.comseen 3 Dec( 2026)?$/);
    await expect(entries.nth(1).locator('.seen-meta')).toHaveText(/^theguardian\.comseen 30 Nov( 2026)?published 1 Dec( 2026)?$/);

    // Cleared before 1 December, the reader's day: the evening of the 30th goes with November.
    const clear = library.getByRole('form', { name: 'Clear sightings' });
    await clear.getByLabel('Clear sightings last seen before').fill('1 Dec 2026');
    await clear.getByRole('button', { name: 'Clear sightings…' }).click();
    await clear.getByRole('button', { name: 'Clear those before 1 Dec 2026' }).click();
    await expect(clear.getByRole('status')).toHaveText('Cleared 34 sightings.');
    // What stays of the history: the page read on 3 December (and Benzinga's, read just now).
    const history = (await storedSightings(library)).filter((s) => s.url !== NEWS_URLS.benzingaArticle);
    expect(history.map((s) => s.termId).sort()).toEqual(['dahua', 'hikvision']);
  });
});

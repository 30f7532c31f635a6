/**
 * Where have I seen it, end to end: pages read on two news sites are remembered per term; a
 * card lists the other pages; the term's page shows the timeline and the terms seen with it;
 * nothing is recorded on a paused site; "Forget this page" and clearing remove sightings.
 */
import type { Page } from '@playwright/test';
import { benzingaArticlePage, edgeCasesPage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openPopup, storeSettings, tabIdOf } from './extension-pages.ts';
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
  await expect(seen.getByRole('link')).toHaveText(['How the annotator reads awkward markup | The Daily Ledger', /China On Slippery Grounds/]);
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

  // The term page opened before the pages were read followed the database live.
  await expect(extensionPage.locator('.timeline-count')).toHaveText('3 of 3 pages');
});

test('a paused site records nothing; "Forget this page" removes a page and stops recording it', async ({
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
  await expect(section.getByRole('status')).toHaveText(/Forgotten/);
  await expect.poll(async () => (await storedSightings(extensionPage)).length).toBe(0);
});

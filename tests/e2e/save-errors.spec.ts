/**
 * Saves that go wrong, as the reader sees them: a full storage quota (forced through CDP
 * `Storage.overrideQuotaForOrigin` on the extension's origin) and the background stopped in the
 * middle of a save (CDP `ServiceWorker.stopAllWorkers`). Messages in plain words, on every save
 * path, and never a second copy of a passage.
 */
import type { Page } from '@playwright/test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { exposeCard, toastIn, toastLocator } from './card-root.ts';
import { storedHighlights } from './extension-pages.ts';
import { expect, test } from './extension.ts';
import { openCardByHover } from './launch.ts';
import { select } from './reader.ts';

test.beforeEach(async ({ context }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
});

/** The article, once read (and its visit recorded as a sighting: a write to the database). */
async function readArticle(page: Page, getPageMatches: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
}

async function openLibrary(page: Page, extensionId: string): Promise<Page> {
  const library = await page.context().newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await page.bringToFront();
  return library;
}

test('a full quota is told in plain words, in the card and after Alt+Shift+S, and nothing is stored', async ({ page, extensionId, getPageMatches }) => {
  const library = await openLibrary(page, extensionId);
  const cdp = await page.context().newCDPSession(library);
  // Before anything is written: Chromium keeps the space it found left for a database that has
  // been written to, so a quota lowered after the page's visit was recorded is not seen at once.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}`, quotaSize: 1 });
  await readArticle(page, getPageMatches);

  const card = await openCardByHover(page, 'Hikvision');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByRole('alert')).toHaveText(/^Could not save: Your browser's storage for the extension is full\./);

  await page.keyboard.press('Escape');
  await select(page, 'article', 'security review found that');
  await page.keyboard.press('Alt+Shift+KeyS');
  const toast = await toastIn(page);
  await expect(toast).toHaveText(/^Could not save: Your browser's storage for the extension is full\./);
  await expect(toast).toHaveAttribute('role', 'alert');
  // Read once the store is released: no try was stored.
  expect(await storedHighlights(library)).toEqual([]);
});

/**
 * Holds a read-write transaction on the highlights store from an extension page for `ms`
 * milliseconds (a chain of reads keeps it open), so that a save waits in the background.
 */
async function holdHighlightsStore(extensionPage: Page, ms: number): Promise<void> {
  await extensionPage.evaluate((duration) => {
    const request = indexedDB.open('state-security-lens');
    (window as unknown as { released: Promise<void> }).released = new Promise((resolve) => {
      request.onsuccess = () => {
        const db = request.result;
        const store = db.transaction('highlights', 'readwrite').objectStore('highlights');
        const until = Date.now() + duration;
        const spin = () => {
          if (Date.now() < until) store.get('none').onsuccess = spin;
          else resolve();
        };
        spin();
      };
    });
  }, ms);
}

test('a save whose background is stopped mid-way is retried once and stored once', async ({ page, extensionId, getPageMatches }) => {
  await readArticle(page, getPageMatches);
  const library = await openLibrary(page, extensionId);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await select(page, 'article', 'security review found that');
  // The save waits behind the held store; the background is stopped while it waits, so its
  // answer never comes and the transaction dies with it. The content script tries again.
  await holdHighlightsStore(library, 1_500);
  await page.keyboard.press('Alt+Shift+KeyS');
  await page.waitForTimeout(400);
  await cdp.send('ServiceWorker.stopAllWorkers');
  const toast = await toastIn(page);
  await expect(toast).toHaveText('Saved to your highlights.', { timeout: 10_000 });
  expect(await storedHighlights(library)).toEqual(['security review found that']);

  // Saving the same passage again keeps one copy.
  await page.keyboard.press('Alt+Shift+KeyS');
  await page.waitForTimeout(500);
  await expect(toast).toHaveText('Saved to your highlights.');
  expect(await storedHighlights(library)).toEqual(['security review found that']);
});

test('a background that stays away is told in plain words, never as a schema dump', async ({ page, extensionId, getPageMatches }) => {
  await readArticle(page, getPageMatches);
  const library = await openLibrary(page, extensionId);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await select(page, 'article', 'security review found that');
  // Every try waits behind the held store, and the background is stopped under each of them.
  await holdHighlightsStore(library, 10_000);
  await page.keyboard.press('Alt+Shift+KeyS');
  for (const until = Date.now() + 8_000; Date.now() < until; ) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    if (await exposeCard(page) && (await toastLocator(page).count()) > 0) break;
  }
  await expect(toastLocator(page)).toHaveText(
    'Could not save: The extension was restarting and did not answer, so the highlight may not be saved. Please try again.',
  );
  // Read once the store is released: no try was stored.
  expect(await storedHighlights(library)).toEqual([]);
});

/**
 * Saves that go wrong, as the reader sees them: a full storage quota (forced through CDP
 * `Storage.overrideQuotaForOrigin` on the extension's origin) and the background stopped in the
 * middle of a save (CDP `ServiceWorker.stopAllWorkers`). Messages in plain words, on every save
 * path, and never a second copy of a passage.
 */
import type { CDPSession, Page } from '@playwright/test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { toastIn } from './card-root.ts';
import { storedHighlights } from './extension-pages.ts';
import { expect, test } from './extension.ts';
import { openCardByHover } from './launch.ts';
import { select } from './reader.ts';

test.beforeEach(async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
});

async function openLibrary(page: Page, extensionId: string): Promise<Page> {
  const library = await page.context().newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await page.bringToFront();
  return library;
}

test('a full quota is told in plain words, in the card and after Alt+Shift+S, and nothing is stored', async ({ page, extensionId }) => {
  const library = await openLibrary(page, extensionId);
  const cdp = await page.context().newCDPSession(library);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}`, quotaSize: 1 });

  const card = await openCardByHover(page, 'Hikvision');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByRole('alert')).toHaveText(/^Could not save: Your browser's storage for the extension is full\./);

  await page.keyboard.press('Escape');
  await select(page, 'article', 'security review found that');
  await page.keyboard.press('Alt+Shift+KeyS');
  const toast = await toastIn(page);
  await expect(toast).toHaveText(/^Could not save: Your browser's storage for the extension is full\./);
  await expect(toast).toHaveAttribute('role', 'alert');
  expect(await storedHighlights(library)).toEqual([]);
});

/** Stops every service worker, again and again, for `ms` milliseconds. */
async function stopWorkersFor(cdp: CDPSession, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) await cdp.send('ServiceWorker.stopAllWorkers');
}

test('a save whose background is stopped mid-way is retried, told plainly, and never stored twice', async ({ page, extensionId }) => {
  const library = await openLibrary(page, extensionId);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await select(page, 'article', 'security review found that');
  const stopping = stopWorkersFor(cdp, 400);
  await page.keyboard.press('Alt+Shift+KeyS');
  await stopping;
  const toast = await toastIn(page);
  await expect(toast).toHaveText(
    /^(Saved to your highlights\.|Could not save: The extension was restarting and did not answer, so the highlight may not be saved\. Please try again\.)$/,
  );
  const first = await toast.textContent();
  await expect.poll(async () => (await storedHighlights(library)).length).toBeLessThanOrEqual(1);
  if (first?.startsWith('Saved')) expect(await storedHighlights(library)).toEqual(['security review found that']);

  // Saving the same passage again (the reader trying again) keeps one copy.
  await page.waitForTimeout(4_500); // the first message goes away
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect(toast).toHaveText('Saved to your highlights.');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect(toast).toHaveText('Saved to your highlights.');
  expect(await storedHighlights(library)).toEqual(['security review found that']);
});

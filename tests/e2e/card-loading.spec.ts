/**
 * The card's code (Preact, positioning, the card) is a script of its own, loaded the first
 * time a card is needed: pages pay nothing for it until then, it loads under a page's strict
 * Content-Security-Policy, and a page cannot probe for it at the extension's address.
 */
import type { Page } from '@playwright/test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openCardByHover } from './launch.ts';

/** Counts the page's requests for the card's code (the content script's import of it). */
function cardViewRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    // The session's dynamic address redirects to the extension's own: one load, two requests.
    if (new URL(request.url()).pathname.endsWith('/card-view.js') && !request.redirectedFrom()) count++;
  });
  return () => count;
}

test('the card’s code is loaded only when the first card is needed, and once', async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  const requests = cardViewRequests(page);
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  expect(requests()).toBe(0);

  await expect(await openCardByHover(page, 'Hikvision')).toBeVisible();
  expect(requests()).toBe(1);
  await page.keyboard.press('Escape');
  await expect(await openCardByHover(page, 'Dahua')).toBeVisible();
  expect(requests()).toBe(1);
});

test('the page finds no user-timing entry of the extension’s (production build)', async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await expect(await openCardByHover(page, 'Hikvision')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'MI5 again.' })));
  await page.waitForTimeout(300);
  const entries = await page.evaluate(() =>
    ['mark', 'measure', 'resource'].flatMap((type) => performance.getEntriesByType(type).map((entry) => `${type} ${entry.name}`)),
  );
  expect(entries.filter((entry) => !entry.startsWith('resource https://'))).toEqual([]);
});

test('cards open on a page whose Content-Security-Policy allows no script at all', async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() }, { 'Content-Security-Policy': "script-src 'none'" });
  await page.goto(NEWS_URLS.benzingaArticle);
  expect((await getPageMatches(page)).matches.length).toBeGreaterThan(0);
  const card = await openCardByHover(page, 'Hikvision');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Hikvision');
});

test('a page cannot fetch the card’s code from the extension’s own address', async ({ context, page, extensionId, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await openCardByHover(page, 'Hikvision');
  const probe = await page.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'fetched';
    } catch {
      return 'refused';
    }
  }, `chrome-extension://${extensionId}/card-view.js`);
  expect(probe).toBe('refused');
});

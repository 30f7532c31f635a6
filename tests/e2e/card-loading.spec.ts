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

/** When the content script finished loading the card's code (its user-timing entry), if it did. */
const cardViewLoaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('sst:card-view').map((entry) => entry.startTime + entry.duration)[0] ?? null);

test('the card’s code is loaded only when the first card is needed, and once', async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  expect(await cardViewLoaded(page)).toBeNull();

  await expect(await openCardByHover(page, 'Hikvision')).toBeVisible();
  const loaded = await cardViewLoaded(page);
  expect(loaded).not.toBeNull();
  await page.keyboard.press('Escape');
  await expect(await openCardByHover(page, 'Dahua')).toBeVisible();
  expect(await cardViewLoaded(page)).toBe(loaded);
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

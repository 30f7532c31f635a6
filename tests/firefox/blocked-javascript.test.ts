/**
 * Pages whose JavaScript the reader blocked, in Firefox: Firefox blocks it for every site
 * (`javascript.enabled`, the pref behind add-ons that block scripts), and the extension's
 * content script, the reader and the card still run there. One Firefox for the file.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS } from '../fixtures/news-sites.ts';
import { launchFirefox, openExtensionPage, sendToTab, servePages, tabIdAt, waitFor, type FirefoxSession } from './firefox.ts';
import { cardHeading, highlightTexts, openCardByHover } from './reader.ts';

let firefox: FirefoxSession;
let page: Page;

before(async () => {
  firefox = await launchFirefox({ prefs: { 'javascript.enabled': false } });
  page = firefox.page;
  // A script of the page's own that marks the page if it runs.
  const article = benzingaArticlePage().replace('</body>', '<script>document.documentElement.dataset.pageScript = "ran";</script></body>');
  await servePages(page, { [NEWS_URLS.benzingaArticle]: article });
});

after(() => firefox?.close());

test('the reader paints a page whose JavaScript is blocked, answers the popup, and opens a card', async () => {
  const probe = await openExtensionPage(firefox.browser, '/library.html');
  await page.goto(NEWS_URLS.benzingaArticle);
  await page.bringToFront();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pageScript), undefined, 'the page’s own script was blocked');
  const painted = await waitFor(() => highlightTexts(page, 'term'), (texts) => texts.includes('Hikvision'), 'the highlights');
  assert.ok(painted.length > 10);
  const tabId = await tabIdAt(probe, 0);
  const answer = (await sendToTab(probe, tabId, { type: 'getPageMatches' })) as { matches: Array<{ text: string }> };
  assert.ok(answer.matches.some((match) => match.text === 'Hikvision'));
  await page.bringToFront();
  await openCardByHover(page, 'Hikvision');
  assert.equal(await cardHeading(page), 'Hikvision');
});

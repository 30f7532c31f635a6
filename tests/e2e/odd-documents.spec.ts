/**
 * Documents at a news address that are not HTML pages: the content script does nothing there,
 * quietly (no uncaught error, nothing registered, nothing added).
 */
import { NEWS_URLS } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { collectErrors } from './page-errors.ts';

const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120">
  <text x="10" y="40">Hikvision, the MSS and the National Intelligence Law</text>
</svg>`;

test('an SVG document at a news address: no uncaught error, nothing done', async ({ context, page }) => {
  await context.route(NEWS_URLS.benzingaArticle, (route) => route.fulfill({ contentType: 'image/svg+xml', body: SVG }));
  const errors = collectErrors(page);
  await page.goto(NEWS_URLS.benzingaArticle);
  await page.waitForTimeout(1_500);
  expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
  expect(errors()).toEqual([]);
  expect(await page.evaluate(() => ({ highlights: CSS.highlights.size, children: document.documentElement.children.length }))).toEqual({
    highlights: 0,
    children: 1,
  });
});

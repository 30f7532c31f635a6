/**
 * The reader's own terms, end to end: added from a selection while reading (and seen in a
 * second open tab with no reload), their cards, and the watchlists page.
 */
import type { Page } from '@playwright/test';
import { benzingaArticlePage, mi5ArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openCardByHover } from './launch.ts';
import { select } from './reader.ts';

/** The ranges painted in a list's colour (slot 0 is the first list's), as text. */
const listTexts = (page: Page, slot = 0) =>
  page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()), `sst-watch-${slot}`);

test.beforeEach(async ({ context }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage(), [NEWS_URLS.mi5Article]: mi5ArticlePage() });
});

test('a name selected and added with Alt+Shift+W is highlighted here and in another open tab, with no reload', async ({
  context,
  page,
  getPageMatches,
}) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  const other = await context.newPage();
  await other.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await getPageMatches(other);
  await other.evaluate(() => Object.assign(window, { notReloaded: true }));

  await page.bringToFront();
  await select(page, 'article', 'Financial Times');
  await page.keyboard.press('Alt+Shift+KeyW');
  // The form opens in a closed shadow root with the name in its first field, focused: type the
  // other names, as a reader would, and submit.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SST-LENS-UI');
  // Term, then the list (a new one, "My terms", as there is none yet), then other names and a note.
  for (let field = 0; field < 3; field++) await page.keyboard.press('Tab');
  await page.keyboard.type('FT');
  await page.keyboard.press('Tab');
  await page.keyboard.type('UK business daily');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => listTexts(page)).toEqual(['Financial Times']);
  await expect.poll(() => listTexts(other), { timeout: 3_000 }).toEqual(['Financial Times']);
  expect(await other.evaluate(() => 'notReloaded' in window)).toBe(true);

  const card = await openCardByHover(page, 'Financial Times', 'sst-watch-0-ranges');
  await expect(card.getByRole('heading', { name: 'Financial Times' })).toBeVisible();
  await expect(card).toContainText('On your list My terms');
  await expect(card).toContainText('UK business daily');
  await expect(card).toContainText('Mentioned once on this page');
});

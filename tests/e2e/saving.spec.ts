/**
 * Saved highlights and notes, end to end: saving from a card and from a selection, finding
 * them again after a reload (and after an edit of the article), notes in the popup, and the
 * library's search, delete and undo.
 */
import type { Page } from '@playwright/test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openPopup, tabIdOf } from './extension-pages.ts';
import { cardIn, toastIn } from './card-root.ts';
import { layerTexts, markedTexts } from './highlight-names.ts';
import { openCardByHover } from './launch.ts';
import { select } from './reader.ts';

const savedTexts = (page: Page) => layerTexts(page, 'saved');

const FROM_NEWSLETTER = `${NEWS_URLS.benzingaArticle}?utm_source=newsletter`;

test.beforeEach(async ({ context }) => {
  const article = benzingaArticlePage();
  await servePages(context, { [NEWS_URLS.benzingaArticle]: article, [FROM_NEWSLETTER]: article });
});

test('a term saved from its card, with a note, is painted again after a reload', async ({ page, getPageMatches, serviceWorker, extensionId }) => {
  await page.goto(FROM_NEWSLETTER);
  await getPageMatches(page);
  const card = await openCardByHover(page, 'Hikvision');
  await card.getByRole('button', { name: 'Add a note' }).click();
  // The note field is a frame of the extension's own (the page cannot read what is typed there).
  await card.frameLocator('iframe').getByRole('textbox', { name: 'Note' }).fill('World’s largest camera maker');
  await card.getByRole('button', { name: 'Save with note' }).click();
  await expect(card.getByRole('status')).toContainText('Saved');
  expect(await savedTexts(page)).toEqual(['Hikvision']);

  // Another address for the same article (no tracking parameter, a fragment): the same page.
  await page.goto(`${NEWS_URLS.benzingaArticle}#comments`);
  await getPageMatches(page);
  await expect.poll(() => savedTexts(page)).toEqual(['Hikvision']);

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  const saved = popup.locator('.highlight');
  await expect(saved).toHaveCount(1);
  await expect(saved.locator('blockquote')).toHaveText('Hikvision');
  await expect(saved.locator('.highlight-term')).toHaveText('Hikvision');
  await expect(saved.getByRole('textbox')).toHaveValue('World’s largest camera maker');
});

test('a selection saved with Alt+Shift+S or the context menu is kept and found again', async ({ page, getPageMatches, serviceWorker }) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await select(page, 'article', 'security review found that');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(() => savedTexts(page)).toEqual(['security review found that']);

  // The context menu's item sends the content script this message from the background.
  await select(page, 'article', 'Rishi Sunak');
  const tabId = await tabIdOf(serviceWorker, page);
  await serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } };
    await chrome.tabs.sendMessage(id, { type: 'saveSelection' });
  }, tabId);
  await expect.poll(() => savedTexts(page)).toEqual(['security review found that', 'Rishi Sunak']);
  // The menu's save, like the keyboard's, tells the reader on the page.
  await expect(await toastIn(page)).toHaveText('Saved to your highlights.');

  await page.reload();
  await getPageMatches(page);
  await expect.poll(async () => (await savedTexts(page)).sort()).toEqual(['Rishi Sunak', 'security review found that']);
});

test('after the article is edited, a saved passage is found by fuzzy matching, and a removed one is reported missing', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await select(page, 'article', 'to stop installing Chinese-made surveillance systems');
  await page.keyboard.press('Alt+Shift+KeyS');
  await select(page, 'article', 'Photo: Body Stock and Dragon Claws by Shutterstock');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(async () => (await savedTexts(page)).length).toBe(2);

  const edited = benzingaArticlePage()
    .replace('to stop installing Chinese-made surveillance systems', 'to stop installing China-made surveillance systems')
    .replace('Photo: Body Stock and Dragon Claws by Shutterstock', '');
  await context.unrouteAll();
  await servePages(context, { [NEWS_URLS.benzingaArticle]: edited });
  await page.reload();
  await getPageMatches(page);
  await expect.poll(() => savedTexts(page)).toEqual(['to stop installing China-made surveillance systems']);

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('.highlight')).toHaveCount(2);
  await expect(popup.locator('.highlight.missing blockquote')).toHaveText('Photo: Body Stock and Dragon Claws by Shutterstock');
  await expect(popup.locator('.highlight.missing')).toContainText('Not found on the page');
});

test('a note written in the popup is found in the library, which searches, deletes and undoes', async ({
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await select(page, 'article', 'Liesje Schreinemacher');
  await page.keyboard.press('Alt+Shift+KeyS');
  await select(page, 'article', 'thermal cameras');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(async () => (await savedTexts(page)).length).toBe(2);

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  const note = popup.getByRole('textbox', { name: /Note on “Liesje Schreinemacher/ });
  await note.click();
  await popup.keyboard.type('Dutch export controls on ASML');
  await expect(popup.locator('.highlight').first().locator('.note-status')).toHaveText('Saved');
  await popup.getByRole('textbox', { name: 'Note on this page' }).fill('Background for the chips story');
  await expect(popup.locator('section', { hasText: 'Note on this page' }).locator('.note-status')).toHaveText('Saved');

  const library = await page.context().newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.highlight')).toHaveCount(2);
  await library.getByRole('searchbox').fill('export controls');
  await expect(library.locator('.highlight')).toHaveCount(1);
  await expect(library.locator('.highlight blockquote')).toHaveText('Liesje Schreinemacher');
  await expect(library.locator('.highlight textarea')).toHaveValue('Dutch export controls on ASML');

  await library.getByRole('button', { name: 'Delete' }).click();
  await expect(library.locator('.highlight')).toHaveCount(0);
  await library.getByRole('button', { name: 'Undo' }).click();
  await expect(library.locator('.highlight')).toHaveCount(1);
  await expect(library.locator('.highlight textarea')).toHaveValue('Dutch export controls on ASML');

  // Live: something saved in the article's tab appears in the open library.
  await library.getByRole('searchbox').fill('');
  await page.bringToFront();
  await select(page, 'article', 'Dutch trade minister');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect(library.locator('.highlight')).toHaveCount(3);
  await expect(library.locator('.highlight blockquote').first()).toHaveText('Dutch trade minister');
});

test('a term chosen in the popup is scrolled to on the page and its card opened', async ({ page, getPageMatches, serviceWorker, extensionId }) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  await popup.getByRole('button', { name: /ASML Holding/ }).click();
  await expect((await cardIn(page)).locator('h2')).toHaveText('ASML Holding');
  // The term's first occurrence is marked active (in the overlay), and scrolled into view.
  await expect.poll(() => markedTexts(page, 'active')).toEqual(['ASML Holdings NV']);
  const inView = () =>
    page.evaluate(() => {
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const at = (node as Text).data.indexOf('ASML Holdings NV');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'ASML Holdings NV'.length);
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      }
      return false;
    });
  await expect.poll(inView).toBe(true);
});

test('the popup says so on a page the extension does not read', async ({ context, page, serviceWorker, extensionId }) => {
  await servePages(context, { 'https://example.org/': '<title>Example</title><p>Hikvision</p>' });
  await page.goto('https://example.org/');
  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.getByText('does not read this page')).toBeVisible();
});

/** The library page's search and filters stay legible, on a wide window and a narrow one. */
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openCardByHover } from './launch.ts';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the library’s filters never run into each other or out of the page', async ({ context, page, extensionId, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await (await openCardByHover(page, 'Hikvision')).getByRole('button', { name: 'Save' }).click();

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.highlight')).toHaveCount(1);
  for (const width of [1100, 700, 420]) {
    await library.setViewportSize({ width, height: 800 });
    const controls = library.locator('.filters select, .filters input');
    await expect(controls).toHaveCount(5);
    const boxes = (await Promise.all((await controls.all()).map((control) => control.boundingBox()))) as Box[];
    for (const [i, a] of boxes.entries()) {
      expect(a.x + a.width, `control ${i} at ${width} px`).toBeLessThanOrEqual(width);
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `controls overlap at ${width} px`).toBe(false);
    }
  }
});

/**
 * Terms are painted near the screen only (lib/page/near-painter.ts): a long page's far terms
 * are found, counted and listed, and painted as the reader scrolls to them.
 */
import type { Page } from '@playwright/test';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { layerName } from './highlight-names.ts';

const TERMS = ['Hikvision', 'Dahua', 'MI5', 'Xinjiang'];
const PARAGRAPHS = 400;
/** A term every tenth paragraph of a long article: 40 in all, over many screens. */
function longArticle(): string {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
    const term = i % 10 === 5 ? ` ${TERMS[(i / 10) % TERMS.length | 0]} was named in paragraph ${i}.` : '';
    return `<p id="p${i}">Paragraph ${i} of the council report on bridges and harbours, read slowly.${term}</p>`;
  });
  return `<!doctype html><html lang="en"><head><title>A long report</title></head><body><main><article><h1>A long report</h1>${paragraphs.join('')}</article></main></body></html>`;
}
const EXPECTED = Array.from({ length: PARAGRAPHS / 10 }, (_, i) => TERMS[i % TERMS.length]);

/** The painted terms: each range's text and its paragraph. */
async function painted(page: Page): Promise<Array<{ text: string; paragraph: number }>> {
  const term = await layerName(page, 'term');
  return page.evaluate((name) => {
    const ranges = [...(CSS.highlights.get(name) ?? [])].map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return { text: range.toString(), paragraph: Number(range.startContainer.parentElement!.id.slice(1)) };
    });
    return ranges.sort((a, b) => a.paragraph - b.paragraph);
  }, term);
}

test.beforeEach(async ({ context }) => {
  await servePages(context, { [NEWS_URLS.mi5Article]: longArticle() });
});

test('a long page lists every term, paints those near the screen, and the others as the reader scrolls to them', async ({ page, getPageMatches }) => {
  await page.goto(NEWS_URLS.mi5Article);
  const { matches } = await getPageMatches(page);
  expect(matches.map((match) => match.text)).toEqual(EXPECTED);

  // At the top: the first terms, within the visible part and two screens below it, and no other.
  await expect.poll(async () => (await painted(page)).length).toBeGreaterThan(0);
  const top = await painted(page);
  expect(top.length).toBeLessThan(EXPECTED.length);
  expect(top.map((range) => range.text)).toEqual(EXPECTED.slice(0, top.length));
  const screens = await page.evaluate(() => document.getElementById('p399')!.getBoundingClientRect().bottom / innerHeight);
  expect(screens).toBeGreaterThan(8);

  // At the end: the last terms are painted, and the first ones are not any more.
  await page.evaluate(() => document.getElementById('p399')!.scrollIntoView());
  await expect.poll(async () => (await painted(page)).map((range) => range.paragraph)).toContain(395);
  const end = await painted(page);
  expect(end.map((range) => range.paragraph)).not.toContain(5);
  expect(end.map((range) => range.text)).toEqual(EXPECTED.slice(EXPECTED.length - end.length));
});

test('the keyboard reaches a far term, which is painted as it is scrolled to', async ({ page, getPageMatches }) => {
  await page.goto(NEWS_URLS.mi5Article);
  await getPageMatches(page);
  // Back from the first term wraps around to the last, far below.
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(async () => (await painted(page)).map((range) => range.paragraph), { timeout: 5_000 }).toContain(395);
});

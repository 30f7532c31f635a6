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

/**
 * A long page with a term in every paragraph, a fixed box holding one, and a scrolling box whose
 * term is far inside it: the browser watches only the blocks within reach of the screen by
 * their measured positions (lib/page/near-blocks.ts), so each of these is where that could fail.
 */
function denseArticle(): string {
  const paragraphs = Array.from({ length: 1_500 }, (_, i) => `<p id="p${i}">Paragraph ${i}: ${TERMS[i % TERMS.length]} was named again in the council's report on bridges.</p>`);
  const box = Array.from({ length: 400 }, (_, i) => `<p id="box${i}">Line ${i} of the side story${i === 390 ? ', where Dahua is named' : ''}.</p>`);
  return `<!doctype html><html lang="en"><head><title>A dense report</title></head><body><main><article><h1>A dense report</h1>
    <div id="box" style="height: 200px; overflow: auto">${box.join('')}</div>
    ${paragraphs.join('')}
    <div id="flash" style="position: fixed; bottom: 0; left: 0; background: white">Breaking: MI5 has issued a new alert.</div>
  </article></main></body></html>`;
}

/** The ids of the blocks holding a term that are on the screen now (their box meets the window, and their scrolling box's). */
function onScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('p[id^="p"], #flash, #box p')]
      .filter((el) => /MI5|Hikvision|Dahua|Xinjiang/.test(el.textContent!))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const clip = el.closest('#box')?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
        return box.bottom > Math.max(0, clip.top) && box.top < Math.min(innerHeight, clip.bottom);
      })
      .map((el) => el.id),
  );
}

async function paintedIds(page: Page): Promise<Set<string>> {
  const term = await layerName(page, 'term');
  return new Set(
    await page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range.startContainer.parentElement as Element).id), term),
  );
}

const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test('every term on the screen is painted at each step of a fast scroll, in a fixed box, in a scrolling box and after content is put in above', async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.groupReport]: denseArticle() });
  await page.goto(NEWS_URLS.groupReport);
  await getPageMatches(page);
  await expect.poll(async () => (await paintedIds(page)).has('p0')).toBe(true);

  // A screen a frame (as a fast reader scrolls), checked every 10 steps (a term far down included).
  const step = await page.evaluate(() => Math.round(innerHeight * 0.9));
  const end = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  for (let i = 1, checked = 0; i * step < end; i++) {
    await page.evaluate((y) => scrollTo(0, y), i * step);
    if (i % 10 !== 0) continue;
    await nextFrames(page);
    const painted = await paintedIds(page);
    const shown = await onScreen(page);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.filter((id) => !painted.has(id))).toEqual([]);
    expect(painted.has('p0')).toBe(false);
    checked++;
    if (checked === 1) expect(shown).toContain('flash');
  }

  // Twenty screens put in above what the reader sees: every block below moves down twenty screens.
  await page.evaluate(() => {
    const filler = document.createElement('div');
    filler.style.height = `${innerHeight * 20}px`;
    document.querySelector('h1')!.after(filler);
  });
  await expect.poll(async () => {
    const painted = await paintedIds(page);
    return (await onScreen(page)).filter((id) => !painted.has(id));
  }).toEqual([]);

  // The scrolling box, near the top, scrolled to its far line.
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate(() => document.getElementById('box390')!.scrollIntoView({ block: 'nearest' }));
  await expect.poll(async () => (await paintedIds(page)).has('box390')).toBe(true);
  const painted = await paintedIds(page);
  expect((await onScreen(page)).filter((id) => !painted.has(id))).toEqual([]);
});

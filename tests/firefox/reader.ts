/**
 * What a reader sees and does on a news page in Firefox: the painted terms and saved passages
 * (the page's world sees `CSS.highlights` too), pointing at a term, and the card.
 *
 * Node runs this file directly (type stripping): erasable syntax only.
 */
import type { Page } from 'puppeteer-core';
import { waitFor } from './firefox.ts';

/** Texts of the ranges in a highlight (`sst-term`, `sst-saved`), in document order. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const ranges = [...(CSS.highlights.get(highlightName)?.values() ?? [])].filter((r): r is Range => r instanceof Range);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, name);
}

interface Point {
  x: number;
  y: number;
}

/** Scrolls the first highlighted `text` into view; the middle of its first line. */
async function termPoint(page: Page, text: string): Promise<Point | null> {
  return page.evaluate((wanted) => {
    for (const range of CSS.highlights.get('sst-term')?.values() ?? []) {
      if (!(range instanceof Range) || range.toString() !== wanted) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
}

/** The open card's heading (the term's label), or null while no card is shown. */
export async function cardHeading(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const card = document.querySelector('sst-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    return card?.checkVisibility() ? (card.querySelector('h2')?.textContent ?? '') : null;
  });
}

/** Rests the pointer on a highlighted term, arriving from a little way off, until its card shows. */
export async function openCardByHover(page: Page, text: string): Promise<void> {
  const point = await termPoint(page, text);
  if (!point) throw new Error(`No highlighted "${text}" on ${page.url()}`);
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  await waitFor(() => cardHeading(page), (heading) => heading !== null, `the card of "${text}"`);
}

/** Clicks the card's button named `name` with the pointer (a trusted click). */
export async function clickInCard(page: Page, name: string): Promise<void> {
  const point = await page.evaluate((label) => {
    const buttons = document.querySelector('sst-lens-ui')?.shadowRoot?.querySelectorAll('button') ?? [];
    const button = [...buttons].find((b) => b.textContent?.trim() === label);
    const rect = button?.getBoundingClientRect();
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, name);
  if (!point) throw new Error(`No button "${name}" in the card`);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.mouse.click(point.x, point.y);
}

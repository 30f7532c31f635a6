/**
 * What a reader sees and does on a news page in Firefox: the painted terms and saved passages
 * (the page's world sees `CSS.highlights` too), pointing at a term, and the card.
 *
 * Firefox gives a test no way into the content script's world, so the terms' layer is found the
 * way a page could find it: by its priority. The
 * card is in a closed shadow root; WebDriver BiDi serializes closed roots when asked
 * (`includeShadowTree: 'all'`), and hands the root to the page's world under a test-only name.
 *
 * Node runs this file directly (type stripping): erasable syntax only.
 */
import type { Page } from 'puppeteer-core';
import { bidiConnection, waitFor } from './firefox.ts';

/** The bundled terms' priority (LAYER_PRIORITY in lib/page/highlights.ts). */
const PRIORITY = { term: 0 } as const;
export type Layer = keyof typeof PRIORITY;

/**
 * Texts of the bundled terms' ranges, in document order. What is the reader's own (saved
 * passages, the lists' terms, the active term) is drawn in the overlay: `markedTexts`.
 */
export async function highlightTexts(page: Page, layer: Layer): Promise<string[]> {
  return page.evaluate((priority) => {
    // One Highlight may be registered under two names (its layer's and its style's): each once.
    const layers = new Set([...CSS.highlights.values()].filter((candidate) => candidate.priority === priority));
    // Terms are painted as StaticRanges: read each as a live Range.
    const ranges = [...layers].flatMap((highlight) => [...highlight.values()]).map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return range;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, PRIORITY[layer]);
}

interface RemoteNode {
  type: string;
  value?: { shadowRoot?: { sharedId?: string } | null };
}

/** Exposes the card's closed shadow root to the page's world; false while there is no card host. */
async function exposeCard(page: Page): Promise<boolean> {
  const connection = bidiConnection(page.browser());
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection.send('script.evaluate', {
    expression: '[...document.documentElement.children].find((el) => el !== document.head && el !== document.body) ?? null',
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const root = (result as { result: RemoteNode }).result.value?.shadowRoot?.sharedId;
  if (!root) return false;
  await connection.send('script.callFunction', {
    functionDeclaration: '(root) => { globalThis.__sstTestCardRoot = root; }',
    arguments: [{ sharedId: root }],
    target: { context },
    awaitPromise: false,
  });
  return true;
}

/**
 * What the overlay (lib/page/overlay/) marks for a role (`saved`, `active`, `watch0` …, or
 * `watch` for every list): the text under each mark, found from its drawn boxes as a reader's
 * eye would (the caret positions at its first line's start and its last line's end), in the
 * order it reads. The overlay draws only what is in the window, so the page is scrolled through
 * a screen at a time (and put back); text scrolled out of a scrolling container is not listed.
 */
export async function markedTexts(page: Page, role: string): Promise<string[]> {
  if (!(await exposeCard(page))) return [];
  return page.evaluate(async (wanted) => {
    const root = (globalThis as unknown as { __sstTestCardRoot: ShadowRoot }).__sstTestCardRoot;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const marked = new Map<string, { top: number; left: number; text: string }>();
    const [x, y] = [scrollX, scrollY];
    for (let at = 0; at === 0 || at < document.documentElement.scrollHeight; at += Math.round(innerHeight * 0.8)) {
      scrollTo(0, at);
      await frame();
      for (const mark of root.querySelectorAll(`.mark-${wanted} > div`)) {
        const lines = [...mark.children].map((line) => line.getBoundingClientRect());
        const [first, last] = [lines[0], lines.at(-1)];
        if (!first || !last) continue;
        const start = document.caretPositionFromPoint(first.left + 1, (first.top + first.bottom) / 2);
        const end = document.caretPositionFromPoint(last.right - 1, (last.top + last.bottom) / 2);
        if (!start || !end) continue;
        const range = document.createRange();
        range.setStart(start.offsetNode, start.offset);
        range.setEnd(end.offsetNode, end.offset);
        const top = first.top + scrollY;
        marked.set(`${Math.round(top)},${Math.round(first.left)}`, { top, left: first.left, text: range.toString() });
      }
    }
    scrollTo(x, y);
    await frame();
    return [...marked.values()].sort((a, b) => a.top - b.top || a.left - b.left).map(({ text }) => text);
  }, role);
}

/** The card's whole text, or null while no card is shown. */
export async function cardText(page: Page): Promise<string | null> {
  if (!(await exposeCard(page))) return null;
  return page.evaluate(() => {
    const root = (globalThis as unknown as { __sstTestCardRoot: ShadowRoot }).__sstTestCardRoot;
    const card = root.querySelector('[role="dialog"]');
    return card?.checkVisibility() ? (card.textContent ?? '') : null;
  });
}

interface Point {
  x: number;
  y: number;
}

/**
 * Scrolls the first `text` of the page into view; the middle of its first line. (A bundled
 * term is painted with the Highlight API, a list's in the overlay: the text is looked for as
 * written, and the caller checks what it is by its card or its paint.)
 */
async function termPoint(page: Page, text: string): Promise<Point | null> {
  return page.evaluate((wanted) => {
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode() as Text | null; node; node = walk.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
}

/** A term and a little around it (scrolled into view), in the page's coordinates, as Puppeteer clips a screenshot. */
export async function termClip(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const point = await termPoint(page, text);
  if (!point) throw new Error(`No "${text}" on ${page.url()}`);
  const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
  return { x: scroll.x + point.x - 20, y: scroll.y + point.y - 6, width: 40, height: 12 };
}

/** The open card's heading (the term's label), or null while no card is shown. */
export async function cardHeading(page: Page): Promise<string | null> {
  if (!(await exposeCard(page))) return null;
  return page.evaluate(() => {
    const root = (globalThis as unknown as { __sstTestCardRoot: ShadowRoot }).__sstTestCardRoot;
    const card = root.querySelector('[role="dialog"]');
    return card?.checkVisibility() ? (card.querySelector('h2')?.textContent ?? '') : null;
  });
}

/** What the card shows in the elements `selector` finds: each one's text and, for a link, its address. */
export async function cardElements(page: Page, selector: string): Promise<Array<{ text: string; href: string | null }>> {
  if (!(await exposeCard(page))) return [];
  return page.evaluate((wanted) => {
    const root = (globalThis as unknown as { __sstTestCardRoot: ShadowRoot }).__sstTestCardRoot;
    return [...root.querySelectorAll(wanted)].map((element) => ({ text: element.textContent ?? '', href: element.getAttribute('href') }));
  }, selector);
}

/** Rests the pointer on a term, arriving from a little way off, until its card shows. */
export async function openCardByHover(page: Page, text: string): Promise<void> {
  const point = await termPoint(page, text);
  if (!point) throw new Error(`No "${text}" on ${page.url()}`);
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  await waitFor(() => cardHeading(page), (heading) => heading !== null, `the card of "${text}"`);
}

/** Clicks the card's button named `name` with the pointer (a trusted click), scrolled into sight first as a reader would. */
export async function clickInCard(page: Page, name: string): Promise<void> {
  await exposeCard(page);
  const point = await page.evaluate((label) => {
    const root = (globalThis as unknown as { __sstTestCardRoot?: ShadowRoot }).__sstTestCardRoot;
    const buttons = root?.querySelectorAll('button') ?? [];
    const button = [...buttons].find((b) => b.textContent?.trim() === label);
    button?.scrollIntoView({ block: 'nearest' });
    const rect = button?.getBoundingClientRect();
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, name);
  if (!point) throw new Error(`No button "${name}" in the card`);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.mouse.click(point.x, point.y);
}

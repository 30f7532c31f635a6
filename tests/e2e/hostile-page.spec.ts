/**
 * A hostile page tries to act for the reader: synthetic keys and pointer moves (untrusted
 * events), reaching into the card's shadow root, and custom elements defined before the
 * extension's host. Each attempt is made the way a page's own script would, from the page's
 * world (`page.evaluate`), and checked against what the reader's library holds.
 */
import type { Page } from '@playwright/test';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlights.ts';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { cardIn, cardLocator, exposeCard } from './card-root.ts';
import { storedHighlights } from './extension-pages.ts';
import { expect, test } from './extension.ts';
import { highlightedTermPoint, openCardByHover } from './launch.ts';
import { select } from './reader.ts';

/** Is a card shown (in the extension's closed root, reached through the DevTools protocol)? */
const cardShown = async (page: Page) => (await exposeCard(page)) && (await cardLocator(page).isVisible());

/**
 * A page script that pre-defines custom elements (the old host name among them, disabling
 * shadow roots) and watches every later definition, as a page probing for extensions would.
 */
const CUSTOM_ELEMENT_TRAP = `<script>
  const disabled = (name) => customElements.define(name, class extends HTMLElement {
    static disabledFeatures = ['shadow'];
    constructor() { super(); window.caught = (window.caught || []).concat(this); }
  });
  ['sst-lens-ui', 'lens-ui', 'x-card', 'card-host'].forEach(disabled);
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => { window.defined = (window.defined || []).concat(name); return define(name, ...rest); };
  window.typed = [];
  for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionend', 'textInput']) {
    addEventListener(type, (event) => window.typed.push(event.key ?? event.data ?? ''), true);
  }
  window.messages = [];
  addEventListener('message', (event) => window.messages.push(JSON.stringify(event.data)));
</script>`;

test.beforeEach(async ({ context }) => {
  const article = benzingaArticlePage();
  await servePages(context, {
    [NEWS_URLS.benzingaArticle]: article,
    [NEWS_URLS.mi5Article]: article.replace('<head>', `<head>${CUSTOM_ELEMENT_TRAP}`),
  });
});

test('synthetic Alt+Shift+S on a page-made selection stores nothing; the reader’s own key does', async ({
  context,
  page,
  getPageMatches,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await page.evaluate(() => {
    const paragraph = document.querySelector('article p')!;
    getSelection()!.selectAllChildren(paragraph);
    for (let i = 0; i < 20; i++) {
      const init = { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true };
      document.dispatchEvent(new KeyboardEvent('keydown', init));
      window.dispatchEvent(new KeyboardEvent('keydown', init));
    }
  });
  await page.waitForTimeout(1_000);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  expect(await storedHighlights(library)).toEqual([]);

  // The same key pressed by the reader saves: the path itself works.
  await select(page, 'article', 'security review found that');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(() => storedHighlights(library)).toEqual(['security review found that']);
});

test('synthetic pointer moves, clicks and keys open no card', async ({ page, getPageMatches }) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  const point = (await highlightedTermPoint(page, 'Hikvision'))!;
  await page.evaluate(async ({ x, y }) => {
    const target = document.elementFromPoint(x, y)!;
    for (let i = 0; i < 30; i++) {
      const init = { clientX: x + (i % 3), clientY: y, bubbles: true, pointerType: 'mouse' };
      target.dispatchEvent(new PointerEvent('pointermove', init));
      target.dispatchEvent(new MouseEvent('click', init));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const key = { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true };
    document.body.dispatchEvent(new KeyboardEvent('keydown', key));
  }, point);
  await page.waitForTimeout(800);
  expect(await cardShown(page)).toBe(false);

  // The reader's own pointer opens it.
  await openCardByHover(page, 'Hikvision');
  expect(await cardShown(page)).toBe(true);
});

test('the page cannot reach into the card: its shadow root is closed and Save ignores synthetic clicks', async ({
  context,
  page,
  getPageMatches,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  const card = await openCardByHover(page, 'Hikvision');
  const box = (await card.getByRole('button', { name: 'Save', exact: true }).boundingBox())!;
  const reached = await page.evaluate(({ x, y }) => {
    const host = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body)!;
    const button = host.shadowRoot?.querySelector('button');
    button?.click();
    // Clicks at the Save button's place land on the host, retargeted; they are untrusted anyway.
    const atPoint = document.elementFromPoint(x, y)!;
    atPoint.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
    (atPoint as HTMLElement).click();
    return { shadowRoot: host.shadowRoot, atPoint: atPoint === host };
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(reached).toEqual({ shadowRoot: null, atPoint: true });
  await page.waitForTimeout(500);
  await expect(card.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  expect(await storedHighlights(library)).toEqual([]);
});

test('custom elements the page defined first neither disable the card nor receive its host', async ({ page, getPageMatches }) => {
  await page.goto(NEWS_URLS.mi5Article);
  await getPageMatches(page);
  const card = await openCardByHover(page, 'Hikvision');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Hikvision');
  expect(await page.evaluate(() => ({ caught: (window as { caught?: unknown[] }).caught?.length ?? 0, defined: (window as { defined?: string[] }).defined ?? [] }))).toEqual({
    caught: 0,
    defined: [],
  });
  await expect(await cardIn(page)).toBeVisible();
});

test('the page is posted no message when the content script starts (no extension id given away)', async ({ page, getPageMatches, extensionId }) => {
  await page.goto(NEWS_URLS.mi5Article);
  await getPageMatches(page);
  await openCardByHover(page, 'Hikvision');
  const messages = await page.evaluate(() => (window as unknown as { messages: string[] }).messages);
  expect(messages.filter((message) => message.includes(extensionId) || message.includes('wxt'))).toEqual([]);
  expect(messages).toEqual([]);
});

test('the terms are registered under the one name of their style, and their rules paint without touching the page', async ({
  page,
  getPageMatches,
}) => {
  const registered = () => page.evaluate(() => [...CSS.highlights.keys()]);
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  expect(await registered()).toEqual([HIGHLIGHT_NAMES.background]);
  // The rules are not in the page's style sheets (an extension stylesheet, out of the page's sight).
  expect(
    await page.evaluate(() =>
      [...document.styleSheets, ...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((text) => text.includes('highlight')),
    ),
  ).toEqual([]);

  // Painted: the term looks different once the page drops every registered highlight.
  const point = (await highlightedTermPoint(page, 'Hikvision'))!;
  const clip = { x: point.x - 20, y: point.y - 6, width: 40, height: 12 };
  const painted = await page.screenshot({ clip });
  await page.evaluate(() => CSS.highlights.clear());
  expect((await page.screenshot({ clip })).equals(painted)).toBe(false);
});

test('the note typed in the card is typed where the page cannot read it', async ({ context, page, getPageMatches, extensionId }) => {
  await page.goto(NEWS_URLS.mi5Article);
  await getPageMatches(page);
  const card = await openCardByHover(page, 'Hikvision');
  await card.getByRole('button', { name: 'Add a note' }).click();
  await expect.poll(() => page.frames().some((frame) => frame.url().includes('/note-field.html'))).toBe(true);
  const field = page.frames().find((frame) => frame.url().includes('/note-field.html'))!.getByRole('textbox', { name: 'Note' });
  await field.click();
  await page.keyboard.type('quiet word');
  await expect(field).toHaveValue('quiet word');
  await card.getByRole('button', { name: 'Save with note' }).click();
  await expect(card.getByRole('status')).toContainText('Saved');

  const typed = await page.evaluate(() => (window as unknown as { typed: string[] }).typed.join(''));
  expect(typed).not.toMatch(/[a-z]/);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.highlight textarea').first()).toHaveValue('quiet word');
});

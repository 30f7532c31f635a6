/**
 * Context cards in a real Chromium: hover, the way into and out of the card, related terms,
 * the keyboard path, and the shadow root keeping the page's styles out.
 */
import { bundledDictionary } from '../../lib/dictionary/index.ts';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { cardIn, cardLocator, exposeCard } from './card-root.ts';
import { layerTexts } from './highlight-names.ts';
import { highlightedTermPoint, openCardByHover } from './launch.ts';

const hikvision = bundledDictionary.terms.find((term) => term.id === 'hikvision')!;

test.beforeEach(async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
});

test('hovering a term opens its card beside it, with the facts quoted and sourced', async ({ page }) => {
  // Animations slowed twentyfold: the card is measured while its opening animation still runs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.05 });
  const card = await openCardByHover(page, 'Hikvision');
  const box = (await card.boundingBox())!;
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Hikvision');
  await expect(card.locator('.kind')).toHaveText('company');
  await expect(card.locator('.count')).toHaveText('Mentioned 4 times on this page');
  await expect(card.locator('.summary')).toHaveText(hikvision.summary);
  await expect(card.locator('blockquote')).toHaveText(hikvision.facts.map((fact) => `“${fact.quote}”`));
  await expect(card.locator('cite').first()).toContainText('Benzinga');
  await expect(card.locator('cite').first()).toContainText('China On Slippery Grounds');
  await expect(card.locator('cite').first()).toContainText('Nov 2022');
  await expect(card.getByRole('button', { name: 'Dahua Technology' })).toBeVisible();

  // Beside the term, inside the window, not covering the term.
  const term = (await highlightedTermPoint(page, 'Hikvision'))!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const covers = term.x >= box.x && term.x <= box.x + box.width && term.y >= box.y && term.y <= box.y + box.height;
  expect(covers).toBe(false);
  // Next to the term from the moment it shows (an opening animation once held it in the corner).
  const gap = Math.min(Math.abs(box.y - term.y), Math.abs(box.y + box.height - term.y));
  expect(gap).toBeLessThan(40);
  expect(term.x).toBeGreaterThan(box.x);
  expect(term.x).toBeLessThan(box.x + box.width);
});

test('the card stays open while the pointer is in it, and closes after it leaves', async ({ page }) => {
  const card = await openCardByHover(page, 'Hikvision');
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 6 });
  await page.waitForTimeout(600);
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5, { steps: 4 });
  await expect(card).toBeHidden();
});

test('one quick move into the card (a single pointer event) keeps it open', async ({ page }) => {
  const card = await openCardByHover(page, 'Hikvision');
  const box = (await card.boundingBox())!;
  // A flick: the pointer jumps from the term into the card's middle in one pointermove.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 1 });
  // Well past the grace period after leaving the term (300 ms) and the card's own closing.
  await page.waitForTimeout(1000);
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5, { steps: 1 });
  await expect(card).toBeHidden();
});

test('a page’s forged pointer events neither keep a card open nor open one', async ({ page }) => {
  const card = await openCardByHover(page, 'Hikvision');
  const box = (await card.boundingBox())!;
  await page.mouse.move(5, 5, { steps: 1 });
  // While the card's grace period runs, the page forges moves and enters over the card and on
  // its host (the page can reach the host, a plain div, but not the closed root inside it).
  await page.evaluate(({ x, y }) => {
    const host = [...document.documentElement.children].find((el) => el.tagName === 'DIV')!;
    for (const target of [host, document.body, window] as EventTarget[]) {
      for (const type of ['pointerover', 'pointerenter', 'pointermove']) {
        target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
      }
    }
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  await expect(card).toBeHidden();
  const term = (await highlightedTermPoint(page, 'Dahua'))!;
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y)!;
    for (let i = 0; i < 20; i++) target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' }));
  }, term);
  await page.waitForTimeout(600);
  await expect(card).toBeHidden();
});

test('a card the reader clicked in is theirs to close: the pointer leaving it does not', async ({ page }) => {
  const card = await openCardByHover(page, 'Hikvision');
  // Saving disables, then removes, the button that had focus: the card keeps no focus.
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByRole('status')).toContainText('Saved');
  await page.mouse.move(5, 5, { steps: 4 });
  await page.waitForTimeout(600);
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('a pointer only passing over a term opens nothing', async ({ page }) => {
  const point = (await highlightedTermPoint(page, 'Hikvision'))!;
  await page.mouse.move(point.x, point.y);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);
  await exposeCard(page);
  await expect(cardLocator(page)).toHaveCount(0);
});

test('Escape closes the card', async ({ page }) => {
  const card = await openCardByHover(page, 'Hikvision');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('Escape in the note field closes the card too (the key stays in the field’s frame)', async ({ page }) => {
  const card = await openCardByHover(page, 'Hikvision');
  await card.getByRole('button', { name: 'Add a note' }).click();
  const field = card.frameLocator('iframe').getByRole('textbox', { name: 'Note' });
  await field.click();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('a related term opens its own card', async ({ page }) => {
  const card = await openCardByHover(page, 'Hikvision');
  await card.getByRole('button', { name: 'Xinjiang' }).click();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Xinjiang');
  await expect(card.locator('.count')).toHaveText('Mentioned 2 times on this page');
});

test('the keyboard moves from term to term, opening each card as a dialog with focus', async ({ page, getPageMatches }) => {
  const { matches } = await getPageMatches(page);
  const focusedCard = () =>
    page.evaluate(() => {
      const root = (globalThis as unknown as { __sstTestCardRoot?: ShadowRoot }).__sstTestCardRoot;
      const host = root?.host;
      const active = root?.activeElement;
      return document.activeElement === host && active?.getAttribute('role') === 'dialog' ? active.querySelector('h2')?.textContent : null;
    });
  const activeTerm = () => layerTexts(page, 'active');

  await page.keyboard.press('Alt+Shift+KeyN');
  const card = await cardIn(page);
  await expect.poll(focusedCard).toBe('Cabinet Office');
  await expect(card.getByRole('status')).toHaveText(`Term 1 of ${matches.length} on this page`);
  expect(await activeTerm()).toEqual([matches[0]!.text]);

  await page.keyboard.press('Alt+Shift+KeyN');
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect.poll(focusedCard).toBe('Oliver Dowden');
  await expect(card.getByRole('status')).toHaveText(`Term 3 of ${matches.length} on this page`);

  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(card.getByRole('status')).toHaveText(`Term 2 of ${matches.length} on this page`);

  // Tab reaches the card's controls; Escape closes the card and gives focus back to the page.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => (globalThis as unknown as { __sstTestCardRoot: ShadowRoot }).__sstTestCardRoot.activeElement?.tagName),
  ).toBe('BUTTON');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await activeTerm()).toEqual([]);

  // The keyboard carries on from where it was, and wraps around the page's ends.
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(card.getByRole('status')).toHaveText(`Term 1 of ${matches.length} on this page`);
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(card.getByRole('status')).toHaveText(`Term ${matches.length} of ${matches.length} on this page`);
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect(card.getByRole('status')).toHaveText(`Term 1 of ${matches.length} on this page`);
});

test('the page’s styles do not reach the card', async ({ page }) => {
  await page.addStyleTag({
    // The host is a plain div under <html>: rules aimed at it, however important, lose to the card's :host rule.
    content:
      '* { color: rgb(255, 0, 0) !important; font-family: monospace !important; font-size: 40px !important; } h2 { display: none !important; } ' +
      'html > div { display: none !important; opacity: 0 !important; }',
  });
  const card = await openCardByHover(page, 'Hikvision');
  const title = card.getByRole('heading', { level: 2 });
  await expect(title).toBeVisible();
  const style = await title.evaluate((el) => {
    const computed = getComputedStyle(el);
    return { color: computed.color, fontSize: computed.fontSize, fontFamily: computed.fontFamily };
  });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.fontSize).toBe('17px');
  expect(style.fontFamily).not.toContain('monospace');
});

/**
 * What is the reader's own (a passage they saved, a name they watch, the term whose card is
 * open) is drawn where the page cannot read it (lib/page/overlay/): tried from a hostile page,
 * whose own script watches everything a page can reach (tests/fixtures/page-probe.ts), with a
 * control that shows the same probe catching what the build before this change exposed; and
 * the marks drawn where their text is, whatever moves it (screenshots compared pixel by pixel).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { loadTerms, managerPage } from '../../bench/watchlist-setup.ts';
import { compareMarks, visibleTextBoxes, type MarkCheck } from '../fixtures/marks-on-screen.ts';
import { NEWS_URLS, OTHER_SITE_URL, servePages } from '../fixtures/news-sites.ts';
import { PROBE_CALL, leaks, withProbe, type PageReach } from '../fixtures/page-probe.ts';
import { SAVED_PASSAGE, WATCHED_NAME, WEB_FONT_FILE, WEB_FONT_PATH, orderRollPage, privateMarksPage } from '../fixtures/private-marks-page.ts';
import { exposeCard } from './card-root.ts';
import { expect, test } from './extension.ts';
import { inExtensionWorld, markedTexts } from './highlight-names.ts';
import { openCardByHover, textPoint } from './launch.ts';
import { select } from './reader.ts';

const ARTICLE = NEWS_URLS.mi5Article;
const SECRETS = [SAVED_PASSAGE, WATCHED_NAME];

/** The reader's list: the watched name, and a bundled term they follow too. */
async function watch(context: BrowserContext, names: string[]): Promise<void> {
  const manager = await managerPage(context);
  await loadTerms(manager, names.map((label) => ({ label, aliases: [] })));
  await manager.close();
}

const probe = (page: Page) => page.evaluate(PROBE_CALL(SECRETS)) as Promise<PageReach>;

/** Rests the pointer on the watched name, as the reader would to open its card. */
async function pointAtWatchedName(page: Page): Promise<void> {
  const point = (await textPoint(page, WATCHED_NAME))!;
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  await page.waitForTimeout(700);
}

test('a hostile page reaches nothing of the passage the reader saved, the name they watch, or the card they have open', async ({
  context,
  page,
  getPageMatches,
}) => {
  await servePages(context, { [ARTICLE]: withProbe(privateMarksPage()) });
  await page.goto(ARTICLE);
  await getPageMatches(page);
  // Nothing of the reader's yet: the page as any copy of the extension leaves it.
  await pointAtWatchedName(page);
  const plain = await probe(page);
  expect(plain.highlights.flatMap((highlight) => highlight.texts)).toEqual(['Hikvision']);
  expect(plain.added).toHaveLength(1);

  await select(page, 'article', SAVED_PASSAGE);
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(() => markedTexts(page, 'saved')).toEqual([SAVED_PASSAGE]);
  // A name of their own, and a bundled term they follow.
  await watch(context, [WATCHED_NAME, 'Hikvision']);
  await page.reload();
  await getPageMatches(page);
  await expect.poll(() => markedTexts(page, 'saved')).toEqual([SAVED_PASSAGE]);
  await expect.poll(() => markedTexts(page, 'watch0')).toEqual(expect.arrayContaining(['Hikvision', WATCHED_NAME]));
  const card = await openCardByHover(page, WATCHED_NAME, 'watch0');
  await expect(card.getByRole('heading', { name: WATCHED_NAME })).toBeVisible();
  expect(await markedTexts(page, 'active')).toEqual([WATCHED_NAME]);

  const secret = await probe(page);
  expect(leaks(plain, secret, SECRETS)).toEqual([]);
  // The probe is not blind: it sees the host the extension added, and the bundled term's Highlight.
  expect(secret.added.map(({ tag, shadowRoot }) => ({ tag, shadowRoot }))).toEqual([{ tag: 'div', shadowRoot: false }]);
  expect(secret.highlights.flatMap((highlight) => highlight.texts)).toEqual(['Hikvision']);
});

/**
 * What the build before the overlay exposed, as a page's own script: the bundled terms'
 * Highlight, and with the reader's secrets, Highlights of the saved passage, of the watched
 * name in its list's colour (and out of the bundled one), of the open term, and the card's host.
 */
function beforeTheOverlay(secrets: boolean): string {
  return `<script>addEventListener('load', () => {
    const name = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => String.fromCharCode(97 + (b % 26))).join('');
    const rangeOf = (text) => {
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const at = node.data.indexOf(text);
        if (at >= 0) return new StaticRange({ startContainer: node, startOffset: at, endContainer: node, endOffset: at + text.length });
      }
    };
    const layer = (priority, ...texts) => {
      const highlight = new Highlight(...texts.map(rangeOf));
      highlight.priority = priority;
      CSS.highlights.set(name(), highlight);
    };
    layer(0, 'Hikvision');
    if (${secrets}) {
      layer(1, ${JSON.stringify(SAVED_PASSAGE)});
      layer(0, ${JSON.stringify(WATCHED_NAME)});
      layer(3, ${JSON.stringify(WATCHED_NAME)});
      const host = document.createElement('div');
      host.attachShadow({ mode: 'closed' });
      document.documentElement.append(host);
    }
  });</script>`;
}

test('control: the same probe catches what the build before the overlay let a page read', async ({ context, page }) => {
  const html = (secrets: boolean) => withProbe(privateMarksPage()).replace('</body>', `${beforeTheOverlay(secrets)}</body>`);
  // At an address the extension does not read: the page's own script plays the old build.
  await servePages(context, { [OTHER_SITE_URL]: html(false), [`${OTHER_SITE_URL}?secrets`]: html(true) });
  await page.goto(OTHER_SITE_URL);
  await pointAtWatchedName(page);
  const plain = await probe(page);
  await page.goto(`${OTHER_SITE_URL}?secrets`);
  await pointAtWatchedName(page);
  const found = leaks(plain, await probe(page), SECRETS);
  expect(found).toEqual(
    expect.arrayContaining([
      `CSS.highlights holds a range of "${SAVED_PASSAGE}"`,
      `CSS.highlights holds a range of "${WATCHED_NAME}"`,
      expect.stringMatching(/^CSS\.highlights differs/),
      expect.stringMatching(/^the added elements differ/),
    ]),
  );
});

// ---------------------------------------------------------------------------------------------
// Drawn where the text is.

/** Shows or hides the marks (in the closed root, reached through the DevTools protocol, for the test alone). */
async function showMarks(page: Page, shown: boolean): Promise<void> {
  expect(await exposeCard(page)).toBe(true);
  await page.evaluate((shown) => {
    const root = (globalThis as unknown as { __sstTestCardRoot: ShadowRoot }).__sstTestCardRoot;
    (root.querySelector('.marks') as HTMLElement).style.visibility = shown ? '' : 'hidden';
  }, shown);
}

const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The window as drawn, through the DevTools protocol (Playwright's own screenshot waits for the held-back web font). */
async function windowShot(page: Page): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.detach();
  }
}

/** The watched name's marks against its text as the page shows it now. */
async function marksOnText(page: Page): Promise<MarkCheck & { boxes: number }> {
  await frames(page);
  const boxes = await page.evaluate(visibleTextBoxes, WATCHED_NAME);
  const shown = await windowShot(page);
  await showMarks(page, false);
  const hidden = await windowShot(page);
  await showMarks(page, true);
  return { ...compareMarks(shown, hidden, boxes), boxes: boxes.length };
}

/** Every visible box of the name (at least `boxes` of them) is marked (most of it differs), and nothing else is. */
function expectOnText(check: MarkCheck & { boxes: number }, boxes: number): void {
  expect(check.boxes).toBeGreaterThanOrEqual(boxes);
  expect(check.strayPixels).toBe(0);
  for (const share of check.covered) expect(share).toBeGreaterThan(0.6);
}

test('the marks are drawn where the text is after scrolling, a resize, a web font arriving, content inserted above, and in a scrolling container', async ({
  context,
  page,
  getPageMatches,
}) => {
  let releaseFont!: () => void;
  const fontReleased = new Promise<void>((resolve) => (releaseFont = resolve));
  await servePages(context, { [ARTICLE]: privateMarksPage() });
  await context.route(`**${WEB_FONT_PATH}`, async (route) => {
    await fontReleased;
    await route.fulfill({ status: 200, contentType: 'font/ttf', body: readFileSync(WEB_FONT_FILE) });
  });
  await watch(context, [WATCHED_NAME]);
  // The web font holds the load event back until it arrives.
  await page.goto(ARTICLE, { waitUntil: 'domcontentloaded' });
  await getPageMatches(page);
  await expect.poll(() => markedTexts(page, 'watch0')).toContain(WATCHED_NAME);
  // Plain text, the paragraph still in its fallback font; the one in the ledger is out of its view.
  expectOnText(await marksOnText(page), 2);

  await test.step('scrolled', async () => {
    await page.mouse.wheel(0, 140);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(140);
    expectOnText(await marksOnText(page), 2);
  });

  await test.step('inside a scrolling container, clipped by it', async () => {
    // The ledger's line scrolled half out at its top (10 px of it above the ledger's box): the mark is cut where the text is.
    const cut = await page.evaluate(() => {
      const ledger = document.getElementById('ledger')!;
      const line = document.getElementById('in-ledger')!;
      ledger.scrollTop = line.offsetTop - ledger.offsetTop - ledger.clientTop + 10;
      return line.getBoundingClientRect().top < ledger.getBoundingClientRect().top;
    });
    expect(cut).toBe(true);
    expectOnText(await marksOnText(page), 3);
  });

  await test.step('resized', async () => {
    const before = await page.evaluate(visibleTextBoxes, WATCHED_NAME);
    await page.setViewportSize({ width: 520, height: 900 });
    expect(await page.evaluate(visibleTextBoxes, WATCHED_NAME)).not.toEqual(before);
    expectOnText(await marksOnText(page), 3);
  });

  await test.step('a web font arrived', async () => {
    const before = await page.evaluate(visibleTextBoxes, WATCHED_NAME);
    releaseFont();
    await page.evaluate(() => document.fonts.ready);
    // The text moved (a wider font), and its mark with it.
    expect(await page.evaluate(visibleTextBoxes, WATCHED_NAME)).not.toEqual(before);
    expectOnText(await marksOnText(page), 3);
  });

  await test.step('content inserted above', async () => {
    const before = await page.evaluate(visibleTextBoxes, WATCHED_NAME);
    // Above the first paragraph that names them, within the window: the text moves down.
    await page.evaluate(() => {
      const notice = Object.assign(document.createElement('p'), { textContent: 'Correction: an earlier version of this story misnamed the port.' });
      notice.style.cssText = 'padding: 20px; background: #eef';
      document.getElementById('plain')!.before(notice);
    });
    expect(await page.evaluate(visibleTextBoxes, WATCHED_NAME)).not.toEqual(before);
    expectOnText(await marksOnText(page), 3);
  });
});

/** Counts, from now on, the extension's measurements of text (`Range#getClientRects`, in its own isolated world). */
async function countTextMeasurements(page: Page): Promise<void> {
  const installed = await inExtensionWorld<boolean>(
    page,
    `(() => {
      if (globalThis.__sstTestMeasured === undefined) {
        const measure = Range.prototype.getClientRects;
        Range.prototype.getClientRects = function () { globalThis.__sstTestMeasured++; return measure.call(this); };
      }
      globalThis.__sstTestMeasured = 0;
      return true;
    })()`,
  );
  expect(installed).toBe(true);
}

const textMeasurements = async (page: Page) => (await inExtensionWorld<number>(page, 'globalThis.__sstTestMeasured')) ?? -1;

test('scrolling the window or a change of the page measures no mark far from it, and a mark far below is drawn where its text is once scrolled to', async ({ context, page }) => {
  const LINES = 1_000;
  await servePages(context, { [ARTICLE]: orderRollPage(LINES) });
  await watch(context, [WATCHED_NAME]);
  await page.goto(ARTICLE);
  // The roll is one block: as it comes near the window, all its names are marked at once.
  await expect.poll(async () => (await markedTexts(page, 'watch0')).length).toBe(LINES);
  await page.evaluate(() => window.scrollTo(0, document.getElementById('roll')!.offsetTop));
  await frames(page);
  await frames(page);

  await test.step('scrolled through the roll: only the names coming near the window are measured', async () => {
    await countTextMeasurements(page);
    // 20 frames of 50 px: at most the 35 or so lines of the roll that come within two screens of the window need measuring.
    await page.evaluate(async () => {
      for (let i = 0; i < 20; i++) {
        scrollBy(0, 50);
        await new Promise(requestAnimationFrame);
      }
    });
    await frames(page);
    // Each drawing measuring every mark (the overlay before) made 1,000 measurements a frame.
    const measured = await textMeasurements(page);
    expect(measured).toBeGreaterThanOrEqual(0);
    expect(measured).toBeLessThan(LINES / 10);
    expectOnText(await marksOnText(page), 10);
  });

  await test.step('the page changed: only the names near the window are measured again', async () => {
    await countTextMeasurements(page);
    await page.evaluate(() => {
      const notice = Object.assign(document.createElement('p'), { textContent: 'Correction: an earlier version of this roll left out an order.' });
      document.querySelector('h1')!.after(notice);
    });
    await frames(page);
    await frames(page);
    // Two drawings (for the change, then for the document's new height), each of the 130 or so
    // names within two screens of the window.
    const measured = await textMeasurements(page);
    expect(measured).toBeGreaterThan(0);
    expect(measured).toBeLessThan(LINES / 3);
    expectOnText(await marksOnText(page), 10);
  });

  await test.step('jumped to the last line, not measured since the page changed', async () => {
    await countTextMeasurements(page);
    await page.evaluate(() => document.getElementById('last-order')!.scrollIntoView({ block: 'center' }));
    const last = await page.evaluate(() => document.getElementById('last-order')!.getBoundingClientRect().top);
    expect(last).toBeGreaterThan(0);
    expect(last).toBeLessThan(await page.evaluate(() => innerHeight));
    await expect(async () => expectOnText(await marksOnText(page), 10)).toPass({ timeout: 3_000 });
    // Measured as they came near the window.
    expect(await textMeasurements(page)).toBeGreaterThan(0);
  });
});

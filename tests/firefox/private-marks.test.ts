/**
 * The reader's private marks in Firefox (lib/page/overlay/), with the Chromium suite's hostile
 * page (tests/e2e/private-marks.spec.ts): a page whose own script watches everything a page
 * can reach (tests/fixtures/page-probe.ts) learns nothing of the passage the reader saved on it,
 * of the name they watch, or of the card they have open; and the marks are drawn where their
 * text is, whatever moves it (screenshots compared pixel by pixel). One Firefox for the file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page as PlaywrightPage } from '@playwright/test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { loadTerms } from '../../bench/watchlist-setup.ts';
import { compareMarks, visibleTextBoxes, type MarkCheck } from '../fixtures/marks-on-screen.ts';
import { NEWS_URLS } from '../fixtures/news-sites.ts';
import { PROBE_CALL, leaks, withProbe, type PageReach } from '../fixtures/page-probe.ts';
import { SAVED_PASSAGE, WATCHED_NAME, WEB_FONT_FILE, WEB_FONT_PATH, privateMarksPage } from '../fixtures/private-marks-page.ts';
import { bidiConnection, launchFirefox, openExtensionPage, sendToTab, tabIdAt, waitFor, type FirefoxSession } from './firefox.ts';
import { cardHeading, highlightTexts, markedTexts, openCardByHover } from './reader.ts';

const ARTICLE = NEWS_URLS.mi5Article;
const FONTLESS_ARTICLE = `${NEWS_URLS.mi5Article}?late-font`;
const SECRETS = [SAVED_PASSAGE, WATCHED_NAME];

let firefox: FirefoxSession;
let page: Page;
/** An extension page in a second tab: asks the article's content script, writes the reader's lists. */
let library: Page;
/** Lets the web font through (held back until then). */
let releaseFont: () => void;

before(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  const fontReleased = new Promise<void>((resolve) => (releaseFont = resolve));
  const pages = new Map([
    [ARTICLE, withProbe(privateMarksPage())],
    [FONTLESS_ARTICLE, privateMarksPage()],
  ]);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    if (url.endsWith(WEB_FONT_PATH)) {
      return void fontReleased.then(() => request.respond({ status: 200, contentType: 'font/ttf', body: readFileSync(WEB_FONT_FILE) }));
    }
    const body = pages.get(url.split('#')[0]!);
    if (body === undefined) return void request.abort('internetdisconnected');
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  library = await openExtensionPage(firefox.browser, '/library.html');
});

after(() => firefox?.close());

/** Loads `url` in the first tab (waiting for the DOM only: the web font holds the load back) and waits for its content script. */
async function read(url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdAt(library, 0);
  await waitFor(() => sendToTab(library, tabId, { type: 'getPageMatches' }) as Promise<{ url: string }>, (matches) => matches.url === url, `the content script on ${url}`);
  await page.bringToFront();
}

/** The reader's list: the names given, in one list (written as the benchmarks write it). */
async function watch(names: string[]): Promise<void> {
  // loadTerms only calls `evaluate`, which Puppeteer's page has too.
  await loadTerms(library as unknown as PlaywrightPage, names.map((label) => ({ label, aliases: [] })));
}

const probe = () => page.evaluate(PROBE_CALL(SECRETS)) as Promise<PageReach>;

/** Rests the pointer on the watched name, as the reader would to open its card. */
async function pointAtWatchedName(): Promise<void> {
  const point = await page.evaluate((name) => {
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode() as Text | null; node; node = walk.nextNode() as Text | null) {
      const at = node.data.indexOf(name);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + name.length);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error('no watched name');
  }, WATCHED_NAME);
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  await new Promise((resolve) => setTimeout(resolve, 700));
}

test('a hostile page reaches nothing of the passage the reader saved, the name they watch, or the card they have open', async () => {
  await read(ARTICLE);
  await waitFor(() => highlightTexts(page, 'term'), (texts) => texts.length === 1, 'the bundled term');
  await pointAtWatchedName();
  const plain = await probe();
  assert.deepEqual(plain.highlights.flatMap((highlight) => highlight.texts), ['Hikvision']);
  assert.equal(plain.added.length, 1);

  await page.evaluate((passage) => {
    const paragraph = document.getElementById('first')!.firstChild as Text;
    const at = paragraph.data.indexOf(passage);
    getSelection()!.setBaseAndExtent(paragraph, at, paragraph, at + passage.length);
  }, SAVED_PASSAGE);
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyS');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
  await waitFor(() => markedTexts(page, 'saved'), (texts) => texts.length === 1, 'the saved passage');
  assert.deepEqual(await markedTexts(page, 'saved'), [SAVED_PASSAGE]);
  await watch([WATCHED_NAME, 'Hikvision']);

  await read(ARTICLE);
  await page.evaluate(() => scrollTo(0, 0));
  assert.deepEqual(await waitFor(() => markedTexts(page, 'saved'), (texts) => texts.length === 1, 'the saved passage after the reload'), [SAVED_PASSAGE]);
  // The name and the bundled term both on the list, in its colour (every occurrence but the one
  // scrolled out of sight in the ledger).
  assert.deepEqual(await waitFor(() => markedTexts(page, 'watch0'), (texts) => texts.length >= 4, 'the list\u2019s terms'), ['Hikvision', WATCHED_NAME, WATCHED_NAME, WATCHED_NAME]);
  await openCardByHover(page, WATCHED_NAME);
  assert.equal(await cardHeading(page), WATCHED_NAME);
  assert.deepEqual(await markedTexts(page, 'active'), [WATCHED_NAME]);

  const secret = await probe();
  assert.deepEqual(leaks(plain, secret, SECRETS), []);
  // The probe is not blind: it sees the host the extension added, and the bundled term's Highlight.
  assert.deepEqual(
    secret.added.map(({ tag, shadowRoot }) => ({ tag, shadowRoot })),
    [{ tag: 'div', shadowRoot: false }],
  );
  assert.deepEqual(secret.highlights.flatMap((highlight) => highlight.texts), ['Hikvision']);
});

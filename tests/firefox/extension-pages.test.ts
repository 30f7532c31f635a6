/**
 * The extension's own pages and switches in Firefox: the popup about a news tab, its on/off
 * switch acting on the open tab, its terms under their packs' headings, "Annotate this page" (the keyboard command) on a site that is
 * not covered, the watchlists page (a list pasted, files imported: OpenSanctions, a MISP cluster,
 * a STIX bundle), and the library's import
 * and export. One Firefox for the whole file.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { MI5_ARTICLE } from '../fixtures/expected-terms.ts';
import { advisoryPage, mi5ArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, OTHER_SITE_URL } from '../fixtures/news-sites.ts';
import { INTEL_ARTICLE_URL, WATCHLIST_ARTICLE_URL, intelArticlePage, watchlistArticlePage } from '../fixtures/watchlist-page.ts';
import {
  gotoExtensionPage,
  launchFirefox,
  openExtensionPage,
  runShortcut,
  sendToTab,
  servePages,
  tabIdAt,
  waitFor,
  type FirefoxSession,
} from './firefox.ts';
import { cardText, highlightTexts, markedTexts, openCardByHover } from './reader.ts';

/** A page with none of the bundled terms, and one of the reader's. */
const TYPHOON_PAGE = '<!doctype html><title>Breach</title><article><h1>A breach</h1><p>Investigators blamed Pewter Typhoon for the outage.</p></article>';

let firefox: FirefoxSession;
let page: Page;
/** The library, in the second tab. */
let library: Page;

before(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  await servePages(page, { [NEWS_URLS.mi5Article]: mi5ArticlePage(), [OTHER_SITE_URL]: mi5ArticlePage(), [NEWS_URLS.traps.bakery]: TYPHOON_PAGE, [WATCHLIST_ARTICLE_URL]: watchlistArticlePage(), [INTEL_ARTICLE_URL]: intelArticlePage(), [NEWS_URLS.advisory]: advisoryPage() });
  library = await openExtensionPage(firefox.browser, '/library.html');
});

after(() => firefox?.close());

const MI5_TEXTS = MI5_ARTICLE.map(([, text]) => text);
const termTexts = () => highlightTexts(page, 'term');
/** The lists' terms, drawn in the overlay in their lists' colours (every list's). */
const listTexts = () => markedTexts(page, 'watch');
const innerText = (of: Page) => of.evaluate(() => document.body.innerText);

test('the popup lists the page\u2019s terms, and its switch turns reading off and on in the open tab', async () => {
  await page.goto(NEWS_URLS.mi5Article);
  await waitFor(termTexts, (texts) => texts.length === MI5_TEXTS.length, 'the article\u2019s highlights');
  const popup = await openExtensionPage(firefox.browser, `/popup.html?tab=${await tabIdAt(library, 0)}`);
  try {
    const listed = await waitFor(() => innerText(popup), (text) => text.includes('Dan Jarvis'), 'the popup\u2019s terms');
    for (const label of ['MI5 (the Security Service)', 'Ministry of State Security (MSS)', 'Senedd (Welsh Parliament)']) {
      assert.ok(listed.includes(label), `the popup lists ${label}`);
    }
    const onOff = async () => popup.$eval('input[role="switch"]', (input) => (input as HTMLInputElement).checked);
    assert.equal(await onOff(), true);

    await popup.click('label.switch');
    await waitFor(termTexts, (texts) => texts.length === 0, 'the highlights to go');
    assert.equal(await onOff(), false);
    await popup.click('label.switch');
    assert.deepEqual(await waitFor(termTexts, (texts) => texts.length === MI5_TEXTS.length, 'the highlights to come back'), MI5_TEXTS);
  } finally {
    await popup.close();
  }
});

test('the popup lists the page\u2019s terms under their packs\u2019 headings, with their counts', async () => {
  await page.goto(NEWS_URLS.advisory);
  await waitFor(termTexts, (texts) => texts.includes('Salt Typhoon'), 'the story\u2019s highlights');
  const popup = await openExtensionPage(firefox.browser, `/popup.html?tab=${await tabIdAt(library, 0)}`);
  try {
    const groups = () =>
      popup.$$eval('.term-group', (sections) =>
        sections.map((section) => [
          section.querySelector('.group-name')?.textContent,
          section.querySelector('.group-count')?.textContent,
          [...section.querySelectorAll('button.term')].map((row) => `${row.querySelector('.label')?.textContent} ${row.querySelector('.count')?.textContent}`),
        ]),
      );
    // Written from the story's text: the FBI three times, APT28 twice (once as Fancy Bear).
    assert.deepEqual(await waitFor(groups, (found) => found.length > 0, 'the popup\u2019s groups'), [
      ['Agencies and units', '3 terms', ['Federal Bureau of Investigation (FBI) 3', 'National Security Agency (NSA) 2', 'GRU (Russian military intelligence) 1']],
      ['Hacking groups', '2 terms', ['APT28 (Fancy Bear) 2', 'Salt Typhoon 1']],
      ['Spyware', '2 terms', ['Pegasus (spyware) 1', 'NSO Group 1']],
      ['Companies on security lists', '1 term', ['Huawei 1']],
      ['Laws and lists', '1 term', ['FISA Section 702 1']],
    ]);
  } finally {
    await popup.close();
  }
});

test('"Annotate this page" (its keyboard command) reads a site that is not covered, and only when asked', async () => {
  await page.goto(OTHER_SITE_URL);
  await page.bringToFront();
  const tabId = await tabIdAt(library, 0);
  await assert.rejects(sendToTab(library, tabId, { type: 'getPageMatches' }), /Receiving end does not exist|Could not establish connection/);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);

  await runShortcut(firefox.browser, { key: 'A', modifiers: 'alt,shift' }); // Alt+Shift+A: annotate-page
  assert.deepEqual(await waitFor(termTexts, (texts) => texts.length === MI5_TEXTS.length, 'the highlights'), MI5_TEXTS);
});

test('a list made on the watchlists page is highlighted on an article, and in text the page adds later, with no reload; an OpenSanctions file imported there too', async () => {
  await gotoExtensionPage(library, '/watchlists.html');
  await library.type('input[name="name"]', 'Typhoons');
  await library.click('form.new-list button[type="submit"]');
  await waitFor(() => innerText(library), (text) => text.includes('Add to Typhoons'), 'the new list');
  await library.type('label.paste textarea', 'Pewter Typhoon | Vellum Panda\nMarble Typhoon');
  await library.click('label.paste + button');
  await waitFor(() => innerText(library), (text) => text.includes('2 added, 0 merged.'), 'the terms added');

  await page.goto(NEWS_URLS.traps.bakery);
  await page.bringToFront();
  assert.deepEqual(await waitFor(listTexts, (texts) => texts.length === 1, 'the list\u2019s term'), ['Pewter Typhoon']);
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Marble Typhoon was named the next day.';
    document.querySelector('article')!.append(paragraph);
  });
  assert.deepEqual(await waitFor(listTexts, (texts) => texts.length === 2, 'the term in the added text'), ['Pewter Typhoon', 'Marble Typhoon']);

  // An OpenSanctions file imported into a new list (its progress, then its report): its terms
  // are highlighted on an article, with the bundled ones.
  await library.bringToFront();
  await library.type('input[name="name"]', 'Sanctions');
  await library.click('form.new-list button[type="submit"]');
  await waitFor(() => innerText(library), (text) => text.includes('Add to Sanctions'), 'the second list');
  const input = await library.waitForSelector('input[type="file"]');
  await input!.uploadFile(fileURLToPath(new URL('../fixtures/watchlists/targets.simple.csv', import.meta.url)));
  await waitFor(() => innerText(library), (text) => text.includes('Imported targets.simple.csv: 5 added, 0 merged, 0 skipped.'), 'the import\u2019s report');
  await page.goto(WATCHLIST_ARTICLE_URL);
  await page.bringToFront();
  assert.deepEqual(await waitFor(listTexts, (texts) => texts.length === 5, 'the imported terms'), ['Marble Typhoon', 'Pewter Typhoon', 'Hikvision', 'Ivan Sidorov', 'Alliance']);
});

const fixtureFile = (name: string) => fileURLToPath(new URL(`../fixtures/watchlists/${name}`, import.meta.url));

test('a MISP cluster and a STIX bundle imported on the watchlists page bring lists of their own, whose actors are highlighted with cards that say what the files say', async () => {
  await gotoExtensionPage(library, '/watchlists.html');
  const input = await library.waitForSelector('input[type="file"]');
  await input!.uploadFile(fixtureFile('misp-cluster.json'));
  const cluster = await waitFor(() => innerText(library), (text) => text.includes('Imported misp-cluster.json: 3 added, 0 merged, 0 skipped.'), 'the cluster\u2019s report');
  assert.ok(cluster.includes('Passed over: 1 revoked value.'));
  assert.match(cluster, /Threat Actor \(MISP\)\s+\(3 terms\)/);
  await input!.uploadFile(fixtureFile('stix-bundle.json'));
  const bundle = await waitFor(() => innerText(library), (text) => text.includes('Imported stix-bundle.json: 5 added, 0 merged, 0 skipped.'), 'the bundle\u2019s report');
  assert.ok(bundle.includes('Passed over: 3 relationships, 2 location objects, 1 revoked or deprecated object, 1 attack pattern.'));

  await page.goto(INTEL_ARTICLE_URL);
  await page.bringToFront();
  // Both lists' actors, APT28 (a bundled term too) and Cinder Owl (on both lists) once; nothing
  // revoked, no attack pattern.
  const expected = ['Slate Kestrel', 'Amber Wasp', 'QuillDrop', 'Quill Loader', 'APT28', 'Copper Lantern', 'Quartz Heron', 'Silence', 'Cinder Owl'];
  assert.deepEqual(await waitFor(listTexts, (texts) => texts.length === expected.length, 'the imported actors'), expected);
  await openCardByHover(page, 'Slate Kestrel');
  const card = (await cardText(page)) ?? '';
  for (const shown of ['On your list stix-bundle', 'Slate Kestrel is a made-up group for the tests that targets ministries of defence.', 'Russia', 'northwind NW-0042', 'https://www.example.org/reports/slate-kestrel-2025']) {
    assert.ok(card.includes(shown), `the card shows ${shown}: ${card}`);
  }
  assert.ok(!card.includes('Citation'), 'no citation marker');
  await page.keyboard.press('Escape');
});

const ARCHIVE = {
  format: 'state-security-lens',
  version: 1,
  exportedAt: '2025-11-20T12:00:00.000Z',
  pages: [{ url: NEWS_URLS.mi5Article, title: 'MI5 issues espionage alert', note: 'Background for Monday', firstSeen: '2025-11-18T09:00:00.000Z', lastSeen: '2025-11-18T10:00:00.000Z' }],
  highlights: [
    ['h1', 'Ministry of State Security', 'mss', 'Who runs the recruiters'],
    ['h2', 'LinkedIn', 'linkedin', ''],
  ].map(([id, exact, termId, note]) => ({
    id,
    url: NEWS_URLS.mi5Article,
    pageTitle: 'MI5 issues espionage alert',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 10, end: 10 + exact!.length },
    termId,
    note,
    tags: [],
    createdAt: '2025-11-18T09:00:00.000Z',
    updatedAt: '2025-11-18T09:00:00.000Z',
  })),
};

const quotes = (of: Page) => of.$$eval('.highlight blockquote', (items) => items.map((item) => item.textContent));

test('the library imports a file, lists and searches it, and exports it as a downloaded JSON file', async () => {
  await gotoExtensionPage(library, '/library.html');
  const file = join(firefox.downloadDir, 'laptop.json');
  await writeFile(file, JSON.stringify(ARCHIVE));
  const input = await library.waitForSelector('input[type="file"]');
  await input!.uploadFile(file);
  assert.deepEqual((await waitFor(() => quotes(library), (found) => found.length === 2, 'the imported highlights')).sort(), [
    'LinkedIn',
    'Ministry of State Security',
  ]);

  await library.type('input[type="search"]', 'recruiters');
  assert.deepEqual(await waitFor(() => quotes(library), (found) => found.length === 1, 'the search'), ['Ministry of State Security']);
  await library.$eval('input[type="search"]', (search) => ((search as HTMLInputElement).value = ''));
  await library.type('input[type="search"]', ' ');
  await waitFor(() => quotes(library), (found) => found.length === 2, 'the search cleared');

  await library.click('form.export button[type="submit"]');
  // The file is listed as soon as Firefox creates it, before its bytes are all written.
  const downloaded = async () => {
    const [name] = (await readdir(firefox.downloadDir)).filter((file) => /^state-security-lens-\d{4}-\d{2}-\d{2}\.json$/.test(file));
    const text = name ? await readFile(join(firefox.downloadDir, name), 'utf8') : '';
    try {
      return JSON.parse(text) as { format: string; highlights: Array<{ id: string }>; pages: unknown };
    } catch {
      return null;
    }
  };
  const archive = (await waitFor(downloaded, (parsed) => parsed !== null, 'the downloaded export'))!;
  assert.equal(archive.format, 'state-security-lens');
  assert.deepEqual(archive.highlights.map((highlight: { id: string }) => highlight.id).sort(), ['h1', 'h2']);
  assert.deepEqual(archive.pages, ARCHIVE.pages);
});

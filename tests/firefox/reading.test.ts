/**
 * Reading news in Firefox: the fixture articles at news-site addresses are annotated with
 * exactly the terms the Chromium suite expects (one shared list), a term's card opens on hover
 * (its code loaded by `import()` the first time), and a term saved from its card is painted
 * again after a reload. One Firefox for the whole file.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { BENZINGA_ARTICLE, EDGE_CASES, MI5_ARTICLE, asMatches, type Expected } from '../fixtures/expected-terms.ts';
import { benzingaArticlePage, edgeCasesPage, groupReportPage, mi5ArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS } from '../fixtures/news-sites.ts';
import { launchFirefox, openExtensionPage, sendToTab, servePages, tabIdAt, waitFor, type FirefoxSession } from './firefox.ts';
import { cardElements, cardHeading, cardText, clickInCard, highlightTexts, markedTexts, openCardByHover, termClip } from './reader.ts';

let firefox: FirefoxSession;
let page: Page;
/** An extension page in a second tab, from which the article's content script is asked. */
let probe: Page;

before(async () => {
  firefox = await launchFirefox();
  page = firefox.page;
  await servePages(page, {
    [NEWS_URLS.mi5Article]: mi5ArticlePage(),
    [NEWS_URLS.benzingaArticle]: benzingaArticlePage(),
    [NEWS_URLS.edgeCases]: edgeCasesPage(),
    [NEWS_URLS.groupReport]: groupReportPage(),
  });
  probe = await openExtensionPage(firefox.browser, '/library.html');
});

after(() => firefox?.close());

interface PageMatches {
  url: string;
  matches: Array<{ termId: string; text: string }>;
}

/** Loads a news page in the first tab; what its content script reports once it has read it. */
async function read(url: string): Promise<PageMatches> {
  await page.goto(url);
  const tabId = await tabIdAt(probe, 0);
  const answer = await waitFor(
    () => sendToTab(probe, tabId, { type: 'getPageMatches' }) as Promise<PageMatches>,
    (matches) => matches.url === url,
    `the content script on ${url}`,
  );
  await page.bringToFront();
  return answer;
}

const pages: Array<[name: string, url: string, expected: Expected]> = [
  ['the MI5 article (ProductiveClue)', NEWS_URLS.mi5Article, MI5_ARTICLE],
  ['the surveillance article (Benzinga)', NEWS_URLS.benzingaArticle, BENZINGA_ARTICLE],
  ['the edge cases (split, spaced and curly forms; hidden and editable text)', NEWS_URLS.edgeCases, EDGE_CASES],
];

for (const [name, url, expected] of pages) {
  test(`${name}: exactly the expected terms, painted one range each`, async () => {
    const { matches } = await read(url);
    assert.deepEqual(matches, asMatches(expected));
    const painted = await waitFor(() => highlightTexts(page, 'term'), (texts) => texts.length === expected.length, 'the highlights');
    assert.deepEqual(painted, expected.map(([, text]) => text));
  });
}

test('the highlights are painted: a term looks different once the page drops them', async () => {
  await read(NEWS_URLS.benzingaArticle);
  const clip = await termClip(page, 'Hikvision');
  const painted = Buffer.from(await page.screenshot({ clip }));
  await page.evaluate(() => CSS.highlights.clear());
  const plain = Buffer.from(await page.screenshot({ clip }));
  assert.equal(plain.equals(painted), false, 'the term was painted');
});

test('hovering a term opens its card (none before), in a root closed to the page, with no timing entries', async () => {
  await read(NEWS_URLS.benzingaArticle);
  // No card host before a card is needed (the Chromium suite counts the card code's loads).
  assert.equal(await cardText(page), null, 'no card before one is needed');
  await openCardByHover(page, 'Hikvision');
  assert.equal(await cardHeading(page), 'Hikvision');
  const text = (await cardText(page)) ?? '';
  assert.match(text, /Mentioned 4 times on this page/);
  assert.match(text, /Benzinga/);
  // The page sees a host with a closed root, and no user-timing entry of the extension's.
  assert.deepEqual(
    await page.evaluate(() => ({
      shadowRoot: [...document.documentElement.children].find((el) => el !== document.head && el !== document.body)?.shadowRoot,
      entries: performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length,
    })),
    { shadowRoot: null, entries: 0 },
  );
});

test('a term saved from its card is painted as saved, and again after a reload', async () => {
  await read(NEWS_URLS.benzingaArticle);
  await openCardByHover(page, 'Hikvision');
  await clickInCard(page, 'Save');
  await waitFor(() => markedTexts(page, 'saved'), (texts) => texts.length === 1, 'the saved highlight');
  assert.deepEqual(await markedTexts(page, 'saved'), ['Hikvision']);

  await read(NEWS_URLS.benzingaArticle);
  assert.deepEqual(await waitFor(() => markedTexts(page, 'saved'), (texts) => texts.length > 0, 'the saved highlight after a reload'), [
    'Hikvision',
  ]);
});

test('a group met as "Forest Blizzard": whose name that is, its attribution with links to who says so, its names by namer, its service a card', async () => {
  await read(NEWS_URLS.groupReport);
  await openCardByHover(page, 'Forest Blizzard');
  assert.equal(await cardHeading(page), 'APT28 (Fancy Bear)');
  assert.deepEqual(await cardElements(page, '.name-on-page'), [{ text: 'Forest Blizzard — Microsoft’s name for APT28', href: null }]);
  const [attribution] = await cardElements(page, '.attribution');
  assert.match(attribution!.text, /^Attributed to Russia · GRU Unit 26165 \(85th Main Special Service Centre\), according to US Department of Justice · /);
  // Each who a link to where they say so (the Chromium suite checks the addresses against the dictionary).
  const sayers = await cardElements(page, '.attribution a');
  assert.deepEqual(
    sayers.map(({ text }) => text),
    ['US Department of Justice', 'UK NCSC', 'UK NCSC, NSA, CISA and partners in 10 countries'],
  );
  for (const { href } of sayers) assert.match(href ?? '', /^https:\/\/\S+$/);

  const namers = async () => (await cardElements(page, '.crosswalk dt')).map(({ text }) => text);
  assert.deepEqual(await namers(), ['MITRE ATT&CK', 'Microsoft', 'CrowdStrike']);
  assert.deepEqual(
    (await cardElements(page, '.crosswalk dd')).map(({ text }) => text),
    ['APT28', 'Forest Blizzard, Strontium (former)', 'Fancy Bear'],
  );
  const [more] = await cardElements(page, '.more-names');
  assert.match(more!.text, /^\+\d+ more names$/);
  await clickInCard(page, more!.text);
  const all = await waitFor(namers, (shown) => shown.length > 3, 'every namer');
  assert.ok(all.includes('Proofpoint') && all.includes('Secureworks'), `namers: ${all.join(', ')}`);

  await clickInCard(page, 'GRU');
  await waitFor(() => cardHeading(page), (heading) => heading === 'GRU (Russian military intelligence)', 'the GRU’s card');
  assert.deepEqual((await cardElements(page, '.identity-facts dd')).map(({ text }) => text), ['Russia']);
});

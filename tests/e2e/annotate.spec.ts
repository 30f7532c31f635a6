/**
 * The content script on news pages, end to end: the built extension in Chromium, the two
 * source articles and some harder pages served at real news addresses, no network.
 *
 * The expected matches are the test oracle, in tests/fixtures/expected-terms.ts (the Firefox
 * suite holds Firefox to the same list).
 */
import type { Page } from '@playwright/test';
import { BENZINGA_ARTICLE, EDGE_CASES, LIVE_BLOG_START, MI5_ARTICLE, asMatches } from '../fixtures/expected-terms.ts';
import {
  benzingaArticlePage,
  edgeCasesPage,
  liveBlogPage,
  mi5ArticlePage,
  trapPages,
} from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { layerName, layerSize } from './highlight-names.ts';
import { launchPlain, openCardByHover } from './launch.ts';

const articles = [
  { name: 'MI5 article (ProductiveClue)', url: NEWS_URLS.mi5Article, html: mi5ArticlePage(), expected: MI5_ARTICLE },
  { name: 'surveillance article (Benzinga)', url: NEWS_URLS.benzingaArticle, html: benzingaArticlePage(), expected: BENZINGA_ARTICLE },
];

/** Texts of the ranges in the page's term highlight (StaticRanges, read as live ones), in document order. */
async function highlightedTexts(page: Page): Promise<string[]> {
  const term = await layerName(page, 'term');
  return page.evaluate((name) => {
    const ranges = [...(CSS.highlights.get(name)?.values() ?? [])].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, term);
}

const highlightCount = (page: Page) => layerSize(page, 'term');

/** Is every highlighted range inside the article body or headline (never in page chrome)? */
async function rangesOutsideArticle(page: Page): Promise<string[]> {
  const term = await layerName(page, 'term');
  return page.evaluate((name) =>
    [...(CSS.highlights.get(name)?.values() ?? [])]
      .map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live;
      })
      .filter((range) => {
        const node = range.commonAncestorContainer;
        const el = node instanceof Element ? node : node.parentElement;
        return !el?.closest('article h1, article .article-body');
      })
      .map((range) => String(range)),
  term);
}

/**
 * Everything the page's DOM holds, as text: every node of the document in tree order with its
 * type, tag and attributes (in order), text and comment data, form fields' current values and
 * whether an element has a shadow root; plus `document.body.innerText`, and how many style
 * sheets the document has. The extension's card host (a `div` directly under `<html>`, which the
 * fixtures never have) is left out.
 * (Self-contained: Playwright sends its source to the page.)
 */
/** The elements the extension added under `<html>`, as the page sees them. */
const addedHosts = (page: Page) =>
  page.evaluate(() =>
    [...document.documentElement.children]
      .filter((el) => el !== document.head && el !== document.body)
      .map((el) => ({ name: el.localName, attributes: el.attributes.length, children: el.childNodes.length, shadowRoot: el.shadowRoot })),
  );

function snapshotDocument() {
  const lines: string[] = [];
  const walk = (node: Node, depth: number): void => {
    const indent = ' '.repeat(depth);
    if (node instanceof Element) {
      if (node.localName === 'div' && node.parentNode === document.documentElement) return;
      const attributes = Array.from(node.attributes, (a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
      lines.push(`${indent}<${node.localName}${attributes}>${node.shadowRoot ? ' +shadow-root' : ''}`);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) {
        lines.push(`${indent} value=${JSON.stringify(node.value)}`);
      }
    } else if (node instanceof CharacterData) {
      lines.push(`${indent}#${node.nodeName.replace('#', '')} ${JSON.stringify(node.data)}`);
    } else if (node instanceof DocumentType) {
      lines.push(`<!doctype ${node.name}>`);
    }
    node.childNodes.forEach((child) => walk(child, depth + 1));
  };
  walk(document, 0);
  return {
    tree: lines.join('\n'),
    innerText: document.body.innerText,
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
  };
}

for (const article of articles) {
  test.describe(article.name, () => {
    test.beforeEach(async ({ context }) => {
      await servePages(context, { [article.url]: article.html });
    });

    test('getPageMatches lists exactly the article\u2019s terms, in document order', async ({ page, getPageMatches }) => {
      await page.goto(article.url);
      const answer = await getPageMatches(page);
      expect(answer).toEqual({ url: article.url, title: await page.title(), matches: asMatches(article.expected) });
    });

    test('the term highlight holds one range per match, with the same texts', async ({ page, getPageMatches }) => {
      await page.goto(article.url);
      await expect.poll(() => highlightCount(page)).toBe(article.expected.length);
      const { matches } = await getPageMatches(page);
      expect(await highlightedTexts(page)).toEqual(matches.map((m) => m.text));
      expect(await rangesOutsideArticle(page)).toEqual([]);
    });

    test('annotating leaves the page\u2019s DOM and text exactly as they were', async ({ page, getPageMatches }) => {
      // The "before" is the same page rendered by the same Chromium without the extension: the
      // fixture HTML is deterministic (no clock, no randomness, no script that runs on load),
      // so the two documents are identical unless the extension changed something. A snapshot
      // taken "early" in the extension's browser would race the content script; this does not.
      const plain = await launchPlain();
      let before: ReturnType<typeof snapshotDocument>;
      try {
        const reference = await plain.newContext({ viewport: page.viewportSize() });
        await servePages(reference, { [article.url]: article.html });
        const untouched = await reference.newPage();
        await untouched.goto(article.url);
        await expect.poll(() => untouched.evaluate(() => document.readyState)).toBe('complete');
        before = await untouched.evaluate(snapshotDocument);
      } finally {
        await plain.close();
      }

      await page.goto(article.url);
      // The "after" is taken once the content script has annotated the whole page.
      const { matches } = await getPageMatches(page);
      expect(matches).toHaveLength(article.expected.length);
      await expect.poll(() => highlightCount(page)).toBe(article.expected.length);
      const after = await page.evaluate(snapshotDocument);

      expect(after.tree).toContain('<article>'); // the snapshot is not vacuous
      expect(after.innerText).toContain(article.expected[1]![1]);
      expect(after).toEqual(before);
      // And one plain element of its own: the overlay's host (what the reader saves or watches is
      // drawn in its closed root, and the card too), whose root the page cannot reach.
      expect(await addedHosts(page)).toEqual([{ name: 'div', attributes: 0, children: 0, shadowRoot: null }]);
    });
  });
}

test('opening a context card adds nothing to the page: the card is drawn in the closed root of the one plain host', async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  const annotated = await page.evaluate(snapshotDocument);
  const hosts = await addedHosts(page);
  // No telling name, no attribute, and a closed root: `shadowRoot` is null to the page.
  expect(hosts).toEqual([{ name: 'div', attributes: 0, children: 0, shadowRoot: null }]);

  const card = await openCardByHover(page, 'Hikvision');
  await expect(card).toContainText('Hikvision');

  expect(await page.evaluate(snapshotDocument)).toEqual(annotated);
  expect(await addedHosts(page)).toEqual(hosts);
});

test('edge cases: split, spaced and curly forms match once; hidden, editable and code text is ignored', async ({
  context,
  page,
  getPageMatches,
}) => {
  await servePages(context, { [NEWS_URLS.edgeCases]: edgeCasesPage() });
  await page.goto(NEWS_URLS.edgeCases);
  const { matches } = await getPageMatches(page);
  expect(matches).toEqual(asMatches(EDGE_CASES));
  await expect.poll(() => highlightCount(page)).toBe(EDGE_CASES.length);
  // Range.toString() joins the text nodes a range spans: "National Intelligence Law" across <em>.
  expect(await highlightedTexts(page)).toEqual(EDGE_CASES.map(([, text]) => text));
});

test.describe('coverage traps', () => {
  for (const [name, { trap, html }] of Object.entries(trapPages())) {
    const url = NEWS_URLS.traps[name as keyof typeof NEWS_URLS.traps];
    test(`${name}: "${trap}" is not a match`, async ({ context, page, getPageMatches }) => {
      await servePages(context, { [url]: html });
      await page.goto(url);
      await expect(page.locator('article .article-body')).toContainText(trap);
      // getPageMatches answers once the whole page has been read: an empty list is final.
      const answer = await getPageMatches(page);
      expect(answer).toEqual({ url, title: await page.title(), matches: [] });
      expect(await highlightCount(page)).toBe(0);
    });
  }
});

test('live blog: new posts get their terms highlighted and earlier highlights stay', async ({
  context,
  page,
  getPageMatches,
}) => {
  await servePages(context, { [NEWS_URLS.liveBlog]: liveBlogPage() });
  await page.goto(NEWS_URLS.liveBlog);
  expect((await getPageMatches(page)).matches).toEqual(asMatches(LIVE_BLOG_START));
  await expect.poll(() => highlightCount(page)).toBe(LIVE_BLOG_START.length);
  // Keep the first ranges in the page's world, to check later that they are the same objects.
  const term = await layerName(page, 'term');
  await page.evaluate((name) => {
    (window as unknown as { firstRanges: AbstractRange[] }).firstRanges = [...CSS.highlights.get(name)!.values()];
  }, term);

  const addPost = (text: string) =>
    page.evaluate((post) => (window as unknown as { addPost(text: string): number }).addPost(post), text);

  await addPost('Hikvision cameras are to come out of sensitive sites, the Cabinet Office says.');
  await expect.poll(() => highlightCount(page)).toBe(4);
  await addPost('Dan Jarvis: Hikvision and Dahua have been on the US trade blacklist since 2019.');
  await addPost('No new names in this update.');
  await expect.poll(() => highlightCount(page)).toBe(8);

  expect((await getPageMatches(page)).matches).toEqual(
    asMatches([
      // Update 5: no term. Update 4:
      ['dan-jarvis', 'Dan Jarvis'],
      ['hikvision', 'Hikvision'],
      ['dahua', 'Dahua'],
      ['entity-list', 'trade blacklist'],
      // Update 3:
      ['hikvision', 'Hikvision'],
      ['cabinet-office', 'Cabinet Office'],
      ...LIVE_BLOG_START,
    ]),
  );
  const firstRangesKept = await page.evaluate((name) => {
    const highlight = CSS.highlights.get(name)!;
    const first = (window as unknown as { firstRanges: AbstractRange[] }).firstRanges;
    return first.map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return highlight.has(painted) && String(range);
    });
  }, term);
  expect(firstRangesKept).toEqual(LIVE_BLOG_START.map(([, text]) => text));
});

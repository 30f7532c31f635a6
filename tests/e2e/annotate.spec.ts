/**
 * The content script on news pages, end to end: the built extension in Chromium, the two
 * source articles and some harder pages served at real news addresses, no network.
 *
 * The expected matches below are the test oracle. They were written by hand from reading the
 * pages' text against the rules the extension promises (whole words, possessives in the match,
 * longest match wins, case rules, page context for MSS/LinkedIn/Dahua; page chrome skipped);
 * none of them is computed by the extension's own matcher.
 */
import type { Page } from '@playwright/test';
import {
  benzingaArticlePage,
  edgeCasesPage,
  liveBlogPage,
  mi5ArticlePage,
  trapPages,
} from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { launchPlain, openCardByHover } from './launch.ts';

type Expected = [termId: string, text: string][];
const asMatches = (expected: Expected) => expected.map(([termId, text]) => ({ termId, text }));

const NBSP = '\u00a0';

// "UK Bolsters Defenses After MI5 Flags China Espionage Threat": the headline, then paragraphs
// 1, 4 and 5 of the article (2, 3, 6 and 7 name no term: "Jarvis" alone is not "Dan Jarvis").
// The page is about Chinese espionage, so "MSS" and "LinkedIn" count; the share bar's and the
// sign-in form's "LinkedIn" and the footer's "Follow us on ... LinkedIn." do not.
const MI5_ARTICLE: Expected = [
  ['mi5', 'MI5'], // headline
  ['mi5', 'MI5'], // "following a recent warning from MI5, the country's ..."
  ['dan-jarvis', 'Dan Jarvis'],
  ['mi5', 'MI5\u2019s'], // "in response to MI5's alert"
  ['mss', 'Chinese Ministry of State Security'], // the longest form, one match
  ['mss', 'MSS'],
  ['linkedin', 'LinkedIn'], // "creating profiles on LinkedIn"
  ['mi5', 'MI5'], // "The alert issued by MI5 outlines ..."
  ['electoral-commission', 'Electoral Commission'],
  ['scottish-parliament', 'Scottish Parliament'],
  ['senedd', 'Welsh Senedd'], // one match, not "Senedd" alone
];

// "China On Slippery Grounds As UK Restricts Chinese-Made Surveillance Systems": no term in the
// headline, the photo credit or the "Also Read" line. The page is about surveillance, so
// "Dahua" counts. The source has a no-break space after "National Intelligence Law", kept in
// the match; "ASML Holdings NV" is one match, and the ticker "ASML" another.
const BENZINGA_ARTICLE: Expected = [
  ['cabinet-office', 'Cabinet Office'], // "The U.K. Cabinet Office has told ..."
  ['cabinet-office', 'Cabinet Office'], // "Cabinet Office minister Oliver Dowden"
  ['oliver-dowden', 'Oliver Dowden'],
  ['national-intelligence-law', `National Intelligence Law${NBSP}of the People's Republic of China`],
  ['rishi-sunak', 'Rishi Sunak'],
  ['dhsc', 'Department of Health and Social Care'],
  ['dhsc', 'DHSC'],
  ['hikvision', 'Hikvision'], // "cameras from Hikvision, the world's largest ..."
  ['hikvision', 'Hikvision'], // "video-camera makers Hikvision and Dahua"
  ['dahua', 'Dahua'],
  ['entity-list', 'trade blacklist'],
  ['uyghurs', 'Uyghurs'],
  ['xinjiang', 'Xinjiang'],
  ['european-parliament', 'European Parliament'],
  ['hikvision', 'Hikvision'], // "removed the Hikvision thermal cameras"
  ['dahua', 'Dahua'], // "sales of Dahua and Hikvision equipment"
  ['hikvision', 'Hikvision'],
  ['xinjiang', 'Xinjiang'], // "the companies' involvement in Xinjiang"
  ['liesje-schreinemacher', 'Liesje Schreinemacher'],
  ['asml', 'ASML Holdings NV'],
  ['asml', 'ASML'], // "(NASDAQ: ASML)"
];

// The edge-cases page: each split, spaced or curly form is one match with the page's exact
// text; nothing from the script, style, textarea, input, contenteditable, visually hidden,
// display:none, <nav> or aria-hidden text, nor across the two list items "Oliver" / "Dowden";
// "Mi5" and "dhsc" break the acronyms' exact case.
const EDGE_CASES: Expected = [
  ['national-intelligence-law', 'National Intelligence Law'], // National <em>Intelligence</em> Law
  ['hikvision', "Hikvision's"], // <a>Hikvision</a>'s
  ['cabinet-office', 'Cabinet Office'],
  ['oliver-dowden', `Oliver${NBSP}Dowden`],
  ['dan-jarvis', 'Dan\nJarvis'],
  ['rishi-sunak', 'Rishi  Sunak'],
  ['mi5', 'MI5\u2019s'],
  ['hikvision', 'Hikvision\u2019s'],
  ['dhsc', 'DHSC\u2019s'],
  ['national-intelligence-law', 'National Intelligence Law of the People\u2019s Republic of China'],
  ['mss', 'China\u2019s Ministry of State Security'],
  ['cabinet-office', 'CABINET OFFICE'],
  ['hikvision', 'hikvision'],
];

const LIVE_BLOG_START: Expected = [
  ['electoral-commission', 'Electoral Commission'], // Update 2 (newest first)
  ['mi5', 'MI5'], // Update 1
];

const articles = [
  { name: 'MI5 article (ProductiveClue)', url: NEWS_URLS.mi5Article, html: mi5ArticlePage(), expected: MI5_ARTICLE },
  { name: 'surveillance article (Benzinga)', url: NEWS_URLS.benzingaArticle, html: benzingaArticlePage(), expected: BENZINGA_ARTICLE },
];

/** Texts of the ranges in the page's `sst-term` highlight (StaticRanges, read as live ones), in document order. */
async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('sst-term')?.values() ?? [])].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  });
}

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('sst-term')?.size ?? -1);
}

/** Is every highlighted range inside the article body or headline (never in page chrome)? */
async function rangesOutsideArticle(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('sst-term')?.values() ?? [])]
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
  );
}

/**
 * Everything the page's DOM holds, as text: every node of the document in tree order with its
 * type, tag and attributes (in order), text and comment data, form fields' current values and
 * whether an element has a shadow root; plus `document.body.innerText`, and how many style
 * sheets the document has. The extension's card host `<sst-lens-ui>` is left out.
 * (Self-contained: Playwright sends its source to the page.)
 */
function snapshotDocument() {
  const lines: string[] = [];
  const walk = (node: Node, depth: number): void => {
    const indent = ' '.repeat(depth);
    if (node instanceof Element) {
      if (node.localName === 'sst-lens-ui') return;
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

    test('the sst-term highlight holds one range per match, with the same texts', async ({ page, getPageMatches }) => {
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
      expect(await page.locator('sst-lens-ui').count()).toBe(0);
    });
  });
}

test('opening a context card adds only the <sst-lens-ui> host to the page', async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  const annotated = await page.evaluate(snapshotDocument);

  const card = await openCardByHover(page, 'Hikvision');
  await expect(card).toContainText('Hikvision');

  expect(await page.evaluate(snapshotDocument)).toEqual(annotated);
  const hosts = await page.evaluate(() =>
    [...document.querySelectorAll('sst-lens-ui')].map((el) => ({
      parentIsRoot: el.parentNode === document.documentElement,
      openShadowRoot: el.shadowRoot?.mode === 'open',
    })),
  );
  expect(hosts).toEqual([{ parentIsRoot: true, openShadowRoot: true }]);
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
  await page.evaluate(() => {
    (window as unknown as { firstRanges: AbstractRange[] }).firstRanges = [...CSS.highlights.get('sst-term')!.values()];
  });

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
  const firstRangesKept = await page.evaluate(() => {
    const highlight = CSS.highlights.get('sst-term')!;
    const first = (window as unknown as { firstRanges: AbstractRange[] }).firstRanges;
    return first.map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return highlight.has(painted) && String(range);
    });
  });
  expect(firstRangesKept).toEqual(LIVE_BLOG_START.map(([, text]) => text));
});

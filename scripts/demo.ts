/**
 * `npm run demo` (builds first, then `node scripts/demo.ts`): Chromium with the built
 * extension on the two source articles, served locally at their news addresses.
 *
 * - With a display ($DISPLAY set): a browser window opens on both articles and stays open for
 *   you to hover the highlighted terms; close the window (or press Ctrl+C) to end.
 * - Without one, or with `--headless`: screenshots go to demo-output/ and their paths are
 *   printed: both articles annotated, the same in a dark theme, and a context card opened
 *   by hovering "Hikvision".
 *
 * Node runs this file directly (type stripping): erasable syntax only, `.ts` on relative imports.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from '@playwright/test';
import { benzingaArticlePage, mi5ArticlePage, type Theme } from '../tests/fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../tests/fixtures/news-sites.ts';
import { layerName } from '../tests/e2e/highlight-names.ts';
import { askPageMatches, chromiumPath, launchWithExtension, openCardByHover } from '../tests/e2e/launch.ts';

const OUTPUT_DIR = fileURLToPath(new URL('../demo-output/', import.meta.url));
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

/** The dark pages are the same articles at the same addresses, with `?theme=dark`. */
const themed = (url: string, theme: Theme) => (theme === 'dark' ? `${url}?theme=dark` : url);

const ARTICLES = [
  { slug: 'benzinga-article', label: 'Benzinga: UK restricts Chinese-made surveillance systems', url: NEWS_URLS.benzingaArticle, html: benzingaArticlePage },
  { slug: 'mi5-article', label: 'ProductiveClue: MI5 flags China espionage threat', url: NEWS_URLS.mi5Article, html: mi5ArticlePage },
];

function servedPages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const article of ARTICLES) {
    for (const theme of ['light', 'dark'] as const) pages[themed(article.url, theme)] = article.html({ theme });
  }
  return pages;
}

/** Waits until the content script has read the whole page; returns how many terms it found. */
async function annotated(serviceWorker: Worker, page: Page): Promise<number> {
  // The highlight registry entry appears once the content script runs; it then answers
  // getPageMatches when the whole page has been read.
  const term = await layerName(page, 'term');
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, term, { timeout: 15_000 });
  const { matches } = await askPageMatches(serviceWorker, page);
  return matches.length;
}

async function screenshots(): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const { context, serviceWorker } = await launchWithExtension({ headless: true, viewport: { width: 1280, height: 900 } });
  try {
    await servePages(context, servedPages());
    const page = context.pages()[0] ?? (await context.newPage());
    const written: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      for (const article of ARTICLES) {
        await page.goto(themed(article.url, theme));
        const count = await annotated(serviceWorker, page);
        const file = `${OUTPUT_DIR}${article.slug}${theme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        written.push(`${file}  (${article.label}, ${theme}, ${count} terms)`);
      }
    }
    await page.goto(NEWS_URLS.benzingaArticle);
    await annotated(serviceWorker, page);
    await openCardByHover(page, 'Hikvision');
    // The card fades in (120 ms) inside its closed shadow root, where the screenshot's
    // `animations: 'disabled'` does not reach: it is taken once the card is fully shown.
    await page.waitForTimeout(300);
    const cardFile = `${OUTPUT_DIR}card-hikvision.png`;
    await page.screenshot({ path: cardFile, animations: 'disabled' });
    written.push(`${cardFile}  (the context card for "Hikvision", opened by hovering it)`);

    console.log('Screenshots:');
    for (const line of written) console.log(`  ${line}`);
  } finally {
    await context.close();
  }
}

async function interactive(): Promise<void> {
  const { context, serviceWorker } = await launchWithExtension({ headless: false, viewport: null });
  await servePages(context, servedPages());
  const pages: Page[] = [];
  for (const article of ARTICLES) {
    const page = pages.length === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    await page.goto(article.url);
    pages.push(page);
  }
  await pages[0]!.bringToFront();
  const counts: number[] = [];
  for (const page of pages) counts.push(await annotated(serviceWorker, page));
  await pages[0]!.bringToFront();

  console.log(`State Security Lens is running in Chromium with two articles open (served locally, no network):
${ARTICLES.map((a, i) => `  - ${a.label}: ${counts[i]} terms\n    ${a.url}`).join('\n')}
  Dark versions: add ?theme=dark to either address.

Try it:
  - Rest the pointer on an underlined term (amber): its context card opens, with sourced facts.
  - Alt+Shift+N / Alt+Shift+P move between terms from the keyboard; Escape closes the card.
  - Select some text and press Alt+Shift+S (or use the context menu) to save a highlight.
  - The toolbar button shows how many terms the page holds; its popup lists them.

Close the browser window, or press Ctrl+C here, to end the demo.`);

  const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
  process.once('SIGINT', () => {
    context.close().catch(() => {});
  });
  await closed;
}

console.log(`Chromium: ${chromiumPath() ?? "Playwright's own (npx playwright install chromium)"}`);
if (headless) {
  if (!process.env.DISPLAY) console.log('No display ($DISPLAY is not set): taking screenshots instead of opening a window.');
  await screenshots();
} else {
  await interactive();
}

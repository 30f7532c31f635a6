/**
 * The extension updated (or reloaded) while a news page is open: CDP `Extensions.loadUnpacked`
 * loads the same build again, which Chromium treats as an update of the same extension. The old
 * content script is orphaned; it must stop quietly, and the new version must take the page over.
 */
import { expect, test } from '@playwright/test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { EXTENSION_DIR, NO_RECEIVER, askPageMatches, launchWithExtension, type ExtensionSession } from './launch.ts';
import { collectErrors } from './page-errors.ts';

let session: ExtensionSession;
test.beforeEach(async () => {
  // CDP's Extensions domain needs this flag.
  session = await launchWithExtension({ args: ['--enable-unsafe-extension-debugging'] });
});
test.afterEach(async () => session.context.close());

test('after an update the old content script stops quietly and the new one annotates the open page', async () => {
  const { context, serviceWorker } = session;
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  const page = context.pages()[0]!;
  const errors = collectErrors(page);
  await page.goto(NEWS_URLS.benzingaArticle);
  await expect.poll(() => askPageMatches(serviceWorker, page).then(() => true, () => false)).toBe(true);
  const { matches } = await askPageMatches(serviceWorker, page);

  const cdp = await context.browser()!.newBrowserCDPSession();
  await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
  await expect.poll(() => context.serviceWorkers().some((worker) => worker !== serviceWorker)).toBe(true);
  const worker = context.serviceWorkers().find((w) => w !== serviceWorker)!;

  // The new version's script answers, from the background's injection (no reload of the page).
  let answer: Awaited<ReturnType<typeof askPageMatches>> | undefined;
  await expect
    .poll(async () => {
      answer = await askPageMatches(worker, page).catch((error) => {
        if (NO_RECEIVER.test(String(error))) return undefined;
        throw error;
      });
      return answer !== undefined;
    })
    .toBe(true);
  expect(answer!.matches).toEqual(matches);

  // The page changes, the reader points and presses keys: only the new script acts, no errors.
  await page.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Hikvision cameras were removed from the sites.';
    document.querySelector('article')!.append(paragraph);
  });
  await expect.poll(async () => (await askPageMatches(worker, page)).matches.length).toBe(matches.length + 1);
  await page.mouse.move(300, 300);
  await page.mouse.move(420, 520, { steps: 5 });
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.waitForTimeout(2_500); // past the orphan's own periodic check
  expect(errors()).toEqual([]);
  // One painter per layer: the old script's highlights are gone, the new one's hold the page.
  const layers = await page.evaluate(() => [...CSS.highlights.values()].filter((h) => h.size > 0).length);
  expect(layers).toBeGreaterThan(0);
  const termRanges = await page.evaluate(() =>
    Math.max(...[...CSS.highlights.values()].map((highlight) => highlight.size)),
  );
  expect(termRanges).toBe(matches.length + 1);
  // At most the new script's card host (the keyboard opened a card).
  expect(await page.evaluate(() => document.documentElement.children.length)).toBeLessThanOrEqual(3);
});

/**
 * A site whose JavaScript the reader blocked (Chrome's site settings: JavaScript "Don't allow"),
 * as many readers do on news sites: the content script still runs there, but a dynamic import
 * of the extension's own scripts fails, so the reader and the card are run by the background
 * instead (scripting.executeScript). The setting is in the profile, as Chrome keeps it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { layerTexts } from './highlight-names.ts';
import { askPageMatches, launchWithExtension, openCardByHover, type ExtensionSession } from './launch.ts';

const SITE = new URL(NEWS_URLS.benzingaArticle).origin;

/** A profile in which the site's JavaScript is blocked (2: block), as chrome://settings/content/javascript writes it. */
function profileBlockingJavaScript(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sst-blocked-js-'));
  mkdirSync(join(dir, 'Default'));
  const preferences = { profile: { content_settings: { exceptions: { javascript: { [`${SITE}:443,*`]: { setting: 2 } } } } } };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(preferences));
  return dir;
}

/** The article, with a script of the page's own that marks the page if it runs. */
const articleWithScript = () => benzingaArticlePage().replace('</body>', '<script>document.documentElement.dataset.pageScript = "ran";</script></body>');

let profile: string;
let session: ExtensionSession;

test.beforeEach(async () => {
  profile = profileBlockingJavaScript();
  session = await launchWithExtension({ userDataDir: profile });
  await servePages(session.context, { [NEWS_URLS.benzingaArticle]: articleWithScript() });
});

test.afterEach(async () => {
  await session.context.close();
  rmSync(profile, { recursive: true, force: true });
});

test('the reader paints a page whose JavaScript is blocked, and answers the popup', async () => {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(NEWS_URLS.benzingaArticle);
  // The setting holds: the page's own script did not run.
  await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
  expect(await page.evaluate(() => document.documentElement.dataset.pageScript)).toBeUndefined();
  await expect.poll(() => layerTexts(page, 'term'), { timeout: 10_000 }).toContain('Hikvision');
  const answer = await askPageMatches(session.serviceWorker, page);
  expect(answer.matches.map((match) => match.text)).toContain('Hikvision');
});

test('a card opens on a page whose JavaScript is blocked', async () => {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  await page.goto(NEWS_URLS.benzingaArticle);
  await expect.poll(() => layerTexts(page, 'term'), { timeout: 10_000 }).toContain('Hikvision');
  const card = await openCardByHover(page, 'Hikvision');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Hikvision');
});

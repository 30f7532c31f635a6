/**
 * Where the extension runs and the reader's settings, end to end: news sites by default, any
 * other page only when the reader asks, pausing a site, the options page acting on open tabs,
 * and a damaged stored setting.
 */
import type { Page, Worker } from '@playwright/test';
import { bundledDictionary } from '../../lib/dictionary/bundled.ts';
import type { PageMatch } from '../../lib/messages.ts';
import { mi5ArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, OTHER_SITE_URL, servePages } from '../fixtures/news-sites.ts';
import { cardIn } from './card-root.ts';
import { badgeText, openOptions, openPopup, pressToolbarButton, storeSettings, tabIdOf, termTexts } from './extension-pages.ts';
import { expect, test } from './extension.ts';
import { layerTexts, registeredLayers } from './highlight-names.ts';
import { NO_RECEIVER, askPageMatches, highlightedTermPoint } from './launch.ts';

const packOf = new Map(bundledDictionary.terms.map((term) => [term.id, term.pack]));
const termIds = (matches: PageMatch[]) => matches.map((match) => match.termId);

/** "Annotate this page", from the popup's page, for the tab `tabId`: what the background answers. */
function annotateFrom(popup: Page, tabId: number): Promise<string> {
  return popup.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<string> } } };
    return chrome.runtime.sendMessage({ type: 'annotateTab', tabId: id }).catch((error: Error) => `refused: ${error.message}`);
  }, tabId);
}

/** The page's terms as the content script reports them, once it has read what it may. */
async function matchesOf(serviceWorker: Worker, page: Page): Promise<PageMatch[]> {
  return (await askPageMatches(serviceWorker, page)).matches;
}

test.beforeEach(async ({ context }) => {
  await servePages(context, { [NEWS_URLS.mi5Article]: mi5ArticlePage(), [OTHER_SITE_URL]: mi5ArticlePage() });
});

test('a news site is annotated by default, with the count on the toolbar badge', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.mi5Article);
  const { matches } = await getPageMatches(page);
  expect(termIds(matches)).toEqual(expect.arrayContaining(['mi5', 'mss', 'dan-jarvis', 'linkedin']));
  expect(await termTexts(page)).toHaveLength(matches.length);
  const tabId = await tabIdOf(serviceWorker, page);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe(String(matches.length));
  // "Annotate this page" (the toolbar button's grant first: the content script's matches do not
  // let the extension run other scripts there) finds the news site's own script, and adds nothing.
  await pressToolbarButton(context, page, extensionId);
  const popup = await openPopup(page, extensionId, tabId);
  expect(await annotateFrom(popup, tabId)).toBe('already');
  await expect(popup.getByRole('button', { name: 'Annotate this page' })).toHaveCount(0);
  expect(await termTexts(page)).toHaveLength(matches.length);
});

test('another site is not annotated until the reader asks, with the toolbar button’s grant', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.mi5Article);
  const onNewsSite = (await getPageMatches(page)).matches;

  await page.goto(OTHER_SITE_URL);
  await expect(askPageMatches(serviceWorker, page)).rejects.toThrow(NO_RECEIVER);
  // No content script runs: nothing is registered at all.
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

  // The popup's, the menu's and the shortcut's path, without any grant: refused, saying why.
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(page, extensionId, tabId);
  expect(await annotateFrom(popup, tabId)).toMatch(/^refused: State Security Lens cannot read this page .*Always annotate this site/);
  await expect(askPageMatches(serviceWorker, page)).rejects.toThrow(NO_RECEIVER);

  // The toolbar button gives activeTab for this tab; the popup's button then annotates it.
  await page.bringToFront();
  await pressToolbarButton(context, page, extensionId);
  await popup.reload();
  await expect(popup.locator('.site-name')).toHaveText('blog.example.org');
  await expect(popup.locator('.site-status')).toHaveText('Not annotated by default');
  await popup.getByRole('button', { name: 'Annotate this page' }).click();
  await expect(popup.locator('.site-status')).toHaveText('Annotated at your request');
  await expect(popup.getByRole('button', { name: 'Annotate this page' })).toHaveCount(0);

  const annotated = await matchesOf(serviceWorker, page);
  expect(annotated).toEqual(onNewsSite);
  expect(await termTexts(page)).toHaveLength(onNewsSite.length);
  // Asked again, it does not start a second time in the same page.
  expect(await annotateFrom(popup, tabId)).toBe('already');
  expect(await termTexts(page)).toHaveLength(onNewsSite.length);
});

test('a paused site is not annotated, live and after a reload, until resumed', async ({ page, getPageMatches, serviceWorker, extensionId }) => {
  await page.goto(NEWS_URLS.mi5Article);
  const { matches } = await getPageMatches(page);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(page, extensionId, tabId);

  await popup.getByRole('button', { name: 'Pause on this site' }).click();
  await expect(popup.locator('.site-status')).toHaveText('Paused on this site');
  await expect.poll(() => termTexts(page)).toEqual([]);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('');

  await page.reload();
  expect((await getPageMatches(page)).matches).toEqual([]);
  expect(await termTexts(page)).toEqual([]);

  await popup.getByRole('button', { name: 'Resume on this site' }).click();
  await expect.poll(() => matchesOf(serviceWorker, page)).toEqual(matches);
  await expect.poll(async () => (await termTexts(page)).length).toBe(matches.length);
});

test('the options page lists the paused sites, and resuming one annotates its open tab', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await storeSettings(serviceWorker, { pausedSites: ['bbc.co.uk', 'reuters.com'] });
  await page.goto(NEWS_URLS.mi5Article);
  expect((await getPageMatches(page)).matches).toEqual([]);

  const options = await openOptions(context, extensionId);
  const paused = options.getByRole('region', { name: 'Paused sites' });
  await expect(paused.getByRole('listitem')).toHaveText([/bbc\.co\.uk/, /reuters\.com/]);
  await paused.getByRole('button', { name: 'Resume: bbc.co.uk' }).click();
  await expect(paused.getByRole('listitem')).toHaveText([/reuters\.com/]);
  await expect.poll(async () => (await matchesOf(serviceWorker, page)).length).toBeGreaterThan(0);
  await expect(options.getByRole('region', { name: 'Sites you annotate always' })).toContainText('None yet');
});

test('the global switch in the popup turns reading off and on in open tabs', async ({ page, getPageMatches, serviceWorker, extensionId }) => {
  await page.goto(NEWS_URLS.mi5Article);
  const { matches } = await getPageMatches(page);
  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  const onOff = popup.getByRole('switch', { name: 'Annotate pages' });
  await expect(onOff).toBeChecked();
  await onOff.click({ force: true });
  await expect(onOff).not.toBeChecked();
  await expect.poll(() => termTexts(page)).toEqual([]);
  await onOff.click({ force: true });
  await expect.poll(async () => (await termTexts(page)).length).toBe(matches.length);
});

test('settings changed in the options page take effect at once in an open tab', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.mi5Article);
  const { matches } = await getPageMatches(page);
  const tabId = await tabIdOf(serviceWorker, page);
  const styles = () => registeredLayers(page, ['background', 'underline']);
  expect(await styles()).toEqual(['background']);

  const options = await openOptions(context, extensionId);
  await options.getByRole('radio', { name: /Underline/ }).check();
  await expect.poll(styles).toEqual(['underline']);
  await options.getByRole('radio', { name: /Off until hovered/ }).check();
  await expect.poll(styles).toEqual([]);

  // Agencies (MI5, the MSS) off: the page is read again without them.
  await options.getByRole('checkbox', { name: /Agencies and units/ }).uncheck();
  const withoutAgencies = matches.filter((match) => packOf.get(match.termId) !== 'services');
  expect(withoutAgencies.length).toBeLessThan(matches.length);
  await expect.poll(() => matchesOf(serviceWorker, page)).toEqual(withoutAgencies);

  await options.getByRole('switch', { name: /number of terms/ }).click({ force: true });
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe('');
  await options.getByRole('switch', { name: /number of terms/ }).click({ force: true });
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe(String(withoutAgencies.length));
});

test('cards open on click when the reader chose it; terms hidden until hovered show under the pointer', async ({
  page,
  getPageMatches,
  serviceWorker,
}) => {
  await page.goto(NEWS_URLS.mi5Article);
  await getPageMatches(page);
  await storeSettings(serviceWorker, { cardTrigger: 'click', highlightStyle: 'hover' });
  await expect.poll(() => registeredLayers(page, ['background'])).toEqual([]);
  const hovered = () => layerTexts(page, 'hovered');

  const point = (await highlightedTermPoint(page, 'Dan Jarvis'))!;
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(hovered).toEqual(['Dan Jarvis']);
  await page.mouse.click(point.x, point.y);
  const card = await cardIn(page);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Dan Jarvis');

  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5, { steps: 4 });
  await expect.poll(hovered).toEqual([]);
});

test('a damaged stored setting falls back to the defaults without breaking anything', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.mi5Article);
  const { matches } = await getPageMatches(page);

  await storeSettings(serviceWorker, { highlightStyle: 'neon', packsOff: 'all', hoverDelayMs: -40, pausedSites: 'bbc.co.uk', badge: false });
  await page.reload();
  expect((await getPageMatches(page)).matches).toEqual(matches);
  expect(await registeredLayers(page, ['background'])).toEqual(['background']);
  // The one valid field is kept.
  await expect.poll(async () => badgeText(serviceWorker, await tabIdOf(serviceWorker, page))).toBe('');

  await storeSettings(serviceWorker, '{"enabled": tru');
  await page.reload();
  expect((await getPageMatches(page)).matches).toEqual(matches);
  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('radio', { name: /Tinted background/ })).toBeChecked();
  await expect(options.getByRole('checkbox', { name: /Agencies and units/ })).toBeChecked();
  await expect(options.getByRole('switch', { name: /number of terms/ })).toBeChecked();
});

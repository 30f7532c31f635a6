/**
 * A damaged record in the database, written straight into IndexedDB as an old bug, another
 * program or a disk error would leave it, never breaks what the reader sees: the library lists
 * the good highlights and the damaged one (with Export raw and Delete), the popup works, and
 * the page still paints its good saved highlights.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openPopup, tabIdOf } from './extension-pages.ts';
import { layerTexts } from './highlight-names.ts';
import { writeRecords } from './launch.ts';

const URL = NEWS_URLS.benzingaArticle;

const saved = (id: string, exact: string, createdAt: string) => ({
  id,
  url: URL,
  pageTitle: 'China On Slippery Grounds',
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  note: `Note on ${exact}`,
  tags: [],
  createdAt,
  updatedAt: createdAt,
});

const GOOD = [
  saved('good-1', 'thermal cameras', '2025-11-18T09:00:00.000Z'),
  saved('good-2', 'Liesje Schreinemacher', '2025-11-18T10:00:00.000Z'),
];
/** What the issue saw: a quote gone, tags of the wrong kind, a date that is not one, no createdAt. */
const DAMAGED = [
  (({ quote: _, ...rest }) => rest)(saved('no-quote', 'x', '2025-11-18T11:00:00.000Z')),
  { ...saved('bad-tags', 'export restrictions', '2025-11-18T12:00:00.000Z'), tags: 'cctv' },
  { ...saved('bad-date', 'European Parliament', '2025-11-18T13:00:00.000Z'), createdAt: 'yesterday' },
  (({ createdAt: _, ...rest }) => rest)(saved('no-created', 'semiconductor equipment', '2025-11-18T14:00:00.000Z')),
];

const savedTexts = async (page: Page) => (await layerTexts(page, 'saved')).sort();

async function openLibrary(page: Page, extensionId: string): Promise<Page> {
  const library = await page.context().newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.library-head .note')).toHaveText('0 of 0 highlights');
  await writeRecords(library, { highlights: [...GOOD, ...DAMAGED], pages: [] });
  await library.reload();
  return library;
}

test('the library lists the good highlights and each damaged record, which can be exported raw and deleted', async ({ page, extensionId }, testInfo) => {
  const library = await openLibrary(page, extensionId);
  await expect(library.locator('.library-head .note').first()).toHaveText('2 of 2 highlights');
  await expect(library.locator('.damaged-count')).toHaveText(/^4 damaged records cannot be read/);
  await expect(library.locator('.highlight:not(.damaged) blockquote')).toHaveText(['Liesje Schreinemacher', 'thermal cameras']);
  const damaged = library.locator('.highlight.damaged');
  await expect(damaged).toHaveCount(4);
  await expect(damaged.filter({ hasText: 'no-quote' })).toContainText('quote: missing');
  await expect(damaged.filter({ hasText: 'bad-tags' })).toContainText('tags: not a list');
  await expect(damaged.filter({ hasText: 'bad-date' })).toContainText('createdAt: not a date and time');
  await expect(damaged.filter({ hasText: 'no-created' })).toContainText('createdAt: missing');
  await library.screenshot({ path: testInfo.outputPath('library-damaged.png'), fullPage: true });

  // The search still works over the good ones, and the damaged stay listed.
  await library.getByRole('searchbox').fill('liesje');
  await expect(library.locator('.library-head .note').first()).toHaveText('1 of 2 highlights');
  await expect(damaged).toHaveCount(4);
  await library.getByRole('searchbox').fill('');

  // Export raw: the record as it is, with what is wrong with it.
  const noQuote = damaged.filter({ hasText: 'no-quote' });
  const [raw] = await Promise.all([library.waitForEvent('download'), noQuote.getByRole('button', { name: 'Export raw' }).click()]);
  const rawFile = JSON.parse(await readFile((await raw.path())!, 'utf8'));
  expect(rawFile).toEqual({ table: 'highlights', problems: ['quote: missing'], record: DAMAGED[0] });

  // Everything, as JSON: the good ones and the damaged ones as they are (none of them lost).
  const [json] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export', exact: true }).click()]);
  const archive = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(archive.highlights.map((h: { id: string }) => h.id).sort()).toEqual(['bad-date', 'bad-tags', 'good-1', 'good-2', 'no-created', 'no-quote']);
  await expect(library.getByRole('status').filter({ hasText: 'Exported' })).toHaveText('Exported 2 highlights. 4 damaged records written as they are.');

  await noQuote.getByRole('button', { name: 'Delete' }).click();
  await expect(damaged).toHaveCount(3);
  await library.getByRole('button', { name: 'Undo' }).click();
  await expect(damaged).toHaveCount(4);
});

test('the popup and the page keep working: the good highlights are listed and painted', async ({ context, page, extensionId, serviceWorker, getPageMatches }, testInfo) => {
  await servePages(context, { [URL]: benzingaArticlePage() });
  await openLibrary(page, extensionId);
  await page.bringToFront();
  await page.goto(URL);
  await getPageMatches(page);
  await expect.poll(() => savedTexts(page)).toEqual(['Liesje Schreinemacher', 'thermal cameras']);

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('.highlight blockquote')).toHaveText(['thermal cameras', 'Liesje Schreinemacher']);
  await expect(popup.locator('.damaged-count')).toHaveText(/^4 damaged highlights on this page cannot be read/);
  await popup.getByRole('textbox', { name: /Note on “thermal cameras/ }).fill('Edited with damage around');
  await expect(popup.locator('.note-status').first()).toHaveText('Saved');
  await popup.screenshot({ path: testInfo.outputPath('popup-damaged.png'), fullPage: true });
});

/**
 * Export and import as a reader does them: exporting from the library (everything, or what
 * the search shows) and from the popup (the current page), reading the downloaded files, and
 * importing a file through the library's file input.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { writeRecords } from './launch.ts';
import { openPopup, tabIdOf } from './extension-pages.ts';
import { select } from './reader.ts';

const GUARDIAN = 'https://www.theguardian.com/uk-news/2025/nov/18/mi5-alert';
const BBC = 'https://www.bbc.co.uk/news/articles/mi5-china-espionage-alert';

const saved = (id: string, url: string, exact: string, fields: Record<string, unknown> = {}) => ({
  id,
  url,
  pageTitle: url === BBC ? 'MI5 issues espionage alert' : 'Parliament warned over Chinese recruiters',
  quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
  position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
  note: '',
  tags: [],
  createdAt: '2025-11-18T09:00:00.000Z',
  updatedAt: '2025-11-18T09:00:00.000Z',
  ...fields,
});

const HIGHLIGHTS = [
  saved('h1', BBC, 'Ministry of State Security', { termId: 'mss', note: 'Who runs the recruiters', tags: ['follow-up'] }),
  saved('h2', BBC, 'LinkedIn', { termId: 'linkedin', createdAt: '2025-11-18T10:00:00.000Z', updatedAt: '2025-11-18T10:00:00.000Z' }),
  saved('h3', GUARDIAN, 'Hikvision cameras', { termId: 'hikvision', note: '=SUM(A1:A9), a "formula"', createdAt: '2025-11-17T09:00:00.000Z', updatedAt: '2025-11-17T09:00:00.000Z' }),
];
const PAGES = [{ url: BBC, title: 'MI5 issues espionage alert', note: 'Background for Monday', firstSeen: '2025-11-18T09:00:00.000Z', lastSeen: '2025-11-18T10:00:00.000Z' }];

/** Opens the library with these records in the database. */
async function openLibrary(page: Page, extensionId: string, records = { highlights: HIGHLIGHTS, pages: PAGES }): Promise<Page> {
  const library = await page.context().newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.library-head .note')).toHaveText('0 of 0 highlights');
  await writeRecords(library, records);
  await library.reload();
  return library;
}

/** Clicks Export and reads the file the browser downloads. */
async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  return { name: (download as Download).suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

const DATED = (extension: string) => new RegExp(`^state-security-lens-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`);

test('the library exports everything as JSON, and what the search shows as CSV and Web Annotation', async ({ page, extensionId }, testInfo) => {
  const library = await openLibrary(page, extensionId);
  await expect(library.locator('.library-head .note')).toHaveText('3 of 3 highlights');

  const json = await exportFile(library);
  expect(json.name).toMatch(DATED('json'));
  const archive = JSON.parse(json.text);
  expect(archive).toMatchObject({ format: 'state-security-lens', version: 1, pages: PAGES });
  expect(archive.highlights.map((h: { id: string }) => h.id).sort()).toEqual(['h1', 'h2', 'h3']);
  await expect(library.getByRole('status').filter({ hasText: 'Exported' })).toHaveText('Exported 3 highlights.');

  await library.getByRole('searchbox').fill('hikvision');
  await expect(library.locator('.library-head .note')).toHaveText('1 of 3 highlights');
  await library.getByRole('combobox', { name: /^Export as/ }).selectOption({ label: 'CSV (spreadsheet)' });
  await library.getByRole('combobox', { name: /^Highlights/ }).selectOption({ label: 'Shown by the search (1)' });
  await library.screenshot({ path: testInfo.outputPath('library-export.png') });
  const csv = await exportFile(library);
  expect(csv.name).toMatch(DATED('csv'));
  expect(csv.text.split('\r\n')).toEqual([
    '\ufeffPage title,URL,Term,Quote,Note,Tags,Created,Updated',
    `Parliament warned over Chinese recruiters,${GUARDIAN},Hikvision,Hikvision cameras,"'=SUM(A1:A9), a ""formula""",,2025-11-17T09:00:00.000Z,2025-11-17T09:00:00.000Z`,
    '',
  ]);

  await library.getByRole('combobox', { name: /^Export as/ }).selectOption('webAnnotation');
  const annotations = await exportFile(library);
  expect(annotations.name).toMatch(DATED('jsonld'));
  const [annotation, ...rest] = JSON.parse(annotations.text).first.items;
  expect(rest).toEqual([]);
  expect(annotation).toMatchObject({ type: 'Annotation', id: 'urn:state-security-lens:highlight:h3', target: { source: GUARDIAN } });
});

test('a file imported through the library is merged, said in numbers, and listed; a broken one changes nothing', async ({ page, extensionId }, testInfo) => {
  const library = await openLibrary(page, extensionId, { highlights: [HIGHLIGHTS[0]!], pages: [] });
  await expect(library.locator('.highlight')).toHaveCount(1);
  const file = {
    format: 'state-security-lens',
    version: 1,
    exportedAt: '2025-11-20T12:00:00.000Z',
    pages: PAGES,
    highlights: [{ ...HIGHLIGHTS[0], note: 'Edited on the laptop', updatedAt: '2025-11-20T11:00:00.000Z' }, HIGHLIGHTS[1], HIGHLIGHTS[2]],
  };
  const input = library.locator('input[type="file"]');
  await input.setInputFiles({ name: 'laptop.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported laptop.json: 2 added, 1 updated, 0 left as they were.',
  );
  await expect(library.locator('.highlight')).toHaveCount(3);
  await expect(library.locator('.highlight blockquote')).toHaveText(['LinkedIn', 'Ministry of State Security', 'Hikvision cameras']);
  await expect(library.getByRole('textbox', { name: /Note on “Ministry of State Security/ })).toHaveValue('Edited on the laptop');
  await library.screenshot({ path: testInfo.outputPath('library-imported.png') });

  // A file that is not whole is refused whole.
  const text = JSON.stringify(file);
  await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
  await expect(library.getByRole('alert')).toContainText('cut.json was not imported, and nothing was changed:\nThe file is not valid JSON (is it complete?)', {
    useInnerText: true,
  });
  await expect(library.locator('.highlight')).toHaveCount(3);
  await library.screenshot({ path: testInfo.outputPath('library-import-refused.png') });

  // A file with records that cannot be imported: the reader sees which and why, and chooses.
  const mixed = { ...file, highlights: [{ ...HIGHLIGHTS[1], id: 'new', url: 'not a url' }, { ...HIGHLIGHTS[1], id: 'fine', quote: { ...HIGHLIGHTS[1]!.quote, exact: 'GCHQ' } }] };
  const chooseMixed = () => input.setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mixed)) });
  await chooseMixed();
  const review = library.getByRole('alertdialog', { name: 'mixed.json: 1 record cannot be imported' });
  await expect(review.getByRole('listitem')).toHaveText(['highlights[0] (id “new”): url: not a URL']);
  await expect(review).toContainText('The rest, 1 highlight and 1 page, can be imported without them.');
  await library.screenshot({ path: testInfo.outputPath('library-import-review.png') });
  await review.getByRole('button', { name: 'Import nothing' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'mixed.json' })).toHaveText('Nothing was imported from mixed.json.');
  await expect(library.locator('.highlight')).toHaveCount(3);

  await chooseMixed();
  await review.getByRole('button', { name: 'Import the rest' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported mixed.json: 1 added, 0 updated, 0 left as they were. 1 record left out.',
  );
  await expect(library.locator('.highlight')).toHaveCount(4);

  // Another annotation tool's Web Annotation file.
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/a/42',
    type: 'Annotation',
    created: '2025-11-21T09:00:00Z',
    body: [{ type: 'TextualBody', value: 'Check the procurement list' }, { type: 'TextualBody', value: 'cctv', purpose: 'tagging' }],
    target: { source: GUARDIAN, selector: { type: 'TextQuoteSelector', exact: 'Dahua', prefix: 'and ', suffix: ' cameras' } },
  };
  await input.setInputFiles({ name: 'other-tool.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify([annotation])) });
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported other-tool.jsonld: 1 added, 0 updated, 0 left as they were.',
  );
  await expect(library.locator('.highlight blockquote').first()).toHaveText('Dahua');
  await expect(library.getByRole('textbox', { name: /Note on “Dahua/ })).toHaveValue('Check the procurement list');
});

test('the popup exports the current page’s highlights as Markdown', async ({ context, page, getPageMatches, serviceWorker, extensionId }, testInfo) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await page.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await select(page, 'article', 'thermal cameras');
  await page.keyboard.press('Alt+Shift+KeyS');
  await select(page, 'article', 'Liesje Schreinemacher');
  await page.keyboard.press('Alt+Shift+KeyS');

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('.highlight')).toHaveCount(2);
  await popup.getByRole('combobox', { name: /^Export as/ }).selectOption('markdown');
  await popup.screenshot({ path: testInfo.outputPath('popup-export.png'), fullPage: true });
  const markdown = await exportFile(popup);
  expect(markdown.name).toMatch(DATED('md'));
  // The title's "|" is escaped: it would start a table cell.
  expect(markdown.text).toContain(
    `## [China On Slippery Grounds As UK Restricts Chinese-Made Surveillance Systems \\| Benzinga](<${NEWS_URLS.benzingaArticle}>)`,
  );
  expect(markdown.text).toMatch(/^Exported \d{4}-\d{2}-\d{2}: 2 highlights from 1 page\.$/m);
  // In the order they appear in the article.
  expect(markdown.text.indexOf('> thermal cameras')).toBeLessThan(markdown.text.indexOf('> Liesje Schreinemacher'));
  expect(markdown.text).toContain('> Liesje Schreinemacher\n\n- Term: Liesje Schreinemacher\n- Saved: ');
});

test('a large import shows its progress, checking then writing', async ({ page, extensionId }) => {
  const library = await openLibrary(page, extensionId, { highlights: [], pages: [] });
  await expect(library.locator('.library-head .note').first()).toHaveText('0 of 0 highlights');
  const highlights = Array.from({ length: 5_000 }, (_, i) =>
    saved(`bulk-${i}`, BBC, `passage ${i}`, { createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(), updatedAt: '2025-11-18T09:00:00.000Z' }),
  );
  const file = { format: 'state-security-lens', version: 1, exportedAt: '2025-11-20T12:00:00.000Z', pages: PAGES, highlights };
  // Every text the progress line shows, as the page shows it.
  await library.evaluate(() => {
    const seen: string[] = ((window as unknown as { progress: string[] }).progress = []);
    new MutationObserver(() => {
      const text = document.querySelector('.import-progress span')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await library.locator('input[type="file"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported big.json: 5000 added, 0 updated, 0 left as they were.');
  const progress = await library.evaluate(() => (window as unknown as { progress: string[] }).progress);
  expect(progress).toEqual(expect.arrayContaining(['Checking records: 2,000 of 5,001', 'Checking records: 4,000 of 5,001', 'Writing highlights: 2,000 of 5,000']));
  await expect(library.locator('.import-progress')).toHaveCount(0);
  await expect(library.locator('.library-head .note').first()).toHaveText('5000 of 5000 highlights');
});

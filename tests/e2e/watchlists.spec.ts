/**
 * The reader's own terms, end to end: added from a selection while reading (and seen in a
 * second open tab with no reload), their cards, and the watchlists page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { benzingaArticlePage, mi5ArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { SANCTIONS_ARTICLE_URL, WATCHLIST_ARTICLE_URL, sanctionsArticlePage, watchlistArticlePage } from '../fixtures/watchlist-page.ts';
import { exporterFile } from '../fixtures/opensanctions-export.ts';
import { expect, test } from './extension.ts';
import { createList, openPopup, openWatchlistsPage, tabIdOf } from './extension-pages.ts';
import { layerTexts, readHighlightNames } from './highlight-names.ts';
import { openCardByHover } from './launch.ts';
import { select } from './reader.ts';

/** The ranges painted in a list's colour (slot 0 is the first list's), as text. */
const listTexts = (page: Page, slot: 0 | 1 = 0) => layerTexts(page, `watch${slot}`);

test.beforeEach(async ({ context }) => {
  await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage(), [NEWS_URLS.mi5Article]: mi5ArticlePage() });
});

test('a name selected and added with Alt+Shift+W, or the context menu, is highlighted here and in another open tab, with no reload', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
}) => {
  await page.goto(NEWS_URLS.benzingaArticle);
  const other = await context.newPage();
  await other.goto(NEWS_URLS.benzingaArticle);
  await getPageMatches(page);
  await getPageMatches(other);
  await other.evaluate(() => Object.assign(window, { notReloaded: true }));

  await page.bringToFront();
  // In a field the page's reader types in, the key is left to the field.
  await page.evaluate(() => {
    const draft = Object.assign(document.createElement('div'), { id: 'draft', contentEditable: 'true', textContent: 'Draft: Financial Times' });
    document.body.prepend(draft);
    draft.focus();
  });
  await select(page, '#draft', 'Financial Times');
  await page.keyboard.press('Alt+Shift+KeyW');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft');
  await page.evaluate(() => document.getElementById('draft')!.remove());
  await select(page, 'article', 'Financial Times');
  await page.keyboard.press('Alt+Shift+KeyW');
  // The form opens in a closed shadow root with the name in its first field, focused: type the
  // other names, as a reader would, and submit.
  // Focus inside a closed shadow root shows the page only its host: a plain element the extension
  // added to <html>, whose shadow root the page cannot reach.
  const focusInForm = () =>
    page.evaluate(() => {
      const host = document.activeElement;
      return host?.tagName === 'DIV' && host.parentElement === document.documentElement && host.shadowRoot === null;
    });
  await expect.poll(focusInForm).toBe(true);
  // Term, then the list (a new one, "My terms", as there is none yet), then other names and a note.
  for (let field = 0; field < 3; field++) await page.keyboard.press('Tab');
  await page.keyboard.type('FT');
  await page.keyboard.press('Tab');
  await page.keyboard.type('UK business daily');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => listTexts(page)).toEqual(['Financial Times']);
  await expect.poll(() => listTexts(other), { timeout: 3_000 }).toEqual(['Financial Times']);
  expect(await other.evaluate(() => 'notReloaded' in window)).toBe(true);

  const card = await openCardByHover(page, 'Financial Times', 'watch0');
  await expect(card.getByRole('heading', { name: 'Financial Times' })).toBeVisible();
  await expect(card).toContainText('On your list My terms');
  await expect(card).toContainText('UK business daily');
  await expect(card).toContainText('Mentioned once on this page');
  await page.keyboard.press('Escape');

  // The context menu's "Add to watchlist…" (its item is there: updating it succeeds) sends the
  // content script this message from the background; the same form opens, with the selection.
  await serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { contextMenus: { update(id: string, changes: object): Promise<void> } } };
    return chrome.contextMenus.update('add-to-watchlist', {});
  });
  await select(page, 'article', 'Rishi Sunak');
  const tabId = await tabIdOf(serviceWorker, page);
  await serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> } } };
    await chrome.tabs.sendMessage(id, { type: 'addSelectionToWatchlist' }, { frameId: 0 });
  }, tabId);
  await expect.poll(focusInForm).toBe(true);
  // The label is the selection; the list, the one there is.
  await page.keyboard.press('Enter');
  await expect.poll(() => listTexts(page)).toEqual(['Financial Times', 'Rishi Sunak']);
  await expect.poll(() => listTexts(other), { timeout: 3_000 }).toEqual(['Financial Times', 'Rishi Sunak']);
});

const fixtureFile = (name: string) => fileURLToPath(new URL(`../fixtures/watchlists/${name}`, import.meta.url));

test('a CSV and an OpenSanctions file imported on the watchlists page are highlighted on an article, with their cards', async ({
  context,
  page,
  extensionId,
  serviceWorker,
  getPageMatches,
}) => {
  await servePages(context, { [WATCHLIST_ARTICLE_URL]: watchlistArticlePage() });
  const manager = await openWatchlistsPage(context, extensionId);
  await manager.locator('input[type=file]').setInputFiles(fixtureFile('terms.csv'));
  await expect(manager.getByRole('status').filter({ hasText: 'Imported terms.csv' })).toContainText('3 added, 0 merged, 0 skipped');
  await expect(manager.getByRole('button', { name: /terms \(3 terms\)/ })).toBeVisible();
  await manager.getByRole('textbox', { name: 'Name of a new list' }).fill('Sanctions');
  await manager.getByRole('button', { name: 'Create list' }).click();
  await expect(manager.getByRole('heading', { name: 'Terms in Sanctions' })).toBeVisible();
  await manager.locator('input[type=file]').setInputFiles(fixtureFile('targets.simple.csv'));
  const report = manager.getByRole('status').filter({ hasText: 'Imported targets.simple.csv' });
  await expect(report).toContainText('5 added, 0 merged, 0 skipped');
  await expect(report).toContainText('1 name kept but not highlighted (too short)');
  await expect(report).toContainText('1 name is an ordinary word, highlighted only as written');

  await page.goto(WATCHLIST_ARTICLE_URL);
  await getPageMatches(page);
  await expect.poll(() => listTexts(page, 0)).toEqual(['Marble Typhoon', 'GhostRegent', 'JOWD', 'Joint Outreach Work Department', 'Apple']);
  await expect.poll(() => listTexts(page, 1)).toEqual(['Pewter Typhoon', 'Hikvision', 'Ivan Sidorov', 'Alliance']);
  // Hikvision is a bundled term too: in the bundled terms' Highlight as on any reader's page (the
  // page may read that one), drawn in the list's colour over it where the page cannot, one card
  // with both parts.
  expect(await layerTexts(page, 'term')).toContain('Hikvision');

  const card = await openCardByHover(page, 'Hikvision', 'watch1');
  await expect(card.getByRole('heading', { name: 'Hikvision' })).toBeVisible();
  await expect(card).toContainText('Key facts');
  await expect(card).toContainText('On your list Sanctions');
  await expect(card).toContainText('Entity List - US Department of Commerce');
  await expect(card.locator('.watch-field').filter({ hasText: 'Type' })).toContainText('Company');
  await expect(card.locator('.watch-field').filter({ hasText: 'Datasets' })).toContainText('US Trade Consolidated Screening List');
  await expect(card.getByRole('link', { name: 'OpenSanctions: NK-2JLcMLjDDwL4ZYVUhGbKYa' })).toHaveAttribute(
    'href',
    'https://www.opensanctions.org/entities/NK-2JLcMLjDDwL4ZYVUhGbKYa/',
  );
  await page.keyboard.press('Escape');
  const person = await openCardByHover(page, 'Ivan Sidorov', 'watch1');
  await expect(person.getByRole('heading', { name: 'Ivan Petrovich Sidorov' })).toBeVisible();
  await expect(person).toContainText('Russia-related designations');
  await expect(person.locator('.watch-field').filter({ hasText: 'Countries' })).toHaveText('CountriesRussia');

  // The popup's "On this page" groups the reader's terms by list.
  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.getByRole('region', { name: 'Your list terms' }).locator('.label')).toHaveText(['Marble Typhoon', 'Joint Outreach Work Department', 'Apple']);
  await expect(popup.getByRole('region', { name: 'Your list Sanctions' }).locator('.label')).toHaveText(['Pewter Typhoon', 'Ivan Petrovich Sidorov', 'Alliance']);
  await popup.close();

  // A CSV term's card: its note, other names and link. Edit opens the watchlists page at the
  // term; Remove takes it out of its list and off the page.
  await page.bringToFront();
  const salt = await openCardByHover(page, 'Marble Typhoon', 'watch0');
  await expect(salt).toContainText('On your list terms');
  await expect(salt).toContainText('Telecoms intrusions reported in 2024');
  await expect(salt).toContainText('GhostRegent · FamousWren · UNC9286');
  await expect(salt.getByRole('link', { name: 'https://www.cisa.gov/' })).toBeVisible();
  const editing = context.waitForEvent('page');
  await salt.getByRole('button', { name: 'Edit' }).click();
  const editor = await editing;
  await expect(editor.getByRole('form', { name: 'Edit Marble Typhoon' })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue('Telecoms intrusions reported in 2024');
  await editor.close();
  await page.bringToFront();
  const again = await openCardByHover(page, 'Marble Typhoon', 'watch0');
  await again.getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => listTexts(page, 0)).toEqual(['JOWD', 'Joint Outreach Work Department', 'Apple']);
  await expect(manager.getByRole('button', { name: /terms \(2 terms\)/ })).toBeVisible();
});

test('an OpenSanctions file in the exporter’s quoting: namesakes kept apart on one highlight, names in capitals found in title case, a Chinese name, what was held back and why', async ({
  context,
  page,
  extensionId,
  getPageMatches,
}) => {
  await servePages(context, { [SANCTIONS_ARTICLE_URL]: sanctionsArticlePage() });
  const manager = await openWatchlistsPage(context, extensionId);
  await manager.getByRole('textbox', { name: 'Name of a new list' }).fill('Sanctions');
  await manager.getByRole('button', { name: 'Create list' }).click();
  await manager.locator('input[type=file]').setInputFiles(fixtureFile('targets.python.csv'));
  const report = manager.getByRole('status').filter({ hasText: 'Imported targets.python.csv' });
  await expect(report).toContainText('9 added, 0 merged, 0 skipped');
  // The list's count is right as soon as the report shows.
  expect(await manager.locator('.watchlist .count').textContent()).toBe('(9 terms)');
  await expect(report).toContainText('1 name kept but not highlighted (too short).');
  await expect(report).toContainText('2 names are ordinary words, highlighted only as written.');
  await report.getByText('Which names').click();
  await expect(report.locator('.held-back li')).toHaveText([
    'Xu in “王强” — not highlighted: two letters, not capitals',
    'Alliance — highlighted only as written: an ordinary English word',
    'GOLDEN DAWN in “Alliance” — highlighted only as written: ordinary English words in capitals',
  ]);
  // Namesakes: two terms, told apart by their countries (named, not coded) and birth dates.
  await expect(manager.locator('.watch-term').filter({ hasText: 'Ivan Petrov' }).locator('.highlight-meta').filter({ hasText: 'Person' })).toHaveText([
    'Person · Russia · born 1961-04-12',
    'Person · Belarus · Ukraine · born 1984 · born 1985',
  ]);
  await expect(manager.locator('.watch-term').filter({ hasText: 'Arktika Tranzit' }).locator('.highlight-meta').first()).toHaveText(
    'Also: AO "Arktika Tranzit" · Arktika; Tranzit JSC · Арктика, Транзит',
  );

  await page.goto(SANCTIONS_ARTICLE_URL);
  await getPageMatches(page);
  await expect.poll(() => listTexts(page)).toEqual(['Zolotaya Zarya', 'Sovcomflot', 'Ivan Petrov', 'Gennady Brusnikin', '王强', 'JOWD']);
  const card = await openCardByHover(page, 'Ivan Petrov', 'watch0');
  await expect(card.getByRole('heading', { name: 'Ivan Petrov' })).toBeVisible();
  const shown = (await card.locator('.watch-field').filter({ hasText: 'Countries' }).textContent()) === 'CountriesRussia' ? 1 : 2;
  const other = shown === 1 ? 'Ivan Petrov — Belarus · Ukraine · born 1984 · born 1985 · BELARUS-EO14038 (Sanctions) OpenSanctions' : 'Ivan Petrov — Russia · born 1961-04-12 · RUSSIA-EO14024 (Sanctions) OpenSanctions';
  await expect(card.getByRole('region', { name: 'Others of this name on your lists' })).toContainText('One other of this name on your lists:');
  await expect(card.locator('.watch-namesakes li')).toHaveText([other]);
  await expect(card.getByRole('link', { name: /on OpenSanctions: NK-petrov-/ })).toHaveAttribute('href', `https://www.opensanctions.org/entities/NK-petrov-${3 - shown}/`);
  await page.keyboard.press('Escape');
  const vessel = await openCardByHover(page, 'Zolotaya Zarya', 'watch0');
  await expect(vessel.getByRole('heading', { name: 'ZOLOTAYA ZARYA' })).toBeVisible();
  await expect(vessel.locator('.watch-namesakes')).toHaveCount(0);
});

test('the list’s count is right in the moment an import’s report appears', async ({ context, extensionId }) => {
  const manager = await openWatchlistsPage(context, extensionId);
  await createList(manager, 'Sanctions', 'Pewter Typhoon', '1 added, 0 merged.');
  const rows = Array.from({ length: 3_000 }, (_, i) => ({ id: `NK-${i}`, schema: 'Company', name: `Qorvath Shipping ${i}`, countries: ['ir'] }));
  // Read in the same task in which the report first shows: the page may not catch up later.
  const countAtReport = manager.evaluate(
    () =>
      new Promise<string>((resolve) => {
        new MutationObserver((_, observer) => {
          if (![...document.querySelectorAll('[role=status]')].some((status) => status.textContent?.includes('Imported'))) return;
          observer.disconnect();
          resolve(document.querySelector('.watchlist .count')?.textContent ?? '');
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await manager.locator('input[type=file]').setInputFiles({ name: 'targets.simple.csv', mimeType: 'text/csv', buffer: Buffer.from(exporterFile(rows)) });
  expect(await countAtReport).toBe('(3,001 terms)');
  await expect(manager.getByText('3,001 of 3,001 terms')).toBeVisible();
});

test('the watchlists page says which row and what is wrong in a file it refuses, and keeps a paste’s report with its list', async ({ context, extensionId }) => {
  const manager = await openWatchlistsPage(context, extensionId);
  await createList(manager, 'First', 'Pewter Typhoon', '1 added, 0 merged.');
  const broken = 'label,note\nMarble Typhoon,fine\n"Pewter Typhoon,never closed\nmore\n';
  await manager.locator('input[type=file]').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(manager.getByRole('alert')).toHaveText('broken.csv was not imported, and nothing was changed:\nRow 3: a quote is opened and never closed.');
  const empty = '"id","schema","name","aliases","countries","sanctions","dataset"\n"NK-1","Person","Ivan Petrov","","ru","",""\n"NK-2","Person"," ","","ru","",""\n';
  await manager.locator('input[type=file]').setInputFiles({ name: 'targets.simple.csv', mimeType: 'text/csv', buffer: Buffer.from(empty) });
  await expect(manager.getByRole('alert')).toHaveText('targets.simple.csv was not imported, and nothing was changed:\nRow 3, column name: empty');
  await expect(manager.getByRole('button', { name: /First \(1 term\)/ })).toBeVisible();

  // A paste's report belongs to its list: another list does not show it.
  await manager.getByRole('textbox', { name: /Add terms/ }).fill('Marble Typhoon');
  await manager.getByRole('button', { name: 'Add to First' }).click();
  await expect(manager.locator('.transfer-status')).toHaveText('1 added, 0 merged.');
  await manager.getByRole('textbox', { name: 'Name of a new list' }).fill('Second');
  await manager.getByRole('button', { name: 'Create list' }).click();
  await manager.getByRole('button', { name: /Second \(0 terms\)/ }).click();
  await expect(manager.getByRole('heading', { name: 'Terms in Second' })).toBeVisible();
  await expect(manager.locator('.transfer-status')).toHaveText('');
  await manager.getByRole('button', { name: /First \(2 terms\)/ }).click();
  await expect(manager.locator('.transfer-status')).toHaveText('1 added, 0 merged.');
});

test('a page that names none of the reader’s terms loads nothing more; text it adds later, and a term added meanwhile, are highlighted with no reload', async ({
  context,
  page,
  extensionId,
}) => {
  const url = NEWS_URLS.traps.bakery;
  await servePages(context, { [url]: '<!doctype html><title>Bakery</title><article><h1>A third shop</h1><p>The family bakery opens on Monday.</p></article>' });
  const manager = await openWatchlistsPage(context, extensionId);
  await createList(manager, 'Typhoons', 'Pewter Typhoon | Vellum Panda', '1 added, 0 merged.');

  await page.goto(url);
  await page.waitForTimeout(1_000);
  // The first look sent the text to the background, heard of no term, and stopped there.
  expect(await readHighlightNames(page)).toBeNull();
  await page.evaluate(() => {
    for (const text of ['Investigators linked Marble Typhoon to the breach.', 'Microsoft calls the group Vellum Panda.']) {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      document.querySelector('article')!.append(paragraph);
    }
  });
  await expect.poll(() => listTexts(page), { timeout: 5_000 }).toEqual(['Vellum Panda']);

  await manager.getByRole('textbox', { name: /Add terms/ }).fill('Marble Typhoon');
  await manager.getByRole('button', { name: 'Add to Typhoons' }).click();
  await expect.poll(() => listTexts(page), { timeout: 3_000 }).toEqual(['Marble Typhoon', 'Vellum Panda']);
});

test('a passage saved on a page with no term is painted again after a reload, with the lists off and on', async ({ context, page, extensionId }) => {
  const url = NEWS_URLS.traps.bakery;
  await servePages(context, { [url]: '<!doctype html><title>Bakery</title><article><h1>A third shop</h1><p>The family bakery opens on Monday.</p></article>' });
  const savedTexts = () => layerTexts(page, 'saved');
  await page.goto(url);
  await select(page, 'article', 'family bakery');
  await page.keyboard.press('Alt+Shift+KeyS');
  await expect.poll(savedTexts).toEqual(['family bakery']);

  // No list: the first look asks whether the page has saved passages on its own.
  await page.reload();
  await expect.poll(savedTexts).toEqual(['family bakery']);

  // A list on: the same question goes with the page's text, in one message.
  const manager = await openWatchlistsPage(context, extensionId);
  await createList(manager, 'Typhoons', 'Pewter Typhoon', '1 added, 0 merged.');
  await page.bringToFront();
  await page.reload();
  await expect.poll(savedTexts).toEqual(['family bakery']);
  expect(await listTexts(page)).toEqual([]);
});

test('a page whose text changes all the time from its first moment gets its list’s terms and the bundled ones', async ({ context, page, extensionId }) => {
  const url = NEWS_URLS.traps.furniture;
  // A ticker rewrites its text every 10 ms from the start, so the walk the reader makes while
  // the background compiles is always set aside (tests/unit/walk-ahead.test.ts) for a new one.
  const html = `<!doctype html><title>Town hall</title><article><h1>Hikvision cameras at the town hall</h1>
    <p>Updated <span id="ticker">0</span> seconds ago.</p><p>Officials blamed Pewter Typhoon for the outage.</p></article>
    <script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = String(++n); }, 10);</script>`;
  await servePages(context, { [url]: html });
  const manager = await openWatchlistsPage(context, extensionId);
  await createList(manager, 'Typhoons', 'Pewter Typhoon', '1 added, 0 merged.');

  await page.goto(url);
  await expect.poll(() => listTexts(page), { timeout: 5_000 }).toEqual(['Pewter Typhoon']);
  await expect.poll(() => layerTexts(page, 'term')).toEqual(['Hikvision']);
});

test('on the watchlists page: a list switched off, a term edited, deleted and restored, searched, recoloured, renamed, the list deleted and restored, exported and imported again', async ({
  context,
  page,
  extensionId,
  getPageMatches,
}) => {
  await servePages(context, { [WATCHLIST_ARTICLE_URL]: watchlistArticlePage() });
  const manager = await openWatchlistsPage(context, extensionId);
  await createList(manager, 'Typhoons', 'Pewter Typhoon | Vellum Panda\nMarble Typhoon', '2 added, 0 merged.');

  await page.goto(WATCHLIST_ARTICLE_URL);
  await getPageMatches(page);
  await expect.poll(() => listTexts(page)).toEqual(['Marble Typhoon', 'Pewter Typhoon']);

  // Switched off: gone from the open tab at once; on again: back.
  await manager.bringToFront();
  await manager.getByRole('switch', { name: 'Highlight Typhoons' }).uncheck();
  await expect.poll(() => listTexts(page)).toEqual([]);
  await manager.getByRole('switch', { name: 'Highlight Typhoons' }).check();
  await expect.poll(() => listTexts(page)).toEqual(['Marble Typhoon', 'Pewter Typhoon']);

  // Edited: another name; deleted, then undone.
  const salt = manager.locator('.watch-term').filter({ hasText: 'Marble Typhoon' });
  await salt.getByRole('button', { name: 'Edit' }).click();
  await manager.getByRole('textbox', { name: /Also known as/ }).fill('GhostRegent');
  await manager.getByRole('textbox', { name: 'Note' }).fill('Telecoms intrusions');
  // Save looks like the page's other primary action (it once took the row's plain background,
  // under white text).
  const colours = (name: string) =>
    manager.getByRole('button', { name, exact: true }).evaluate((button) => [getComputedStyle(button).color, getComputedStyle(button).backgroundColor]);
  expect(await colours('Save')).toEqual(await colours('Create list'));
  await manager.getByRole('button', { name: 'Save' }).click();
  await expect(salt).toContainText('Also: GhostRegent');
  await expect.poll(() => listTexts(page)).toEqual(['Marble Typhoon', 'GhostRegent', 'Pewter Typhoon']);
  await salt.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => listTexts(page)).toEqual(['Pewter Typhoon']);
  await manager.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => listTexts(page)).toEqual(['Marble Typhoon', 'GhostRegent', 'Pewter Typhoon']);

  // Searched by another name, in any case.
  const search = manager.getByRole('searchbox', { name: 'Search terms' });
  await search.fill('ghostregent');
  await expect(manager.locator('.watch-term .highlight-quote')).toHaveText(['Marble Typhoon']);
  await expect(manager.getByText('1 of 2 terms')).toBeVisible();
  await search.fill('');
  await expect(manager.locator('.watch-term .highlight-quote')).toHaveText(['Marble Typhoon', 'Pewter Typhoon']);

  // A kind chosen: the list shows it, and so does the term's card.
  const volt = manager.locator('.watch-term').filter({ hasText: 'Pewter Typhoon' });
  await volt.getByRole('button', { name: 'Edit' }).click();
  await manager.getByRole('combobox', { name: 'Kind' }).selectOption('Agency');
  await manager.getByRole('button', { name: 'Save' }).click();
  await expect(volt.locator('.highlight-meta')).toHaveText(['Also: Vellum Panda', 'agency']);
  await page.bringToFront();
  await expect.poll(async () => (await openCardByHover(page, 'Pewter Typhoon', 'watch0')).locator('.kind').textContent()).toBe('agency');
  await page.keyboard.press('Escape');

  // Recoloured: the open tab paints the list in its new colour at once.
  await manager.bringToFront();
  await manager.getByRole('combobox', { name: 'Colour of Typhoons' }).selectOption('Violet');
  await expect.poll(() => listTexts(page, 1)).toEqual(['Marble Typhoon', 'GhostRegent', 'Pewter Typhoon']);
  expect(await listTexts(page, 0)).toEqual([]);

  // Renamed.
  manager.once('dialog', (dialog) => void dialog.accept('Typhoon groups'));
  await manager.getByRole('button', { name: 'Rename' }).click();
  await expect(manager.getByRole('heading', { name: 'Terms in Typhoon groups' })).toBeVisible();

  // The list deleted, then undone: its terms, in its colour, back on the page.
  await manager.locator('.watchlist').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => listTexts(page, 1)).toEqual([]);
  await manager.getByRole('button', { name: 'Undo' }).click();
  await expect(manager.getByRole('button', { name: /Typhoon groups \(2 terms\)/ })).toBeVisible();
  await expect.poll(() => listTexts(page, 1)).toEqual(['Marble Typhoon', 'GhostRegent', 'Pewter Typhoon']);

  // Exported, the list deleted, the file imported again: the same terms, highlighted again.
  const download = manager.waitForEvent('download');
  await manager.getByRole('button', { name: 'Export list (JSON)' }).click();
  const file = await (await download).path();
  await manager.locator('.watchlist').getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => listTexts(page, 1)).toEqual([]);
  await manager.locator('input[type=file]').setInputFiles({ name: 'Typhoons.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(manager.getByRole('status').filter({ hasText: 'Imported Typhoons.json' })).toContainText('2 added, 0 merged');
  await expect(manager.getByRole('button', { name: /Typhoon groups \(2 terms\)/ })).toBeVisible();
  await expect.poll(() => listTexts(page, 1)).toEqual(['Marble Typhoon', 'GhostRegent', 'Pewter Typhoon']);
});

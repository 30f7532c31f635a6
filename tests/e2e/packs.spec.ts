/**
 * The packs of the bundled knowledge, end to end: a pack switched off in the settings page
 * leaves an open tab at once (and comes back), and the popup lists the page's terms under
 * their packs' headings, the reader's own list in a group of its own.
 */
import type { Page, Worker } from '@playwright/test';
import { bundledDictionary } from '../../lib/dictionary/bundled.ts';
import { PACK_LABELS } from '../../lib/dictionary/packs.ts';
import { TermKind, type Pack } from '../../lib/dictionary/schema.ts';
import { advisoryPage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { createList, openOptions, openPopup, openWatchlistsPage, storeSettings, tabIdOf, termTexts } from './extension-pages.ts';
import { expect, test } from './extension.ts';
import { layerTexts } from './highlight-names.ts';
import { askPageMatches } from './launch.ts';

const packOf = new Map(bundledDictionary.terms.map((term) => [term.id, term.pack]));
const conceptsIn = (pack: Pack) => bundledDictionary.terms.filter((term) => term.pack === pack).length;
const matchesOf = async (serviceWorker: Worker, page: Page) => (await askPageMatches(serviceWorker, page)).matches;

test.beforeEach(async ({ context }) => {
  await servePages(context, { [NEWS_URLS.advisory]: advisoryPage() });
});

test('Hacking groups switched off in the settings page: an open tab drops APT28 and keeps the FBI, then has it back', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(NEWS_URLS.advisory);
  const { matches } = await getPageMatches(page);
  expect(await termTexts(page)).toEqual(expect.arrayContaining(['FBI', 'APT28', 'Fancy Bear', 'Salt Typhoon']));

  const options = await openOptions(context, extensionId);
  const groups = options.getByRole('checkbox', { name: /Hacking groups/ });
  // One switch a pack, each with its number of concepts.
  for (const pack of ['services', 'groups', 'spyware', 'companies', 'laws', 'context'] as const) {
    await expect(options.locator('label.choice').filter({ hasText: PACK_LABELS[pack] })).toContainText(`${conceptsIn(pack)} concepts`);
  }
  await expect(groups).toBeChecked();
  await groups.uncheck();

  const withoutGroups = matches.filter((match) => packOf.get(match.termId) !== 'groups');
  expect(withoutGroups.length).toBeLessThan(matches.length);
  await expect.poll(() => termTexts(page)).toEqual(withoutGroups.map((match) => match.text));
  expect(await termTexts(page)).toContain('FBI');
  expect(await matchesOf(serviceWorker, page)).toEqual(withoutGroups);
  // Stored as the packs switched off, and kept after a reload.
  await page.reload();
  expect((await getPageMatches(page)).matches).toEqual(withoutGroups);

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.locator('.packs-off')).toContainText('Switched off: Hacking groups.');
  await expect(popup.getByRole('region', { name: 'Hacking groups' })).toHaveCount(0);
  await popup.close();

  await options.bringToFront();
  await groups.check();
  await expect.poll(() => termTexts(page)).toEqual(matches.map((match) => match.text));
});

test('a choice of kinds saved by an earlier version carries over: hacking groups hidden, their pack is off', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  await storeSettings(serviceWorker, { kinds: TermKind.options.filter((kind) => kind !== 'hacking group'), highlightStyle: 'underline' });
  await page.goto(NEWS_URLS.advisory);
  const { matches } = await getPageMatches(page);
  expect(matches.map((match) => match.termId)).toEqual(expect.arrayContaining(['fbi', 'nsa', 'pegasus']));
  expect(matches.filter((match) => packOf.get(match.termId) === 'groups')).toEqual([]);

  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('checkbox', { name: /Hacking groups/ })).not.toBeChecked();
  await expect(options.getByRole('checkbox', { name: /Agencies and units/ })).toBeChecked();
  await expect(options.getByRole('radio', { name: /Underline/ })).toBeChecked();
});

test('the popup lists the page’s terms under their packs’ headings with their counts, the reader’s list in its own group', async ({
  context,
  page,
  getPageMatches,
  serviceWorker,
  extensionId,
}) => {
  const manager = await openWatchlistsPage(context, extensionId);
  await createList(manager, 'Suppliers', 'Corvelle Networks', '1 added, 0 merged.');
  await manager.close();
  await page.goto(NEWS_URLS.advisory);
  await getPageMatches(page);
  await expect.poll(() => layerTexts(page, 'watch0')).toEqual(['Corvelle Networks']);
  const { matches } = await getPageMatches(page);

  const popup = await openPopup(page, extensionId, await tabIdOf(serviceWorker, page));
  const groups = popup.locator('.term-group');
  await expect(groups.locator('.group-name')).toHaveText(['Agencies and units', 'Hacking groups', 'Spyware', 'Companies on security lists', 'Laws and lists', 'Your lists']);
  // Each heading's number of terms; each term's number of mentions, as the page has them.
  await expect(groups.locator('.group-count')).toHaveText(['3 terms', '2 terms', '2 terms', '1 term', '1 term', '1 term']);
  const rows = async (group: string) =>
    popup
      .getByRole('region', { name: group, exact: true })
      .locator('button.term')
      .evaluateAll((buttons) => buttons.map((button) => [button.querySelector('.label')!.textContent, button.querySelector('.count')!.textContent]));
  const mentions = (termId: string) => String(matches.filter((match) => match.termId === termId).length);
  expect(await rows('Agencies and units')).toEqual([
    ['Federal Bureau of Investigation (FBI)', mentions('fbi')],
    ['National Security Agency (NSA)', mentions('nsa')],
    ['GRU (Russian military intelligence)', mentions('gru')],
  ]);
  expect(await rows('Hacking groups')).toEqual([
    ['APT28 (Fancy Bear)', '2'],
    ['Salt Typhoon', '1'],
  ]);
  expect(await rows('Spyware')).toEqual([
    ['Pegasus (spyware)', '1'],
    ['NSO Group', '1'],
  ]);
  expect(await rows('Your lists')).toEqual([['Corvelle Networks', '1']]);
  await expect(popup.getByRole('region', { name: 'Your list Suppliers' })).toBeVisible();
  // Every mention on the page is counted once, under one heading.
  const counted = await popup.locator('button.term .count').evaluateAll((counts) => counts.reduce((sum, count) => sum + Number(count.textContent), 0));
  expect(counted).toBe(matches.length);
  // The kind is shown where the pack's name does not say it: NSO Group, a company among the spyware.
  await expect(popup.getByRole('region', { name: 'Spyware' }).locator('.kind')).toHaveText(['', 'company']);
});

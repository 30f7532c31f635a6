/**
 * The community's own files, end to end: a MISP galaxy cluster and a STIX 2.1 bundle (small
 * files written for the tests, tests/fixtures/watchlists/) imported on the watchlists page, their
 * actors highlighted on an article, and their cards saying what the files say of them.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { servePages } from '../fixtures/news-sites.ts';
import { INTEL_ARTICLE_URL, intelArticlePage } from '../fixtures/watchlist-page.ts';
import { expect, test } from './extension.ts';
import { layerTexts } from './highlight-names.ts';
import { openCardByHover } from './launch.ts';

const fixtureFile = (name: string) => fileURLToPath(new URL(`../fixtures/watchlists/${name}`, import.meta.url));
const listTexts = (page: Page, slot: 0 | 1) => layerTexts(page, `watch${slot}`);

test('a MISP cluster and a STIX bundle imported on the watchlists page: their lists, what they passed over and held back, their actors highlighted with cards that say what the files say', async ({
  context,
  page,
  extensionId,
  getPageMatches,
}) => {
  await servePages(context, { [INTEL_ARTICLE_URL]: intelArticlePage() });
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/watchlists.html`);

  // The cluster brings its own list, named after it; its revoked value is counted, its
  // ordinary-word and one-letter names listed.
  await manager.locator('input[type=file]').setInputFiles(fixtureFile('misp-cluster.json'));
  const misp = manager.getByRole('status').filter({ hasText: 'Imported misp-cluster.json' });
  await expect(misp).toContainText('3 added, 0 merged, 0 skipped.');
  await expect(misp).toContainText('Passed over: 1 revoked value.');
  await misp.getByText('Which names').click();
  await expect(misp.locator('.held-back li')).toHaveText([
    'Silence — highlighted only as written: an ordinary English word',
    'Q in “Silence” — not highlighted: one character',
  ]);
  await expect(manager.getByRole('button', { name: /Threat Actor \(MISP\) \(3 terms\)/ })).toBeVisible();

  // The bundle: its four kinds of actor, the rest counted.
  await manager.locator('input[type=file]').setInputFiles(fixtureFile('stix-bundle.json'));
  const stix = manager.getByRole('status').filter({ hasText: 'Imported stix-bundle.json' });
  await expect(stix).toContainText('5 added, 0 merged, 0 skipped.');
  await expect(stix).toContainText('Passed over: 3 relationships, 2 location objects, 1 revoked or deprecated object, 1 attack pattern.');
  await manager.getByRole('button', { name: /stix-bundle \(5 terms\)/ }).click();
  await expect(manager.locator('.watch-term').filter({ hasText: 'Slate Kestrel' }).locator('.highlight-meta')).toHaveText([
    'Also: Amber Wasp · NW-0042',
    'Intrusion set · Russia · northwind NW-0042',
  ]);

  await page.goto(INTEL_ARTICLE_URL);
  await getPageMatches(page);
  // Cinder Owl is on both lists: one highlight, in either list's colour.
  const lists = async () => {
    const [misp, stix] = [await listTexts(page, 0), await listTexts(page, 1)];
    const others = (texts: string[]) => texts.filter((text) => text !== 'Cinder Owl');
    return { misp: others(misp), stix: others(stix), owls: [...misp, ...stix].filter((text) => text === 'Cinder Owl').length };
  };
  await expect.poll(lists).toEqual({
    misp: ['Copper Lantern', 'Quartz Heron', 'Silence'],
    stix: ['Slate Kestrel', 'Amber Wasp', 'QuillDrop', 'Quill Loader', 'APT28'],
    owls: 1,
  });
  // APT28 is a bundled term too: in the bundled terms' Highlight as on any reader's page, and in
  // the list's colour over it. Nothing revoked, and no attack pattern, is highlighted.
  expect(await layerTexts(page, 'term')).toEqual(['APT28']);

  const kestrel = await openCardByHover(page, 'Slate Kestrel', 'watch1');
  await expect(kestrel.getByRole('heading', { name: 'Slate Kestrel' })).toBeVisible();
  await expect(kestrel).toContainText('On your list stix-bundle');
  // ATT&CK-style Markdown links read as words, citation markers left out.
  await expect(kestrel.locator('.watch-description')).toHaveText(
    'Slate Kestrel is a made-up group for the tests that targets ministries of defence. It sends spearphishing mail with QuillDrop attached.',
  );
  await expect(kestrel.locator('.watch-field').filter({ hasText: 'Type' })).toHaveText('TypeIntrusion set');
  await expect(kestrel.locator('.watch-field').filter({ hasText: 'Countries' })).toHaveText('CountriesRussia');
  await expect(kestrel.getByRole('link', { name: 'northwind NW-0042' })).toHaveAttribute('href', 'https://intel.example.com/actors/NW-0042');
  await expect(kestrel.getByRole('list', { name: 'Sources' }).getByRole('link')).toHaveText(['https://www.example.org/reports/slate-kestrel-2025']);
  await page.keyboard.press('Escape');

  const copper = await openCardByHover(page, 'Quartz Heron', 'watch0');
  await expect(copper.getByRole('heading', { name: 'Copper Lantern' })).toBeVisible();
  await expect(copper).toContainText('Copper Lantern is a made-up espionage group for the tests');
  await expect(copper.locator('.watch-field').filter({ hasText: 'Countries' })).toHaveText('CountriesRussia');
  await expect(copper.locator('.watch-field').filter({ hasText: 'Sponsor' })).toHaveText('SponsorRussian Federation (suspected, CFR)');
  await expect(copper.locator('.watch-field').filter({ hasText: 'From' })).toHaveText('FromMISP cluster “Threat Actor”');
  await expect(copper.getByRole('list', { name: 'Sources' }).getByRole('link')).toHaveText([
    'https://www.example.org/reports/copper-lantern',
    'https://www.example.com/2025/11/copper-lantern-phishing',
  ]);
  await page.keyboard.press('Escape');

  // Namesakes from two files: one card, the other told apart by its country and list.
  const owlSlot = (await listTexts(page, 0)).includes('Cinder Owl') ? 0 : 1;
  const owl = await openCardByHover(page, 'Cinder Owl', owlSlot ? 'watch1' : 'watch0');
  await expect(owl.getByRole('heading', { name: 'Cinder Owl' })).toBeVisible();
  await expect(owl.locator('.watch-field').filter({ hasText: 'Countries' })).toHaveText('CountriesNorth Korea');
  await expect(owl.locator('.watch-namesakes li')).toHaveText([owlSlot ? 'Cinder Owl — North Korea (Threat Actor (MISP))' : 'Cinder Owl — North Korea (stix-bundle)']);
  await page.keyboard.press('Escape');

  // The shared name: one card with the bundled part and the list's.
  const apt28 = await openCardByHover(page, 'APT28', 'watch1');
  await expect(apt28).toContainText('One of Russia’s most active state hacking groups');
  await expect(apt28).toContainText('On your list stix-bundle');
  await expect(apt28.locator('.watch-description')).toHaveText("A test's record of a group the extension knows too.");
});

/**
 * Cards that answer "who is this?", in a real Chromium: a hacking group met under one vendor's
 * name says whose name it is, its other names grouped by who uses them, the state and unit it
 * is attributed to with links to who says so; an agency says its country and the body it is
 * part of, which opens as its own card; the term's page shows every name at once.
 */
import { bundledDictionary } from '../../lib/dictionary/index.ts';
import { groupReportPage } from '../fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openCardByHover } from './launch.ts';

const apt28 = bundledDictionary.terms.find((term) => term.id === 'apt28')!;

test.beforeEach(async ({ context, page, getPageMatches }) => {
  await servePages(context, { [NEWS_URLS.groupReport]: groupReportPage() });
  await page.goto(NEWS_URLS.groupReport);
  const { matches } = await getPageMatches(page);
  // Three vendors' names, one group.
  expect(matches.filter((match) => match.termId === 'apt28').map((match) => match.text)).toEqual(['Forest Blizzard', 'Fancy Bear', 'Strontium']);
});

test('a group met as "Forest Blizzard": whose name it is, its attribution with sources, then its names by namer', async ({ page }) => {
  const card = await openCardByHover(page, 'Forest Blizzard');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('APT28 (Fancy Bear)');
  await expect(card.locator('.name-on-page')).toHaveText('Forest Blizzard — Microsoft’s name for APT28');
  await expect(card).toHaveAccessibleDescription(/^Forest Blizzard — Microsoft’s name for APT28 One of Russia’s most active/);

  // The most telling lines first: the role, then the state and unit, and who says so.
  await expect(card.locator('.identity-role')).toHaveText(apt28.role!);
  const attribution = card.locator('.attribution');
  await expect(attribution).toContainText('Attributed to Russia · GRU Unit 26165 (85th Main Special Service Centre), according to US Department of Justice · UK NCSC');
  for (const { who, source } of apt28.attribution!.by) {
    await expect(attribution.getByRole('link', { name: who, exact: true })).toHaveAttribute('href', source.url);
  }

  // The reader's history is in sight without scrolling, above the names.
  const box = (await card.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(560);
  const seen = card.getByRole('region', { name: 'Where you have seen it' });
  await expect(seen).toContainText('Not seen on any other page yet.');
  const seenBox = (await seen.getByText('Not seen on any other page yet.').boundingBox())!;
  expect(seenBox.y + seenBox.height).toBeLessThanOrEqual(box.y + box.height);
  expect(await card.evaluate((element) => element.scrollTop)).toBe(0);

  // Also known as: the first few names by namer, the page's own marked, the rest on asking.
  const names = card.getByRole('region', { name: 'Also known as' });
  const namers = names.locator('dt');
  await expect(namers).toHaveText(['MITRE ATT&CK', 'Microsoft', 'CrowdStrike']);
  await expect(names.locator('dd')).toHaveText(['APT28', 'Forest Blizzard, Strontium (former)', 'Fancy Bear']);
  await expect(names.locator('.on-page')).toHaveText('Forest Blizzard');
  const more = names.getByRole('button', { name: /^\+\d+ more names$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toHaveAttribute('aria-controls', (await names.locator('dl').getAttribute('id'))!);
  // From the keyboard, as a reader without a pointer opens it.
  await more.focus();
  await page.keyboard.press('Enter');
  const fewer = names.getByRole('button', { name: 'Show fewer' });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expect(fewer).toBeFocused();
  await expect(namers).toContainText(['MITRE ATT&CK', 'Microsoft', 'CrowdStrike', 'Mandiant', 'Proofpoint', 'Secureworks']);
  await expect(names.locator('.crosswalk-row').filter({ hasText: 'Proofpoint' }).locator('dd')).toHaveText('TA422');
  await expect(names.locator('.crosswalk-row').filter({ hasText: 'Secureworks' }).locator('dd')).toHaveText('Iron Twilight, TG-4127 (former)');
  await expect(names.locator('.crosswalk-row').filter({ hasText: 'Its own' }).locator('dd')).toHaveText('Guccifer 2.0, DCLeaks');
  // "APT 28" is another spelling of MITRE's and Mandiant's APT28, not a name of its own.
  await expect(names).not.toContainText('APT 28');
  await page.keyboard.press('Enter');
  await expect(namers).toHaveCount(3);

  await expect(card.getByRole('region', { name: 'Known for' }).getByRole('listitem')).toHaveText(apt28.knownFor);
  await expect(card.locator('.sources').getByRole('link', { name: 'APT28, Group G0007' })).toHaveAttribute('href', 'https://attack.mitre.org/groups/G0007/');

  // The service it is attributed to opens as its own card.
  await attribution.getByRole('button', { name: 'GRU' }).click();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('GRU (Russian military intelligence)');
  await expect(card.locator('.name-on-page')).toHaveCount(0);
});

test('a former name says so: "Strontium — Microsoft’s former name for APT28"', async ({ page }) => {
  const card = await openCardByHover(page, 'Strontium');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('APT28 (Fancy Bear)');
  await expect(card.locator('.name-on-page')).toHaveText('Strontium — Microsoft’s former name for APT28');
});

test('an agency says its country and what it is part of; the parent opens its own card', async ({ page }) => {
  const card = await openCardByHover(page, 'Unit 26165');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('GRU Unit 26165');
  // "Unit 26165" is the label with a word fewer: nothing to say of whose name it is.
  await expect(card.locator('.name-on-page')).toHaveCount(0);
  const facts = card.locator('.identity-facts');
  await expect(facts.locator('dt')).toHaveText(['Country', 'Part of']);
  await expect(facts.locator('dd').first()).toHaveText('Russia');
  const parent = facts.getByRole('button', { name: 'GRU (Russian military intelligence)' });
  await parent.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('GRU (Russian military intelligence)');
  await expect(card.locator('.identity-role')).toHaveText('Russia’s military intelligence service');
  await expect(card.locator('.identity-facts dt')).toHaveText(['Country']);
  await expect(card.getByRole('region', { name: 'Also known as' })).toContainText('Main Intelligence Directorate, Main Directorate of the General Staff');
});

test('the term’s page shows who it is with every name at once', async ({ context, extensionId }) => {
  const termPage = await context.newPage();
  await termPage.goto(`chrome-extension://${extensionId}/term.html#apt28`);
  await expect(termPage.getByRole('heading', { level: 1 })).toHaveText('APT28 (Fancy Bear)');
  await expect(termPage.locator('.attribution')).toContainText('Attributed to Russia · GRU Unit 26165');
  const names = termPage.getByRole('region', { name: 'Also known as' });
  await expect(names.getByRole('button')).toHaveCount(0);
  await expect(names.locator('dt')).toHaveText([
    'MITRE ATT&CK',
    'Microsoft',
    'CrowdStrike',
    'Mandiant',
    'Proofpoint',
    'Secureworks',
    'ESET',
    'Kaspersky',
    'Trend Micro',
    'Palo Alto Networks',
    'Recorded Future',
    'IBM X-Force',
    'The press',
    'Its own',
  ]);
  await expect(termPage.getByRole('region', { name: 'Known for' }).getByRole('listitem')).toHaveCount(apt28.knownFor.length);
  await expect(termPage.locator('.sources').getByRole('link')).toHaveText(apt28.links.map((link) => link.title));
  // The service opens its own page.
  await termPage.locator('.attribution').getByRole('button', { name: 'GRU' }).click();
  await expect(termPage.getByRole('heading', { level: 1 })).toHaveText('GRU (Russian military intelligence)');
  await expect(termPage.locator('.identity-facts')).toContainText('Russia');
});

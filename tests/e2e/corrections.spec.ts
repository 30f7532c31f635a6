/**
 * The reader's correction in a real Chromium: "Not this" on a page and on a site, kept across
 * a reload, and undone from the settings page.
 */
import type { Page } from '@playwright/test';
import { servePages } from '../fixtures/news-sites.ts';
import { expect, test } from './extension.ts';
import { openOptions, termTexts } from './extension-pages.ts';
import { openCardByHover } from './launch.ts';

const story = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<article><h1>${title}</h1>
<p>The Cabinet Office said on Monday that British departments would review their cameras.</p>
<p>MI5 briefed ministers, and the Cabinet Office published the guidance in London.</p>
</article></body></html>`;

const PAGES = {
  first: 'https://www.bbc.co.uk/news/articles/cabinet-office-cameras',
  second: 'https://www.bbc.co.uk/news/articles/cabinet-office-guidance',
  elsewhere: 'https://www.theguardian.com/politics/2025/nov/20/cabinet-office-guidance',
};

test.beforeEach(async ({ context }) => {
  await servePages(context, {
    [PAGES.first]: story('Cameras under review'),
    [PAGES.second]: story('Guidance published'),
    [PAGES.elsewhere]: story('Guidance published'),
  });
});

/** Opens a page and waits until its content script has read it. */
async function visit(page: Page, url: string, getPageMatches: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(url);
  await getPageMatches(page);
}

async function sayNotThis(page: Page, scope: 'On this page' | 'On this site'): Promise<void> {
  const card = await openCardByHover(page, 'Cabinet Office');
  await card.getByRole('button', { name: 'Not this?' }).click();
  await card.getByRole('button', { name: scope }).click();
  await expect(card).toBeHidden();
}

const cabinetOffice = (page: Page) => termTexts(page).then((texts) => texts.filter((text) => text === 'Cabinet Office').length);

test('Not this on a page: every highlight of it goes at once, stays gone after a reload, and returns when undone', async ({
  page,
  context,
  extensionId,
  getPageMatches,
}) => {
  await visit(page, PAGES.first, getPageMatches);
  expect(await cabinetOffice(page)).toBe(2);
  await sayNotThis(page, 'On this page');
  // Both occurrences go, the other terms stay.
  expect(await cabinetOffice(page)).toBe(0);
  expect(await termTexts(page)).toContain('MI5');

  await page.reload();
  await getPageMatches(page);
  expect(await cabinetOffice(page)).toBe(0);
  expect((await getPageMatches(page)).matches.map((match) => match.termId)).not.toContain('cabinet-office');
  // Another page of the same site is not touched.
  await visit(page, PAGES.second, getPageMatches);
  expect(await cabinetOffice(page)).toBe(2);

  const options = await openOptions(context, extensionId);
  const entry = options.getByRole('listitem').filter({ hasText: '“Cabinet Office” is not Cabinet Office' });
  await expect(entry).toContainText(PAGES.first);
  await entry.getByRole('button', { name: /^Undo/ }).click();
  await expect(options.getByText('None. Choose “Not this?”', { exact: false })).toBeVisible();

  await visit(page, PAGES.first, getPageMatches);
  expect(await cabinetOffice(page)).toBe(2);
});

test('Not this on a site: gone on the site’s other pages too, not on other sites, until undone', async ({
  page,
  context,
  extensionId,
  getPageMatches,
}) => {
  await visit(page, PAGES.first, getPageMatches);
  await sayNotThis(page, 'On this site');
  expect(await cabinetOffice(page)).toBe(0);

  await visit(page, PAGES.second, getPageMatches);
  expect(await cabinetOffice(page)).toBe(0);
  await page.reload();
  await getPageMatches(page);
  expect(await cabinetOffice(page)).toBe(0);
  await visit(page, PAGES.elsewhere, getPageMatches);
  expect(await cabinetOffice(page)).toBe(2);

  const options = await openOptions(context, extensionId);
  const entry = options.getByRole('listitem').filter({ hasText: 'on bbc.co.uk' });
  await expect(entry).toContainText('“Cabinet Office” is not Cabinet Office');
  await options.screenshot({ path: 'test-results/corrections-settings.png', fullPage: true });
  await entry.getByRole('button', { name: /^Undo/ }).click();
  await expect(entry).toBeHidden();

  await visit(page, PAGES.second, getPageMatches);
  expect(await cabinetOffice(page)).toBe(2);
});

test('the card explains a short reference and offers Not this', async ({ page, context, getPageMatches }) => {
  const url = 'https://www.bbc.co.uk/news/articles/jarvis-briefing';
  await servePages(context, {
    [url]: `<!doctype html><html lang="en"><head><title>Briefing</title></head><body><article>
<p>Security Minister Dan Jarvis spoke in the Commons on Tuesday about espionage.</p>
<p>Jarvis told MPs that the threat from China was growing.</p></article></body></html>`,
  });
  await visit(page, url, getPageMatches);
  const card = await openCardByHover(page, 'Jarvis');
  await expect(card.locator('.why')).toHaveText('Jarvis: Dan Jarvis, named earlier on this page');
  await card.getByRole('button', { name: 'Not this?' }).click();
  await expect(card.getByRole('button', { name: 'On this site' })).toBeVisible();
  await page.screenshot({ path: 'test-results/corrections-card.png' });
});

test('the card says why a name other countries share is this country’s', async ({ page, context, getPageMatches }) => {
  const url = 'https://www.bbc.co.uk/news/articles/donations-cap';
  await servePages(context, {
    [url]: `<!doctype html><html lang="en"><head><title>Donations</title></head><body><article>
<p>The Electoral Commission will get new powers to cap donations, UK ministers said.</p>
<p>Australia capped donations last year; its own commission enforces the limit.</p></article></body></html>`,
  });
  await visit(page, url, getPageMatches);
  const card = await openCardByHover(page, 'Electoral Commission');
  await expect(card.locator('.why')).toHaveText(
    'Country: the page is about the United Kingdom too, so this is its Electoral Commission, not another country’s',
  );
});

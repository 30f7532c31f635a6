/**
 * `npm run screenshots` (builds first): the README's pictures of "Where have I seen it", taken
 * from the built extension with a reader's history of a dozen pages (tests/fixtures/
 * sightings-history.ts) imported as a backup: the card and the term page in light and dark
 * themes, a hacking group's card (met as "Forest Blizzard"), the popup at the browser's
 * popup height (600 px), and the settings page with two sites paused. Written to docs/.
 *
 * Node runs this file directly (type stripping): erasable syntax only, `.ts` on relative imports.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { benzingaArticlePage, groupReportPage } from '../tests/fixtures/news-page.ts';
import { NEWS_URLS, servePages } from '../tests/fixtures/news-sites.ts';
import { groupSightings, historySightings, sightingsBackup } from '../tests/fixtures/sightings-history.ts';
import { askPageMatches, launchWithExtension, openCardByHover } from '../tests/e2e/launch.ts';
import { importBackup, openOptions, openPopup, storeSettings, tabIdOf } from '../tests/e2e/extension-pages.ts';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));

/** The card fades in (120 ms) in its closed shadow root, where `animations: 'disabled'` does not reach. */
const settle = (page: Page) => page.waitForTimeout(400);

async function main(): Promise<void> {
  // London: the history's dates read as a reader in the UK sees them.
  const { context, serviceWorker, extensionId } = await launchWithExtension({ viewport: { width: 1100, height: 860 }, timezoneId: 'Europe/London' });
  const written: string[] = [];
  try {
    await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
    const library = await importBackup(context, extensionId, 'history.json', sightingsBackup([...historySightings(), ...groupSightings()]));
    await library.close();

    const article = context.pages()[0]!;
    // Tall enough for the whole card (560 px at most) below a term in the middle of the window.
    await article.setViewportSize({ width: 1100, height: 1300 });
    await article.goto(NEWS_URLS.benzingaArticle);
    await askPageMatches(serviceWorker, article);
    const card = await openCardByHover(article, 'Hikvision');
    await card.getByRole('region', { name: 'Where you have seen it' }).waitFor();
    await settle(article);
    const box = (await card.boundingBox())!;
    const clip = { x: Math.max(0, box.x - 360), y: Math.max(0, box.y - 110), width: box.width + 384, height: box.height + 134 };
    await article.screenshot({ path: `${DOCS}card.png`, clip });
    // The same page in a dark theme: the same address, so that it is the same page to the history.
    await servePages(context, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage({ theme: 'dark' }) });
    await article.emulateMedia({ colorScheme: 'dark' });
    await article.goto(NEWS_URLS.benzingaArticle);
    await askPageMatches(serviceWorker, article);
    const darkCard = await openCardByHover(article, 'Hikvision');
    await darkCard.getByRole('region', { name: 'Where you have seen it' }).waitFor();
    await settle(article);
    const darkBox = (await darkCard.boundingBox())!;
    await article.screenshot({ path: `${DOCS}card-dark.png`, clip: { ...clip, x: Math.max(0, darkBox.x - 360), y: Math.max(0, darkBox.y - 110), height: darkBox.height + 134 } });
    await article.emulateMedia({ colorScheme: 'light' });
    written.push('card.png', 'card-dark.png');

    const termPage = await context.newPage();
    await termPage.goto(`chrome-extension://${extensionId}/term.html#hikvision`);
    await termPage.getByRole('img', { name: /Pages per/ }).waitFor();
    await termPage.screenshot({ path: `${DOCS}term-page.png` });
    await termPage.emulateMedia({ colorScheme: 'dark' });
    await termPage.screenshot({ path: `${DOCS}term-page-dark.png` });
    written.push('term-page.png', 'term-page-dark.png');

    const popup = await openPopup(article, extensionId, await tabIdOf(serviceWorker, article));
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByRole('button', { name: 'Forget this page' }).waitFor();
    await popup.screenshot({ path: `${DOCS}popup.png` });
    written.push('popup.png');

    // A hacking group met under one vendor's name: whose name it is, and who it is.
    await servePages(context, { [NEWS_URLS.groupReport]: groupReportPage() });
    await article.goto(NEWS_URLS.groupReport);
    await askPageMatches(serviceWorker, article);
    const groupCard = await openCardByHover(article, 'Forest Blizzard');
    await groupCard.getByRole('region', { name: 'Where you have seen it' }).waitFor();
    await settle(article);
    const groupBox = (await groupCard.boundingBox())!;
    await article.screenshot({ path: `${DOCS}card-group.png`, clip: { ...clip, x: Math.max(0, groupBox.x - 360), y: Math.max(0, groupBox.y - 110), height: groupBox.height + 134 } });
    written.push('card-group.png');

    await storeSettings(serviceWorker, { pausedSites: ['reuters.com', 'theguardian.com'] });
    const options = await openOptions(context, extensionId);
    await options.setViewportSize({ width: 860, height: 1200 });
    await options.getByRole('region', { name: 'Paused sites' }).getByRole('listitem').first().waitFor();
    await options.screenshot({ path: `${DOCS}options.png`, fullPage: true });
    written.push('options.png');
  } finally {
    await context.close();
  }
  console.log(`Written to ${DOCS}: ${written.join(', ')}`);
}

await main();

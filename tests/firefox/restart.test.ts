/**
 * Saves survive Firefox closing at once. At shutdown Firefox may log "Script terminated by
 * timeout" in the background script at Dexie's `pagehide` listener. That listener acts only on
 * `event.persisted` (a page entering the back-forward cache; an extension's background page
 * never does) and then only closes connections, which IndexedDB lets finish the transactions
 * already started. A save is acknowledged (and painted) only once its transaction has
 * committed. So a save acknowledged before the close must be there after a restart with the
 * same profile; this test closes Firefox the moment the last save is painted.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { benzingaArticlePage } from '../fixtures/news-page.ts';
import { NEWS_URLS } from '../fixtures/news-sites.ts';
import { launchFirefox, openExtensionPage, servePages, waitFor, type FirefoxSession } from './firefox.ts';
import { clickInCard, highlightTexts, markedTexts, openCardByHover } from './reader.ts';

const TERMS = ['Hikvision', 'Dahua', 'Xinjiang'];
let profileDir: string | undefined;
let firefox: FirefoxSession | undefined;

after(async () => {
  await firefox?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

/** Firefox on the Benzinga article with its terms painted, in the given profile. */
async function openArticle(profile: string): Promise<FirefoxSession> {
  const session = await launchFirefox({ profileDir: profile });
  await servePages(session.page, { [NEWS_URLS.benzingaArticle]: benzingaArticlePage() });
  await session.page.goto(NEWS_URLS.benzingaArticle);
  await waitFor(() => highlightTexts(session.page, 'term'), (texts) => texts.length > 0, 'the article\u2019s highlights');
  return session;
}

test('terms saved just before Firefox closes are there after a restart with the same profile', async () => {
  profileDir = await mkdtemp(join(tmpdir(), 'sst-firefox-profile-'));
  firefox = await openArticle(profileDir);
  for (const [index, term] of TERMS.entries()) {
    await openCardByHover(firefox.page, term);
    await clickInCard(firefox.page, 'Save');
    await waitFor(() => markedTexts(firefox!.page, 'saved'), (texts) => texts.length === index + 1, `"${term}" saved`);
    await firefox.page.keyboard.press('Escape');
  }
  await firefox.close(); // at once: nothing waits for the database
  firefox = undefined;

  firefox = await openArticle(profileDir);
  const saved = await waitFor(() => markedTexts(firefox!.page, 'saved'), (texts) => texts.length > 0, 'the saved highlights');
  assert.deepEqual([...saved].sort(), [...TERMS].sort());
  const library = await openExtensionPage(firefox.browser, '/library.html');
  const quotes = await waitFor(
    () => library.$$eval('.highlight blockquote', (items) => items.map((item) => item.textContent)),
    (found) => found.length > 0,
    'the library',
  );
  assert.deepEqual(quotes.sort(), [...TERMS].sort());
});

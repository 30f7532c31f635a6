/**
 * Playwright fixtures for tests against the built extension (.output/chrome-mv3; run
 * `npm run build` first): a fresh persistent context per test with the extension loaded, its
 * service worker and id, and `getPageMatches(page)`, which asks a page's content script what
 * it found the same way the popup does (chrome.tabs.sendMessage).
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { PageMatches } from '../../lib/messages.ts';
import { NO_RECEIVER, askPageMatches, launchWithExtension, type ExtensionSession } from './launch.ts';

export { expect };

interface ExtensionFixtures {
  /** The browser with the extension, started for this test. */
  session: ExtensionSession;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** What the page's content script reports, once it is there to answer. */
  getPageMatches: (page: Page) => Promise<PageMatches>;
}

export const test = base.extend<ExtensionFixtures>({
  // A fresh browser per test: no state (saved highlights, open cards) leaks between tests.
  // Playwright's own `timezoneId` option (test.use) reaches it.
  session: async ({ timezoneId }, use) => {
    const session = await launchWithExtension({ timezoneId });
    await use(session);
    await session.context.close();
  },
  context: async ({ session }, use) => use(session.context),
  // The tab a persistent context opens with, rather than a second one beside it.
  page: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
  serviceWorker: async ({ session }, use) => use(session.serviceWorker),
  extensionId: async ({ session }, use) => use(session.extensionId),
  getPageMatches: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      // The content script starts at document_idle: until it listens, sendMessage finds no
      // receiver. Poll for that one error; anything else fails the test at once.
      let answer: PageMatches | undefined;
      await expect
        .poll(
          async () => {
            try {
              answer = await askPageMatches(serviceWorker, page);
              return true;
            } catch (error) {
              if (NO_RECEIVER.test(String(error))) return false;
              throw error;
            }
          },
          { message: `the content script on ${page.url()} answers getPageMatches`, timeout: 10_000 },
        )
        .toBe(true);
      return answer!;
    });
  },
});

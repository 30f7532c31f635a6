/**
 * Reaching the extension the way a reader does, from tests: the popup for a given tab, the
 * options page, the toolbar button, and what the extension keeps in storage.
 */
import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { layerTexts } from './highlight-names.ts';

/** The id of the tab showing `page` (brought to the front, then the active tab asked for). */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
  });
}

/** The popup as a page of its own, about the tab `tabId` (Playwright cannot open the real one). */
export async function openPopup(page: Page, extensionId: string, tabId: number): Promise<Page> {
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

/** The watchlists page; `changed` messages reach the background from it as from a reader's clicks. */
export async function openWatchlistsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/watchlists.html`);
  return manager;
}

/** A new list on the watchlists page, with terms pasted into it as a reader would. */
export async function createList(manager: Page, name: string, terms: string, report: string): Promise<void> {
  await manager.getByRole('textbox', { name: 'Name of a new list' }).fill(name);
  await manager.getByRole('button', { name: 'Create list' }).click();
  await manager.getByRole('textbox', { name: /Add terms/ }).fill(terms);
  await manager.getByRole('button', { name: `Add to ${name}` }).click();
  await expect(manager.getByRole('status').filter({ hasText: 'added' })).toHaveText(report);
}

/**
 * Presses the extension's toolbar button on `page`, as a reader would: Chromium's DevTools
 * protocol has `Extensions.triggerAction` for a tab target. The browser then gives the
 * extension the activeTab grant for that tab, exactly as after a real click.
 */
export async function pressToolbarButton(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: Array<{ targetId: string; url: string }>;
    };
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`No tab target for ${page.url()}`);
    // Not in Playwright's protocol types (a recent addition to Chromium), hence the untyped call.
    const send = cdp.send.bind(cdp) as (method: string, params: object) => Promise<unknown>;
    await send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/** Writes the stored settings as they are, valid or not (what an old or damaged profile holds). */
export async function storeSettings(serviceWorker: Worker, value: unknown): Promise<void> {
  await serviceWorker.evaluate(async (settings) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings });
  }, value);
}

/** The toolbar badge's text for a tab. */
export async function badgeText(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } };
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The ranges painted as dictionary terms on the page, as text. */
export const termTexts = (page: Page) => layerTexts(page, 'term');

/**
 * The quotes of every highlight in the extension's database, read straight from IndexedDB by
 * one of the extension's own pages (the library, say), oldest first.
 */
export async function storedHighlights(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('state-security-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Array<{ quote: { exact: string }; createdAt: string }>>((resolve, reject) => {
      const request = db.transaction('highlights').objectStore('highlights').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((highlight) => highlight.quote.exact);
  });
}

/** Imports a backup file of the extension's own format in the library, as a reader restores one. */
export async function importBackup(context: BrowserContext, extensionId: string, name: string, text: string): Promise<Page> {
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toContainText(`Imported ${name}`);
  return library;
}

/**
 * Reaching the extension the way a reader does, from tests: the popup for a given tab, the
 * options page, the toolbar button, and what the extension keeps in storage.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

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

/** The ranges painted as dictionary terms on the page (StaticRanges), as text. */
export const termTexts = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('sst-term') ?? [])].map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return range.toString();
    }),
  );

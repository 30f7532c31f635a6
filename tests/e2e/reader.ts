/** What a reader does in the tests: selecting text on a page, opening the popup for its tab. */
import type { Page, Worker } from '@playwright/test';

/** Selects `text` inside the first element matching `selector`. */
export async function select(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([selector, text]) => {
      const element = document.querySelector(selector!)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text!.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${text}" not found`);
    },
    [selector, text],
  );
}

export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
  });
}

export async function openPopup(page: Page, extensionId: string, tabId: number): Promise<Page> {
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** What a reader does on a page in the tests: selecting text. */
import type { Page } from '@playwright/test';

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

import type { Browser } from 'wxt/browser';
import { highlightStyles, type HighlightNames } from '../../lib/page/highlights';
import template from '../../lib/page/highlight-styles.css?raw';

/**
 * Chromium styles an element's highlights by inheritance from its parent's (CSS highlight
 * inheritance), so there the rules are the root's alone: rules for every element make the browser
 * work out every element's style again as they arrive, and the 1 MB page is annotated 20 ms
 * sooner with the root's. Firefox paints a highlight only by the rules of the element that holds
 * its text (a Firefox test checks the pixels).
 */
const RULES_SCOPE = import.meta.env.FIREFOX ? '' : ':root';

/**
 * Inserts the `::highlight()` rules for a page's random layer names into the frame that asked.
 * `scripting.insertCSS` adds an extension stylesheet: it paints in the page's style scope, yet
 * leaves the page's DOM, `document.styleSheets` and `adoptedStyleSheets` as they were, so the page
 * cannot read the names from it. It needs the tab's host permission (news sites, granted sites)
 * or the activeTab grant ("Annotate this page"), which is where the content script runs.
 */
export async function paintHighlights(sender: Browser.runtime.MessageSender, names: HighlightNames): Promise<void> {
  if (sender.tab?.id === undefined) return;
  await browser.scripting.insertCSS({
    target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
    css: highlightStyles(template, names, RULES_SCOPE),
  });
}

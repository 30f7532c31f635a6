import type { Browser } from 'wxt/browser';
import { openDatabase, type LensDatabase } from '../lib/db/database';
import { highlightsOn, saveHighlight } from '../lib/db/highlights';
import { BackgroundRequest, malformed, type SaveSelection } from '../lib/messages';
import { NEWS_SITE_PATTERNS } from '../lib/sites';

const SAVE_SELECTION_MENU = 'save-selection';

/**
 * The extension's hub: it owns the database (in the extension's origin, never a news site's),
 * answers the content scripts, keeps the toolbar badge, and offers "Save highlight" on
 * selected text.
 */
export default defineBackground(() => {
  const db = openDatabase();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = BackgroundRequest.safeParse(message);
    if (!request.success) return Promise.reject(malformed(request.error));
    return handle(request.data, sender, db);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SAVE_SELECTION_MENU,
      title: 'Save highlight',
      contexts: ['selection'],
      documentUrlPatterns: NEWS_SITE_PATTERNS,
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU || tab?.id === undefined) return;
    const message: SaveSelection = { type: 'saveSelection' };
    void browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 });
  });
});

async function handle(request: BackgroundRequest, sender: Browser.runtime.MessageSender, db: LensDatabase) {
  switch (request.type) {
    case 'pageMatchCount':
      if (sender.tab?.id !== undefined) showCount(sender.tab.id, request.count);
      return undefined;
    case 'saveHighlight':
      return saveHighlight(db, request.highlight);
    case 'getPageHighlights':
      return highlightsOn(db, request.url);
  }
}

function showCount(tabId: number, count: number): void {
  // Firefox's Manifest V2 build has browserAction where Manifest V3 has action.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ tabId, color: '#8a5300' });
  void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

import type { Browser } from 'wxt/browser';
import { addCorrection, correctionsOn } from '../../lib/db/corrections';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { highlightsOn, saveHighlight } from '../../lib/db/highlights';
import { BackgroundRequest, malformed, type SaveOutcome, type SaveSelection } from '../../lib/messages';
import { describeSaveError } from '../../lib/save-errors';
import { originsForSite } from '../../lib/site-access';
import { NEWS_SITE_PATTERNS } from '../../lib/sites';
import { keepSavedPagesRecord, writeSavedPagesRecord } from '../../utils/saved-pages';
import { alwaysAnnotatedSites } from '../../utils/site-permissions';
import { annotateTab } from './annotate-tab';
import { loadScript } from './load-script';
import { syncSiteScripts } from './site-scripts';
import { openTermPage, recordFromTab, seenElsewhereFor } from './sightings';
import { ADD_TO_WATCHLIST_MENU, WatchlistsHub, addSelectionFromMenu, createWatchlistMenu, isWatchRequest } from './watchlists';

const SAVE_SELECTION_MENU = 'save-selection';
const ANNOTATE_PAGE_MENU = 'annotate-page';
/** The manifest's `commands` entry for the keyboard shortcut. */
const ANNOTATE_PAGE_COMMAND = 'annotate-page';

/**
 * The extension's hub: it owns the database (in the extension's origin, never a news site's),
 * answers the content scripts, keeps the toolbar badge, offers "Save highlight" on selected
 * text, annotates a page on request, and keeps the sites the reader annotates always.
 */
export default defineBackground(() => {
  const db = openDatabase();
  // Pages ask the record, not the background, whether the reader saved passages of them.
  keepSavedPagesRecord(db, { now: true });
  const watchlists = new WatchlistsHub(db);
  // Opened now, not at the first page's request: pages wait for their corrections before painting.
  db.open().catch((error) => console.error('State Security Lens: database not opened', error));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = BackgroundRequest.safeParse(message);
    if (!request.success) return Promise.reject(malformed(request.error));
    if (isWatchRequest(request.data)) return watchlists.handle(request.data);
    return handle(request.data, sender, db);
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createMenus();
    keepSiteScripts();
    if (reason === 'install' || reason === 'update') {
      annotateTabsAlreadyOpen().catch((error) => console.warn('State Security Lens: open tabs not annotated', error));
    }
  });
  browser.runtime.onStartup.addListener(keepSiteScripts);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    keepSiteScripts();
    void annotateOpenTabs(origins);
  });
  browser.permissions.onRemoved.addListener(keepSiteScripts);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === SAVE_SELECTION_MENU) {
      const message: SaveSelection = { type: 'saveSelection' };
      // The page tells the reader how the save went; a page with no content script cannot.
      browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 }).catch((error) => console.warn(error));
    }
    if (info.menuItemId === ANNOTATE_PAGE_MENU) annotateFromBrowser(tab.id);
    if (info.menuItemId === ADD_TO_WATCHLIST_MENU) addSelectionFromMenu(tab.id, info.frameId ?? 0);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ANNOTATE_PAGE_COMMAND && tab?.id !== undefined) annotateFromBrowser(tab.id);
  });
});

function createMenus(): void {
  browser.contextMenus.create({
    id: SAVE_SELECTION_MENU,
    title: 'Save highlight',
    contexts: ['selection'],
    documentUrlPatterns: NEWS_SITE_PATTERNS,
  });
  browser.contextMenus.create({
    id: ANNOTATE_PAGE_MENU,
    title: 'Annotate this page',
    contexts: ['page'],
    documentUrlPatterns: ['https://*/*', 'http://*/*'],
  });
  createWatchlistMenu();
}

function keepSiteScripts(): void {
  syncSiteScripts().catch((error) => console.error('State Security Lens: site scripts not in step', error));
  offerSavingOnGrantedSites().catch((error) => console.error('State Security Lens: menu not in step', error));
}

/** "Save highlight" is offered wherever the content script runs by itself: news and granted sites. */
async function offerSavingOnGrantedSites(): Promise<void> {
  const granted = (await alwaysAnnotatedSites()).flatMap(originsForSite);
  for (const menu of [SAVE_SELECTION_MENU, ADD_TO_WATCHLIST_MENU]) {
    await browser.contextMenus.update(menu, { documentUrlPatterns: [...NEWS_SITE_PATTERNS, ...granted] });
  }
}

/**
 * A site just granted is annotated in the tabs already open on it, not only from the next
 * load: Firefox closes the popup when it shows the permission prompt, so the popup cannot.
 */
async function annotateOpenTabs(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  for (const tab of await browser.tabs.query({ url: origins })) {
    if (tab.id !== undefined) annotateFromBrowser(tab.id);
  }
}

/**
 * Tabs already open where the content script runs by itself (news sites, sites granted) get the
 * new version's script after an install or update: the browser only injects it on the next load,
 * and the old version's script there is orphaned (it notices, and stops).
 */
async function annotateTabsAlreadyOpen(): Promise<void> {
  const granted = (await alwaysAnnotatedSites()).flatMap(originsForSite);
  await annotateOpenTabs([...NEWS_SITE_PATTERNS, ...granted]);
}

/** The menu and the shortcut have no page of ours to show an error in: the console has it. */
function annotateFromBrowser(tabId: number): void {
  annotateTab(tabId).catch((error) => console.warn(error.message));
}

async function handle(request: Exclude<BackgroundRequest, { type: Parameters<WatchlistsHub['handle']>[0]['type'] }>, sender: Browser.runtime.MessageSender, db: LensDatabase) {
  switch (request.type) {
    case 'pageMatchCount':
      if (sender.tab?.id !== undefined) showCount(sender.tab.id, request.count);
      return undefined;
    case 'saveHighlight':
      // The record of saved pages is written before the reply, so a reload right after a save
      // (the settled write of utils/saved-pages.ts comes 300 ms later) still paints the passage.
      return saveHighlight(db, request.highlight, request.id).then(
        async (saved): Promise<SaveOutcome> => {
          await writeSavedPagesRecord(db).catch((error) => console.warn('State Security Lens: the record of saved pages was not written', error));
          return { saved };
        },
        (error: unknown): SaveOutcome => ({ error: describeSaveError(error) }),
      );
    case 'getPageHighlights':
      // Only the valid ones: a damaged record (listed in the library) never stops the others being painted.
      return (await highlightsOn(db, request.url)).valid;
    case 'annotateTab':
      return annotateTab(request.tabId);
    case 'addCorrection':
      return addCorrection(db, request.correction);
    case 'getPageCorrections':
      return correctionsOn(db, request.url);
    case 'recordSightings':
      return recordFromTab(db, request, sender);
    case 'getSeenElsewhere':
      return seenElsewhereFor(db, request);
    case 'openTermPage':
      return openTermPage(request.termId);
    case 'loadScript':
      return loadScript(sender, request.script);
  }
}

function showCount(tabId: number, count: number): void {
  // Firefox's Manifest V2 build has browserAction where Manifest V3 has action.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ tabId, color: '#8a5300' });
  void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

import { render } from 'preact';
import { Popup, type TabActions } from '../../components/popup/Popup';
import type { SiteActions } from '../../components/popup/SiteControls';
import { keepSavedPagesRecord } from '../../utils/saved-pages';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import { AnnotateOutcome, PageMatches, SavedStatus, type AnnotateTab, type ContentRequest } from '../../lib/messages';
import { annotatableSite, coverageOf } from '../../lib/site-access';
import { withPausedSite, type Settings } from '../../lib/settings';
import { followSettings, updateSettings } from '../../utils/settings-store';
import { alwaysAnnotatedSites, requestSite, watchSites } from '../../utils/site-permissions';
import '../../components/shared/lists.css';
import '../../components/shared/controls.css';
import './popup.css';

/** The tab the popup is about: the active one, or `?tab=ID` when the popup is opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The popup's questions to the content script; a tab where it does not run answers nothing. */
async function ask<T>(tabId: number | undefined, request: ContentRequest, parse: (answer: unknown) => T): Promise<T | null> {
  if (tabId === undefined) return null;
  try {
    return parse(await browser.tabs.sendMessage(tabId, request));
  } catch {
    return null;
  }
}

/** The tab's address: readable with the activeTab grant the toolbar button gives, or a site permission. */
async function tabUrl(tabId: number | undefined): Promise<string | undefined> {
  if (tabId === undefined) return undefined;
  return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
}

async function main(): Promise<void> {
  const tabId = await targetTabId();
  const send = (request: ContentRequest) => void ask(tabId, request, () => null);
  const tab: TabActions = {
    revealTerm: (termId) => send({ type: 'revealTerm', termId }),
    revealHighlight: (id) => send({ type: 'revealHighlight', id }),
    savedChanged: () => send({ type: 'savedHighlightsChanged' }),
    sightingsForgotten: () => send({ type: 'forgetSightings' }),
    openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
    openWatchlists: () => void browser.tabs.create({ url: browser.runtime.getURL('/watchlists.html') }),
    openSettings: () => void browser.runtime.openOptionsPage(),
  };
  const db = openDatabase();
  keepDatabase();
  keepSavedPagesRecord(db);
  let settings: Settings | undefined;
  let site: string | null = null;

  const annotate = async () => {
    if (tabId === undefined) throw new Error('No tab to annotate.');
    const request: AnnotateTab = { type: 'annotateTab', tabId };
    AnnotateOutcome.parse(await browser.runtime.sendMessage(request));
    await refresh();
  };
  const siteActions: SiteActions = {
    annotate,
    alwaysAnnotate: async () => {
      // The browser's permission prompt opens only straight from the reader's click: no await before it.
      if (!site || !(await requestSite(site))) return;
      await annotate();
    },
    setPaused: (paused) => site && void updateSettings((current) => withPausedSite(current, site!, paused)),
  };

  /** Reads the page, the site's standing and the settings again, and shows them. */
  async function refresh(): Promise<void> {
    if (!settings) return;
    const [page, status, url, granted] = await Promise.all([
      ask(tabId, { type: 'getPageMatches' }, (answer) => PageMatches.parse(answer)),
      ask(tabId, { type: 'getSavedStatus' }, (answer) => SavedStatus.parse(answer)),
      tabUrl(tabId),
      alwaysAnnotatedSites(),
    ]);
    const address = url ?? page?.url;
    site = annotatableSite(address);
    render(
      <Popup
        db={db}
        dictionary={bundledDictionary}
        page={page}
        missing={status?.missing ?? []}
        tab={tab}
        enabled={settings.enabled}
        setEnabled={(enabled) => void updateSettings((current) => ({ ...current, enabled }))}
        remembering={settings.rememberSightings}
        packsOff={settings.packsOff}
        site={{
          site,
          coverage: coverageOf(address, granted),
          paused: !!site && settings.pausedSites.includes(site),
          running: page !== null,
        }}
        siteActions={siteActions}
      />,
      document.getElementById('app')!,
    );
  }

  await followSettings((next) => {
    settings = next;
    void refresh();
  });
  watchSites(() => void refresh());
}

void main();

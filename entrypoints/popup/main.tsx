import { render } from 'preact';
import { Popup, type TabActions } from '../../components/Popup';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import { PageMatches, SavedStatus, type ContentRequest } from '../../lib/messages';
import '../../components/lists.css';
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

async function main(): Promise<void> {
  const tabId = await targetTabId();
  const send = (request: ContentRequest) => void ask(tabId, request, () => null);
  const tab: TabActions = {
    revealTerm: (termId) => send({ type: 'revealTerm', termId }),
    revealHighlight: (id) => send({ type: 'revealHighlight', id }),
    savedChanged: () => send({ type: 'savedHighlightsChanged' }),
    openLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }),
  };
  const [page, status] = await Promise.all([
    ask(tabId, { type: 'getPageMatches' }, (answer) => PageMatches.parse(answer)),
    ask(tabId, { type: 'getSavedStatus' }, (answer) => SavedStatus.parse(answer)),
  ]);
  const db = openDatabase();
  keepDatabase();
  render(
    <Popup db={db} dictionary={bundledDictionary} page={page} missing={status?.missing ?? []} tab={tab} />,
    document.getElementById('app')!,
  );
}

void main();

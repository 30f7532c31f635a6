import { render } from 'preact';
import { PageTerms } from '../../components/PageTerms';
import { bundledDictionary } from '../../lib/dictionary';
import { PageMatches } from '../../lib/messages';
import './popup.css';

/** What the content script found in the active tab, or null where it does not run. */
async function activeTabMatches(): Promise<PageMatches | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return PageMatches.parse(await browser.tabs.sendMessage(tab.id, { type: 'getPageMatches' }));
  } catch {
    return null;
  }
}

render(<PageTerms dictionary={bundledDictionary} load={activeTabMatches} />, document.getElementById('app')!);

import type { Browser } from 'wxt/browser';
import type { LoadScript } from '../../lib/messages';

/**
 * Runs one of the extension's scripts (the reader, the card) in the frame that asked, in its
 * content script's world, for a page whose own JavaScript the reader blocked: there the content
 * script runs, but its dynamic import of an extension script fails, while a script the
 * background injects runs. It needs what the content script needed to be there: host access to
 * the site (news sites, granted sites) or the activeTab grant ("Annotate this page").
 */
export async function loadScript(sender: Browser.runtime.MessageSender, script: LoadScript['script']): Promise<void> {
  if (sender.tab?.id === undefined) throw new Error('Only a page can ask for a script');
  await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [`/${script}`] });
}

import { originsForSite, scriptIdFor, siteScriptChanges } from '../../lib/site-access';
import { contentScriptFiles } from '../../utils/content-script';

/**
 * Keeps one registered content script per site the reader chose to annotate always, in step
 * with the host permissions the browser holds: granted from the popup ("Always annotate this
 * site"), revoked from the options page or from the browser's own extension settings.
 * Registrations persist across sessions; syncing again at start-up mends any that did not.
 */
async function sync(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const { unregister, register } = siteScriptChanges(
    origins,
    registered.map((script) => script.id),
  );
  if (unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: unregister });
  if (register.length === 0) return;
  const { js, css } = contentScriptFiles();
  await browser.scripting.registerContentScripts(
    register.map((site) => ({
      id: scriptIdFor(site),
      matches: originsForSite(site),
      js,
      css,
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}

let queue: Promise<void> = Promise.resolve();

/** Syncs after any sync under way, so that two never register the same id at once. */
export function syncSiteScripts(): Promise<void> {
  queue = queue.then(sync, sync);
  return queue;
}

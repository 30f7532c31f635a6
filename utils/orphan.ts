import { every } from '../lib/scheduling/timers';
import { extensionApi } from './extension-api';

/** How often a content script checks that its extension is still there (one property read). */
const CHECK_MS = 2000;

/**
 * The event a copy of the content script dispatches on the document as it starts (announceStart),
 * named as WXT's content-script context names it (ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE
 * for the entrypoint "content"), so that copies of the versions that ran as WXT content scripts
 * hear it too. Its name holds the extension's id, which a page does not know.
 */
const startedEvent = () => `${extensionApi.runtime.id}:content:wxt:content-script-started`;

/** Tells copies of the script already in the page (orphans of an older version) that a new one started. */
export function announceStart(): void {
  document.dispatchEvent(new CustomEvent(startedEvent()));
}

/** An orphan's `browser.runtime` has lost its id ("Extension context invalidated"). */
const orphaned = () => extensionApi.runtime?.id === undefined;

/**
 * After the extension is updated or reloaded, the content script already in a page is orphaned:
 * its extension APIs are gone while its listeners and observers live on. `stop` is called once,
 * as soon as it notices: when the new version's script starts in the page (WXT's started event,
 * a cue to check), or at the next periodic check. Only the check decides, so neither a page
 * dispatching that event nor a second copy of the script (which leaves at once) stops one that
 * still has its extension. (WXT's own context is not used: it counts any newer copy as the end.)
 */
export function whenOrphaned(stop: () => void): void {
  const started = startedEvent();
  const check = () => {
    if (!orphaned()) return;
    cancel();
    document.removeEventListener(started, check);
    stop();
  };
  const cancel = every(CHECK_MS, check);
  document.addEventListener(started, check);
}

/** How often a content script checks that its extension is still there (one property read). */
const CHECK_MS = 2000;

/**
 * The event WXT's context dispatches on the document when a copy of the content script starts,
 * named as WXT names it (ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE). Built here, when
 * the script starts, rather than imported: importing WXT's context module evaluates its statics,
 * which throws under `wxt prepare` (no import.meta.env there).
 */
const startedEvent = () => `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;

/** An orphan's `browser.runtime` has lost its id ("Extension context invalidated"). */
const orphaned = () => browser.runtime?.id === undefined;

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
    clearInterval(timer);
    document.removeEventListener(started, check);
    stop();
  };
  const timer = setInterval(check, CHECK_MS);
  document.addEventListener(started, check);
}

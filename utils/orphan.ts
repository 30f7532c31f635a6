import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often a content script checks that its extension is still there (one property read). */
const CHECK_MS = 2000;

/**
 * After the extension is updated or reloaded, the content script already in a page is orphaned:
 * its `browser.runtime` is gone ("Extension context invalidated") while its listeners and
 * observers live on. It calls `stop` once, as soon as it notices: when the new version's script
 * starts in the page (WXT's started event; the new script runs in another isolated world, so the
 * event is only a cue to check), or at the next periodic check. A page dispatching that event
 * cannot stop a script that is not orphaned: the check is what decides.
 */
export function stopWhenOrphaned(ctx: ContentScriptContext, stop: () => void): void {
  ctx.onInvalidated(stop);
  // ctx.isInvalid reads runtime.id and, when it is gone, invalidates the context.
  ctx.addEventListener(document, 'wxt:content-script-started', () => void ctx.isInvalid);
  ctx.setInterval(() => void ctx.isInvalid, CHECK_MS);
}

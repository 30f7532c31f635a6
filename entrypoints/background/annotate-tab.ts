import type { AnnotateOutcome } from '../../lib/messages';
import { contentScriptFiles } from '../../utils/content-script';
import { RUNNING_FLAG } from '../../utils/running-flag';

/**
 * "Annotate this page": runs the content script in one tab, from the toolbar popup, the context
 * menu or the keyboard shortcut. Each of those gives the extension the activeTab grant for that
 * tab, so no host permission is needed; without a grant the browser refuses, and the reader
 * gets an error that says what to do.
 */
export async function annotateTab(tabId: number): Promise<AnnotateOutcome> {
  const target = { tabId };
  try {
    // A news site's content script, or an earlier "Annotate", already runs there.
    const [probe] = await browser.scripting.executeScript({
      target,
      func: (flag: string) => flag in globalThis,
      args: [RUNNING_FLAG],
    });
    if (probe?.result === true) return 'already';
    const { js, css } = contentScriptFiles();
    if (css.length > 0) await browser.scripting.insertCSS({ target, files: css });
    await browser.scripting.executeScript({ target, files: js });
    return 'annotated';
  } catch (error) {
    throw new Error(
      `State Security Lens cannot read this page (${error instanceof Error ? error.message : String(error)}). ` +
        'Use the toolbar button, the context menu or Alt+Shift+A on the page itself, or choose "Always annotate this site".',
    );
  }
}

/**
 * The extension's highlight layers are registered under random names, new for each page load
 * (lib/page/highlights.ts), so that a page cannot look them up. The content script leaves them
 * in its own isolated world, as the value of its running flag; the DevTools protocol can
 * evaluate there, the page cannot. Tests and the benchmark read them this way, then look the
 * layers up in the page's `CSS.highlights` as before.
 *
 * Node runs this file directly for the benchmark and the demo (type stripping): erasable
 * syntax only.
 */
import type { Page } from '@playwright/test';

/** The lists' colour slots (watch0 … watch7) are layers of their own. */
type WatchRole = 'watch0' | 'watch1' | 'watch2' | 'watch3' | 'watch4' | 'watch5' | 'watch6' | 'watch7';
/** The layers' roles; `term` stands for the bundled terms' layer, registered under its style's name (background or underline). */
export type HighlightRole = 'term' | 'saved' | 'active' | 'hovered' | 'background' | 'underline' | WatchRole;
export type HighlightNames = Record<Exclude<HighlightRole, 'term'>, string>;

/** The running flag (utils/content-script.ts) and the extension's name (its isolated world's). */
const RUNNING_FLAG = '__stateSecurityLensRunning';
const WORLD_NAME = 'State Security Lens';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string };
}

/** The names the content script of the page's top frame uses, or null before it has started. */
export async function readHighlightNames(page: Page): Promise<HighlightNames | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
    await cdp.send('Runtime.enable'); // reports the contexts that exist already
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const worlds = contexts.filter(
      (context) => context.name === WORLD_NAME && context.auxData?.type === 'isolated' && context.auxData.frameId === frameTree.frame.id,
    );
    // After an update there are two worlds: the orphan's (its flag deleted) and the new one's.
    for (const world of worlds.reverse()) {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `globalThis.${RUNNING_FLAG}`,
        contextId: world.id,
        returnByValue: true,
      });
      if (result.value && typeof result.value === 'object') return result.value as HighlightNames;
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** The names, waiting (up to 10 s) for the content script to start. */
export async function highlightNames(page: Page): Promise<HighlightNames> {
  for (const until = Date.now() + 10_000; Date.now() < until; ) {
    const names = await readHighlightNames(page);
    if (names) return names;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The content script on ${page.url()} did not start`);
}

/**
 * The name a layer is registered under: the terms' is their style's (background, or underline;
 * under neither while the reader keeps terms hidden until hovered).
 */
export async function layerName(page: Page, role: HighlightRole): Promise<string> {
  const names = await highlightNames(page);
  if (role !== 'term') return names[role];
  const underlined = await page.evaluate((name) => CSS.highlights.has(name), names.underline);
  return underlined ? names.underline : names.background;
}

/** The text of each range of one layer (live or static ranges), in the order the layer holds them. */
export async function layerTexts(page: Page, role: HighlightRole): Promise<string[]> {
  const name = await layerName(page, role);
  return page.evaluate(
    (layer) =>
      [...(CSS.highlights.get(layer) ?? [])].map((painted) => {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        return range.toString();
      }),
    name,
  );
}

/** How many ranges a layer holds; -1 when it is not registered. */
export async function layerSize(page: Page, role: HighlightRole): Promise<number> {
  const name = await layerName(page, role);
  return page.evaluate((layer) => CSS.highlights.get(layer)?.size ?? -1, name);
}

/** The roles registered on the page now, of those asked about. */
export async function registeredLayers(page: Page, roles: Array<Exclude<HighlightRole, 'term'>>): Promise<HighlightRole[]> {
  const names = await highlightNames(page);
  const registered = await page.evaluate((asked) => asked.filter((name) => CSS.highlights.has(name)), roles.map((role) => names[role]));
  return roles.filter((role) => registered.includes(names[role]));
}

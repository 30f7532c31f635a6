/**
 * The bundled terms' Highlight is registered under its style's name (lib/page/highlights.ts);
 * what is the reader's own (saved passages, the lists' terms, the hovered and the active term) is
 * drawn in the overlay (lib/page/overlay/overlay.ts), which the page cannot read at all. The
 * content script leaves the names, and a way to ask the overlay what it marks, in its own isolated
 * world, as the value of its running flag; the DevTools protocol can evaluate there, the page
 * cannot. Tests and the benchmark read them this way.
 *
 * Node runs this file directly for the benchmark and the demo (type stripping): erasable
 * syntax only.
 */
import type { Page } from '@playwright/test';

/** The lists' colour slots (watch0 … watch7) are layers of the overlay. */
type WatchRole = 'watch0' | 'watch1' | 'watch2' | 'watch3' | 'watch4' | 'watch5' | 'watch6' | 'watch7';
/** What the overlay marks, by role. */
export type MarkRole = 'saved' | 'active' | 'hovered' | WatchRole;
/** The Highlight's names; `term` stands for the one it is registered under, its style's (background or underline). */
export type TermRole = 'term' | 'background' | 'underline';
export type HighlightRole = TermRole | MarkRole;
export type HighlightNames = Record<Exclude<TermRole, 'term'>, string>;

const MARK_ROLES: readonly string[] = ['saved', 'active', 'hovered', 'watch0', 'watch1', 'watch2', 'watch3', 'watch4', 'watch5', 'watch6', 'watch7'];
export const isMarkRole = (role: HighlightRole): role is MarkRole => MARK_ROLES.includes(role);

/** The running flag (utils/content-script.ts) and the extension's name (its isolated world's). */
const RUNNING_FLAG = '__stateSecurityLensRunning';
const WORLD_NAME = 'State Security Lens';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string };
}

interface Running {
  names: HighlightNames;
  marked: Partial<Record<MarkRole, string[]>>;
}

/**
 * Evaluates `expression` in the extension's isolated world of the page's top frame (after an
 * update there are two: the orphan's, its flag deleted, and the new one's), the newest first,
 * and returns the first value that is not null or undefined.
 */
export async function inExtensionWorld<T>(page: Page, expression: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
    await cdp.send('Runtime.enable'); // reports the contexts that exist already
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const worlds = contexts.filter(
      (context) => context.name === WORLD_NAME && context.auxData?.type === 'isolated' && context.auxData.frameId === frameTree.frame.id,
    );
    for (const world of worlds.reverse()) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
      if (result.value !== null && result.value !== undefined) return result.value as T;
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** What the reader of the page's top frame leaves in its world (names, what the overlay marks), or null before it has started. */
function readRunning(page: Page): Promise<Running | null> {
  return inExtensionWorld<Running>(
    page,
    `(() => { const running = globalThis.${RUNNING_FLAG}; return running?.names ? { names: running.names, marked: running.marked() } : null; })()`,
  );
}

/** The names the content script of the page's top frame uses, or null before it has started. */
export async function readHighlightNames(page: Page): Promise<HighlightNames | null> {
  return (await readRunning(page))?.names ?? null;
}

/** The reader's state, waiting (up to 10 s) for the content script to start. */
async function running(page: Page): Promise<Running> {
  for (const until = Date.now() + 10_000; Date.now() < until; ) {
    const found = await readRunning(page);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The content script on ${page.url()} did not start`);
}

/** The names, waiting (up to 10 s) for the content script to start. */
export async function highlightNames(page: Page): Promise<HighlightNames> {
  return (await running(page)).names;
}

/** The text of each passage the overlay marks in one role, in document order. */
export async function markedTexts(page: Page, role: MarkRole): Promise<string[]> {
  return (await running(page)).marked[role] ?? [];
}

/**
 * The name a layer is registered under: the terms' is their style's (background, or underline;
 * under neither while the reader keeps terms hidden until hovered).
 */
export async function layerName(page: Page, role: TermRole): Promise<string> {
  const names = await highlightNames(page);
  if (role !== 'term') return names[role];
  const underlined = await page.evaluate((name) => CSS.highlights.has(name), names.underline);
  return underlined ? names.underline : names.background;
}

/**
 * The text of each range of one layer: the Highlight's (live or static ranges) in the order it
 * holds them, or the overlay's in document order.
 */
export async function layerTexts(page: Page, role: HighlightRole): Promise<string[]> {
  if (isMarkRole(role)) return markedTexts(page, role);
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

/** How many ranges a layer holds; -1 when the Highlight is not registered. */
export async function layerSize(page: Page, role: HighlightRole): Promise<number> {
  if (isMarkRole(role)) return (await markedTexts(page, role)).length;
  const name = await layerName(page, role);
  return page.evaluate((layer) => CSS.highlights.get(layer)?.size ?? -1, name);
}

/** The roles registered on the page now, of those asked about. */
export async function registeredLayers(page: Page, roles: Array<Exclude<TermRole, 'term'>>): Promise<HighlightRole[]> {
  const names = await highlightNames(page);
  const registered = await page.evaluate((asked) => asked.filter((name) => CSS.highlights.has(name)), roles.map((role) => names[role]));
  return roles.filter((role) => registered.includes(names[role]));
}

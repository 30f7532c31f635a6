/**
 * Reaching the card from tests. The card lives in a closed shadow root under a plain `div`:
 * the page's scripts cannot reach into it, and neither can Playwright's locators (they pierce
 * open roots only). The DevTools protocol sees closed roots: `exposeCard` finds the card's root
 * that way and hands it to the page's world under a test-only name, and the `sst-card` selector
 * engine queries inside it, so that tests keep Playwright's locators, waiting and clicks.
 *
 * Node runs this file directly for the demo (type stripping): erasable syntax only.
 */
import { expect, selectors, type Locator, type Page } from '@playwright/test';

const ENGINE = 'sst-card';
const TEST_ROOT = '__sstTestCardRoot';

let registered: Promise<void> | undefined;

/** Registers the selector engine, once per process, before any browser starts. */
export function registerCardSelector(): Promise<void> {
  registered ??= selectors.register(ENGINE, () => {
    const root = () => (globalThis as Record<string, unknown>).__sstTestCardRoot as ShadowRoot | undefined;
    return {
      query: (_scope: Element, selector: string) => root()?.querySelector(selector) ?? null,
      queryAll: (_scope: Element, selector: string) => [...(root()?.querySelectorAll(selector) ?? [])],
    };
  });
  return registered;
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType: string }>;
}

/**
 * Finds the card's host (a child of `<html>` holding a closed shadow root) and exposes its root
 * to the page's world as TEST_ROOT. False when there is no card host (yet).
 */
export async function exposeCard(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as unknown as { root: DomNode };
    const html = root.children?.find((node) => node.nodeName === 'HTML');
    const shadow = html?.children
      ?.flatMap((node) => node.shadowRoots ?? [])
      .find((candidate) => candidate.shadowRootType === 'closed');
    if (!shadow) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { globalThis.${TEST_ROOT} = this; }`,
    });
    return true;
  } finally {
    await cdp.detach();
  }
}

/** The card's dialog, once a card host exists (waits for it). */
export async function cardIn(page: Page): Promise<Locator> {
  await expect.poll(() => exposeCard(page), { message: 'the card host appears' }).toBe(true);
  return cardLocator(page);
}

/** The message a save without a card shows (keyboard, context menu), once the host exists. */
export async function toastIn(page: Page): Promise<Locator> {
  await expect.poll(() => exposeCard(page), { message: 'the card host appears' }).toBe(true);
  return toastLocator(page);
}

/** That message in the exposed root (none while no root was exposed). */
export const toastLocator = (page: Page): Locator => page.locator(`${ENGINE}=.toast`);

/** The card's dialog in the exposed root (none while no root was exposed). */
export const cardLocator = (page: Page): Locator => page.locator(`${ENGINE}=[role="dialog"]`);

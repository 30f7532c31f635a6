import { measure } from '../../lib/page/timing';
import type { CreateCardView } from './card-view';

/**
 * The card view is a script of its own (entrypoints/card-view.ts), web-accessible at an address
 * that changes every session (use_dynamic_url), so that a page cannot probe for it. Imported by
 * the content script, it runs in the extension's isolated world and leaves its factory there,
 * under this name, out of the page's sight.
 */
export const CARD_VIEW_SCRIPT = '/card-view.js';
export const CARD_VIEW_GLOBAL = '__stateSecurityLensCardView';

/** Loads the card view and returns its factory (CardHost loads it once). */
export async function loadCardView(): Promise<CreateCardView> {
  const started = performance.now();
  await import(/* @vite-ignore */ browser.runtime.getURL(CARD_VIEW_SCRIPT));
  const create = (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL];
  if (typeof create !== 'function') throw new Error('The card view script did not load');
  // For the benchmark and the tests: when, and how long, the card's code took to load.
  measure('sst:card-view', started);
  return create as CreateCardView;
}

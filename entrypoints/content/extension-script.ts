import type { PublicPath } from 'wxt/browser';
import { measure } from '../../lib/page/timing';
import { extensionApi } from '../../utils/extension-api';

/**
 * Loads one of the extension's own scripts into the content script's (isolated) world and
 * returns what it leaves under `globalName`. The scripts are web-accessible at an address that
 * changes every session (use_dynamic_url), so that a page cannot probe for them; their
 * globals live in the isolated world, out of the page's sight.
 */
type ScriptPath = Extract<PublicPath, `${string}.js`>;

export async function loadExtensionScript<T>(path: ScriptPath, globalName: string, timing: string): Promise<T> {
  const started = performance.now();
  await import(/* @vite-ignore */ extensionApi.runtime.getURL(path));
  const exported = (globalThis as Record<string, unknown>)[globalName];
  if (exported === undefined) throw new Error(`The extension's script ${path} did not load`);
  // For the benchmark and the tests: when, and how long, the script took to load.
  measure(timing, started);
  return exported as T;
}

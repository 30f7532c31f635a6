import type { LoadScript } from '../../../lib/messages';
import { measure } from '../../../lib/page/timing';
import { extensionApi } from '../../../utils/extension-api';

/**
 * Loads one of the extension's own scripts into the content script's (isolated) world and
 * returns what it leaves under `globalName`. The scripts are web-accessible at an address that
 * changes every session (use_dynamic_url), so that a page cannot probe for them; their
 * globals live in the isolated world, out of the page's sight.
 *
 * Where the reader blocked the site's JavaScript (Chromium's site settings), the content script
 * runs but its dynamic import fails ("Failed to fetch dynamically imported module"): the
 * background then runs the script in this world (scripting.executeScript), which the setting
 * does not stop, and does so for every later script of the page.
 */
type ScriptPath = `/${LoadScript['script']}`;

let importBlocked = false;

async function runScript(path: ScriptPath): Promise<void> {
  if (!importBlocked) {
    try {
      await import(/* @vite-ignore */ extensionApi.runtime.getURL(path));
      return;
    } catch {
      importBlocked = true;
    }
  }
  const request: LoadScript = { type: 'loadScript', script: path.slice(1) as LoadScript['script'] };
  await extensionApi.runtime.sendMessage(request);
}

export async function loadExtensionScript<T>(path: ScriptPath, globalName: string, timing: string): Promise<T> {
  const started = performance.now();
  if (!(globalName in globalThis)) await runScript(path);
  const exported = (globalThis as Record<string, unknown>)[globalName];
  if (exported === undefined) throw new Error(`The extension's script ${path} did not load`);
  // For the benchmark and the tests: when, and how long, the script took to load.
  measure(timing, started);
  return exported as T;
}

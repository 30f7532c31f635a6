import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from '../lib/settings';

/**
 * The reader's settings in the extension's local storage (not sync: which sites a reader
 * pauses stays on this machine). Every read goes through parseSettings, so that a corrupted
 * or outdated value falls back to defaults instead of breaking a tab.
 */
const stored = storage.defineItem<unknown>('local:settings');

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await stored.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await stored.setValue(settings);
}

export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/**
 * Calls back with the stored settings, then again whenever they change, in any context. A
 * change that arrives before the first read resolves is newer than it, and wins.
 */
export function followSettings(callback: (settings: Settings) => void): Promise<void> {
  let changed = false;
  stored.watch((value) => {
    changed = true;
    callback(parseSettings(value));
  });
  return loadSettings().then((settings) => {
    if (!changed) callback(settings);
  });
}

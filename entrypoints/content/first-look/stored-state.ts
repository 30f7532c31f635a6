import { readsPageStored } from '../../../lib/reading-switch';
import { SAVED_PAGES_KEY } from '../../../lib/saved-pages';
import { NO_LISTS, readWatchState, type StoredWatchState } from '../../../lib/watchlists/lean-read';
import { extensionApi } from '../../../utils/extension-api';

/** The storage key of utils/watch-state.ts, read here without WXT's storage helper or zod. */
const WATCH_STATE_KEY = 'watchlists';
const SETTINGS_KEY = 'settings';

/** What the first look needs of the extension's storage, for this page. */
export interface StoredState {
  /** The settings let this page be read (lib/reading-switch.ts). */
  reads: boolean;
  /** Where the reader's lists stand (lib/watchlists/lean-read.ts). */
  lists: StoredWatchState;
  /** The record of the pages with saved passages, as stored (lib/saved-pages.ts reads it). */
  savedPages: unknown;
}

export type StoredPart = keyof StoredState;

/**
 * Reads the settings, the lists' state and the record of saved pages in one storage read (each
 * read or message costs a page about a millisecond), then follows their changes. `onChange`
 * hears the first read (every part changed) and each change after it; a change that arrives
 * before the first read answers is newer than it, and wins.
 */
export function followStoredState(onChange: (state: StoredState, changed: ReadonlySet<StoredPart>) => void): void {
  const state: StoredState = { reads: false, lists: NO_LISTS, savedPages: undefined };
  const fresh = new Set<StoredPart>();
  let loaded = false;
  const take = (stored: Record<string, unknown>, has: (key: string) => boolean): Set<StoredPart> => {
    const changed = new Set<StoredPart>();
    if (has(SETTINGS_KEY)) changed.add('reads');
    if (has(WATCH_STATE_KEY)) changed.add('lists');
    if (has(SAVED_PAGES_KEY)) changed.add('savedPages');
    for (const part of changed) {
      if (part === 'reads') state.reads = readsPageStored(stored[SETTINGS_KEY], location.href);
      if (part === 'lists') state.lists = readWatchState(stored[WATCH_STATE_KEY]);
      if (part === 'savedPages') state.savedPages = stored[SAVED_PAGES_KEY];
    }
    return changed;
  };
  extensionApi.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const values = Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue]));
    const changed = take(values, (key) => key in changes);
    if (!loaded) for (const part of changed) fresh.add(part);
    else if (changed.size > 0) onChange(state, changed);
  });
  void extensionApi.storage.local.get([SETTINGS_KEY, WATCH_STATE_KEY, SAVED_PAGES_KEY]).then((stored) => {
    take(stored, (key) => !fresh.has(key === SETTINGS_KEY ? 'reads' : key === WATCH_STATE_KEY ? 'lists' : 'savedPages'));
    loaded = true;
    onChange(state, new Set<StoredPart>(['reads', 'lists', 'savedPages']));
  });
}

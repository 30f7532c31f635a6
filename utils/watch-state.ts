import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/**
 * Where the reader's lists stand, in the extension's local storage: a small record every tab
 * follows (storage change events reach them all within a moment, with no reload). `active`:
 * some enabled list has terms, so pages ask the background for the combined matcher; when
 * false they keep to the bundled one and send nothing.
 */
export const WatchState = z.object({ revision: z.string(), active: z.boolean() });
export type WatchState = z.infer<typeof WatchState>;

const NO_LISTS: WatchState = { revision: 'none', active: false };
const stored = storage.defineItem<unknown>('local:watchlists');

const parse = (value: unknown): WatchState => WatchState.safeParse(value).data ?? NO_LISTS;

export async function loadWatchState(): Promise<WatchState> {
  return parse(await stored.getValue());
}

export const saveWatchState = (state: WatchState): Promise<void> => stored.setValue(state);

/** Calls back with the state, then at each change (a change before the first read wins). */
export function followWatchState(callback: (state: WatchState) => void): Promise<void> {
  let changed = false;
  stored.watch((value) => {
    changed = true;
    callback(parse(value));
  });
  return loadWatchState().then((state) => {
    if (!changed) callback(state);
  });
}

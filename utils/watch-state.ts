import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/**
 * Where the reader's lists stand, in the extension's local storage: a small record every tab
 * follows (storage change events reach them all within a moment, with no reload; the content
 * script reads it without zod: lib/watchlists/lean-read.ts). `active`:
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

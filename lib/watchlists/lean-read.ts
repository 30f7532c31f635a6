import type { PageMatcher, PageMatcherReply } from './page-matcher-reply';

/**
 * What the first look at a page reads of the reader's lists, parsed by hand the way the zod
 * schemas (WatchState in utils/watch-state.ts, PageMatcherReply in page-matcher-reply.ts) would, without
 * loading zod on every page (as reading-switch.ts does for the settings). A unit test checks
 * that both always agree.
 */
export interface StoredWatchState {
  revision: string;
  active: boolean;
}

export const NO_LISTS: StoredWatchState = { revision: 'none', active: false };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isInt = (value: unknown): value is number => Number.isSafeInteger(value);
const isPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';

/** The stored state of the lists; anything else reads as no lists. */
export function readWatchState(stored: unknown): StoredWatchState {
  if (!isRecord(stored) || typeof stored.revision !== 'string' || typeof stored.active !== 'boolean') return NO_LISTS;
  return { revision: stored.revision, active: stored.active };
}

/** A page's matcher as the background sent it, or null for none; throws when it is neither. */
function readPageMatcher(value: unknown): PageMatcher | null {
  if (value === null) return null;
  const valid =
    isRecord(value) &&
    typeof value.revision === 'string' &&
    typeof value.matcher === 'string' &&
    Array.isArray(value.slots) &&
    value.slots.every(isInt) &&
    Array.isArray(value.companions) &&
    value.companions.every(isPair);
  if (!valid) throw new Error('Not a page matcher');
  const { revision, matcher, slots, companions } = value as PageMatcher;
  return { revision, matcher, slots, companions };
}

/** The background's answer about a reading (its matcher, and whether the page has saved passages); throws when it is not one. */
export function readPageMatcherReply(reply: unknown): PageMatcherReply {
  if (!isRecord(reply)) throw new Error('Not a page matcher');
  const { saved } = reply;
  if (saved !== undefined && typeof saved !== 'boolean') throw new Error('Not a page matcher');
  return { matcher: readPageMatcher(reply.matcher), ...(saved !== undefined && { saved }) };
}

import { z } from 'zod/mini';

/** The index as the database keeps it (watchCache), so that a restarted background need not compile. */
export const CachedIndex = z.object({
  key: z.literal('current'),
  /** The lists' revision (utils/watch-state.ts) it answers for. */
  revision: z.string(),
  /** serializeMatcher's bytes of the compiled index. */
  bytes: z.instanceof(ArrayBuffer),
  /** WatchIndex.termLines and listLines. */
  terms: z.string(),
  lists: z.string(),
  /** dictionaryStamp of the bundled terms compiled with them: another version's are compiled again. */
  dictionary: z.string(),
  /** The terms changed since that compile as of `revision` (CachedChanges holds later ones). */
  changedIds: z.array(z.string()),
});
export type CachedIndex = z.infer<typeof CachedIndex>;

/**
 * The terms changed since the cached compile (`base`, its revision), read again from the
 * database after a restart. A record of its own: rewriting the index's record for each change
 * meant cloning its bytes again (300 ms at 100,000 terms), before any tab heard of the change.
 */
export const CachedChanges = z.object({
  key: z.literal('changes'),
  base: z.string(),
  revision: z.string(),
  changedIds: z.array(z.string()),
});
export type CachedChanges = z.infer<typeof CachedChanges>;

/** The revision the cached index answers for, and the terms changed since it was compiled. */
export function cachedRevision(index: CachedIndex, changes: unknown): Pick<CachedChanges, 'revision' | 'changedIds'> {
  const later = CachedChanges.safeParse(changes);
  return later.success && later.data.base === index.revision ? later.data : index;
}

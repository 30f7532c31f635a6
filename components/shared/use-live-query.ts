import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, kept current as the database changes in any tab (Dexie's
 * liveQuery). `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  return useRefreshableQuery(query, deps)[0];
}

/**
 * useLiveQuery, with a way to read the query again at once: liveQuery hears of a write only
 * after it, a moment later, where a page that reports a write must show its result with it
 * (an import's report, and the list's new count).
 */
export function useRefreshableQuery<T>(query: () => Promise<T>, deps: unknown[]): [T | undefined, () => Promise<void>] {
  const [result, setResult] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setResult,
      error: (error) => console.error('State Security Lens: query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  const refresh = useCallback(async () => setResult(await query()), deps);
  return [result, refresh];
}

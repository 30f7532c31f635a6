import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, kept current as the database changes in any tab (Dexie's
 * liveQuery). `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [result, setResult] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setResult,
      error: (error) => console.error('State Security Lens: query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}

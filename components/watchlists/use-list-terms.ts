import { useEffect, useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import type { WatchTerm } from '../../lib/db/watchlists-schema';
import { termsOf } from '../../lib/watchlists/store';
import { useLiveQuery } from '../shared/use-live-query';

/**
 * A list's terms by label, read again whenever its terms change (in any tab). liveQuery only
 * counts them: a liveQuery that read them would track every key it read, and for 20,000 terms
 * Dexie's tracking alone held the page for 0.7 s after an import. The terms are read outside
 * it, a few hundred a request (store.ts), so that no task of the page is long.
 */
export function useListTerms(db: LensDatabase, listId: string | undefined): WatchTerm[] | undefined {
  // A new object each time, so that every change is heard, even one that keeps the count.
  const changed = useLiveQuery(async () => ({ count: listId ? await db.watchTerms.where('listId').equals(listId).count() : 0 }), [listId]);
  const [terms, setTerms] = useState<{ listId: string | undefined; terms: WatchTerm[] }>();
  useEffect(() => {
    if (!changed) return;
    let current = true;
    (listId ? termsOf(db, listId) : Promise.resolve([]))
      .then((read) => current && setTerms({ listId, terms: read }))
      .catch((error: unknown) => console.error('State Security Lens: the terms could not be read', error));
    return () => {
      current = false;
    };
  }, [changed]);
  return terms && terms.listId === listId ? terms.terms : undefined;
}

import type { LensDatabase } from '../lib/db/database';
import type { Watchlist } from '../lib/watchlists/schema';

/** Import into and export of watchlists (filled in with the formats). */
export function WatchlistTransfer(_: { db: LensDatabase; lists: readonly Watchlist[]; selected?: Watchlist; changed(): Promise<void> }) {
  return null;
}

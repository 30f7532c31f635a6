import { z } from 'zod/mini';
import { checkFileSize, checkStructure } from '../../export/guard';
import { ImportError, parseAt } from '../../export/import-error';
import { SharedWatchlist } from './shared';

export const WATCHLIST_FORMAT = 'state-security-lens-watchlists';
/** Raised only when a change would make older copies of the extension misread the file. */
export const WATCHLIST_VERSION = 1;

/** The extension's own watchlist file: what a team shares. */
export const WatchlistFile = z.object({
  format: z.literal(WATCHLIST_FORMAT),
  version: z.literal(WATCHLIST_VERSION),
  exportedAt: z.iso.datetime(),
  watchlists: z.array(SharedWatchlist),
});
export type WatchlistFile = z.infer<typeof WatchlistFile>;

export function writeWatchlistFile(watchlists: SharedWatchlist[], exportedAt: string): string {
  const file: WatchlistFile = { format: WATCHLIST_FORMAT, version: WATCHLIST_VERSION, exportedAt, watchlists };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The lists in a watchlist file, or an ImportError saying where it is wrong (nothing is written). */
export function readWatchlistFile(text: string): SharedWatchlist[] {
  checkFileSize(text.length);
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportError(`The file is not valid JSON (is it complete?): ${(error as Error).message}`);
  }
  checkStructure(document);
  const header = z.object({ format: z.literal(WATCHLIST_FORMAT), version: z.number() }).safeParse(document);
  if (!header.success) throw new ImportError('This is not a State Security Lens watchlist file.');
  if (header.data.version !== WATCHLIST_VERSION) {
    throw new ImportError(`This watchlist file is version ${header.data.version}; this extension reads version ${WATCHLIST_VERSION}.`);
  }
  return parseAt(WatchlistFile, document).watchlists;
}

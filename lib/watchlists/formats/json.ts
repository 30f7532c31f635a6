import { z } from 'zod/mini';
import { checkStructure } from '../../checks/guard';
import { ImportError, parseAt } from '../../checks/import-error';
import { inSlices } from '../../scheduling/slices';
import { SharedTerm, SharedWatchlist } from './shared';
import { checked } from '../../checks/checked';

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

/** The file with each list's terms not yet checked: they are checked a slice at a time (below). */
const WatchlistFileOutline = z.object({
  ...WatchlistFile.shape,
  watchlists: z.array(z.object({ ...SharedWatchlist.shape, terms: checked(z.array(z.unknown()), z.maxLength(200_000)) })),
});

/** The root fields of a watchlist file, read whole when the file is streamed (transfer.ts). */
export const WATCHLIST_FIELDS = ['format', 'version', 'exportedAt', 'watchlists'] as const;

/**
 * The lists of a watchlist file, parsed (its root fields, streamed: transfer.ts), or an
 * ImportError saying where it is wrong (nothing is written). The terms are checked a slice at a
 * time (lib/scheduling/slices.ts): a file of 20,000 never holds the page for long.
 */
export async function readWatchlistDocument(document: unknown): Promise<SharedWatchlist[]> {
  checkStructure(document);
  const header = z.object({ format: z.literal(WATCHLIST_FORMAT), version: z.number() }).safeParse(document);
  if (!header.success) throw new ImportError('This is not a State Security Lens watchlist file.');
  if (header.data.version !== WATCHLIST_VERSION) {
    throw new ImportError(`This watchlist file is version ${header.data.version}; this extension reads version ${WATCHLIST_VERSION}.`);
  }
  const outline = parseAt(WatchlistFileOutline, document).watchlists;
  const lists: SharedWatchlist[] = outline.map((list) => ({ ...list, terms: [] }));
  const terms = outline.flatMap((list, at) => list.terms.map((term, index) => ({ term, at, index })));
  await inSlices(terms, ({ term, at, index }) => lists[at]!.terms.push(parseAt(SharedTerm, term, ['watchlists', at, 'terms', index])));
  return lists;
}

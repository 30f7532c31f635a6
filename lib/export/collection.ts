import { z } from 'zod/mini';
import { SavedHighlight, SavedPage } from '../db/schema';
import { SharedWatchlist } from '../watchlists/formats/shared';

/**
 * What an export holds and an import brings in: highlights, and the pages they were saved on;
 * in the archive (version 2), the reader's watchlists too, when there are any.
 */
export const Collection = z.object({
  pages: z.array(SavedPage),
  highlights: z.array(SavedHighlight),
  watchlists: z.optional(z.array(SharedWatchlist)),
});
export type Collection = z.infer<typeof Collection>;

/** What a format needs besides the collection. */
export interface ExportContext {
  /** ISO date and time of the export. */
  exportedAt: string;
  /** A term's label for readers (the dictionary's), from its id. */
  termLabel(termId: string): string | undefined;
}

import { z } from 'zod/mini';
import { Correction } from '../db/corrections-schema';
import type { DamagedRecord } from '../db/records';
import { SavedHighlight, SavedPage } from '../db/schema';
import { Sighting } from '../db/sightings-schema';
import { SharedWatchlist } from '../watchlists/formats/shared';

/**
 * What an export holds and an import brings in: highlights, and the pages they were saved on;
 * in the archive (version 2), the reader's watchlists too, when there are any.
 */
export const Collection = z.object({
  pages: z.array(SavedPage),
  highlights: z.array(SavedHighlight),
  watchlists: z.optional(z.array(SharedWatchlist)),
  /** The reader's "Not this" corrections: in a complete copy, not in a page's or a search's. */
  corrections: z.optional(z.array(Correction)),
  /** Where each term was seen: in a complete export only. */
  sightings: z.optional(z.array(Sighting)),
});
export type Collection = z.infer<typeof Collection>;

/**
 * What an export reads from the database: the collection, and the damaged records, which only
 * the JSON archive can hold (as they are, for its import to list them with what is wrong).
 */
export type ExportCollection = Collection & { damaged?: readonly DamagedRecord[] };

/** What a format needs besides the collection. */
export interface ExportContext {
  /** ISO date and time of the export. */
  exportedAt: string;
  /** A term's label for readers (the dictionary's), from its id. */
  termLabel(termId: string): string | undefined;
}

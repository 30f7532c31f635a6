import { z } from 'zod/mini';
import { SavedHighlight, SavedPage } from '../db/schema';
import { Sighting } from '../sightings/schema';

/** What an export holds and an import brings in: highlights, and the pages they were saved on. */
export const Collection = z.object({
  pages: z.array(SavedPage),
  highlights: z.array(SavedHighlight),
  /** Where each term was seen: in a complete export only. */
  sightings: z.optional(z.array(Sighting)),
});
export type Collection = z.infer<typeof Collection>;

/** What a format needs besides the collection. */
export interface ExportContext {
  /** ISO date and time of the export. */
  exportedAt: string;
  /** A term's label for readers (the dictionary's), from its id. */
  termLabel(termId: string): string | undefined;
}

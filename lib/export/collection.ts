import { z } from 'zod/mini';
import { Correction } from '../corrections';
import { SavedHighlight, SavedPage } from '../db/schema';

/** What an export holds and an import brings in: highlights, and the pages they were saved on. */
export const Collection = z.object({
  pages: z.array(SavedPage),
  highlights: z.array(SavedHighlight),
  /** The reader's "Not this" corrections: in a complete copy, not in a page's or a search's. */
  corrections: z.optional(z.array(Correction)),
});
export type Collection = z.infer<typeof Collection>;

/** What a format needs besides the collection. */
export interface ExportContext {
  /** ISO date and time of the export. */
  exportedAt: string;
  /** A term's label for readers (the dictionary's), from its id. */
  termLabel(termId: string): string | undefined;
}

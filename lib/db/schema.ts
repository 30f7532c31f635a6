import { z } from 'zod/mini';
import { TermId } from '../dictionary/schema';
import { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';

const Timestamp = z.iso.datetime();

/**
 * A news page's address. Only http(s): the library opens it in a tab and exports link to it,
 * so a `javascript:` or `data:` address from an imported file must never get that far.
 */
export const PageUrl = z.url({ protocol: /^https?$/ });

/** A passage the reader kept, with where to find it again and what they wrote about it. */
export const SavedHighlight = z.object({
  id: z.string().check(z.minLength(1)),
  /** The page's normalised address (lib/url.ts). */
  url: PageUrl,
  pageTitle: z.string(),
  /** The dictionary term, when the passage is one. */
  termId: z.optional(TermId),
  quote: TextQuoteSelector,
  /** Where the quote was in the page's text when saved: a hint, not a promise. */
  position: TextPositionSelector,
  note: z.string(),
  tags: z.array(z.string().check(z.minLength(1))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SavedHighlight = z.infer<typeof SavedHighlight>;

/** A page the reader saved something on, with a note for the whole page. */
export const SavedPage = z.object({
  url: PageUrl,
  title: z.string(),
  note: z.string(),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
});
export type SavedPage = z.infer<typeof SavedPage>;

/** What a new highlight needs; the store adds its id and times. */
export const NewHighlight = z.omit(SavedHighlight, { id: true, createdAt: true, updatedAt: true });
export type NewHighlight = z.infer<typeof NewHighlight>;

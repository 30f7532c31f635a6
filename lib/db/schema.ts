import { z } from 'zod/mini';
import { TermId } from '../dictionary/schema';
import { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import { checked } from '../checks/checked';

/**
 * How long each text the reader keeps may be, the same when saving, editing and importing:
 * a backup holds only what its import accepts, so that it always restores.
 */
export const LIMITS = {
  /** A whole long article (about 9,000 words is 60,000 characters) fits. */
  quote: 100_000,
  /** We keep 32 characters of context; other annotation tools a few hundred. */
  context: 1_000,
  /** A note or page note: longer than a long book is not something the reader wrote. */
  note: 1_000_000,
  title: 2_000,
  url: 8_192,
  /** Ids are UUIDs here; another tool's annotation IRI becomes the id of what it imports. */
  id: 2_000,
  tag: 200,
  tags: 100,
} as const;

const text = (max: number) => checked(z.string(), z.maxLength(max));
const Timestamp = z.iso.datetime();

/**
 * A news page's address. Only http(s): the library opens it in a tab and exports link to it,
 * so a `javascript:` or `data:` address from an imported file must never get that far.
 */
export const PageUrl = checked(z.url({ protocol: /^https?$/ }), z.maxLength(LIMITS.url));

/** The selector as saved: its text within the limits. */
const SavedQuote = z.extend(TextQuoteSelector, {
  exact: checked(z.string(), z.minLength(1), z.maxLength(LIMITS.quote)),
  prefix: text(LIMITS.context),
  suffix: text(LIMITS.context),
});

/** A passage the reader kept, with where to find it again and what they wrote about it. */
export const SavedHighlight = z.object({
  id: checked(z.string(), z.minLength(1), z.maxLength(LIMITS.id)),
  /** The page's normalised address (lib/url.ts). */
  url: PageUrl,
  pageTitle: text(LIMITS.title),
  /** The dictionary term, when the passage is one. */
  termId: z.optional(checked(TermId, z.maxLength(LIMITS.id))),
  quote: SavedQuote,
  /** Where the quote was in the page's text when saved: a hint, not a promise. */
  position: TextPositionSelector,
  note: text(LIMITS.note),
  tags: checked(z.array(checked(z.string(), z.minLength(1), z.maxLength(LIMITS.tag))), z.maxLength(LIMITS.tags)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SavedHighlight = z.infer<typeof SavedHighlight>;

/** A page the reader saved something on, with a note for the whole page. */
export const SavedPage = z.object({
  url: PageUrl,
  title: text(LIMITS.title),
  note: text(LIMITS.note),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
});
export type SavedPage = z.infer<typeof SavedPage>;

/** What a new highlight needs; the store adds its id and times. */
export const NewHighlight = z.omit(SavedHighlight, { id: true, createdAt: true, updatedAt: true });
export type NewHighlight = z.infer<typeof NewHighlight>;

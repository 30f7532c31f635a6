import { z } from 'zod/mini';

/**
 * A page's matcher (lib/watchlists/page-matcher.ts): the bundled terms and the reader's terms
 * the page names, compiled in the background, as it sends it.
 */
export const PageMatcher = z.object({
  /** The lists' revision it was made from. */
  revision: z.string(),
  /** serializeMatcher's bytes, in base64. */
  matcher: z.string(),
  /** Each term's colour slot, by its index in the matcher's term ids (NO_SLOT for bundled terms alone). */
  slots: z.array(z.int()),
  /** [bundled term id, reader's term id]: the same name in both, shown as one highlight and one card. */
  companions: z.array(z.tuple([z.string(), z.string()])),
});
export type PageMatcher = z.infer<typeof PageMatcher>;

export const PageMatcherReply = z.object({
  matcher: z.nullable(PageMatcher),
  /** Whether the reader saved passages of the page, when the request named it. */
  saved: z.optional(z.boolean()),
});
export type PageMatcherReply = z.infer<typeof PageMatcherReply>;

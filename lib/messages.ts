import { z } from 'zod';
import { TermId } from './dictionary/schema';

/** Every message between the extension's contexts, parsed with zod where it arrives. */

export const GetPageMatches = z.object({ type: z.literal('getPageMatches') });

export const PageMatch = z.object({
  termId: TermId,
  /** The exact text matched on the page. */
  text: z.string(),
});
export type PageMatch = z.infer<typeof PageMatch>;

export const PageMatches = z.object({
  url: z.string(),
  title: z.string(),
  /** One entry per occurrence, in document order. */
  matches: z.array(PageMatch),
});
export type PageMatches = z.infer<typeof PageMatches>;

/** Content script → background: how many terms the page holds, for the toolbar badge. */
export const PageMatchCount = z.object({
  type: z.literal('pageMatchCount'),
  count: z.number().int().nonnegative(),
});
export type PageMatchCount = z.infer<typeof PageMatchCount>;

export const ContentRequest = z.discriminatedUnion('type', [GetPageMatches]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const BackgroundRequest = z.discriminatedUnion('type', [PageMatchCount]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** A clear error for a request from this extension that does not fit any schema. */
export function malformed(error: z.ZodError): Error {
  return new Error(`Malformed request: ${z.prettifyError(error)}`);
}

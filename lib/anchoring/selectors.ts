import { z } from 'zod/mini';
import { checked } from '../checks/checked';

/**
 * Where a highlight is, as plain data that can be saved and exported: the W3C Web Annotation
 * selectors (https://www.w3.org/TR/annotation-model/#selectors). The quote with its context
 * finds the text again; the position is a hint that settles between repeated quotes.
 */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: checked(z.string(), z.minLength(1)),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const TextPositionSelector = checked(z
  .object({
    type: z.literal('TextPositionSelector'),
    start: checked(z.int(), z.nonnegative()),
    end: checked(z.int(), z.nonnegative()),
  })
  , z.refine((position) => position.end > position.start, 'end must come after start'));
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** Characters of context kept on each side of a quote: enough to tell repeats apart. */
export const CONTEXT_LENGTH = 32;

/** The selectors for `start`..`end` of a page's text. */
export function describeQuote(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

import { z } from 'zod/mini';
import { PageUrl } from './schema';
import { TermId } from '../dictionary/schema';
import { foldPhrase } from '../text/characters';
import { normalizeUrl, siteOf } from '../url';
import { checked } from '../checks/checked';

/** Where the reader's "Not this" holds: on the page they said it on, or on the whole site. */
export const CorrectionScope = z.enum(['page', 'site']);
export type CorrectionScope = z.infer<typeof CorrectionScope>;

/**
 * The reader's correction: on this page (or site), this text is not this term. It hides every
 * occurrence of the term written that way, on later visits too.
 */
export const Correction = z.object({
  id: checked(z.string(), z.minLength(1), z.maxLength(100)),
  termId: TermId,
  /** The text as the page wrote it ("Cabinet Office"). */
  text: checked(z.string(), z.minLength(1), z.maxLength(300)),
  scope: CorrectionScope,
  /** The page's normalised address (lib/url.ts). */
  url: PageUrl,
  /** Its site (host without www.), where a site-wide correction holds. */
  site: checked(z.string(), z.minLength(1), z.maxLength(300)),
  createdAt: z.iso.datetime(),
});
export type Correction = z.infer<typeof Correction>;

/** What the content script asks for; the store adds the id and the time. */
export const NewCorrection = z.omit(Correction, { id: true, createdAt: true, site: true });
export type NewCorrection = z.infer<typeof NewCorrection>;

/** One surface for "Cabinet Office", "cabinet office" and "Cabinet Office’s". */
export const surfaceKey = (text: string): string => foldPhrase(text).replace(/'s$/, '');

const key = (termId: string, text: string) => `${termId}\n${surfaceKey(text)}`;

/** Does a correction hold on the page at `url`? */
export function holdsOn(correction: Correction, url: string): boolean {
  return correction.scope === 'site' ? correction.site === siteOf(url) : correction.url === normalizeUrl(url);
}

/** A test for occurrences the reader has corrected on the page at `url`. */
export function correctedOn(corrections: readonly Correction[], url: string): (termId: string, text: string) => boolean {
  const keys = new Set(corrections.filter((correction) => holdsOn(correction, url)).map((c) => key(c.termId, c.text)));
  return (termId, text) => keys.size > 0 && keys.has(key(termId, text));
}

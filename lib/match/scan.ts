import type { TermId } from '../dictionary/schema';
import type { Reason } from './explain';

/**
 * A term found in a text; `context` is the index of the page condition it needs, or -1.
 * `reason` says which rule let it count, when that is not plain from the text alone.
 */
export interface TermHit {
  termId: TermId;
  start: number;
  end: number;
  context: number;
  reason?: Reason;
}

/** What one scan of a block of text found: terms (longest match wins) and cues for the page. */
export interface TextScan {
  terms: TermHit[];
  cues: number[];
}

/**
 * What a matcher says about the page as a whole (Matcher in matcher.ts has it): what the page
 * facts (page-facts.ts) ask, kept apart so that they need not import the matcher that uses them.
 */
export interface PageRules {
  /** Does a page condition hold on a page where these cues have been seen? */
  contextHolds(rule: number, seenCues: ReadonlySet<number>): boolean;
  /** Is it decided once, from what came before the hit, rather than from the whole page? */
  isOrdered(rule: number): boolean;
  /**
   * Why a hit that holds counts, when the page made it so: its country named on a page that
   * names other countries too. Undefined when nothing about the page needs saying.
   */
  pageReason(rule: number, seenCues: ReadonlySet<number>): Reason | undefined;
}

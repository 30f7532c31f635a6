import type { Reason } from './explain';
import type { PageRules, TermHit, TextScan } from './scan';

/**
 * What a page has shown so far (the cues of the blocks read, in reading order), and whether a
 * hit counts on it. Shared by the page annotator and by findTerms, so that a page and a test
 * passage are judged alike.
 */
export class PageFacts {
  private readonly seen = new Set<number>();
  private readonly matcher: PageRules;

  // Erasable syntax only (no parameter properties): the benchmark runs lib/match under Node's type stripping.
  constructor(matcher: PageRules) {
    this.matcher = matcher;
  }

  /**
   * Takes in one block's scan. Each hit is decided now (true or false), or depends on the
   * whole page (null: ask `holds` again as more is read). Hits decided by what came before
   * ("named earlier on this page") are decided against the blocks before this one; the scan
   * has already judged those that follow their full name within the block.
   * `learned` is true when the block brought cues not seen before.
   */
  read(scan: TextScan): { decisions: Array<boolean | null>; learned: boolean } {
    const decisions = scan.terms.map((hit) => this.decide(hit));
    const before = this.seen.size;
    for (const cue of scan.cues) this.seen.add(cue);
    return { decisions, learned: this.seen.size !== before };
  }

  /** Does a page-dependent hit's condition hold on the page as read so far? */
  holds(rule: number): boolean {
    return this.matcher.contextHolds(rule, this.seen);
  }

  /** What the page as read so far says about a hit that holds (see Matcher.pageReason). */
  reason(rule: number): Reason | undefined {
    return rule < 0 ? undefined : this.matcher.pageReason(rule, this.seen);
  }

  clear(): void {
    this.seen.clear();
  }

  private decide({ context }: TermHit): boolean | null {
    if (context < 0) return true;
    return this.matcher.isOrdered(context) ? this.holds(context) : null;
  }
}

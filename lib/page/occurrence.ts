import type { TermId } from '../dictionary/schema';
import type { Reason } from '../match/explain';
import { pointsAt, type TextBlock } from './text-blocks';

/** A block's place in document order (block-order.ts): shared by its occurrences, renumbered in place. */
export interface BlockPlace {
  key: number;
}

/** One occurrence of a term on the page. */
export interface Occurrence {
  termId: TermId;
  /** The exact text matched on the page. */
  text: string;
  /** Where it is, as the highlight paints it: fixed boundary points, not a live Range (made when first asked for). */
  readonly bounds: StaticRange;
  /** A live Range over it, made when first asked for (a card's anchor, scrolling, the keyboard). */
  readonly range: Range;
  /** Is this its live Range (asking makes none)? */
  hasRange(range: Range): boolean;
  /** The text nodes it touches, for hit-testing under the pointer. */
  readonly nodes: Text[];
  /** Its block's place in document order, and where in the block it starts. */
  readonly place: BlockPlace;
  readonly start: number;
  /** The page-context rule the occurrence depends on, or -1. */
  rule: number;
  /** Which rule let it count, when the card should say so. */
  reason?: Reason;
  /** Its context (if any) holds on the page as read so far. */
  holds: boolean;
  /** Left out by the page's style (hidden, or editable), as found once its block came near the screen. */
  hidden: boolean;
  /** Shown: it holds, is not hidden, and the reader has not said it is not this term. */
  shown: boolean;
}

/**
 * An occurrence as the annotator finds it, not yet decided on (neither holding nor shown). A
 * class rather than an object literal with a getter: a page with thousands of terms makes one a
 * term, and each literal would carry a closure and a copy of its fields. Where it is in the DOM
 * (its boundary points, its nodes) is worked out when first asked for, which for text far from
 * the screen is when it comes near, or never.
 */
class FoundOccurrence implements Occurrence {
  readonly termId: TermId;
  readonly text: string;
  readonly place: BlockPlace;
  readonly start: number;
  readonly rule: number;
  readonly reason?: Reason;
  holds = false;
  hidden = false;
  shown = false;
  private readonly block: TextBlock;
  private readonly end: number;
  private located?: { bounds: StaticRange; nodes: Text[] };
  private live?: Range;

  constructor(termId: TermId, block: TextBlock, place: BlockPlace, start: number, end: number, rule: number, reason?: Reason) {
    this.termId = termId;
    this.text = block.text.slice(start, end);
    this.block = block;
    this.place = place;
    this.start = start;
    this.end = end;
    this.rule = rule;
    this.reason = reason;
  }

  private locate(): { bounds: StaticRange; nodes: Text[] } {
    if (!this.located) {
      const { points, nodes } = pointsAt(this.block, this.start, this.end);
      this.located = { bounds: new StaticRange(points), nodes };
    }
    return this.located;
  }

  get bounds(): StaticRange {
    return this.locate().bounds;
  }

  get nodes(): Text[] {
    return this.locate().nodes;
  }

  hasRange(range: Range): boolean {
    return this.live === range;
  }

  get range(): Range {
    if (!this.live) {
      const { bounds } = this;
      this.live = document.createRange();
      this.live.setStart(bounds.startContainer, bounds.startOffset);
      this.live.setEnd(bounds.endContainer, bounds.endOffset);
    }
    return this.live;
  }
}

export const makeOccurrence = (termId: TermId, block: TextBlock, place: BlockPlace, start: number, end: number, rule: number, reason?: Reason): Occurrence =>
  new FoundOccurrence(termId, block, place, start, end, rule, reason);

/** Document order of two occurrences, from their blocks' places (no DOM comparison). */
export const inDocumentOrder = (a: Occurrence, b: Occurrence): number => a.place.key - b.place.key || a.start - b.start;

/**
 * Document order of two ranges' start points (negative: `a` first), live or static, for ranges
 * that start in text nodes (as every occurrence does): no live Range is made to compare them.
 */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The part of a text node an occurrence covers: [start, end) in the node's own offsets. */
function spanIn(occurrence: Occurrence, node: Text): [number, number] {
  const { startContainer, startOffset, endContainer, endOffset } = occurrence.bounds;
  return [startContainer === node ? startOffset : 0, endContainer === node ? endOffset : node.data.length];
}

/**
 * The occurrences of one text node (in the order they were read, which is their order in the
 * node) that hold the character at `offset`, or end just before it: a caret position lies
 * between two characters, and the point may be over either. A binary search, so that the cost
 * of a pointer move does not grow with the number of terms in the node.
 */
export function occurrencesAtOffset(inNode: readonly Occurrence[], node: Text, offset: number): Occurrence[] {
  let low = 0;
  let high = inNode.length;
  // The first occurrence that ends after offset - 1 (ends are in order, as starts are).
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spanIn(inNode[mid]!, node)[1] < offset) low = mid + 1;
    else high = mid;
  }
  const found: Occurrence[] = [];
  for (let i = low; i < inNode.length && found.length < 2; i++) {
    const [start] = spanIn(inNode[i]!, node);
    if (start > offset) break;
    found.push(inNode[i]!);
  }
  return found;
}

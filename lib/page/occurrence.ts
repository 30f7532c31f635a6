import type { TermId } from '../dictionary/schema';
import type { Reason } from '../match/explain';

/** One occurrence of a term on the page. */
export interface Occurrence {
  termId: TermId;
  /** The exact text matched on the page. */
  text: string;
  /** Where it is, as the highlight paints it: fixed boundary points, not a live Range. */
  bounds: StaticRange;
  /** A live Range over it, made when first asked for (a card's anchor, scrolling, the keyboard). */
  readonly range: Range;
  /** The text nodes it touches, for hit-testing under the pointer. */
  nodes: Text[];
  /** The page-context rule the occurrence depends on, or -1. */
  rule: number;
  /** Which rule let it count, when the card should say so. */
  reason?: Reason;
  /** Its context (if any) holds on the page as read so far. */
  holds: boolean;
  /** Shown: it holds, and the reader has not said it is not this term. */
  shown: boolean;
}

/**
 * An occurrence as the annotator finds it, not yet decided on (neither holding nor shown). A
 * class rather than an object literal with a getter: a page with thousands of terms makes one a
 * term, and each literal would carry a closure and a copy of its fields.
 */
class FoundOccurrence implements Occurrence {
  readonly termId: TermId;
  readonly text: string;
  readonly bounds: StaticRange;
  readonly nodes: Text[];
  readonly rule: number;
  readonly reason?: Reason;
  holds = false;
  shown = false;
  private live?: Range;

  constructor(termId: TermId, text: string, bounds: StaticRange, nodes: Text[], rule: number, reason?: Reason) {
    this.termId = termId;
    this.text = text;
    this.bounds = bounds;
    this.nodes = nodes;
    this.rule = rule;
    this.reason = reason;
  }

  get range(): Range {
    if (!this.live) {
      this.live = document.createRange();
      this.live.setStart(this.bounds.startContainer, this.bounds.startOffset);
      this.live.setEnd(this.bounds.endContainer, this.bounds.endOffset);
    }
    return this.live;
  }
}

export const makeOccurrence = (termId: TermId, text: string, bounds: StaticRange, nodes: Text[], rule: number, reason?: Reason): Occurrence =>
  new FoundOccurrence(termId, text, bounds, nodes, rule, reason);

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

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

export function makeOccurrence(fields: Omit<Occurrence, 'range'>): Occurrence {
  let live: Range | undefined;
  return {
    ...fields,
    get range() {
      if (!live) {
        live = document.createRange();
        live.setStart(fields.bounds.startContainer, fields.bounds.startOffset);
        live.setEnd(fields.bounds.endContainer, fields.bounds.endOffset);
      }
      return live;
    },
  };
}

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

import type { Occurrence, PageAnnotator } from '../../lib/page/annotator';
import type { CardHost } from './card-host';
import { afterNextPaint, measure } from '../../lib/page/timing';
import { HoverIntent } from './hover';

interface CaretPosition {
  offsetNode: Node;
}

/** The text node under a point: caretPositionFromPoint where it exists, Safari's API elsewhere. */
function textNodeAt(x: number, y: number): Text | undefined {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): CaretPosition | null };
  const node = doc.caretPositionFromPoint
    ? doc.caretPositionFromPoint(x, y)?.offsetNode
    : document.caretRangeFromPoint?.(x, y)?.startContainer;
  return node instanceof Text ? node : undefined;
}

const within = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The shown occurrence whose text is under the point (the caret API also answers beside text). */
function occurrenceAt(annotator: PageAnnotator, x: number, y: number): Occurrence | undefined {
  const node = textNodeAt(x, y);
  if (!node) return undefined;
  return annotator
    .occurrencesIn(node)
    .find((o) => [...o.range.getClientRects()].some((rect) => within(rect, x, y)));
}

/** Opens a term's card when the pointer rests on it, checking at most once per frame. */
export function wireHover(annotator: PageAnnotator, cards: () => CardHost): HoverIntent {
  // A card the keyboard opened, or one the reader is typing in, is not the pointer's to close
  // (Chrome also sends pointer-leave when the card grows under a resting pointer).
  const hover = new HoverIntent(() => {
    if (!cards().openedByKeyboard && !cards().hasFocus) cards().close();
  });
  let frame = 0;
  let last: PointerEvent | undefined;
  const check = () => {
    frame = 0;
    if (!last || cards().contains(last)) return;
    const occurrence = occurrenceAt(annotator, last.clientX, last.clientY);
    hover.pointAt(
      occurrence && {
        key: occurrence,
        open: () => {
          // For the benchmark: from the end of the hover delay to the card on screen.
          const opened = performance.now();
          cards().show({ termId: occurrence.termId, anchor: occurrence.range, focus: false, saveable: true });
          afterNextPaint(() => measure('sst:card', opened));
        },
      },
    );
  };
  window.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      last = event;
      frame ||= requestAnimationFrame(check);
    },
    { passive: true },
  );
  return hover;
}

import type { Occurrence, PageAnnotator } from '../../../lib/page/annotator';
import type { Settings } from '../../../lib/settings';
import type { CardHost } from './card-host';
import { HoverIntent } from './hover';

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

/** The text node and offset under a point: caretPositionFromPoint where it exists, Safari's API elsewhere. */
function caretAt(x: number, y: number): { node: Text; offset: number } | undefined {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): CaretPosition | null };
  const caret = doc.caretPositionFromPoint?.(x, y);
  const range = caret ? undefined : document.caretRangeFromPoint?.(x, y);
  const node = caret?.offsetNode ?? range?.startContainer;
  const offset = caret?.offset ?? range?.startOffset ?? 0;
  return node instanceof Text ? { node, offset } : undefined;
}

const within = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * The shown occurrence whose text is under the point: found by the caret's offset in its text
 * node (a binary search), then checked against the boxes of at most two candidates, since the
 * caret API also answers beside text. No cost that grows with the terms in the node.
 */
function occurrenceAt(annotator: PageAnnotator, x: number, y: number): Occurrence | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  return annotator
    .occurrencesAt(caret.node, caret.offset)
    .find((o) => [...o.range.getClientRects()].some((rect) => within(rect, x, y)));
}

export interface PointerWiring {
  annotator: PageAnnotator;
  cards: () => CardHost;
  settings: () => Settings;
  /** Opens the card of an occurrence the pointer chose. */
  open(occurrence: Occurrence): void;
  /** The pointer moved onto another occurrence, or off all of them. */
  under(occurrence: Occurrence | undefined): void;
  /** Aborted when the content script stops (the extension was updated). */
  signal: AbortSignal;
}

/**
 * Opens a term's card when the pointer rests on it (checking at most once per frame), or when
 * it is clicked, as the reader chose in the settings; with terms hidden until hovered, tells
 * which term the pointer is over whatever opens the cards.
 */
export function wirePointer({ annotator, cards, settings, open, under, signal }: PointerWiring): HoverIntent {
  // A card the keyboard opened, or one the reader has worked in, is not the pointer's to close
  // (Chrome also sends pointer-leave when the card grows or shrinks under a resting pointer).
  const hover = new HoverIntent(
    () => {
      if (!cards().openedByKeyboard && !cards().engaged) cards().close();
    },
    () => settings().hoverDelayMs,
  );
  let frame = 0;
  /** Where the latest move left the pointer: read while its event was dispatched. */
  let last: { x: number; y: number; inCard: boolean } | undefined;
  let pointed: Occurrence | undefined;
  const check = () => {
    frame = 0;
    if (!last || last.inCard) return;
    const occurrence = occurrenceAt(annotator, last.x, last.y);
    // Most frames of a moving pointer stay on the same term, or on none.
    if (occurrence !== pointed) {
      pointed = occurrence;
      under(occurrence);
    }
    if (settings().cardTrigger === 'hover') hover.pointAt(occurrence && { key: occurrence, open: () => open(occurrence) });
  };
  const followsPointer = () => settings().cardTrigger === 'hover' || settings().highlightStyle === 'hover';
  window.addEventListener(
    'pointermove',
    (event) => {
      // Pointer moves a page dispatches (untrusted) open no card.
      if (!event.isTrusted || event.pointerType === 'touch' || !followsPointer()) return;
      // Whether the move is in the card is asked now: the DOM Standard's dispatch empties an
      // event's path when it ends, so asked in the frame callback, a pointer that reached the
      // card in one move counted as off every term, and the card closed under it.
      last = { x: event.clientX, y: event.clientY, inCard: cards().contains(event) };
      frame ||= requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || settings().cardTrigger !== 'click' || cards().contains(event)) return;
      const occurrence = occurrenceAt(annotator, event.clientX, event.clientY);
      if (!occurrence) return;
      // A term inside a link still follows the link; elsewhere the click is the card's.
      if (!(event.target instanceof Element && event.target.closest('a[href]'))) event.preventDefault();
      open(occurrence);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    hover.reset();
  });
  return hover;
}

/**
 * Rectangles in the window's coordinates, as the overlay draws them (overlay.ts): the lines of
 * marked text, cut to what clips that text and to what covers it. Plain numbers, no DOM.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** No bound: a text clipped by nothing of the page (the overlay's window clips it). */
export const UNBOUNDED: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

export const boxOf = ({ left, top, right, bottom }: Box): Box => ({ left, top, right, bottom });

export const isEmpty = (box: Box): boolean => box.right - box.left < 0.5 || box.bottom - box.top < 0.5;

export function intersect(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

export const moved = (box: Box, x: number, y: number): Box => ({ left: box.left + x, top: box.top + y, right: box.right + x, bottom: box.bottom + y });

export const overlaps = (a: Box, b: Box): boolean => !isEmpty(intersect(a, b));

/** What is left of `box` once `cut` is taken out of it: up to four boxes (above, below, left, right). */
export function subtract(box: Box, cut: Box): Box[] {
  const inside = intersect(box, cut);
  if (isEmpty(inside)) return [box];
  const pieces: Box[] = [
    { ...box, bottom: inside.top },
    { ...box, top: inside.bottom },
    { left: box.left, right: inside.left, top: inside.top, bottom: inside.bottom },
    { left: inside.right, right: box.right, top: inside.top, bottom: inside.bottom },
  ];
  return pieces.filter((piece) => !isEmpty(piece));
}

/**
 * The lines of a passage: a text's boxes (one per line of each text node it touches, as
 * `getClientRects` gives them) joined where they sit on one line side by side, so that a tint
 * over "the <b>council</b> met" is one box and is not painted twice where two boxes meet.
 */
export function lines(boxes: readonly Box[]): Box[] {
  const sorted = boxes.filter((box) => !isEmpty(box)).sort((a, b) => a.top - b.top || a.left - b.left);
  const joined: Box[] = [];
  for (const box of sorted) {
    const last = joined.at(-1);
    const sameLine = last && Math.abs(last.top - box.top) < 1 && Math.abs(last.bottom - box.bottom) < 1;
    if (last && sameLine && box.left <= last.right + 1) {
      last.right = Math.max(last.right, box.right);
      last.top = Math.min(last.top, box.top);
      last.bottom = Math.max(last.bottom, box.bottom);
    } else joined.push({ ...box });
  }
  return joined;
}

/** The boxes a line shows as once clipped to `clip` and with every box of `covers` taken out. */
export function visiblePieces(line: Box, clip: Box, covers: readonly Box[]): Box[] {
  let pieces = [intersect(line, clip)].filter((piece) => !isEmpty(piece));
  for (const cover of covers) pieces = pieces.flatMap((piece) => subtract(piece, cover));
  return pieces;
}

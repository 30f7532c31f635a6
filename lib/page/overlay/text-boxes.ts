import { boxOf, intersect, lines, type Box } from './boxes';

/**
 * Where a marked passage is on screen, and what of it shows, read from the page's layout the
 * way the browser would paint a highlight of it: the boxes of its text (not of the elements
 * around it), cut to the boxes of the elements that clip it (a scrolling container, a box with
 * `overflow: hidden`) and to those of the page's elements that cover it (a sticky header).
 */

/** The lines of a range's text, in the window's coordinates. */
export function textLines(range: Range): Box[] {
  const { startContainer, endContainer, commonAncestorContainer } = range;
  if (startContainer === endContainer) return startContainer instanceof Text ? lines([...range.getClientRects()].map(boxOf)) : [];
  // Across elements: each text node's part alone (the range's own boxes hold whole elements too).
  const boxes: Box[] = [];
  const part = document.createRange();
  const walker = document.createTreeWalker(commonAncestorContainer, NodeFilter.SHOW_TEXT);
  // From the range's start, not the top of a long article that holds both its ends.
  walker.currentNode = startContainer;
  const first = startContainer instanceof Text ? startContainer : walker.nextNode();
  for (let node = first as Text | null; node; node = walker.nextNode() as Text | null) {
    if (range.comparePoint(node, 0) > 0) break;
    if (!range.intersectsNode(node)) continue;
    part.selectNodeContents(node);
    if (node === startContainer) part.setStart(node, range.startOffset);
    if (node === endContainer) part.setEnd(node, range.endOffset);
    for (const rect of part.getClientRects()) boxes.push(boxOf(rect));
  }
  return lines(boxes);
}

const clipsOverflow = (style: CSSStyleDeclaration) =>
  style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);

/**
 * The elements whose boxes clip the text of `owner` (its ancestors that clip their overflow),
 * nearest first. The root and the body are left out: their overflow is the window's, which the
 * overlay clips to anyway.
 */
export function clippingAncestors(owner: Element): Element[] {
  const clips: Element[] = [];
  const { body, documentElement } = owner.ownerDocument;
  for (let el = owner.parentElement; el && el !== body && el !== documentElement; el = el.parentElement) {
    if (clipsOverflow(getComputedStyle(el))) clips.push(el);
  }
  return clips;
}

/** The part of the window that `clips` (clippingAncestors) leave showing: their padding boxes. */
export function clipBox(view: Box, clips: readonly Element[]): Box {
  let box = view;
  for (const el of clips) {
    const { left, top } = el.getBoundingClientRect();
    const inner = { left: left + el.clientLeft, top: top + el.clientTop, right: left + el.clientLeft + el.clientWidth, bottom: top + el.clientTop + el.clientHeight };
    box = intersect(box, inner);
  }
  return box;
}

/**
 * The page's element that covers `owner`'s text at a point, or null when the text shows there:
 * what is hit there is the text's own element, one inside it, or one around it. A cover is
 * taken whole (the outermost element that does not hold the text: the header, not the link in
 * it), so that one look finds all of it. `ours`: the extension's own elements, never a cover.
 */
export function coverAt(x: number, y: number, owner: Element, ours: (el: Element) => boolean): Element | null {
  const hit = owner.ownerDocument.elementFromPoint(x, y);
  if (!hit || hit === owner || hit.contains(owner) || owner.contains(hit) || ours(hit)) return null;
  let cover = hit;
  while (cover.parentElement && !cover.parentElement.contains(owner)) cover = cover.parentElement;
  return cover;
}

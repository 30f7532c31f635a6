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

/** Where a marked text sits in the page's layout, worked out again when the layout changes (not on scrolling). */
export interface TextPlace {
  /** The elements whose boxes clip the text (its ancestors that clip their overflow), nearest first. */
  clips: Element[];
  /**
   * Is the text in a fixed or sticky box? Then it does not move with the window's scroll as the
   * rest of the page does, and is measured again at every drawing.
   */
  pinned: boolean;
}

/**
 * Where `owner`'s text sits: what clips it and whether it is pinned. The root and the body are
 * left out: their overflow is the window's, which the overlay clips to anyway.
 */
export function textPlace(owner: Element): TextPlace {
  const clips: Element[] = [];
  let pinned = false;
  const { body, documentElement } = owner.ownerDocument;
  for (let el: Element | null = owner; el && el !== body && el !== documentElement; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.position === 'fixed' || style.position === 'sticky') pinned = true;
    if (el !== owner && clipsOverflow(style)) clips.push(el);
  }
  return { clips, pinned };
}

/** The part of `view` that `clips` (textPlace) leave showing: their padding boxes. */
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

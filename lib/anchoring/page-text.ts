import { isUiHost } from '../page/skip-rules';
import type { TextBlock } from '../page/text-blocks';

// Text no reader sees as the page's: code and styles, form values, and our own UI.
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * The whole text of a page as one string, for anchoring saved highlights. Unlike the term
 * annotator it keeps navigation, asides and the rest: a reader may save any passage.
 */
export function readPageText(root: Element): TextBlock {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element
        ? NOT_TEXT.has(node.tagName) || isUiHost(node)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  return { container: root, nodes, starts, text: parts.join('') };
}

/** The page-text offset of a DOM boundary point (a Range's start or end). */
export function offsetOf(page: TextBlock, container: Node, offset: number): number {
  if (container instanceof Text) {
    const index = page.nodes.indexOf(container);
    return index < 0 ? -1 : page.starts[index]! + offset;
  }
  // A point between elements (a selection that starts at a paragraph, say): the offset of the
  // first text after it, found by binary search since the nodes are in document order.
  const point = document.createRange();
  point.setStart(container, offset);
  let low = 0;
  let high = page.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (point.comparePoint(page.nodes[mid]!, 0) >= 0) high = mid;
    else low = mid + 1;
  }
  return low < page.nodes.length ? page.starts[low]! : page.text.length;
}

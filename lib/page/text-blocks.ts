import { isSkipped } from './skip-rules';

/**
 * The page's text as blocks: runs of text nodes that a reader sees as one paragraph. A term
 * may span inline elements inside a block (`National <em>Intelligence</em> Law`) but never
 * the boundary between two blocks.
 */
export interface TextBlock {
  /** The nearest block-level element holding the text. */
  container: Element;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

// Elements that are laid out as blocks by default; a term never spans one of their edges.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HTML',
  'LI', 'MAIN', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

export const isBlockElement = (el: Element): boolean => BLOCK_TAGS.has(el.tagName);

/** The nearest block-level ancestor (or the element itself). */
export function blockContainerOf(node: Node): Element {
  let el = node instanceof Element ? node : node.parentElement;
  while (el && !isBlockElement(el)) el = el.parentElement;
  return el ?? document.documentElement;
}

function walker(root: Node): TreeWalker {
  return document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element
        ? isSkipped(node)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
}

function makeBlock(container: Element, nodes: Text[]): TextBlock {
  const starts: number[] = [];
  let length = 0;
  for (const node of nodes) {
    starts.push(length);
    length += node.data.length;
  }
  return { container, nodes, starts, text: nodes.map((node) => node.data).join('') };
}

/** The visible text blocks under `root`, in document order, read lazily. */
export function* textBlocks(root: Node): Generator<TextBlock> {
  const walk = walker(root);
  let nodes: Text[] = [];
  let container: Element | null = null;
  // Text nodes in one parent share a container: look each parent up once.
  let lastParent: Node | null = null;
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    const text = node as Text;
    if (text.parentNode !== lastParent) {
      lastParent = text.parentNode;
      const next = blockContainerOf(text);
      if (next !== container && nodes.length > 0) {
        yield makeBlock(container!, nodes);
        nodes = [];
      }
      container = next;
    }
    nodes.push(text);
  }
  if (nodes.length > 0) yield makeBlock(container!, nodes);
}

/** The DOM position of a character offset in a block (the end of a node for its last offset). */
export function positionIn(block: TextBlock, offset: number, isEnd: boolean): { node: Text; offset: number } {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return { node: block.nodes[low]!, offset: offset - block.starts[low]! };
}

/** A live Range over `start`..`end` of a block's text. */
export function rangeIn(block: TextBlock, start: number, end: number): Range {
  const from = positionIn(block, start, false);
  const to = positionIn(block, end, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text nodes a range over `start`..`end` touches (for hit-testing by node). */
export function nodesBetween(block: TextBlock, start: number, end: number): Text[] {
  const first = block.nodes.indexOf(positionIn(block, start, false).node);
  const last = block.nodes.indexOf(positionIn(block, end, true).node);
  return block.nodes.slice(first, last + 1);
}

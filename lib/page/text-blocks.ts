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

/**
 * Whether text under `el` is skipped, for elements inside `root`: one element's rules are
 * checked once, and its verdict covers everything inside it.
 */
export function skipVerdicts(root: Node, rule: (el: Element) => boolean): (el: Element | null) => boolean {
  const verdicts = new Map<Element, boolean>();
  return (el: Element | null): boolean => {
    // Up to the nearest element already judged (or the root), then down again: each element's
    // rules run once however deep the page nests (no recursion, no walk per text node).
    const unjudged: Element[] = [];
    let verdict = false;
    for (let at = el; at && at !== root; at = at.parentElement) {
      const known = verdicts.get(at);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      unjudged.push(at);
    }
    for (let i = unjudged.length - 1; i >= 0; i--) {
      verdict ||= rule(unjudged[i]!);
      verdicts.set(unjudged[i]!, verdict);
    }
    return verdict;
  };
}

/** The block container of each element, remembered: siblings and descendants share the walk up. */
function containers(): (el: Element) => Element {
  const known = new Map<Element, Element>();
  return (el: Element): Element => {
    const path: Element[] = [];
    let found: Element | undefined;
    for (let at: Element | null = el; at; at = at.parentElement) {
      found = known.get(at) ?? (isBlockElement(at) ? at : undefined);
      if (found) break;
      path.push(at);
    }
    found ??= document.documentElement;
    for (const step of path) known.set(step, found);
    return found;
  };
}

function makeBlock(container: Element, nodes: Text[]): TextBlock {
  const starts: number[] = [];
  // One pass, and no array of the nodes' texts to join: a page makes one block a paragraph.
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { container, nodes, starts, text };
}

/**
 * The visible text blocks under `root`, in document order, read lazily (`rule` says which
 * elements to leave out: by default every skip rule, style and layout included). The walker shows text
 * nodes only and has no filter: a filter would call back into script for every node, which
 * costs more than the rules it applies (they are checked once per parent element instead).
 */
export function* textBlocks(root: Node, rule: (el: Element) => boolean = isSkipped): Generator<TextBlock> {
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const skipped = skipVerdicts(root, rule);
  const containerOf = containers();
  let nodes: Text[] = [];
  let container: Element | null = null;
  // Text nodes in one parent share a verdict and a container: look each parent up once.
  let lastParent: Element | null | undefined;
  let lastSkipped = false;
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    const text = node as Text;
    if (text.parentElement !== lastParent) {
      lastParent = text.parentElement;
      lastSkipped = skipped(lastParent);
      if (lastSkipped) continue;
      const next = lastParent ? containerOf(lastParent) : document.documentElement;
      if (next !== container && nodes.length > 0) {
        yield makeBlock(container!, nodes);
        nodes = [];
      }
      container = next;
    }
    if (!lastSkipped) nodes.push(text);
  }
  if (nodes.length > 0) yield makeBlock(container!, nodes);
}

/**
 * The block a text node belongs to, alone: its run of text nodes in the same container (not
 * the container's other blocks, nor its child blocks). What a change to one text node makes
 * the annotator read again, however long the article around it.
 */
export function blockAround(node: Text): TextBlock {
  const container = blockContainerOf(node);
  const walk = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const skipped = skipVerdicts(container, isSkipped);
  const inBlock = (text: Node | null): text is Text => !!text && blockContainerOf(text) === container;
  const nodes: Text[] = [node];
  walk.currentNode = node;
  for (let text = walk.previousNode(); inBlock(text); text = walk.previousNode()) {
    if (!skipped(text.parentElement)) nodes.unshift(text);
  }
  walk.currentNode = node;
  for (let text = walk.nextNode(); inBlock(text); text = walk.nextNode()) {
    if (!skipped(text.parentElement)) nodes.push(text);
  }
  return makeBlock(container, nodes);
}

/** The index of the node holding a character offset (for an end offset, the node it ends). */
function nodeIndexAt(block: TextBlock, offset: number, isEnd: boolean): number {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The boundary points of `start`..`end` of a block's text, and the text nodes it touches. */
export function pointsAt(block: TextBlock, start: number, end: number): { points: StaticRangeInit; nodes: Text[] } {
  const first = nodeIndexAt(block, start, false);
  const last = nodeIndexAt(block, end, true);
  const points = {
    startContainer: block.nodes[first]!,
    startOffset: start - block.starts[first]!,
    endContainer: block.nodes[last]!,
    endOffset: end - block.starts[last]!,
  };
  return { points, nodes: block.nodes.slice(first, last + 1) };
}

/** A live Range over `start`..`end` of a block's text, and the text nodes it touches. */
export function locate(block: TextBlock, start: number, end: number): { range: Range; nodes: Text[] } {
  const { points, nodes } = pointsAt(block, start, end);
  const range = document.createRange();
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return { range, nodes };
}

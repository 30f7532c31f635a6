import type { PageAnnotator } from './annotator';
import { isInsideSkipped, isSkipped, isUiHost } from './skip-rules';
import { blockAround, blockContainerOf, isBlockElement, type TextBlock } from './text-blocks';
import { pause } from '../scheduling/timers';
import { measure } from './timing';

/**
 * Keeps annotations in step with a page that changes (live blogs, infinite scroll, single-page
 * navigation, tickers): only what a change touched is read again (a new block, or the one
 * block around a changed text), so the cost of a change does not grow with the length of the
 * page, nor with the length of its container.
 */
export interface LiveAnnotation {
  /** Resolves when everything read so far has been annotated. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * The least time between the end of one pass and the start of the next. Changes that arrive
 * meanwhile are gathered into that next pass: a page that updates itself every few
 * milliseconds (a clock, a ticker) gets one small pass per interval, and keeps the rest of the
 * main thread for its own work.
 */
export const PASS_INTERVAL_MS = 100;

/**
 * Annotates the document's body (its `blocks`, when they are walked already), then whatever
 * changes. Passes run one after another, so that two passes never read the same block at once.
 */
export function annotateLivePage(doc: Document, annotator: PageAnnotator, blocks?: Iterable<TextBlock>): LiveAnnotation {
  let queue = annotator.annotate(doc.body, blocks);
  let pending: MutationRecord[] = [];
  let noticed = 0;
  let scheduled = false;
  let lastEnd = 0;
  const pass = async () => {
    scheduled = false;
    const records = pending;
    pending = [];
    const started = performance.now();
    const { roots, texts } = changes(records, annotator);
    for (const changed of roots) {
      // The element itself may be skipped (a hidden or editable block the page writes to).
      if (changed.isConnected && !isSkipped(changed) && !isInsideSkipped(changed)) await annotator.annotate(changed);
    }
    const read = new Set<Text>();
    for (const text of texts) {
      if (read.has(text) || !text.isConnected || !annotator.matters(text) || isInsideSkipped(text)) continue;
      const block = blockAround(text);
      for (const node of block.nodes) read.add(node);
      annotator.rereadBlock(block);
    }
    lastEnd = performance.now();
    // From the change to its highlights; `detail` holds the time spent waiting to be read.
    measure('sst:mutation', noticed, { waitedMs: started - noticed, roots: roots.length + texts.size });
  };
  const observer = new MutationObserver((records) => {
    if (pending.length === 0) noticed = performance.now();
    pending.push(...records);
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, lastEnd + PASS_INTERVAL_MS - performance.now());
    queue = queue
      .then(() => pause(wait))
      .then(pass)
      .catch((error) => {
        // One failed pass (a node gone mid-read) must not end live annotation for the page.
        console.warn('State Security Lens: part of a change was not read', error);
      });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return { settled: () => queue, stop: () => observer.disconnect() };
}

const isOurs = (node: Node) => isUiHost(node) || (!!node.parentElement && isUiHost(node.parentElement));

const BLOCK_SELECTOR = 'address,article,blockquote,dd,details,div,dl,dt,fieldset,figcaption,figure,h1,h2,h3,h4,h5,h6,header,hgroup,li,main,ol,p,section,summary,table,ul';

/** Text nodes under a node (or the node itself), for what left the page. */
function textsUnder(node: Node): Text[] {
  if (node instanceof Text) return [node];
  const found: Text[] = [];
  const walk = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walk.nextNode(); text; text = walk.nextNode()) found.push(text as Text);
  return found;
}

/**
 * What must be read again after these mutations: new blocks (read whole), and text nodes
 * whose block alone is read again. What left the page is forgotten here.
 */
function changes(records: MutationRecord[], annotator: PageAnnotator): { roots: Element[]; texts: Set<Text> } {
  const roots = new Set<Element>();
  const texts = new Set<Text>();
  for (const record of records) {
    if (isOurs(record.target)) continue;
    for (const node of record.removedNodes) {
      if (node instanceof Element) annotator.forget(node);
      annotator.forgetNodes(textsUnder(node));
    }
    if (record.type === 'characterData') {
      texts.add(record.target as Text);
      continue;
    }
    const added = [...record.addedNodes].filter((node) => !isOurs(node));
    for (const node of added) {
      if (node instanceof Text) texts.add(node);
      else if (node instanceof Element && isBlockElement(node)) roots.add(node);
      // An inline element: its own text, unless it holds blocks (a link around a teaser).
      else if (node instanceof Element && node.querySelector(BLOCK_SELECTOR)) roots.add(blockContainerOf(record.target));
      else if (node instanceof Element) for (const text of textsUnder(node)) texts.add(text);
    }
    if (added.length === 0 && record.removedNodes.length > 0) {
      // Text taken out of a block: the rest of that block, around where it was.
      const neighbour = record.previousSibling ?? record.nextSibling;
      const text = neighbour ? (neighbour instanceof Text ? neighbour : textsUnder(neighbour).at(-1)) : undefined;
      if (text) texts.add(text);
      else roots.add(blockContainerOf(record.target));
    }
  }
  return { roots: outermost(roots), texts };
}

function outermost(roots: Set<Element>): Element[] {
  return [...roots].filter((el) => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      if (roots.has(parent)) return false;
    }
    return true;
  });
}

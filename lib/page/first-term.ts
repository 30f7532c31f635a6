import { NameKeyScan } from '../match/name-keys';
import { PAGE_TEXT_LIMIT } from './text-parts';
import { isInsideSkipped, isSkippedByMarkup } from './skip-rules';
import { SLICE_BUDGET_MS, yieldToBrowser } from '../scheduling/slices';
import { textBlocks, type TextBlock } from './text-blocks';
import { TextParts } from './text-parts';

/**
 * What the first look finds names with: the keys of the terms' names (lib/match/name-keys.ts).
 * The bundled terms' come with the build (lib/match/term-index-source.ts), without the
 * term ids and the rules (case, context, countries) that the reader judges a name by: a page
 * that holds no name never loads those.
 */
export type TermDetector = Uint32Array;

/** Text nodes this long are looked at twice: a page's inline script or style holds no article text. */
const LONG_TEXT = 256;
const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const isCode = (node: Text) => CODE_TAGS.has(node.parentElement?.tagName ?? '');

/**
 * The first look's question: does the article text under `root` name any term? Most pages
 * hold none, so this is all they pay for, and it costs about what a bare walk over the page's
 * text does: the text nodes are read word by word in document order, their words looked up
 * among the names' keys (NameKeyScan), with no element judged and no block made. A candidate counts unless its markup leaves it out of the
 * article (a menu, a share bar, hidden text); whether it is the term (case, context, what the
 * reader sees) is the reader's to judge, which reads the page anyway. Stops at the first one.
 *
 * Nothing the reader would find is missed: every text node is read, and a name split across
 * inline elements too; only a name split by text the reader's read leaves out (a button's label
 * inside a name) is not found.
 */
export async function holdsTerm(root: Node, detector: TermDetector, budgetMs = SLICE_BUDGET_MS): Promise<boolean> {
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const candidates = new NameKeyScan(detector);
  let sliceStart = performance.now();
  let count = 0;
  for (let node = walk.nextNode() as Text | null; node; node = walk.nextNode() as Text | null) {
    const text = node.data;
    if (text.length > LONG_TEXT && isCode(node)) continue;
    if (candidates.feed(text) && !isInsideSkipped(node, isSkippedByMarkup)) return true;
    // The clock read every few nodes: most are a few words long.
    if ((++count & 31) === 0 && performance.now() - sliceStart > budgetMs) {
      await yieldToBrowser();
      if (!root.isConnected) return false;
      sliceStart = performance.now();
    }
  }
  return false;
}

/**
 * Visits the blocks of article text under `root` until `visit` says stop, yielding to the
 * browser between slices of a long page. Blocks are judged by their markup only (no style or
 * layout read). True when `visit` stopped it.
 */
async function visitBlocks(root: Node, visit: (block: TextBlock) => boolean, budgetMs: number): Promise<boolean> {
  let sliceStart = performance.now();
  for (const block of textBlocks(root, isSkippedByMarkup)) {
    if (visit(block)) return true;
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToBrowser();
      if (!root.isConnected) return false;
      sliceStart = performance.now();
    }
  }
  return false;
}

/**
 * The article text under `root`, by the same rules, handed to `onText` a part at a time
 * (TextParts), in one pass that also asks `detector` (when given) what holdsTerm asks, and
 * stops at its first name: with the reader's lists on, the first look reads a page with no
 * bundled term once for both, and leaves a page with one to the reader, which reads it anyway.
 * True when it found a name.
 */
export async function readArticle(root: Node, onText: (text: string) => void, detector?: TermDetector, budgetMs = SLICE_BUDGET_MS): Promise<boolean> {
  const parts = new TextParts(onText);
  const candidates = detector && new NameKeyScan(detector);
  const found = await visitBlocks(
    root,
    (block) => {
      candidates?.reset();
      if (candidates?.feed(block.text)) return true;
      parts.add(block.text);
      return false;
    },
    budgetMs,
  );
  // Found: what is left unsent stays so, since the reader reads the page again.
  if (!found) parts.end();
  return found;
}

/** Text added to or changed in a live page that the first look would read (markup rules). */
const isReadable = (node: Node) => node.isConnected && !isInsideSkipped(node, isSkippedByMarkup);

/** Does text added to or changed in a live page name a term (by the same rules)? */
export async function changeHoldsTerm(node: Node, detector: TermDetector): Promise<boolean> {
  if (!isReadable(node)) return false;
  if (node instanceof Text) return new NameKeyScan(detector).feed(node.data);
  return node instanceof Element && !isSkippedByMarkup(node) && holdsTerm(node, detector);
}

/** The text added to or changed in a live page, by the same rules, handed to `onText` a part at a time. */
export async function readChanges(nodes: Iterable<Node>, onText: (text: string) => void): Promise<void> {
  for (const node of nodes) {
    if (!isReadable(node)) continue;
    if (node instanceof Text) onText(node.data.slice(0, PAGE_TEXT_LIMIT));
    else if (node instanceof Element && !isSkippedByMarkup(node)) await readArticle(node, onText);
  }
}

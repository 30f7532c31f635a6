import type { Matcher } from '../match/matcher';
import { PAGE_TEXT_LIMIT } from '../watchlists/lean-read';
import { isInsideSkipped, isSkippedByMarkup } from './skip-rules';
import { SLICE_BUDGET_MS, yieldToBrowser } from './slices';
import { textBlocks, type TextBlock } from './text-blocks';
import { TextParts } from './text-parts';

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

/** Does the matcher find a term in this block, where the reader can see it (style included)? */
const blockHoldsTerm = (block: TextBlock, matcher: Matcher): boolean =>
  matcher.scan(block.text).terms.length > 0 && block.nodes.some((node) => !isInsideSkipped(node));

/**
 * The first look's question: does any term occur in the article text under `root`? Most pages
 * hold none, so this is all they pay for. A block that holds a term is then checked against
 * every rule, since text the reader cannot see must not wake the rest of the extension. Stops
 * at the first term.
 */
export function holdsTerm(root: Node, matcher: Matcher, budgetMs = SLICE_BUDGET_MS): Promise<boolean> {
  return visitBlocks(root, (block) => blockHoldsTerm(block, matcher), budgetMs);
}

/**
 * The article text under `root`, by the same rules, handed to `onText` a part at a time
 * (TextParts), in one pass that also asks `matcher` (when given) what holdsTerm asks, and stops
 * at its first term: with the reader's lists on, the first look reads a page with no bundled
 * term once for both, and leaves a page with one to the reader, which reads it anyway. True when
 * it found a term.
 */
export async function readArticle(root: Node, onText: (text: string) => void, matcher?: Matcher, budgetMs = SLICE_BUDGET_MS): Promise<boolean> {
  const parts = new TextParts(onText);
  const found = await visitBlocks(
    root,
    (block) => {
      if (matcher && blockHoldsTerm(block, matcher)) return true;
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

/** Does text added to or changed in a live page hold a term (by the same rules)? */
export async function changeHoldsTerm(node: Node, matcher: Matcher): Promise<boolean> {
  if (!isReadable(node)) return false;
  if (node instanceof Text) return matcher.scan(node.data).terms.length > 0 && !isInsideSkipped(node);
  return node instanceof Element && !isSkippedByMarkup(node) && holdsTerm(node, matcher);
}

/** The text added to or changed in a live page, by the same rules, handed to `onText` a part at a time. */
export async function readChanges(nodes: Iterable<Node>, onText: (text: string) => void): Promise<void> {
  for (const node of nodes) {
    if (!isReadable(node)) continue;
    if (node instanceof Text) onText(node.data.slice(0, PAGE_TEXT_LIMIT));
    else if (node instanceof Element && !isSkippedByMarkup(node)) await readArticle(node, onText);
  }
}

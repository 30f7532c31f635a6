import type { Matcher } from '../match/matcher';
import { isInsideSkipped, isSkippedByMarkup } from './skip-rules';
import { SLICE_BUDGET_MS, yieldToBrowser } from './slices';
import { textBlocks, type TextBlock } from './text-blocks';

/**
 * The first look's question: does any term occur in the article text under `root`? Most pages
 * hold none, so this is all they pay for. Blocks are judged by their markup only (no style or
 * layout read); a block that holds a term is then checked against every rule, since text the
 * reader cannot see must not wake the rest of the extension. Stops at the first term, and
 * yields to the browser between slices of a long page.
 */
export async function holdsTerm(root: Node, matcher: Matcher, budgetMs = SLICE_BUDGET_MS): Promise<boolean> {
  let sliceStart = performance.now();
  for (const block of textBlocks(root, isSkippedByMarkup)) {
    if (matcher.scan(block.text).terms.length > 0 && isShown(block)) return true;
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToBrowser();
      if (!root.isConnected) return false;
      sliceStart = performance.now();
    }
  }
  return false;
}

/** A block that passed the markup rules: is its text inside nothing skipped, style included? */
const isShown = (block: TextBlock): boolean => block.nodes.some((node) => !isInsideSkipped(node));

/** Does text added to or changed in a live page hold a term (by the same rules)? */
export async function changeHoldsTerm(node: Node, matcher: Matcher): Promise<boolean> {
  if (!node.isConnected || isInsideSkipped(node, isSkippedByMarkup)) return false;
  if (node instanceof Text) return matcher.scan(node.data).terms.length > 0 && !isInsideSkipped(node);
  return node instanceof Element && !isSkippedByMarkup(node) && holdsTerm(node, matcher);
}

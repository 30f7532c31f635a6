import { isSkippedByMarkup } from './skip-rules';
import { SLICE_BUDGET_MS, yieldToBrowser } from '../scheduling/slices';
import { textBlocks, type TextBlock } from './text-blocks';
import { TextParts } from './text-parts';

export interface WalkAheadOptions {
  /** Given the walked text a part at a time (TextParts), for the background to name the reader's terms in. */
  onText?: (text: string) => void;
  /** Which elements to leave out: by default those the markup says (the reader checks the style as blocks come near). */
  rule?: (el: Element) => boolean;
}

/**
 * The page's blocks, walked while the reader waits for the page's terms: the walk (the skip
 * rules that ask the layout engine, the blocks' text) is most of reading a page but for the
 * scan. With the reader's lists on, the walk is also how the page's text reaches the background,
 * which answers with the page's terms once it is over: the page is walked once, not once to ask
 * and once to read. Handed over only while the page is as walked: text added, removed or changed
 * since the walk began, and the page is walked again as it is then.
 */
export class WalkAhead {
  /** Resolves when the whole page is walked, or the walk was taken first. */
  readonly walked: Promise<void>;
  private readonly blocks: TextBlock[] = [];
  private readonly rest: Iterator<TextBlock>;
  private readonly changes: MutationObserver;
  private changed = false;
  private taken = false;

  constructor(root: Node, { onText, rule }: WalkAheadOptions = {}) {
    this.rest = textBlocks(root, rule ?? isSkippedByMarkup)[Symbol.iterator]();
    // What the live annotation watches for once it reads (lib/page/mutations.ts).
    this.changes = new MutationObserver(() => (this.changed = true));
    this.changes.observe(root, { childList: true, subtree: true, characterData: true });
    this.walked = this.walk(onText && new TextParts(onText));
  }

  /** The blocks walked so far, then the rest of the walk; undefined when the page changed meanwhile. */
  take(): Iterable<TextBlock> | undefined {
    this.taken = true;
    const changed = this.changed || this.changes.takeRecords().length > 0;
    this.changes.disconnect();
    if (changed) return undefined;
    const { blocks, rest } = this;
    return (function* () {
      yield* blocks;
      for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
    })();
  }

  private async walk(parts?: TextParts): Promise<void> {
    let sliceStart = performance.now();
    while (!this.taken) {
      const next = this.rest.next();
      if (next.done) break;
      this.blocks.push(next.value);
      parts?.add(next.value.text);
      if (performance.now() - sliceStart > SLICE_BUDGET_MS) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
    }
    parts?.end();
  }
}

import { SLICE_BUDGET_MS, yieldToBrowser } from './slices';
import { textBlocks, type TextBlock } from './text-blocks';

/**
 * The page's blocks, walked while the reader waits for the page's terms (the background
 * compiling its matcher): the walk (the skip rules that ask the layout engine, the blocks'
 * text) is most of reading a page but for the scan, and the main thread is idle meanwhile.
 * Handed over only while the page is as walked: text added, removed or changed since the walk
 * began, and the page is walked again as it is then.
 */
export class WalkAhead {
  private readonly walked: TextBlock[] = [];
  private readonly rest: Iterator<TextBlock>;
  private readonly changes: MutationObserver;
  private changed = false;
  private taken = false;

  /** `rule`: as textBlocks has it (every skip rule, style and layout included, unless a test says). */
  constructor(root: Node, rule?: (el: Element) => boolean) {
    this.rest = textBlocks(root, rule)[Symbol.iterator]();
    // What the live annotation watches for once it reads (lib/page/mutations.ts).
    this.changes = new MutationObserver(() => (this.changed = true));
    this.changes.observe(root, { childList: true, subtree: true, characterData: true });
    void this.walk();
  }

  /** The blocks walked so far, then the rest of the walk; undefined when the page changed meanwhile. */
  take(): Iterable<TextBlock> | undefined {
    this.taken = true;
    const changed = this.changed || this.changes.takeRecords().length > 0;
    this.changes.disconnect();
    if (changed) return undefined;
    const { walked, rest } = this;
    return (function* () {
      yield* walked;
      for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
    })();
  }

  private async walk(): Promise<void> {
    let sliceStart = performance.now();
    while (!this.taken) {
      const next = this.rest.next();
      if (next.done) return;
      this.walked.push(next.value);
      if (performance.now() - sliceStart > SLICE_BUDGET_MS) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
    }
  }
}

/** A block's extent down the page, in the document's coordinates (px from the top of the page). */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Spans taller than this (a block of a whole page's text, a wrapper read as one block) are few,
 * and are checked one by one; the others are found by a binary search on their tops, which must
 * look as far above a band as the tallest of them to meet one that starts above it and reaches
 * into it.
 */
const TALL = 2_000;

/**
 * Where the blocks are down the page, as the browser last measured them, so that those within
 * a band of it (near the screen) are found as the reader scrolls without asking the browser for
 * anything: a binary search over the blocks sorted by their tops, however many there are.
 * The blocks need not be in document order: columns, floats and reordered grids are sorted by
 * where they are.
 */
export class BlockPositions<Block> {
  private readonly spans = new Map<Block, Span>();
  private readonly tall = new Set<Block>();
  /** The spans no taller than TALL, by their tops; made again after a change. */
  private sorted: Array<{ block: Block; span: Span }> | null = [];
  /** The height of the tallest of them. */
  private tallest = 0;

  get size(): number {
    return this.spans.size;
  }

  has(block: Block): boolean {
    return this.spans.has(block);
  }

  blocks(): IterableIterator<Block> {
    return this.spans.keys();
  }

  set(block: Block, span: Span): void {
    this.delete(block);
    this.spans.set(block, span);
    if (span.bottom - span.top > TALL) this.tall.add(block);
    else this.sorted = null;
  }

  delete(block: Block): void {
    if (!this.spans.delete(block)) return;
    if (!this.tall.delete(block)) this.sorted = null;
  }

  clear(): void {
    this.spans.clear();
    this.tall.clear();
    this.sorted = [];
  }

  /** The blocks that reach into the band from `from` to `to` (both in the document's coordinates). */
  within(from: number, to: number): Set<Block> {
    const found = new Set<Block>();
    const sorted = this.bySpan();
    // The first span whose top is at or below `from - tallest`: none above it can reach the band.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]!.span.top < from - this.tallest) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < sorted.length && sorted[i]!.span.top <= to; i++) {
      const { block, span } = sorted[i]!;
      if (span.bottom >= from) found.add(block);
    }
    for (const block of this.tall) {
      const span = this.spans.get(block)!;
      if (span.top <= to && span.bottom >= from) found.add(block);
    }
    return found;
  }

  private bySpan(): Array<{ block: Block; span: Span }> {
    if (!this.sorted) {
      this.sorted = [];
      this.tallest = 0;
      for (const [block, span] of this.spans) {
        if (this.tall.has(block)) continue;
        this.sorted.push({ block, span });
        this.tallest = Math.max(this.tallest, span.bottom - span.top);
      }
      this.sorted.sort((a, b) => a.span.top - b.span.top);
    }
    return this.sorted;
  }
}

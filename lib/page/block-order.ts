import type { BlockPlace } from './occurrence';

interface Entry {
  place: BlockPlace;
  /** The block's first text node, to compare positions with. */
  first: Node;
}

/**
 * Where each block read lies in document order, as a number, so that a page's terms are listed
 * in order (the popup, the keyboard) without comparing their positions in the DOM: putting
 * thousands of occurrences in order that way held a heavy page 70 ms. A pass over the whole page
 * reads its blocks in order and numbers them as they come; a block read later (a change) is
 * placed among the others by a binary search, a few DOM comparisons, and given a number between
 * its neighbours' (all are numbered again when two come too close).
 */
export class BlockOrder {
  private readonly entries: Entry[] = [];

  /** The place of a block that follows every block placed so far (the first read of a page). */
  append(first: Node): BlockPlace {
    const last = this.entries.at(-1);
    const place = { key: (last?.place.key ?? 0) + 1 };
    this.entries.push({ place, first });
    return place;
  }

  /** The place of a block read later, found by its first text node's position. */
  insert(first: Node): BlockPlace {
    const { entries } = this;
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (entries[mid]!.first.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) low = mid + 1;
      else high = mid;
    }
    const before = entries[low - 1]?.place.key ?? 0;
    const after = entries[low]?.place.key ?? before + 2;
    const place = { key: (before + after) / 2 };
    entries.splice(low, 0, { place, first });
    if (place.key === before || place.key === after) this.renumber();
    return place;
  }

  /** Forgets blocks whose text left the page or was read again: later searches never meet them. */
  remove(places: ReadonlySet<BlockPlace>): void {
    if (places.size === 0) return;
    let kept = 0;
    for (const entry of this.entries) if (!places.has(entry.place)) this.entries[kept++] = entry;
    this.entries.length = kept;
  }

  clear(): void {
    this.entries.length = 0;
  }

  private renumber(): void {
    this.entries.forEach((entry, index) => (entry.place.key = index + 1));
  }
}

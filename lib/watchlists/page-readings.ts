import type { IndexedTerm, WatchIndex } from './watch-index';

/** Readings remembered at once: a page closed while it was read never asks for its matcher. */
const MOST_READINGS = 64;

/**
 * What each reading of a page has named so far. A page hands its text over a part at a time
 * and asks for its matcher as soon as it has read the last, without waiting for each part's
 * answer; the background keeps what the parts named (their terms already read from the
 * index, while the page reads on) until the page asks.
 */
export class PageReadings {
  private readonly readings = new Map<string, Map<string, IndexedTerm>>();

  /** The terms of `ids` (as the index holds them) are named by a part of this reading. */
  add(reading: string, index: WatchIndex, ids: Iterable<string>): void {
    let terms = this.readings.get(reading);
    if (!terms) {
      if (this.readings.size >= MOST_READINGS) this.readings.delete(this.readings.keys().next().value!);
      terms = new Map();
      this.readings.set(reading, terms);
    }
    for (const id of ids) {
      if (terms.has(id)) continue;
      const term = index.term(id);
      if (term) terms.set(id, term);
    }
  }

  /** What the reading named, by id; forgotten once taken. */
  take(reading: string): Map<string, IndexedTerm> {
    const terms = this.readings.get(reading) ?? new Map<string, IndexedTerm>();
    this.readings.delete(reading);
    return terms;
  }
}

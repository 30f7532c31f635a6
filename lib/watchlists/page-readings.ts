/** Readings remembered at once: a page closed while it was read never asks for its matcher. */
const MOST_READINGS = 64;

/**
 * The reader's terms each reading of a page has named so far. A page hands its text over a
 * part at a time, as it reads, and asks for its matcher as soon as it has read the last,
 * without waiting for each part's answer: the background names each part as it comes, and
 * makes the page's matcher of all they named when the page asks.
 */
export class PageReadings {
  private readonly readings = new Map<string, Set<string>>();

  add(reading: string, ids: Iterable<string>): void {
    let named = this.readings.get(reading);
    if (!named) {
      if (this.readings.size >= MOST_READINGS) this.readings.delete(this.readings.keys().next().value!);
      named = new Set();
      this.readings.set(reading, named);
    }
    for (const id of ids) named.add(id);
  }

  /** What the reading named (nothing, when it named none); forgotten once taken. */
  take(reading: string): Set<string> {
    const named = this.readings.get(reading) ?? new Set<string>();
    this.readings.delete(reading);
    return named;
  }
}

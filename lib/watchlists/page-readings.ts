import type { Dictionary } from '../dictionary/schema';
import { PageDraft } from './page-matcher';
import type { WatchIndex } from './watch-index';

/** Readings remembered at once: a page closed while it was read never asks for its matcher. */
const MOST_READINGS = 64;

/**
 * What each reading of a page has named so far. A page hands its text over a part at a time
 * and asks for its matcher as soon as it has read the last, without waiting for each part's
 * answer; the background makes the page's matcher as the parts are named (their terms read from
 * the index and added to its draft, while the page reads on), and finishes it when the page asks.
 */
export class PageReadings {
  private readonly readings = new Map<string, PageDraft>();
  private readonly dictionary: Dictionary;

  constructor(dictionary: Dictionary) {
    this.dictionary = dictionary;
  }

  /** The terms of `ids` (as the index holds them) are named by a part of this reading. */
  add(reading: string, index: WatchIndex, ids: Iterable<string>): void {
    let draft = this.readings.get(reading);
    if (!draft) {
      if (this.readings.size >= MOST_READINGS) this.readings.delete(this.readings.keys().next().value!);
      draft = new PageDraft(this.dictionary);
      this.readings.set(reading, draft);
    }
    for (const id of ids) {
      if (draft.has(id)) continue;
      const term = index.term(id);
      if (term) draft.add(term);
    }
  }

  /** The reading's draft (empty when it named nothing); forgotten once taken. */
  take(reading: string): PageDraft {
    const draft = this.readings.get(reading) ?? new PageDraft(this.dictionary);
    this.readings.delete(reading);
    return draft;
  }
}

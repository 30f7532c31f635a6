import type { Dictionary } from '../dictionary/schema';
import type { PageMatcher } from '../messages';
import { serializeMatcher, toBase64 } from '../match/compiled';
import { GrowingTables, sharedNames } from '../match/matcher';
import type { Watchlist } from './schema';
import type { IndexedTerm } from './watch-index';

/** A term painted in no list's colour: a bundled term no list shares. */
export const NO_SLOT = -1;

/**
 * A page's matcher in the making: the bundled dictionary, then the reader's terms as the
 * background's index finds them in the page's text (watch-index.ts), a part at a time while the
 * page reads on; made once the page asks (compile), in the background, and loaded by the page as
 * it is: the page never compiles it.
 */
export class PageDraft {
  /** Made at the first term named: most pages name none, and cost the background nothing more. */
  private growing?: GrowingTables;
  private readonly dictionary: Dictionary;
  private readonly listOf = new Map<string, string>();

  constructor(dictionary: Dictionary) {
    this.dictionary = dictionary;
  }

  private get tables(): GrowingTables {
    this.growing ??= new GrowingTables(this.dictionary.terms);
    return this.growing;
  }

  /** The reader's terms in it. */
  get ids(): Iterable<string> {
    return this.listOf.keys();
  }

  has(id: string): boolean {
    return this.listOf.has(id);
  }

  add(term: IndexedTerm): void {
    if (this.listOf.has(term.id)) return;
    this.listOf.set(term.id, term.listId);
    this.tables.add(term);
  }

  /**
   * The page's matcher. `rank`: the reader's terms' order (the index's), so that two of them
   * with one name resolve alike on every page, whichever the page named first.
   */
  compile(lists: readonly Watchlist[], revision: string, rank?: (id: string) => number): PageMatcher {
    const tables = this.tables.tables(rank);
    const colourOf = new Map(lists.map((list) => [list.id, list.colour]));
    const companions = sharedNames(tables, this.dictionary.terms.length);
    const slotOf = new Map<string, number>([...this.listOf].map(([id, listId]) => [id, colourOf.get(listId) ?? NO_SLOT]));
    // A shared bundled term takes its reader's term's colour: the reader asked to follow it.
    for (const [bundled, own] of companions) if (!slotOf.has(bundled)) slotOf.set(bundled, slotOf.get(own)!);
    return {
      revision,
      matcher: toBase64(serializeMatcher(tables)),
      slots: tables.termIds.map((id) => slotOf.get(id) ?? NO_SLOT),
      companions,
    };
  }
}

/** The page's matcher of the bundled dictionary and these of the reader's terms, in this order. */
export function compilePageMatcher(dictionary: Dictionary, lists: readonly Watchlist[], terms: readonly IndexedTerm[], revision: string): PageMatcher {
  const draft = new PageDraft(dictionary);
  for (const term of terms) draft.add(term);
  return draft.compile(lists, revision);
}

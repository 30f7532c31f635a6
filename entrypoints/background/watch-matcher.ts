import type { LensDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { deserializeMatcher, serializeMatcher } from '../../lib/match/compiled';
import type { PageMatcher } from '../../lib/watchlists/page-matcher-reply';
import type { Watchlist } from '../../lib/db/watchlists-schema';
import { pageMatcher } from '../../lib/watchlists/page-matcher';
import { PageReadings } from '../../lib/watchlists/page-readings';
import { checkedWatchlists, enabledTerms, enabledTermsById } from '../../lib/watchlists/store';
import { CachedIndex, cachedRevision } from '../../lib/db/watch-cache';
import { dictionaryStamp, indexedTerm, WatchIndex } from '../../lib/watchlists/watch-index';
import { loadWatchState, saveWatchState } from '../../utils/watch-state';

/** Terms changed since the last compile beyond which compiling everything again is the cheaper way. */
const MOST_CHANGES = 2_000;

/**
 * The reader's enabled lists as the background holds them: an index compiled once per change
 * of the lists (kept in memory while the background lives, and in the database for when it
 * restarts), which tells a page which of the reader's terms it names, and a matcher cut out of
 * it for that page, of the bundled terms and those alone. A page never compiles, and never
 * loads more of the lists than it names.
 */
export class WatchMatcher {
  private index?: Promise<WatchIndex | null>;
  private lists?: Promise<{ revision: string; lists: Watchlist[] }>;
  private readonly readings = new PageReadings();
  private stamp?: string;
  /** The revision the index was compiled at (none matches '': its changes would not be read back). */
  private compiledAs = '';
  /** The namings asked for so far, settled. */
  private namings: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: LensDatabase) {}

  /** The reader's enabled terms that `text` names, kept for its reading (see PageReadings). */
  named(text: string, reading: string): Promise<void> {
    // One after another, so that a request for the matcher finds every part sent before it named.
    const naming = this.namings
      .then(() => this.current())
      .then((index) => {
        if (index) this.readings.add(reading, index.named(text));
      });
    this.namings = naming.catch(() => undefined);
    return naming;
  }

  /** The reader's enabled terms whose names `text` holds (for a card's namesakes). */
  async termsNamedIn(text: string): Promise<Set<string>> {
    const index = await this.current();
    return index ? index.named(text) : new Set();
  }

  /**
   * A page's matcher: the bundled terms, the reader's terms the page has (`known`) and those its
   * reading named (still in an enabled list), its last part (`text`) included; null when the
   * reading named none beyond `known`.
   */
  async pageMatcher(known: readonly string[], reading: string, text?: string): Promise<PageMatcher | null> {
    if (text) void this.named(text, reading).catch(() => undefined);
    // The parts of the reading that arrived before this request, and its last, are all named first.
    const [{ revision, lists }, index] = await Promise.all([this.listsNow(), this.current(), this.namings]);
    const named = this.readings.take(reading);
    const knownIds = new Set(known);
    if (!index || ![...named].some((id) => !knownIds.has(id))) return null;
    for (const id of known) named.add(id);
    return pageMatcher(index.pageTables(named), bundledDictionary.terms.length, (id) => index.listOf(id), lists, revision);
  }

  /**
   * The lists changed: take it in (only `termIds` changed: at once; otherwise compile every
   * list again), then tell every tab, which asks again.
   */
  async changed(termIds?: readonly string[]): Promise<void> {
    try {
      const index = termIds && (await this.current());
      if (index && index.changedIds.length + termIds.length <= MOST_CHANGES) return await this.takeIn(index, termIds);
      const revision = crypto.randomUUID();
      this.index = this.compile(revision);
      await saveWatchState({ revision, active: (await this.index) !== null });
    } finally {
      // Read again once the change is in (a page that asked meanwhile read the lists as they were).
      this.lists = undefined;
    }
  }

  /** The lists (their colours) and their revision: read once per change, not once per page. */
  private listsNow(): Promise<{ revision: string; lists: Watchlist[] }> {
    this.lists ??= Promise.all([loadWatchState(), checkedWatchlists(this.db)]).then(([{ revision }, lists]) => ({ revision, lists }));
    this.lists.catch(() => (this.lists = undefined));
    return this.lists;
  }

  private current(): Promise<WatchIndex | null> {
    this.index ??= this.cachedOrCompiled();
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  private async takeIn(index: WatchIndex, termIds: readonly string[]): Promise<void> {
    await this.applyChanges(index, termIds);
    const revision = crypto.randomUUID();
    await this.db.watchCache.put({ key: 'changes', base: this.compiledAs, revision, changedIds: index.changedIds });
    await saveWatchState({ revision, active: true });
  }

  /** These terms as they are now in the database: in an enabled list, or gone. */
  private async applyChanges(index: WatchIndex, termIds: readonly string[]): Promise<void> {
    const terms = await enabledTermsById(this.db, termIds);
    for (const id of termIds) {
      const term = terms.get(id);
      index.change(id, term ? indexedTerm(term) : null);
    }
  }

  private async cachedOrCompiled(): Promise<WatchIndex | null> {
    const { revision, active } = await loadWatchState();
    if (!active) return null;
    const [stored, changes] = await this.db.watchCache.bulkGet(['current', 'changes']);
    const cached = CachedIndex.safeParse(stored);
    if (!cached.success || cached.data.dictionary !== this.dictionaryStamp()) return this.compile(revision);
    const latest = cachedRevision(cached.data, changes);
    if (latest.revision !== revision) return this.compile(revision);
    let index: WatchIndex;
    try {
      const { bytes, terms, lists } = cached.data;
      index = new WatchIndex(bundledDictionary, deserializeMatcher(bytes), terms.split('\n'), lists.split('\n'));
    } catch {
      // Bytes of an earlier version of the extension (or damaged): compiled again.
      return this.compile(revision);
    }
    this.compiledAs = cached.data.revision;
    await this.applyChanges(index, latest.changedIds);
    return index;
  }

  /** The bundled terms' stamp: an index cached by another version of the extension is compiled again. */
  private dictionaryStamp(): string {
    this.stamp ??= dictionaryStamp(bundledDictionary);
    return this.stamp;
  }

  private async compile(revision: string): Promise<WatchIndex | null> {
    const { terms } = await enabledTerms(this.db);
    if (terms.length === 0) {
      await this.db.watchCache.bulkDelete(['current', 'changes']);
      return null;
    }
    const index = WatchIndex.of(bundledDictionary, terms);
    const cached: CachedIndex = {
      key: 'current',
      revision,
      bytes: serializeMatcher(index.tables),
      terms: index.termLines,
      lists: index.listLines,
      dictionary: this.dictionaryStamp(),
      changedIds: [],
    };
    await this.db.watchCache.put(cached);
    this.compiledAs = revision;
    return index;
  }
}

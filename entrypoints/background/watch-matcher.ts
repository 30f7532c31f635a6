import type { LensDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { deserializeMatcher, serializeMatcher } from '../../lib/match/compiled';
import type { MatchPageText, PageMatcher } from '../../lib/messages';
import { compilePageMatcher } from '../../lib/watchlists/page-matcher';
import { enabledTerms, enabledTermsById } from '../../lib/watchlists/store';
import { CachedIndex, WatchIndex } from '../../lib/watchlists/watch-index';
import { loadWatchState, saveWatchState } from '../../utils/watch-state';

/** Terms changed since the last compile beyond which compiling everything again is the cheaper way. */
const MOST_CHANGES = 2_000;

/**
 * The reader's enabled lists as the background holds them: an index compiled once per change
 * of the lists (kept in memory while the background lives, and in the database for when it
 * restarts), which tells a page which of the reader's terms it names, and a matcher made for
 * that page of the bundled terms and those alone. A page never compiles, and never loads more
 * of the lists than it names.
 */
export class WatchMatcher {
  private index?: Promise<WatchIndex | null>;

  constructor(private readonly db: LensDatabase) {}

  /** The matcher for a page that names some of the reader's terms beyond `known`; null when it names none. */
  async matchPage({ text, known }: MatchPageText): Promise<PageMatcher | null> {
    const { revision } = await loadWatchState();
    const index = await this.current();
    const named = index?.named(text);
    const knownIds = new Set(known);
    if (!named || [...named].every((id) => knownIds.has(id))) return null;
    const { lists, terms } = await enabledTermsById(this.db, [...knownIds, ...named]);
    return terms.size === 0 ? null : compilePageMatcher(bundledDictionary, lists, [...terms.values()], revision);
  }

  /**
   * The lists changed: take it in (only `termIds` changed: at once; otherwise compile every
   * list again), then tell every tab, which asks again.
   */
  async changed(termIds?: readonly string[]): Promise<void> {
    const index = termIds && (await this.current());
    if (index && index.changedIds.length + termIds.length <= MOST_CHANGES) return this.takeIn(index, termIds);
    const revision = crypto.randomUUID();
    this.index = this.compile(revision);
    await saveWatchState({ revision, active: (await this.index) !== null });
  }

  private current(): Promise<WatchIndex | null> {
    this.index ??= this.cachedOrCompiled();
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  private async takeIn(index: WatchIndex, termIds: readonly string[]): Promise<void> {
    const { terms } = await enabledTermsById(this.db, termIds);
    for (const id of termIds) index.change(id, terms.get(id) ?? null);
    const revision = crypto.randomUUID();
    await this.db.watchCache.update('current', { revision, changedIds: index.changedIds });
    await saveWatchState({ revision, active: true });
  }

  private async cachedOrCompiled(): Promise<WatchIndex | null> {
    const { revision, active } = await loadWatchState();
    if (!active) return null;
    const cached = CachedIndex.safeParse(await this.db.watchCache.get('current'));
    if (!cached.success || cached.data.revision !== revision) return this.compile(revision);
    const index = new WatchIndex(deserializeMatcher(cached.data.bytes));
    const { terms } = await enabledTermsById(this.db, cached.data.changedIds);
    for (const id of cached.data.changedIds) index.change(id, terms.get(id) ?? null);
    return index;
  }

  private async compile(revision: string): Promise<WatchIndex | null> {
    const { terms } = await enabledTerms(this.db);
    if (terms.length === 0) {
      await this.db.watchCache.delete('current');
      return null;
    }
    const index = WatchIndex.of(terms);
    const cached: CachedIndex = { key: 'current', revision, bytes: serializeMatcher(index.tables), changedIds: [] };
    await this.db.watchCache.put(cached);
    return index;
  }
}

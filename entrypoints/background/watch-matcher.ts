import type { LensDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { compileWatch, type CompiledWatch } from '../../lib/watchlists/matcher-source';
import { enabledTerms } from '../../lib/watchlists/store';
import { loadWatchState, saveWatchState } from '../../utils/watch-state';

/**
 * The matcher of the bundled terms and the reader's enabled lists, compiled here, once per
 * change of the lists, and handed to every page as it is: a page never compiles it. Kept in
 * memory while the background lives, and in the database (watchCache) for when it restarts.
 */
export class WatchMatcher {
  private current?: Promise<CompiledWatch | null>;

  constructor(private readonly db: LensDatabase) {}

  /** The compiled matcher for the lists as they are, or null when no enabled list has terms. */
  get(): Promise<CompiledWatch | null> {
    this.current ??= this.cachedOrCompiled();
    this.current.catch(() => (this.current = undefined));
    return this.current;
  }

  /** The lists changed: compile again, then tell every tab (through the stored state). */
  async changed(): Promise<void> {
    this.current = this.compile(crypto.randomUUID());
    const compiled = await this.current;
    await saveWatchState({ revision: compiled?.revision ?? 'none', active: !!compiled });
  }

  private async cachedOrCompiled(): Promise<CompiledWatch | null> {
    const { revision, active } = await loadWatchState();
    if (!active) return null;
    const cached = await this.db.watchCache.get('current');
    if (cached?.compiled.revision === revision) return cached.compiled;
    return this.compile(revision);
  }

  private async compile(revision: string): Promise<CompiledWatch | null> {
    const { lists, terms } = await enabledTerms(this.db);
    if (terms.length === 0) {
      await this.db.watchCache.delete('current');
      return null;
    }
    const compiled = compileWatch(bundledDictionary, lists, terms, revision);
    await this.db.watchCache.put({ key: 'current', compiled });
    return compiled;
  }
}

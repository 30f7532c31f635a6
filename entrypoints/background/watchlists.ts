import type { LensDatabase } from '../../lib/db/database';
import { highlightsOn } from '../../lib/db/highlights';
import { NEWS_SITE_PATTERNS } from '../../lib/sites';
import type { AddSelectionToWatchlist, AddWatchTermRequest, BackgroundRequest, GetPageMatcher, WatchTermWithList } from '../../lib/messages';
import type { PageMatcherReply } from '../../lib/watchlists/page-matcher-reply';
import { namesakesOf } from '../../lib/watchlists/namesakes';
import type { Watchlist, WatchTerm } from '../../lib/db/watchlists-schema';
import { addWatchTerm, allWatchlists, checkedWatchlists, createWatchlist, deleteWatchTerm, enabledTermsById } from '../../lib/watchlists/store';
import { WatchMatcher } from './watch-matcher';

export const ADD_TO_WATCHLIST_MENU = 'add-to-watchlist';

type WatchRequest = Extract<
  BackgroundRequest,
  { type: 'nameWatchTerms' | 'getPageMatcher' | 'getWatchTerm' | 'getWatchlists' | 'addWatchTerm' | 'removeWatchTerm' | 'watchlistsChanged' | 'openWatchlists' }
>;

export const isWatchRequest = (request: BackgroundRequest): request is WatchRequest =>
  ['nameWatchTerms', 'getPageMatcher', 'getWatchTerm', 'getWatchlists', 'addWatchTerm', 'removeWatchTerm', 'watchlistsChanged', 'openWatchlists'].includes(
    request.type,
  );

/**
 * The background's part in the reader's lists: it compiles the matcher, answers the pages'
 * questions about terms, writes what the add form and the card ask for, and offers
 * "Add to watchlist…" on selected text.
 */
export class WatchlistsHub {
  readonly matcher: WatchMatcher;

  constructor(private readonly db: LensDatabase) {
    this.matcher = new WatchMatcher(db);
  }

  /** Async, so that what it answers is a native promise (Dexie's own are not taken as answers). */
  async handle(request: WatchRequest): Promise<unknown> {
    switch (request.type) {
      case 'nameWatchTerms':
        return this.matcher.named(request.text, request.reading);
      case 'getPageMatcher':
        return this.pageMatcher(request);
      case 'getWatchTerm':
        return this.termWithList(request.id, request.text);
      case 'getWatchlists':
        return allWatchlists(this.db);
      case 'addWatchTerm':
        return this.add(request);
      case 'removeWatchTerm':
        return this.changing(deleteWatchTerm(this.db, request.id));
      case 'watchlistsChanged':
        return this.matcher.changed(request.termIds);
      case 'openWatchlists': {
        const hash = request.termId ? `#term=${request.termId}` : '';
        return browser.tabs.create({ url: browser.runtime.getURL(`/watchlists.html${hash}`) });
      }
    }
  }

  /**
   * A page's matcher, and with the page's address, whether the reader saved passages of it
   * (only the valid ones count, as for painting them): a page with no term asks both at once.
   */
  private async pageMatcher({ known, reading, text, url }: GetPageMatcher): Promise<PageMatcherReply> {
    const [matcher, saved] = await Promise.all([
      this.matcher.pageMatcher(known, reading, text),
      url === undefined ? undefined : highlightsOn(this.db, url).then(({ valid }) => valid.length > 0),
    ]);
    return { matcher, ...(saved !== undefined && { saved }) };
  }

  /** A reader's term with its list, and, for the name the card was opened on, its namesakes in enabled lists. */
  private async termWithList(id: string, text?: string): Promise<WatchTermWithList | null> {
    const term = await this.db.watchTerms.get(id);
    const list = term && (await this.db.watchlists.get(term.listId));
    if (!term || !list) return null;
    return { term, list, namesakes: text ? await this.namesakes(term, text) : [] };
  }

  private async namesakes(term: WatchTerm, text: string): Promise<NonNullable<WatchTermWithList['namesakes']>> {
    const named = [...(await this.matcher.termsNamedIn(text))].filter((id) => id !== term.id);
    if (named.length === 0) return [];
    const [terms, lists] = await Promise.all([enabledTermsById(this.db, named), checkedWatchlists(this.db)]);
    const listOf = new Map(lists.map((one) => [one.id, one]));
    return namesakesOf(term.id, text, terms.values())
      .slice(0, 100)
      .flatMap((namesake) => (listOf.has(namesake.listId) ? [{ term: namesake, list: listOf.get(namesake.listId)! }] : []));
  }

  private async add(request: AddWatchTermRequest): Promise<WatchTerm> {
    const list: Watchlist | undefined = request.listId
      ? await this.db.watchlists.get(request.listId)
      : await createWatchlist(this.db, request.newListName ?? 'My terms');
    if (!list) throw new Error('That watchlist no longer exists.');
    const { label, aliases, note } = request;
    return this.changing(addWatchTerm(this.db, { listId: list.id, label, aliases, note }));
  }

  /** A write of one term, then the matcher told and every tab with it, before the answer. */
  private async changing<T extends WatchTerm | undefined>(write: Promise<T>): Promise<T> {
    const result = await write;
    if (result) await this.matcher.changed([result.id]);
    return result;
  }
}

export function createWatchlistMenu(): void {
  browser.contextMenus.create({
    id: ADD_TO_WATCHLIST_MENU,
    title: 'Add to watchlist…',
    contexts: ['selection'],
    documentUrlPatterns: NEWS_SITE_PATTERNS,
  });
}

export function addSelectionFromMenu(tabId: number, frameId: number): void {
  const message: AddSelectionToWatchlist = { type: 'addSelectionToWatchlist' };
  void browser.tabs.sendMessage(tabId, message, { frameId });
}

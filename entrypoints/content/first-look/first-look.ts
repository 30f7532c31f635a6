import type { PageHighlightsRequest } from '../../../lib/messages';
import { changeHoldsTerm, holdsTerm, readArticle, readChanges } from '../../../lib/page/first-term';
import { supportsHighlights } from '../../../lib/page/highlights';
import { later } from '../../../lib/scheduling/timers';
import { START_MARK, mark, measure } from '../../../lib/page/timing';
import { WalkAhead } from '../../../lib/page/walk-ahead';
import { holdsSavedPassages } from '../../../lib/saved-pages';
import { normalizeUrl } from '../../../lib/url';
import type { StoredWatchState } from '../../../lib/watchlists/lean-read';
import { extensionApi } from '../../../utils/extension-api';
import { whenOrphaned } from '../../../utils/orphan';
import { isAddToWatchlistKey, isPageShortcut } from './keyboard';
import { NamedTerms, bundledDetector, type MatcherSource } from './load-matcher';
import type { PageNaming, Reader } from '../reader/reader';
import { loadReader } from './reader-script';
import { followStoredState } from './stored-state';

/** How long changes to a live page gather before the first look reads them (one pass per window). */
const CHANGE_WINDOW_MS = 200;

/** How long changes to a live page gather before the reader's terms are looked for in them. */
const READERS_TERMS_WINDOW_MS = 1000;

/**
 * What runs on every page: read the settings (one storage read, with the lists' state and the
 * record of saved pages), look for any term, and stop. Most pages hold none, and pay for
 * nothing else: no message. The reader (annotation, hover, cards, saved
 * highlights, the keyboard, live changes) is loaded once the page holds a term or a passage the
 * reader saved, once text holding a term arrives later, or once the reader acts: a request from
 * the popup, a page shortcut.
 *
 * With the reader's lists on, the page's text is read once (by the walk for the reader's first
 * read, when the page holds a bundled term) and sent to the background, which answers with a
 * matcher of the bundled terms and those of the reader's terms the page names (or nothing): the
 * page never holds the lists.
 */
export function firstLook(): void {
  let reader: Promise<Reader> | undefined;
  let watching: MutationObserver | undefined;
  /** The page's matcher with the reader's terms it names; undefined: the bundled terms alone. */
  let matcher: MatcherSource | undefined;
  let lists: StoredWatchState | undefined;
  /** Whether the settings let this page be read. */
  let reads = false;
  /** The record of the pages with saved passages (lib/saved-pages.ts), as stored. */
  let savedPages: unknown;

  /**
   * Starts the reader. `naming`: starts the walk that finds the reader's terms the page names,
   * while the reader's code loads.
   */
  const wake = (naming?: () => PageNaming): Promise<Reader> => {
    watching?.disconnect();
    // Asked only now, not on every page: the first use of the API costs a page a moment.
    if (!supportsHighlights()) return (reader ??= unsupported());
    if (!reader) {
      const walk = naming?.();
      reader = loadReader().then((start) => start(matcher, walk));
    }
    return reader;
  };

  /** The page's terms from now on; the reader, once loaded, reads the page again with them. */
  const use = (next: MatcherSource | undefined) => {
    if (next === matcher) return;
    matcher = next;
    if (reader) void reader.then((ready) => ready.use(next));
  };

  /**
   * The page's matcher with the reader's terms `named` beyond `known`, or null when there are
   * none; undefined when the lists changed meanwhile (the change asks for itself).
   */
  const readersTerms = async (named: NamedTerms, known: readonly string[], revision = lists?.revision) => {
    const found = await named.matcher(known);
    return lists?.revision === revision ? found : undefined;
  };
  /**
   * The page walked for the reader's first read (it starts at once, while the reader's code
   * loads), its text named as it goes; the reader reads the page with the terms named.
   */
  const namingByReader = (body: HTMLElement): PageNaming => {
    const named = new NamedTerms();
    const revision = lists?.revision;
    const walk = new WalkAhead(body, { onText: (text) => named.add(text) });
    // Asked at the walk's end, whether or not the reader's code is in yet.
    const terms = walk.walked.then(async () => {
      const found = await readersTerms(named, [], revision);
      mark('sst:matcher-ready');
      if (found) use(found);
      return matcher;
    });
    return { walk, terms };
  };

  const look = async (): Promise<void> => {
    if (reader || watching || !lists || !reads) return;
    if (!document.body) return;
    const detector = bundledDetector();
    watching = watchChanges(document.body, CHANGE_WINDOW_MS, async (nodes) => {
      for (const node of nodes) if (await changeHoldsTerm(node, detector)) return void wake();
    });
    // A page the reader saved passages of is painted, term or no term; the record says which.
    // With lists on, the reader names its terms as it reads it, as on a page with a bundled term.
    const savedHere = holdsSavedPassages(savedPages, location.href);
    if (savedHere) return void wake(lists.active ? () => namingByReader(document.body) : undefined);
    if (lists.active) {
      const named = new NamedTerms();
      // A page with a bundled term is read anyway: the reader names its terms as it reads it.
      if (await readArticle(document.body, (text) => named.add(text), detector)) return void wake(() => namingByReader(document.body));
      // One question, not two: the reader's terms the text names, and (with no record to
      // say) whether the reader saved passages of the page.
      const { revision } = lists;
      const { source, saved } = await named.answer([], savedHere === undefined ? pageUrl() : undefined);
      mark('sst:matcher-ready');
      // A matcher of lists that changed meanwhile is not used: the change looks again.
      if (source && lists?.revision === revision) {
        use(source);
        return void wake();
      }
      if (saved) return void wake();
    } else {
      const saved = savedHere === undefined ? holdsSavedHighlights() : false;
      if ((await holdsTerm(document.body, detector)) || (await saved)) return void wake();
    }
    measure('sst:first-look', START_MARK);
    // For the benchmark and the tests: the page is read (here, and found to hold no term).
    measure('sst:annotate', START_MARK);
  };

  const stop = () => {
    watching?.disconnect();
    watching = undefined;
  };
  /** Looks again, with other terms or settings. */
  const lookAgain = () => {
    stop();
    void look();
  };

  /** The lists changed while the reader runs: the page's text is asked about again, with no terms known. */
  const askAgain = async ({ active }: StoredWatchState) => {
    if (!active || !document.body) return use(undefined);
    const named = new NamedTerms();
    await readArticle(document.body, (text) => named.add(text));
    const found = await readersTerms(named, []);
    if (found !== undefined) use(found ?? undefined);
  };

  // Text a live page adds later may name the reader's terms: it is asked about as it comes.
  let newText: MutationObserver | undefined;
  const followNewText = (active: boolean) => {
    if (!active || !document.body) {
      newText?.disconnect();
      newText = undefined;
      return;
    }
    newText ??= watchChanges(document.body, READERS_TERMS_WINDOW_MS, async (nodes) => {
      if (!reads) return;
      const named = new NamedTerms();
      await readChanges(nodes, (text) => named.add(text));
      const found = await readersTerms(named, matcher?.readersTerms ?? []);
      if (!found) return;
      use(found);
      if (!reader) void wake();
    });
  };
  followStoredState((state, changed) => {
    reads = state.reads;
    savedPages = state.savedPages;
    if (changed.has('lists')) {
      lists = state.lists;
      followNewText(lists.active);
      if (reader) void askAgain(lists);
      else matcher = undefined;
    }
    // Once the reader runs it follows the settings itself; until then, switching the extension
    // on or resuming this site makes the first look look.
    if (reader) return;
    if (changed.has('lists')) lookAgain();
    else if (changed.has('reads')) {
      if (reads) void look();
      else stop();
    }
  });

  extensionApi.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== extensionApi.runtime.id) return undefined;
    return wake().then((ready) => ready.answer(message));
  });
  // Ends when the extension is gone (updated, reloaded); the reader, once loaded, has its own.
  const lifetime = new AbortController();
  window.addEventListener(
    'keydown',
    (event) => {
      // A page can dispatch any key it likes: only the reader's own keys wake the reader.
      if (reader || !event.isTrusted || !(isPageShortcut(event) || isAddToWatchlistKey(event))) return;
      event.preventDefault();
      event.stopPropagation();
      void wake().then((ready) => ready.handleKey(event));
    },
    { capture: true, signal: lifetime.signal },
  );
  whenOrphaned(() => {
    lifetime.abort();
    followNewText(false);
    stop();
  });
}

/** The reader of a browser that cannot paint highlights: never loaded. */
function unsupported(): Promise<Reader> {
  const never = Promise.reject(new Error('This browser cannot paint highlights (the CSS Custom Highlight API)'));
  never.catch(() => {});
  return never;
}

/** This page's address as saved highlights are kept under. */
const pageUrl = () => normalizeUrl(location.href);

/** Has the reader saved a passage of this page (to paint it again, term or no term)? */
async function holdsSavedHighlights(): Promise<boolean> {
  const request: PageHighlightsRequest = { type: 'getPageHighlights', url: pageUrl() };
  try {
    // Parsed by the reader when it loads them; here only whether there are any matters.
    const reply: unknown = await extensionApi.runtime.sendMessage(request);
    return Array.isArray(reply) && reply.length > 0;
  } catch {
    return false;
  }
}

/**
 * New and changed text of a live page, gathered for a moment and then handed over (only what
 * changed), so that a page updating itself every few milliseconds costs one small pass per
 * window.
 */
function watchChanges(root: Node, windowMs: number, read: (nodes: Node[]) => Promise<void>): MutationObserver {
  const changed = new Set<Node>();
  let pending = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      else for (const node of record.addedNodes) changed.add(node);
    }
    if (pending) return;
    pending = true;
    later(windowMs, () => {
      pending = false;
      const nodes = [...changed];
      changed.clear();
      void read(nodes);
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return observer;
}

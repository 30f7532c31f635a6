import type { Matcher } from '../../lib/match/matcher';
import type { PageHighlightsRequest } from '../../lib/messages';
import { changeHoldsTerm, holdsTerm } from '../../lib/page/first-term';
import { START_MARK, mark, measure } from '../../lib/page/timing';
import { readsPageStored } from '../../lib/reading-switch';
import { normalizeUrl } from '../../lib/url';
import { whenOrphaned } from '../../utils/orphan';
import { isAddToWatchlistKey, isPageShortcut } from './keyboard';
import type { Reader } from './reader';
import { loadReader } from './reader-script';
import type { TermSource } from './term-matcher';
import { followTermSource } from './term-source';

/** How long changes to a live page gather before the first look reads them (one pass per window). */
const CHANGE_WINDOW_MS = 200;

/**
 * What runs on every page: read the settings, look for any term, and stop. Most pages hold
 * none, and pay for nothing else. The reader (annotation, hover, cards, saved highlights, the
 * keyboard, live changes) is loaded once the page holds a term, once text holding one arrives
 * later, or once the reader acts: a request from the popup, a page shortcut.
 */
export function firstLook(): void {
  let reader: Promise<Reader> | undefined;
  let watching: MutationObserver | undefined;
  let source: TermSource | undefined;
  /** Whether the settings let this page be read. */
  let reads = false;

  const wake = (): Promise<Reader> => {
    watching?.disconnect();
    reader ??= Promise.all([loadReader(), sourceLoaded]).then(([start]) => start(source!));
    return reader;
  };

  const look = async (): Promise<void> => {
    if (reader || watching || !source || !reads) return;
    if (!document.body) return;
    const { allTerms } = source;
    watching = watchChanges(allTerms, () => void wake());
    const saved = holdsSavedHighlights();
    if (await holdsTerm(document.body, allTerms)) return void wake();
    if (await saved) return void wake();
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

  // The bundled terms, and the reader's lists when some are enabled: at start and at each change
  // of the lists, which the reader, once loaded, takes over.
  const sourceLoaded = followTermSource((next) => {
    source = next;
    if (reader) void reader.then((ready) => ready.use(next));
    else lookAgain();
  }).then(() => mark('sst:matcher-ready'));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
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
    stop();
  });

  // Once the reader runs it follows the settings itself; until then, switching the extension on
  // or resuming this site makes the first look look.
  browser.storage.onChanged.addListener((changes, area) => {
    if (reader || area !== 'local' || !('settings' in changes)) return;
    reads = readsPageStored(changes.settings!.newValue, location.href);
    if (reads) void look();
    else stop();
  });
  void browser.storage.local.get('settings').then(({ settings }) => {
    reads = readsPageStored(settings, location.href);
    return look();
  });
}

/** Has the reader saved a passage of this page (to paint it again, term or no term)? */
async function holdsSavedHighlights(): Promise<boolean> {
  const request: PageHighlightsRequest = { type: 'getPageHighlights', url: normalizeUrl(location.href) };
  try {
    // Parsed by the reader when it loads them; here only whether there are any matters.
    const reply: unknown = await browser.runtime.sendMessage(request);
    return Array.isArray(reply) && reply.length > 0;
  } catch {
    return false;
  }
}

/**
 * A live page with no term yet: new and changed text is gathered for a moment and then read
 * (only what changed, by the same rules), so that a page updating itself every few
 * milliseconds costs one small pass per window.
 */
function watchChanges(matcher: Matcher, found: () => void): MutationObserver {
  const changed = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = async () => {
    timer = undefined;
    const nodes = [...changed];
    changed.clear();
    for (const node of nodes) {
      if (await changeHoldsTerm(node, matcher)) return found();
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') changed.add(record.target);
      else for (const node of record.addedNodes) changed.add(node);
    }
    timer ??= setTimeout(read, CHANGE_WINDOW_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return observer;
}

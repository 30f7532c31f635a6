import type { PageMatches, SavedStatus } from '../../../lib/messages';
import type { Occurrence } from '../../../lib/page/annotator';
import { HIGHLIGHT_NAMES, highlightLayer, removeLayers } from '../../../lib/page/highlights';
import { PrivateOverlay } from '../../../lib/page/overlay/overlay';
import { START_MARK, afterNextPaint, mark, measure } from '../../../lib/page/timing';
import type { WalkAhead } from '../../../lib/page/walk-ahead';
import { DEFAULT_SETTINGS, readsPage, remembersSightings, type Settings } from '../../../lib/settings';
import { RUNNING_FLAG } from '../../../utils/running-flag';
import { whenOrphaned } from '../../../utils/orphan';
import { followSettings } from '../../../utils/settings-store';
import { CardHost, type CardRequest } from './card-host';
import { ReaderCorrections } from './corrections';
import { wirePointer } from './hover-wiring';
import { TermNavigator, scrollToRange, wireKeyboard } from '../first-look/keyboard';
import { countReporter, requestAnswerer } from './messaging';
import { PageSession } from './page-session';
import { SavedHighlights } from './saved-highlights';
import { SightingsReporter, askSeenElsewhere, openTermPage } from './sightings';
import type { MatcherSource } from '../first-look/load-matcher';
import { termSource } from './term-source';
import { watchPart, wireAddToWatchlist } from './watch-terms';

/** What the first look hands over to once the page holds a term, or the reader acts. */
export interface Reader {
  /** Answers a request from the popup, the background or a test (parsed here). */
  answer(message: unknown): Promise<unknown>;
  /** Acts on a key the first look saw before the reader was loaded; true when it was ours. */
  handleKey(event: KeyboardEvent): boolean;
  /** The reader's lists changed: the page is read again with this matcher (undefined: the bundled terms'). */
  use(matcher: MatcherSource | undefined): void;
}

/**
 * The reader's terms a page names (lists on), found as the page is walked for its first read:
 * the walk hands its text over a part at a time, and the page's terms are asked for once it ends.
 */
export interface PageNaming {
  walk: WalkAhead;
  /** The page's matcher with the reader's terms it names (undefined: the bundled terms'). */
  terms: Promise<MatcherSource | undefined>;
}

/**
 * Everything but the first look: the page annotated and kept in step with the settings and
 * with its own changes, hover and cards, the keyboard, saved highlights, corrections, sightings,
 * the popup's requests. Built apart as page-reader.js (entrypoints/page-reader.ts) and loaded
 * by the first look.
 */
export function startReader(matcher: MatcherSource | undefined, naming?: PageNaming): Reader {
  const source = termSource(matcher);
  // Ends when the extension is gone (updated, reloaded): every listener is added with its signal.
  const lifetime = new AbortController();
  const { signal } = lifetime;
  let settings: Settings = DEFAULT_SETTINGS;
  // What is the reader's own is drawn where the page cannot read it, from now on whether or not
  // anything is (lib/page/overlay/overlay.ts).
  const overlay = new PrivateOverlay();
  // The tests and the benchmark read the names, and what the overlay marks, here: in the
  // extension's isolated world (which the page cannot see), through the DevTools protocol.
  Object.assign(globalThis, { [RUNNING_FLAG]: { names: HIGHLIGHT_NAMES, marked: () => overlay.describe() } });
  const reportCount = countReporter(() => settings.badge);
  const saved = new SavedHighlights(overlay.layer('saved'));
  const terms = highlightLayer();
  const session = new PageSession(
    source,
    terms,
    overlay,
    saved,
    (annotator) => {
      reportCount(annotator);
      sightings.pageChanged();
    },
    naming?.walk,
  );
  const { annotator } = session;
  const corrections = new ReaderCorrections(annotator);
  // Fetched while the settings are read; the page is read once both are in, so that what the
  // reader said is not a term is never painted. So are the page's terms, when the first look is
  // still finding the reader's: the page is read once, with them.
  const correctionsLoaded: Promise<unknown> = Promise.all([corrections.load(), naming?.terms.then((terms) => session.use(termSource(terms)))]);
  let applied = correctionsLoaded;
  // Settings apply at once in every open tab: each change in storage reaches this callback.
  const loaded = followSettings((next) => {
    settings = next;
    if (!readsPage(next, location.href)) cards.close();
    applied = correctionsLoaded.then(() => {
      session.apply(next);
      reportCount(annotator, true);
    });
  })
    .then(() => applied)
    .then(() => {
      mark('sst:matcher-ready');
      return session.settled().then(() => {
        measure('sst:annotate', START_MARK);
        sightings.start();
      });
    })
    .catch((error) => console.warn('State Security Lens: the page was not read', error));
  // Answers wait for the settings, then for the page to be read as they say.
  const settled = () => loaded.then(() => session.settled());
  const sightings = new SightingsReporter(annotator, () => remembersSightings(settings, location.href), settled);
  const savedReady = () => loaded.then(() => session.savedReady());

  const active = overlay.layer('active');
  /** The card the pointer asks for: about that occurrence, which it can save. */
  const cardFor = (occurrence: Occurrence): CardRequest => ({
    termId: occurrence.termId,
    anchor: occurrence.range,
    focus: false,
    saveable: true,
    text: occurrence.text,
    reason: annotator.reasonOf(occurrence),
  });
  const open = (occurrence: Occurrence) => {
    // For the benchmark: from the end of the hover delay to the card on screen.
    const opened = performance.now();
    active.set([occurrence.range]);
    void cards.show(cardFor(occurrence)).then(() => afterNextPaint(() => measure('sst:card', opened)));
  };
  // "Off until hovered": the term under the pointer is painted, and only while it is there.
  const hovered = overlay.layer('hovered');
  const under = (occurrence: Occurrence | undefined) => {
    hovered.set(occurrence && settings.highlightStyle === 'hover' ? [occurrence.range] : []);
    // The card's code loads while the hover delay runs, the first time a term is pointed at.
    if (occurrence) cards.prepare(cardFor(occurrence));
  };
  const hover = wirePointer({ annotator, cards: () => cards, settings: () => settings, open, under, signal });
  const cards: CardHost = new CardHost({
    countOf: (termId) => annotator.shown().filter((o) => o.termId === termId).length,
    isSaved: (anchor) => saved.isSaved(anchor),
    save: (anchor, termId, note) => saved.save(anchor, termId, note),
    notThis: async (anchor, scope) => {
      const occurrence = annotator.occurrenceWithRange(anchor);
      if (!occurrence) return;
      cards.close();
      await corrections.add(occurrence, scope);
    },
    seenElsewhere: askSeenElsewhere,
    openTermPage,
    onPointerInside: (inside) => (inside ? hover.enterCard() : hover.leaveCard()),
    onClosed: () => {
      active.set([]);
      hover.reset();
    },
    companionsOf: (termId) => session.termSource.matcher.companionsOf(termId),
    watchPart: (termId, text) => watchPart(termId, text, () => cards.close()),
    uiRoot: () => overlay.uiRoot(),
  });
  const navigator = new TermNavigator(annotator, cards, active);

  /** The term a selection is, when it covers exactly one occurrence. */
  const termOf = (range: Range) => {
    const text = range.toString().trim();
    // By text first: only the few occurrences of that text are located in the DOM.
    return annotator.shown().find((o) => o.text === text && range.intersectsNode(o.nodes[0]!))?.termId;
  };

  const saveSelection = async () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed) throw new Error('Select some text of the page to save it.');
    const range = selection.getRangeAt(0);
    return saved.save(range, termOf(range), '');
  };
  /** The keyboard's and the menu's save: the reader sees how it went, on the page. */
  const saveSelectionAndTell = () =>
    saveSelection().then(
      (highlight) => {
        cards.notify('Saved to your highlights.');
        return highlight;
      },
      (error: Error) => {
        cards.notify(`Could not save: ${error.message}`, true);
        throw error;
      },
    );

  const answer = requestAnswerer({
    getPageMatches: async (): Promise<PageMatches> => {
      await settled();
      return {
        url: location.href,
        title: document.title,
        matches: annotator.occurrences().map(({ termId, text }) => ({ termId, text })),
      };
    },
    revealTerm: async ({ termId }) => {
      await settled();
      const first = annotator.occurrences().find((o) => o.termId === termId);
      if (first) navigator.reveal(first, false);
      return !!first;
    },
    revealHighlight: async ({ id }) => {
      await savedReady();
      const range = saved.rangeOf(id);
      if (range) {
        scrollToRange(range);
        active.set([range]);
      }
      return !!range;
    },
    saveSelection: saveSelectionAndTell,
    getSavedStatus: async (): Promise<SavedStatus> => {
      await savedReady();
      return { missing: saved.missing() };
    },
    // Not painted again on a paused page.
    savedHighlightsChanged: () => (readsPage(settings, location.href) ? saved.load() : undefined),
    addSelectionToWatchlist: () => addToWatchlist.open(),
    forgetSightings: () => sightings.forget(),
  });
  const addToWatchlist = wireAddToWatchlist(signal);
  const handleKeyboard = wireKeyboard(
    navigator,
    cards,
    () => {
      saveSelectionAndTell().catch(() => {
        // Shown to the reader already.
      });
    },
    signal,
  );
  // An orphan (the extension was updated or reloaded) leaves the page as it found it, quietly;
  // the new version's script, brought in by the background, takes over.
  whenOrphaned(() => {
    lifetime.abort();
    session.stop();
    cards.remove();
    removeLayers([terms]);
    overlay.remove();
    Reflect.deleteProperty(globalThis, RUNNING_FLAG);
  });
  return {
    answer,
    handleKey: (event) => addToWatchlist.handleKey(event) || handleKeyboard(event),
    use: (next) => {
      cards.close();
      session.use(termSource(next));
    },
  };
}

import type { PageMatches, SavedStatus } from '../../lib/messages';
import type { Occurrence } from '../../lib/page/annotator';
import {
  ACTIVE_HIGHLIGHT,
  HOVERED_HIGHLIGHT,
  SAVED_HIGHLIGHT,
  TERM_HIGHLIGHT,
  highlightLayer,
} from '../../lib/page/highlights';
import { START_MARK, afterNextPaint, measure } from '../../lib/page/timing';
import { DEFAULT_SETTINGS, readsPage, type Settings } from '../../lib/settings';
import { followSettings } from '../../utils/settings-store';
import { CardHost, type CardRequest } from './card-host';
import { wirePointer } from './hover-wiring';
import { TermNavigator, scrollToRange, wireKeyboard } from './keyboard';
import { countReporter, requestAnswerer } from './messaging';
import { PageSession } from './page-session';
import { SavedHighlights } from './saved-highlights';
import type { TermSource } from './term-matcher';

/** What the first look hands over to once the page holds a term, or the reader acts. */
export interface Reader {
  /** Answers a request from the popup, the background or a test (parsed here). */
  answer(message: unknown): Promise<unknown>;
  /** Acts on a key the first look saw before the reader was loaded; true when it was ours. */
  handleKey(event: KeyboardEvent): boolean;
}

/**
 * Everything but the first look: the page annotated and kept in step with the settings and
 * with its own changes, hover and cards, the keyboard, saved highlights, the popup's requests.
 * Built apart as page-reader.js (entrypoints/page-reader.ts) and loaded by the first look.
 */
export function startReader(source: TermSource): Reader {
  let settings: Settings = DEFAULT_SETTINGS;
  const reportCount = countReporter(() => settings.badge);
  const saved = new SavedHighlights(highlightLayer(SAVED_HIGHLIGHT, 1));
  const session = new PageSession(source, highlightLayer(TERM_HIGHLIGHT), saved, reportCount);
  const { annotator } = session;
  // Settings apply at once in every open tab: each change in storage reaches this callback.
  const loaded = followSettings((next) => {
    settings = next;
    if (!readsPage(next, location.href)) cards.close();
    session.apply(next);
    reportCount(annotator, true);
  }).then(() => {
    void session.settled().then(() => measure('sst:annotate', START_MARK));
  });
  // Answers wait for the settings, then for the page to be read as they say.
  const settled = () => loaded.then(() => session.settled());
  const savedReady = () => loaded.then(() => session.savedReady());

  const active = highlightLayer(ACTIVE_HIGHLIGHT, 2);
  /** The card the pointer asks for: about that occurrence, which it can save. */
  const cardFor = (occurrence: Occurrence): CardRequest => ({
    termId: occurrence.termId,
    anchor: occurrence.range,
    focus: false,
    saveable: true,
  });
  const open = (occurrence: Occurrence) => {
    // For the benchmark: from the end of the hover delay to the card on screen.
    const opened = performance.now();
    active.set([occurrence.range]);
    void cards.show(cardFor(occurrence)).then(() => afterNextPaint(() => measure('sst:card', opened)));
  };
  // "Off until hovered": the term under the pointer is painted, and only while it is there.
  const hovered = highlightLayer(HOVERED_HIGHLIGHT, 1);
  const under = (occurrence: Occurrence | undefined) => {
    hovered.set(occurrence && settings.highlightStyle === 'hover' ? [occurrence.range] : []);
    // The card's code loads while the hover delay runs, the first time a term is pointed at.
    if (occurrence) cards.prepare(cardFor(occurrence));
  };
  const hover = wirePointer({ annotator, cards: () => cards, settings: () => settings, open, under });
  const cards: CardHost = new CardHost(source.dictionary, {
    countOf: (termId) => annotator.occurrences().filter((o) => o.termId === termId).length,
    isSaved: (anchor) => saved.isSaved(anchor),
    save: (anchor, termId, note) => saved.save(anchor, termId, note),
    onPointerInside: (inside) => (inside ? hover.enterCard() : hover.leaveCard()),
    onClosed: () => {
      active.set([]);
      hover.reset();
    },
  });
  const navigator = new TermNavigator(annotator, cards, active);

  /** The term a selection is, when it covers exactly one occurrence. */
  const termOf = (range: Range) =>
    annotator.occurrences().find(
      (o) => range.intersectsNode(o.nodes[0]!) && range.toString().trim() === o.text,
    )?.termId;

  const saveSelection = async () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed) throw new Error('Select some text of the page to save it.');
    const range = selection.getRangeAt(0);
    return saved.save(range, termOf(range), '');
  };

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
    saveSelection,
    getSavedStatus: async (): Promise<SavedStatus> => {
      await savedReady();
      return { missing: saved.missing() };
    },
    // Not painted again on a paused page.
    savedHighlightsChanged: () => (readsPage(settings, location.href) ? saved.load() : undefined),
  });
  const handleKey = wireKeyboard(navigator, cards, () => {
    saveSelection().catch((error) => console.warn('State Security Lens:', error.message));
  });
  return { answer, handleKey };
}

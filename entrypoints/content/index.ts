import './highlights.css';
import { START_MARK } from './started';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { compileMatcher } from '../../lib/match/matcher';
import type { PageMatches, SavedStatus } from '../../lib/messages';
import { PageAnnotator } from '../../lib/page/annotator';
import { ACTIVE_HIGHLIGHT, SAVED_HIGHLIGHT, TERM_HIGHLIGHT, highlightLayer, supportsHighlights } from '../../lib/page/highlights';
import { annotateLivePage } from '../../lib/page/mutations';
import { measure } from '../../lib/page/timing';
import { NEWS_SITE_PATTERNS } from '../../lib/sites';
import { CardHost } from './card-host';
import { wireHover } from './hover-wiring';
import { TermNavigator, scrollToRange, wireKeyboard } from './keyboard';
import { answerRequests, countReporter } from './messaging';
import { SavedHighlights } from './saved-highlights';

export default defineContentScript({
  matches: NEWS_SITE_PATTERNS,
  cssInjectionMode: 'manifest',
  runAt: 'document_idle',
  main() {
    if (supportsHighlights()) start();
  },
});

function start(): void {
  const matcher = compileMatcher(bundledDictionary);
  performance.mark('sst:matcher-ready');
  const reportCount = countReporter();
  const annotator = new PageAnnotator(matcher, highlightLayer(TERM_HIGHLIGHT), () => reportCount(annotator));
  const live = annotateLivePage(document, annotator);
  live.settled().then(() => measure('sst:annotate', START_MARK));
  const saved = new SavedHighlights(highlightLayer(SAVED_HIGHLIGHT, 1));
  const savedLoaded = live.settled().then(() => saved.load());
  savedLoaded.catch((error) => console.warn('State Security Lens: saved highlights not loaded', error));

  const active = highlightLayer(ACTIVE_HIGHLIGHT, 2);
  const hover = wireHover(annotator, () => cards);
  const cards: CardHost = new CardHost(bundledDictionary, {
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

  answerRequests({
    getPageMatches: async (): Promise<PageMatches> => {
      await live.settled();
      return {
        url: location.href,
        title: document.title,
        matches: annotator.occurrences().map(({ termId, text }) => ({ termId, text })),
      };
    },
    revealTerm: async ({ termId }) => {
      await live.settled();
      const first = annotator.occurrences().find((o) => o.termId === termId);
      if (first) navigator.reveal(first, false);
      return !!first;
    },
    revealHighlight: async ({ id }) => {
      await savedLoaded;
      const range = saved.rangeOf(id);
      if (range) {
        scrollToRange(range);
        active.set([range]);
      }
      return !!range;
    },
    saveSelection,
    getSavedStatus: async (): Promise<SavedStatus> => {
      await savedLoaded;
      return { missing: saved.missing() };
    },
    savedHighlightsChanged: () => saved.load(),
  });
  wireKeyboard(navigator, cards, () => {
    saveSelection().catch((error) => console.warn('State Security Lens:', error.message));
  });
}

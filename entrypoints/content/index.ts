import './highlights.css';
import { bundledDictionary } from '../../lib/dictionary';
import { compileMatcher } from '../../lib/match/matcher';
import { PageAnnotator } from '../../lib/page/annotator';
import { ACTIVE_HIGHLIGHT, TERM_HIGHLIGHT, highlightLayer, supportsHighlights } from '../../lib/page/highlights';
import { annotateLivePage } from '../../lib/page/mutations';
import { NEWS_SITE_PATTERNS } from '../../lib/sites';
import { CardHost } from './card-host';
import { wireHover } from './hover-wiring';
import { wireKeyboard } from './keyboard';
import { answerRequests, countReporter } from './messaging';

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
  const reportCount = countReporter();
  const annotator = new PageAnnotator(matcher, highlightLayer(TERM_HIGHLIGHT), () => reportCount(annotator));
  const live = annotateLivePage(document, annotator);
  answerRequests(annotator, live);

  const active = highlightLayer(ACTIVE_HIGHLIGHT, 1);
  const countOf = (termId: string) => annotator.occurrences().filter((o) => o.termId === termId).length;
  const hover = wireHover(annotator, () => cards);
  const cards: CardHost = new CardHost(bundledDictionary, {
    countOf,
    onPointerInside: (inside) => (inside ? hover.enterCard() : hover.leaveCard()),
    onClosed: () => {
      active.set([]);
      hover.reset();
    },
  });
  wireKeyboard(annotator, cards, active);
}

import type { PageAnnotator } from '../../lib/page/annotator';
import type { HighlightLayer } from '../../lib/page/highlights';
import type { CardHost } from './card-host';
import { nextOccurrence } from './term-navigation';

/** Alt+Shift+N and Alt+Shift+P, read from the physical key so that layouts and macOS agree. */
const NAVIGATION_KEYS: Record<string, 1 | -1> = { KeyN: 1, KeyP: -1 };

const isTyping = (event: KeyboardEvent) => {
  const target = event.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
};

/**
 * Moves between terms from the keyboard: the shortcut scrolls the next term into view, marks
 * it, and opens its card with focus in it, as a dialog; Escape closes the card and gives focus
 * back; a click elsewhere closes it too.
 */
export function wireKeyboard(annotator: PageAnnotator, cards: CardHost, active: HighlightLayer): void {
  let cursor: Range | undefined;

  const move = (direction: 1 | -1) => {
    const list = annotator.occurrences();
    const target = nextOccurrence(list, cursor, direction);
    if (!target) return;
    cursor = target.range;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduceMotion ? 'instant' : 'smooth',
    });
    active.set([target.range]);
    const position = `Term ${list.indexOf(target) + 1} of ${list.length} on this page`;
    cards.show({ termId: target.termId, anchor: target.range, focus: true, position });
  };

  window.addEventListener(
    'keydown',
    (event) => {
      const direction = NAVIGATION_KEYS[event.code];
      if (direction && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && !isTyping(event)) {
        event.preventDefault();
        event.stopPropagation();
        move(direction);
      } else if (event.key === 'Escape' && cards.openTermId) {
        event.preventDefault();
        event.stopPropagation();
        cards.close();
      }
    },
    true,
  );

  window.addEventListener(
    'pointerdown',
    (event) => {
      if (cards.openTermId && !cards.contains(event)) cards.close();
    },
    true,
  );
}

import type { Occurrence, PageAnnotator } from '../../../lib/page/annotator';
import type { PaintLayer } from '../../../lib/page/highlights';
import type { CardHost } from '../reader/card-host';
import { nextOccurrence } from '../reader/term-navigation';

/** Alt+Shift+N, P and S, read from the physical key so that layouts and macOS agree. */
const NAVIGATION_KEYS: Record<string, 1 | -1> = { KeyN: 1, KeyP: -1 };
const SAVE_KEY = 'KeyS';

const isTyping = (event: KeyboardEvent) => {
  const target = event.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
};

const isShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;

/** Scrolls a passage into view, without animation for readers who asked for less motion. */
export function scrollToRange(range: Range): void {
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
}

/**
 * Moving between terms: the next one is scrolled into view, marked, and its card opened (with
 * focus in it when the keyboard asked, as a dialog).
 */
export class TermNavigator {
  private cursor?: Range;

  constructor(
    private readonly annotator: PageAnnotator,
    private readonly cards: CardHost,
    private readonly active: PaintLayer,
  ) {}

  step(direction: 1 | -1): void {
    const target = nextOccurrence(this.annotator.occurrences(), this.cursor, direction);
    if (target) this.reveal(target, true);
  }

  reveal(target: Occurrence, focus: boolean): void {
    const list = this.annotator.occurrences();
    this.cursor = target.range;
    scrollToRange(target.range);
    this.active.set([target.range]);
    const position = `Term ${list.indexOf(target) + 1} of ${list.length} on this page`;
    void this.cards.show({
      termId: target.termId,
      anchor: target.range,
      focus,
      position,
      saveable: true,
      text: target.text,
      reason: this.annotator.reasonOf(target),
    });
  }
}

/**
 * Keyboard shortcuts: Alt+Shift+N/P move between terms, Alt+Shift+S saves the selection,
 * Escape closes the card and gives focus back; a click elsewhere closes it too.
 */
export function wireKeyboard(navigator: TermNavigator, cards: CardHost, saveSelection: () => void, signal: AbortSignal): (event: KeyboardEvent) => boolean {
  const handle = (event: KeyboardEvent): boolean => {
    if (event.key === 'Escape' && cards.openTermId !== undefined) {
      cards.close();
      return true;
    }
    if (!isShortcut(event) || isTyping(event)) return false;
    const direction = NAVIGATION_KEYS[event.code];
    if (direction) navigator.step(direction);
    else if (event.code === SAVE_KEY) saveSelection();
    else return false;
    return true;
  };
  window.addEventListener(
    'keydown',
    (event) => {
      // A page can dispatch any key it likes: only the reader's own keys move, open or save.
      if (!event.isTrusted || !handle(event)) return;
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );

  window.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted && cards.openTermId && !cards.contains(event)) cards.close();
    },
    { capture: true, signal },
  );
  return handle;
}

/**
 * Alt+Shift+W: add the selection to a watchlist (read from the physical key, as the others; not
 * while typing, where it may be a character: Option+Shift+W types „ on a Mac).
 */
export const isAddToWatchlistKey = (event: KeyboardEvent): boolean => isShortcut(event) && !isTyping(event) && event.code === 'KeyW';

/** Is this key one of the page shortcuts (Alt+Shift+N, P or S, not while typing)? */
export const isPageShortcut = (event: KeyboardEvent): boolean =>
  isShortcut(event) && !isTyping(event) && (event.code in NAVIGATION_KEYS || event.code === SAVE_KEY);

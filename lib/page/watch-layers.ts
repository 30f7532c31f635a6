import { WATCH_TERM_ID } from '../dictionary/watch-term-id';
import type { HighlightLayer, PaintLayer, TermLayer } from './highlights';
import { watchRole, type MarkRole } from './overlay/overlay';

/**
 * Term ranges painted by source. A bundled term is public (any copy of the extension finds it
 * on the page alike), so it is always in the bundled terms' Highlight, which the page can read;
 * one a list colours (a bundled term the reader follows) is also drawn in its list's colour in
 * the overlay, over it, so that the Highlight holds exactly what it would with no list. A term of
 * the reader's own lists is drawn in the overlay alone. A range is taken out of the layers it
 * was put in, even after the colours changed.
 */
export class WatchLayers implements TermLayer {
  private readonly paintedIn = new WeakMap<AbstractRange, PaintLayer>();
  private slotOf: (termId: string) => number = () => -1;
  // No parameter properties: lib/ runs under Node's type stripping in the benchmark.
  private readonly bundled: HighlightLayer;
  private readonly overlay: (role: MarkRole) => PaintLayer;

  constructor(bundled: HighlightLayer, overlay: (role: MarkRole) => PaintLayer) {
    this.bundled = bundled;
    this.overlay = overlay;
  }

  /** Which slot each term is painted in (-1: the bundled style), from the next range added. */
  colour(slotOf: (termId: string) => number): void {
    this.slotOf = slotOf;
  }

  add(range: AbstractRange, termId: string): void {
    const readers = WATCH_TERM_ID.test(termId);
    if (!readers) this.bundled.add(range);
    const slot = this.slotOf(termId);
    // A reader's term with no colour of its own still never goes where the page can read it.
    if (slot < 0 && !readers) return;
    const layer = this.overlay(watchRole(Math.max(slot, 0)));
    this.paintedIn.set(range, layer);
    layer.add(range);
  }

  delete(range: AbstractRange): void {
    this.bundled.delete(range);
    this.paintedIn.get(range)?.delete(range);
    this.paintedIn.delete(range);
  }
}

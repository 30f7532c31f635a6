import type { TermLayer } from './highlights';
import { NearBlocks } from './near-blocks';
import type { Occurrence } from './occurrence';
import { START_MARK, afterNextPaint, measure } from './timing';

/**
 * Paints the page's terms near the screen only. Chromium works out every registered range again
 * at every change of the page or of a Highlight (its pre-paint): 6,000 ranges cost a 1 MB page
 * 35–65 ms on each change, the 50 or so within a screen of the visible part 1–2 ms. So the blocks
 * that hold terms are watched (NearBlocks: within two screens of the visible part), and a block's
 * terms are registered as it comes near and taken out as it leaves, all of one report in one
 * change. Where each term is in the DOM, and whether the page's style hides it, is worked out
 * (`place`) only then.
 *
 * One layer of its own for the bundled terms and the lists' colours (TermLayer); the reader's
 * saved passages and the hovered and active terms are painted elsewhere.
 */
export class NearPainter {
  private readonly blocks: NearBlocks;
  private readonly painted = new Map<Element, Occurrence[]>();
  private readonly changed = new Set<Element>();
  private flushQueued = false;
  private paintedAny = false;
  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  private readonly layer: TermLayer;
  private readonly place: (container: Element) => Occurrence[];

  /**
   * `place`: the occurrences of a container to paint (shown, and not hidden by the page's
   * style, which it checks), located in the DOM.
   */
  constructor(layer: TermLayer, place: (container: Element) => Occurrence[]) {
    this.layer = layer;
    this.place = place;
    this.blocks = new NearBlocks({
      came: (container) => this.repaint(container),
      left: (container) => this.unpaint(container),
      // Its terms are checked against the style now, so that they are not counted.
      boxless: (container) => this.place(container),
    });
  }

  /** A container now holds occurrences: painted once it is near. */
  watch(container: Element): void {
    this.blocks.watch(container);
  }

  /** A container holds none any more (or left the page). */
  forget(container: Element): void {
    this.blocks.forget(container);
    this.changed.delete(container);
    this.unpaint(container);
  }

  /** What a container shows changed (a term found or dismissed, its context decided): painted again if near. */
  update(container: Element): void {
    if (!this.blocks.isNear(container)) return;
    this.changed.add(container);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // Once the work under way (a slice of reading) is done: one change of the Highlight for all.
    queueMicrotask(() => this.flush());
  }

  /** Is this container near the screen (its terms painted)? */
  isNear(container: Element): boolean {
    return this.blocks.isNear(container);
  }

  /**
   * Resolves once the browser has said where every container watched so far is (so that what is
   * near is painted and checked against the style), or after a moment where it says nothing (a
   * tab in the background).
   */
  settled(): Promise<void> {
    return this.blocks.settled();
  }

  /** Takes every range off the page (the reader paused, the extension gone). */
  clear(): void {
    for (const container of [...this.painted.keys()]) this.unpaint(container);
    this.blocks.clear();
    this.changed.clear();
  }

  private flush(): void {
    this.flushQueued = false;
    for (const container of this.changed) if (this.blocks.isNear(container)) this.repaint(container);
    this.changed.clear();
  }

  private repaint(container: Element): void {
    const next = this.place(container);
    const before = this.painted.get(container) ?? [];
    const kept = new Set(next);
    for (const occurrence of before) if (!kept.has(occurrence)) this.layer.delete(occurrence.bounds, occurrence.termId);
    const had = new Set(before);
    for (const occurrence of next) if (!had.has(occurrence)) this.layer.add(occurrence.bounds, occurrence.termId);
    if (next.length > 0) this.painted.set(container, next);
    else this.painted.delete(container);
    if (next.length > 0 && !this.paintedAny) {
      this.paintedAny = true;
      // For the benchmark: the content script's start → the first highlights painted.
      afterNextPaint(() => measure('sst:first-highlights', START_MARK));
    }
  }

  private unpaint(container: Element): void {
    for (const occurrence of this.painted.get(container) ?? []) this.layer.delete(occurrence.bounds, occurrence.termId);
    this.painted.delete(container);
  }
}

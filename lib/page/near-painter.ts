import type { TermLayer } from './highlights';
import type { Occurrence } from './occurrence';
import { later } from '../scheduling/timers';
import { START_MARK, afterNextPaint, measure } from './timing';

/**
 * Near the screen: the visible part, and two screens above and two below it, so that a reader
 * scrolling fast (a screen a frame) meets no term unpainted, and a DOM change still repaints
 * only a hundred ranges or so on the densest page.
 */
const NEAR = '200% 0px';

/** How long settled() waits for the browser's first report of where the blocks are (a tab in the background renders nothing). */
const REPORT_WAIT_MS = 300;

/**
 * Paints the page's terms near the screen only. Chromium works out every registered range again
 * at every change of the page or of a Highlight (its pre-paint): 6,000 ranges cost a 1 MB page
 * 35–65 ms on each change, the 50 or so within a screen of the visible part 1–2 ms. So the blocks
 * that hold terms are watched (an IntersectionObserver on their containers, which costs nothing
 * while the reader does not scroll), and a block's terms are registered as it comes near and
 * taken out as it leaves, all of one report in one change. Where each term is in the DOM, and
 * whether the page's style hides it, is worked out (`place`) only then.
 *
 * One layer of its own for the bundled terms and the lists' colours (TermLayer); the reader's
 * saved passages and the hovered and active terms are painted elsewhere.
 */
export class NearPainter {
  private readonly observer: IntersectionObserver;
  private readonly watched = new Set<Element>();
  private readonly near = new Set<Element>();
  private readonly painted = new Map<Element, Occurrence[]>();
  private readonly changed = new Set<Element>();
  /** Watched, and not yet reported on by the browser. */
  private readonly unreported = new Set<Element>();
  private reported?: () => void;
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
    this.observer = new IntersectionObserver((entries) => this.report(entries), { rootMargin: NEAR });
  }

  /** A container now holds occurrences: painted once it is near. */
  watch(container: Element): void {
    if (this.watched.has(container)) return;
    this.watched.add(container);
    this.unreported.add(container);
    this.observer.observe(container);
  }

  /** A container holds none any more (or left the page). */
  forget(container: Element): void {
    this.observer.unobserve(container);
    this.watched.delete(container);
    this.unreported.delete(container);
    this.near.delete(container);
    this.changed.delete(container);
    this.unpaint(container);
    this.reportedAll();
  }

  /** What a container shows changed (a term found or dismissed, its context decided): painted again if near. */
  update(container: Element): void {
    if (!this.near.has(container)) return;
    this.changed.add(container);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // Once the work under way (a slice of reading) is done: one change of the Highlight for all.
    queueMicrotask(() => this.flush());
  }

  /** Is this container near the screen (its terms painted)? */
  isNear(container: Element): boolean {
    return this.near.has(container);
  }

  /**
   * Resolves once the browser has said where every container watched so far is (so that what is
   * near is painted and checked against the style), or after a moment where it says nothing (a
   * tab in the background).
   */
  settled(): Promise<void> {
    if (this.unreported.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.reported;
      const done = () => {
        previous?.();
        resolve();
      };
      this.reported = done;
      later(REPORT_WAIT_MS, done);
    });
  }

  /** Takes every range off the page (the reader paused, the extension gone). */
  clear(): void {
    for (const container of [...this.painted.keys()]) this.unpaint(container);
    this.observer.disconnect();
    this.watched.clear();
    this.near.clear();
    this.changed.clear();
    this.unreported.clear();
    this.reportedAll();
  }

  private report(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting, boundingClientRect } of entries) {
      this.unreported.delete(target);
      if (isIntersecting) {
        this.near.add(target);
        this.repaint(target);
      } else {
        this.near.delete(target);
        this.unpaint(target);
        // A container with no box at all (display: none) never comes near: its terms are
        // checked against the style now, so that they are not counted.
        if (boundingClientRect.width === 0 && boundingClientRect.height === 0) this.place(target);
      }
    }
    this.reportedAll();
  }

  private reportedAll(): void {
    if (this.unreported.size > 0 || !this.reported) return;
    const done = this.reported;
    this.reported = undefined;
    done();
  }

  private flush(): void {
    this.flushQueued = false;
    for (const container of this.changed) this.repaint(container);
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

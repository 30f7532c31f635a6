import { BlockPositions } from './block-positions';
import { later } from '../scheduling/timers';

/**
 * Near the screen: the visible part, and two screens above and two below it, so that a reader
 * scrolling fast (a screen a frame) meets no term unpainted, and a DOM change still repaints
 * only a hundred ranges or so on the densest page.
 */
const NEAR = '200% 0px';
const NEAR_SCREENS = 2;

/**
 * Screens the document's height may change by (summed) before every block is measured again:
 * content put in or taken out moves the blocks after it by its height, less than NEAR_SCREENS,
 * so that a block on the screen is still taken as near. A new width lays the page out anew:
 * measured again at once. A change of a few lines (a live page's heading, a counter) costs nothing.
 */
const DRIFT_SCREENS = 1;

/** How long settled() waits for the browser's first report of where the blocks are (a tab in the background renders nothing). */
const REPORT_WAIT_MS = 300;

/** What NearBlocks tells of the blocks it watches. */
export interface NearReports {
  /** The block came near the screen. */
  came(block: Element): void;
  /** The block was near and is not any more. */
  left(block: Element): void;
  /** The block has no box at all (display: none, or is inside such an element): it is never near. */
  boxless(block: Element): void;
}

/**
 * Which of the watched blocks (elements) are near the screen, at a cost that does not grow with
 * their number while the reader scrolls.
 *
 * An IntersectionObserver would say which blocks are near, but Chromium works out every observed
 * target's intersection again at every frame of a scroll (about 1 µs a target a frame: 2.6 ms a
 * frame on the 1 MB page, 5–7 ms in its longest frames with a long watchlist), and observing
 * blocks only as they come within reach costs as much again in `observe` calls and their garbage.
 * So the blocks are found by where they are down the page (BlockPositions: a binary search once
 * the frame the window scrolled in is drawn, no layout read). Where each block is comes from the
 * browser, in a frame it renders anyway: an IntersectionObserver (the survey) reports each
 * block's box once, beside the root's, which gives the scroll the boxes were measured at. Blocks are measured again
 * when they may have moved: all of them when the document's width changes or its height by a
 * screen (DRIFT_SCREENS: content added, removed or laid out again), those inside an element that
 * scrolled when it does. Only the blocks whose place on the screen their position in the
 * document does not tell (a fixed or sticky box, none at all, or inside a container that keeps
 * scrolling) are watched by an IntersectionObserver (NEAR), always: there are few of them, but
 * on a page that scrolls inside a container of its own rather than the window, all of them.
 */
export class NearBlocks {
  private readonly nearby: IntersectionObserver;
  private readonly surveyor: IntersectionObserver;
  private readonly positions = new BlockPositions<Element>();
  private readonly watched = new Set<Element>();
  /** Watched by `nearby`: no box, a fixed or sticky one, inside a container that keeps scrolling, or the root itself. */
  private readonly pinned = new Set<Element>();
  private readonly near = new Set<Element>();
  /** The near blocks found by their positions (the others were reported near by `nearby`). */
  private readonly nearByPosition = new Set<Element>();
  /** To be measured at the next survey. */
  private readonly toSurvey = new Set<Element>();
  /** Being measured (observed by the survey until its report). */
  private readonly surveying = new Set<Element>();
  private surveyQueued = false;
  private selectQueued = false;
  /** Whether an element's box moves with the screen (it or an ancestor is fixed or sticky), until the layout changes. */
  private screenBound = new WeakMap<Element, boolean>();
  /** Scrolling containers that scrolled once, and those that scrolled again (their blocks are pinned). */
  private scrolledOnce = new WeakSet<Element>();
  private readonly scrollers = new Set<Element>();
  /** The layout changed since the near blocks were asked whether they are fixed or sticky. */
  private restyled = false;
  /** Watched, and not yet placed by a survey or, when pinned, reported on by `nearby`. */
  private readonly unreported = new Set<Element>();
  private reported?: () => void;
  private following?: AbortController;
  private resized?: ResizeObserver;
  private readonly sizes = new Map<Element, { width: number; height: number }>();
  /** How much the document's height changed since the blocks were all measured. */
  private drift = 0;
  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  private readonly reports: NearReports;

  constructor(reports: NearReports) {
    this.reports = reports;
    this.nearby = new IntersectionObserver((entries) => this.reportNear(entries), { rootMargin: NEAR });
    this.surveyor = new IntersectionObserver((entries) => this.reportSurvey(entries));
  }

  /** Starts watching a block: reported once it comes near. */
  watch(block: Element): void {
    if (this.watched.has(block)) return;
    this.watched.add(block);
    this.unreported.add(block);
    this.follow();
    this.survey(block);
  }

  /** Stops watching a block (it holds no term any more, or left the page); nothing is reported of it. */
  forget(block: Element): void {
    this.watched.delete(block);
    this.toSurvey.delete(block);
    if (this.surveying.delete(block)) this.surveyor.unobserve(block);
    this.positions.delete(block);
    if (this.pinned.delete(block)) this.nearby.unobserve(block);
    this.near.delete(block);
    this.nearByPosition.delete(block);
    this.unreported.delete(block);
    this.reportedAll();
  }

  isNear(block: Element): boolean {
    return this.near.has(block);
  }

  /**
   * Resolves once the browser has said where every block watched so far is (so that those near
   * are reported), or after a moment where it says nothing (a tab in the background).
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

  /** Stops watching every block, reporting nothing. */
  clear(): void {
    this.following?.abort();
    this.following = undefined;
    this.resized?.disconnect();
    this.resized = undefined;
    this.sizes.clear();
    this.drift = 0;
    this.nearby.disconnect();
    this.surveyor.disconnect();
    this.watched.clear();
    this.positions.clear();
    this.pinned.clear();
    this.near.clear();
    this.nearByPosition.clear();
    this.toSurvey.clear();
    this.surveying.clear();
    this.screenBound = new WeakMap();
    this.restyled = false;
    this.scrolledOnce = new WeakSet();
    this.scrollers.clear();
    this.unreported.clear();
    this.reportedAll();
  }

  /** Listens, from the first block on, for what moves the blocks. */
  private follow(): void {
    if (this.following) return;
    this.following = new AbortController();
    const { signal } = this.following;
    // Every scrolling container's scroll reaches the document in the capture phase; the window's is the document's own.
    const scrolled = (event: Event) => {
      if (event.target instanceof Element) this.surveyInside(event.target);
      else this.selectSoon();
    };
    document.addEventListener('scroll', scrolled, { capture: true, passive: true, signal });
    window.addEventListener('resize', () => this.selectSoon(), { signal });
    // Called after the page's layout, when the document's size changed (its first report is no change).
    this.resized = new ResizeObserver((entries) => {
      let relaid = false;
      for (const { target, contentRect } of entries) {
        const before = this.sizes.get(target);
        this.sizes.set(target, { width: contentRect.width, height: contentRect.height });
        if (!before) continue;
        if (before.width !== contentRect.width) relaid = true;
        this.drift += Math.abs(contentRect.height - before.height);
      }
      if (relaid || this.drift > DRIFT_SCREENS * innerHeight) this.surveyAll();
    });
    for (const el of [document.documentElement, document.body]) if (el) this.resized.observe(el);
  }

  private surveyAll(): void {
    this.drift = 0;
    this.screenBound = new WeakMap();
    this.restyled = true;
    for (const block of this.watched) this.survey(block);
  }

  /**
   * A scrolling container scrolled: the blocks inside it moved. They are measured again the first
   * time; a container that scrolls again (the page's own scroller, a carousel) has its blocks
   * watched by the browser from then on, like the fixed ones, rather than measured at every frame.
   */
  private surveyInside(scroller: Element): void {
    if (this.scrollers.has(scroller)) return;
    const once = !this.scrolledOnce.has(scroller);
    if (once) this.scrolledOnce.add(scroller);
    else this.scrollers.add(scroller);
    for (const block of [...this.positions.blocks()]) {
      if (!scroller.contains(block)) continue;
      if (once) this.survey(block);
      else this.pinByPlace(block);
    }
  }

  /** Inside a container that scrolls again and again (see surveyInside)? */
  private inScroller(block: Element): boolean {
    for (const scroller of this.scrollers) if (scroller.contains(block)) return true;
    return false;
  }

  /** Measures a block at the next frame, with every other block asked for in this task. */
  private survey(block: Element): void {
    if (block === document.documentElement) {
      // The root is always near, and is what the others are measured against.
      this.pin(block);
      return;
    }
    this.toSurvey.add(block);
    if (this.surveyQueued) return;
    this.surveyQueued = true;
    queueMicrotask(() => this.startSurvey());
  }

  private startSurvey(): void {
    this.surveyQueued = false;
    // Reports not yet delivered are taken first: a block observed anew reports its box again.
    const pending = this.surveyor.takeRecords();
    if (pending.length > 0) this.reportSurvey(pending);
    if (this.toSurvey.size === 0) return;
    // Each reports its box at the next frame, the root's among them.
    for (const block of [document.documentElement, ...this.toSurvey]) {
      this.surveyor.unobserve(block);
      this.surveyor.observe(block);
      this.surveying.add(block);
    }
    this.toSurvey.clear();
  }

  private reportSurvey(entries: IntersectionObserverEntry[]): void {
    const root = document.documentElement;
    // Each frame's root box: the scroll its blocks were measured at.
    const rootTops = new Map<number, number>();
    for (const { target, time, boundingClientRect } of entries) if (target === root) rootTops.set(time, boundingClientRect.top);
    for (const { target: block, time, boundingClientRect: box } of entries) {
      // Forgotten since.
      if (!this.surveying.delete(block)) continue;
      this.surveyor.unobserve(block);
      if (block === root) continue;
      const rootTop = rootTops.get(time);
      if (rootTop === undefined) {
        this.survey(block);
        continue;
      }
      this.unreported.delete(block);
      // (Whether a block's box is fixed or sticky is asked when it comes near: few ever do.)
      if ((box.width === 0 && box.height === 0) || (this.pinned.has(block) && this.movesWithScreen(block)) || this.inScroller(block)) {
        this.positions.delete(block);
        this.pin(block);
      } else {
        this.positions.set(block, { top: box.top - rootTop, bottom: box.bottom - rootTop });
        this.unpin(block);
      }
    }
    this.select();
    this.reportedAll();
  }

  /** Is this element's box placed on the screen rather than in the document (position: fixed or sticky, its own or an ancestor's)? */
  private movesWithScreen(block: Element): boolean {
    const path: Element[] = [];
    let bound = false;
    for (let el: Element | null = block; el && el !== document.documentElement; el = parentOf(el)) {
      const known = this.screenBound.get(el);
      if (known !== undefined) {
        bound = known;
        break;
      }
      path.push(el);
      const { position } = getComputedStyle(el);
      if (position === 'fixed' || position === 'sticky') {
        bound = true;
        break;
      }
    }
    for (const el of path) this.screenBound.set(el, bound);
    return bound;
  }

  private pin(block: Element): void {
    if (this.pinned.has(block)) return;
    this.nearByPosition.delete(block);
    this.pinned.add(block);
    this.unreported.add(block);
    this.nearby.observe(block);
  }

  /** A block whose position in the document does not say where it is on the screen: the browser watches it. */
  private pinByPlace(block: Element): void {
    this.positions.delete(block);
    this.pin(block);
  }

  private unpin(block: Element): void {
    if (!this.pinned.delete(block)) return;
    this.nearby.unobserve(block);
    if (this.near.delete(block)) this.reports.left(block);
  }

  /**
   * Once the frame under way is painted (a scroll event comes at the start of a frame): the
   * painting of what came near is left out of the frame, as an IntersectionObserver's report
   * would be, and the band two screens beyond the window is what keeps a fast reader from
   * meeting a term unpainted.
   */
  private selectSoon(): void {
    if (this.selectQueued) return;
    this.selectQueued = true;
    later(0, () => {
      this.selectQueued = false;
      this.select();
    });
  }

  /** The blocks near the screen by their positions now: those that came and those that left are reported. */
  private select(): void {
    if (!this.following) return;
    const screen = innerHeight;
    const band = NEAR_SCREENS * screen;
    const now = this.positions.within(scrollY - band, scrollY + screen + band);
    for (const block of this.nearByPosition) {
      if (now.has(block)) continue;
      this.nearByPosition.delete(block);
      if (this.near.delete(block)) this.reports.left(block);
    }
    if (this.restyled) {
      // The page was laid out again: a near block's box may have become fixed or sticky.
      this.restyled = false;
      for (const block of this.nearByPosition) if (this.movesWithScreen(block)) this.pinByPlace(block);
    }
    for (const block of now) {
      if (this.nearByPosition.has(block)) continue;
      if (this.movesWithScreen(block)) {
        this.pinByPlace(block);
        continue;
      }
      this.nearByPosition.add(block);
      if (this.near.has(block)) continue;
      this.near.add(block);
      this.reports.came(block);
    }
  }

  private reportNear(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting, boundingClientRect } of entries) {
      // Found a position since the browser worked it out.
      if (!this.pinned.has(target)) continue;
      this.unreported.delete(target);
      if (isIntersecting) {
        if (this.near.has(target)) continue;
        this.near.add(target);
        this.reports.came(target);
      } else {
        if (this.near.delete(target)) this.reports.left(target);
        // A block with no box at all never comes near: its terms are checked against the style now, so that they are not counted.
        if (boundingClientRect.width === 0 && boundingClientRect.height === 0) this.reports.boxless(target);
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
}

/** The element's parent, or the host of the shadow root it is in. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

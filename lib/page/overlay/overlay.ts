import { LIST_COLOURS, colourOf } from '../list-colours';
import type { PaintLayer } from '../highlights';
import { isUiHost, markUiHost } from '../skip-rules';
import { later } from '../../scheduling/timers';
import { UNBOUNDED, intersect, isEmpty, moved, overlaps, visiblePieces, type Box } from './boxes';
import styles from './overlay.css?inline';
import { clipBox, coverAt, textLines, textPlace, type TextPlace } from './text-boxes';

/**
 * What is the reader's own, painted where the page cannot read it: the passages they saved,
 * their lists' terms, the term under the pointer and the one whose card is open. The
 * Highlight API's registry (`CSS.highlights`) is the page's too, so these are drawn instead as
 * boxes over the text, from its client rects, inside a closed shadow root.
 *
 * What the page can see of it is one `div` under `<html>` (no telling name), fixed over the
 * window, the same box, the same computed style and the same scroll size whatever it marks,
 * taking no pointer (so `elementFromPoint` never finds it); the page's MutationObservers do not
 * see into a shadow root, nor can its ResizeObservers and IntersectionObservers be given the
 * marks. It is made when the reader starts (a page holding a term, or a passage the reader
 * saved), before it marks anything, so that when it marks something says nothing either.
 *
 * The marks follow the text, and only the marks near the window are measured. A mark's text is
 * measured (its client rects) when it is marked, when its element comes within two screens of
 * the window (an IntersectionObserver), when the page's layout may have changed (a resize, a web
 * font, a change of the page's DOM, of the size of the document or of a marked text's element:
 * content inserted above), when a scrolling container that holds it scrolls, and at every
 * drawing when it is in a fixed or sticky box. The window scrolling alone measures nothing: the
 * marks are drawn in the page's coordinates, and one transform moves them all with the page.
 * (Each drawing measured every mark before, each read after the last mark's write, so that the
 * 1 MB page was laid out again for each: frames of 20 ms while scrolling it with a list.) They
 * are clipped as the text is: by the elements that clip their overflow, by the window, and by
 * the page's elements found covering the text, such as a sticky header. With nothing marked,
 * nothing is listened to.
 */
export type MarkRole = 'saved' | 'hovered' | 'active' | `watch${number}`;

const WATCH_ROLES: readonly MarkRole[] = LIST_COLOURS.map((_, slot) => `watch${slot}` as const);
/** The layers in the order they paint (the last over the others). */
const ROLES: readonly MarkRole[] = [...WATCH_ROLES, 'saved', 'hovered', 'active'];

/** The lists' colour slot a role paints in, by the slot number. */
export const watchRole = (slot: number): MarkRole => `watch${LIST_COLOURS.indexOf(colourOf(slot))}`;

/**
 * How many lines of the marks a look hit-tests for a cover, and for how long at most:
 * `elementFromPoint` costs 0.1–0.3 ms on a page of thousands of paragraphs, and a drawing is made
 * at each frame of a scroll. A cover found stays known (its box is taken out of every later
 * drawing at the cost of reading it); the lines not looked at are in the next look, after the
 * next drawing or a moment later.
 */
const LINES_PER_DRAWING = 8;
const HIT_TESTING_MS = 0.5;
const LOOK_AGAIN_MS = 100;

interface Mark {
  range: Range;
  /** The element holding its text. */
  owner: Element;
  /** What clips it and whether it is pinned, worked out again when the page's layout changed (not on scrolling). */
  place?: TextPlace;
  /**
   * Its lines as last measured, in the drawing's coordinates (the page's, from the scroll origin:
   * see PrivateOverlay), cut to what clips the text; null when not measured since the layout
   * last changed (nothing of it is drawn then).
   */
  lines: Box[] | null;
  /** Some line was cut by a cover at the last drawing (so it is drawn again when the covers move). */
  covered: boolean;
  /** The lines the drawn boxes were made from (the same array: nothing to write). */
  written: Box[] | null;
  element: HTMLElement;
  /** The boxes drawn last, as one string: nothing is written when they did not move. */
  drawn: string;
}

const ownerOf = (range: Range): Element | null => {
  const node = range.commonAncestorContainer;
  return node instanceof Element ? node : node.parentElement;
};

/** A live Range over any range (terms are painted from StaticRanges, which do not follow the page's changes). */
function liveRange(range: AbstractRange): Range {
  if (range instanceof Range) return range;
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/**
 * One role's marks. Their elements are put in and taken out of the overlay by its drawing, with
 * its other writes: marks come and go while the page's layout is being read (the near-screen
 * painter checks each term's style as its block comes near), and a write between two reads
 * would make the browser lay the page out again for the second.
 */
class OverlayLayer implements PaintLayer {
  readonly marks = new Map<AbstractRange, Mark>();
  readonly element = document.createElement('div');
  /** The elements of marks deleted, to take out at the next drawing. */
  private readonly deleted: HTMLElement[] = [];
  // No parameter properties: lib/ runs under Node's type stripping in the benchmark.
  private readonly changed: (added?: Mark, removed?: Mark) => void;

  constructor(role: MarkRole, changed: (added?: Mark, removed?: Mark) => void) {
    this.changed = changed;
    this.element.className = `mark-layer mark-${role}`;
    const slot = WATCH_ROLES.indexOf(role);
    if (slot >= 0) {
      this.element.classList.add('mark-watch');
      this.element.style.setProperty('--tint', LIST_COLOURS[slot]!.tint);
      this.element.style.setProperty('--line', LIST_COLOURS[slot]!.line);
    }
  }

  get size(): number {
    return this.marks.size;
  }

  add(range: AbstractRange): void {
    if (this.marks.has(range)) return;
    const live = liveRange(range);
    const owner = ownerOf(live);
    if (!owner) return;
    const mark: Mark = { range: live, owner, lines: null, covered: false, written: null, element: document.createElement('div'), drawn: '' };
    this.marks.set(range, mark);
    this.changed(mark);
  }

  delete(range: AbstractRange): void {
    const mark = this.marks.get(range);
    if (!mark) return;
    this.marks.delete(range);
    this.deleted.push(mark.element);
    this.changed(undefined, mark);
  }

  /** Writes: the deleted marks' elements taken out, and a mark's put in once it has boxes to show. */
  takeOutDeleted(): void {
    for (const element of this.deleted) element.remove();
    this.deleted.length = 0;
  }

  putIn(mark: Mark): void {
    if (!mark.element.isConnected) this.element.append(mark.element);
  }

  set(ranges: AbstractRange[]): void {
    const kept = new Set(ranges);
    for (const range of [...this.marks.keys()]) if (!kept.has(range)) this.delete(range);
    for (const range of ranges) this.add(range);
  }
}

/** Near the window: within two screens of it, as the bundled terms are painted (near-painter.ts). */
const NEAR = '200% 0px';

export class PrivateOverlay {
  private readonly host = document.createElement('div');
  private readonly shadow: ShadowRoot;
  private readonly window = document.createElement('div');
  /** The layers, moved with the window's scroll (one transform: the scroll since `scrollOrigin`). */
  private readonly page = document.createElement('div');
  private readonly layers = new Map<MarkRole, OverlayLayer>();
  /** The page's elements found covering marked text: their boxes are taken out of the marks. */
  private readonly covers = new Set<Element>();
  /** How many marks each element holds the text of (each is watched for a change of size, and for coming near). */
  private readonly owners = new Map<Element, number>();
  /** Whether each owner is near the window, as last reported (not yet reported: taken as near). */
  private readonly near = new Map<Element, boolean>();
  /** The sizes the ResizeObserver last reported (its first report of an element is no change). */
  private readonly sizes = new WeakMap<Element, string>();
  /** The scrolling containers that scrolled since the last drawing. */
  private readonly scrolled = new Set<Element>();
  private following?: AbortController;
  private resized?: ResizeObserver;
  private nearby?: IntersectionObserver;
  private mutated?: MutationObserver;
  private frame = 0;
  /** Cancels the hit-testing queued after a drawing. */
  private hitTesting?: () => void;
  private layoutChanged = true;
  /** The window's scroll when the layout last changed: the drawing's coordinates are the window's then. */
  private scrollOrigin = { x: 0, y: 0 };
  private transform = '';
  /** Where the last drawing's hit-testing stopped: the next one goes on from there. */
  private nextLine = 0;

  constructor() {
    markUiHost(this.host);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    this.shadow.adoptedStyleSheets = [sheet];
    this.window.className = 'marks';
    this.page.className = 'marks-page';
    this.window.append(this.page);
    this.shadow.append(this.window);
    for (const role of ROLES) {
      const layer = new OverlayLayer(role, (added, removed) => this.changed(added, removed));
      this.layers.set(role, layer);
      this.page.append(layer.element);
    }
    document.documentElement.append(this.host);
  }

  layer(role: MarkRole): PaintLayer {
    return this.layers.get(role)!;
  }

  /**
   * The closed root the extension's card is drawn in, over the marks: one host for all, there
   * from the start, so that a card opening adds nothing the page can see in its DOM. Put back
   * under `<html>` if the page took it out.
   */
  uiRoot(): ShadowRoot {
    if (!this.host.isConnected) document.documentElement.append(this.host);
    return this.shadow;
  }

  /** "Off until hovered" hides the lists' colours, as it hides the bundled terms. */
  showLists(shown: boolean): void {
    for (const role of WATCH_ROLES) this.layers.get(role)!.element.hidden = !shown;
    this.schedule();
  }

  /**
   * The text each layer marks, in document order: for the tests and the benchmark, which read it
   * in the extension's isolated world (the page cannot).
   */
  describe(): Partial<Record<MarkRole, string[]>> {
    const described: Partial<Record<MarkRole, string[]>> = {};
    for (const [role, layer] of this.layers) {
      const ranges = [...layer.marks.values()].map((mark) => mark.range);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      if (ranges.length > 0) described[role] = ranges.map(String);
    }
    return described;
  }

  /** Takes the overlay off the page (the extension is gone). */
  remove(): void {
    this.unfollow();
    this.host.remove();
  }

  private get marked(): number {
    let count = 0;
    for (const layer of this.layers.values()) count += layer.size;
    return count;
  }

  /** The marks of the layers shown. */
  private *shownMarks(): Generator<Mark> {
    for (const layer of this.layers.values()) if (!layer.element.hidden) yield* layer.marks.values();
  }

  private changed(added?: Mark, removed?: Mark): void {
    if (added) this.own(added.owner, 1);
    if (removed) this.own(removed.owner, -1);
    if (this.marked === 0) {
      for (const layer of this.layers.values()) layer.takeOutDeleted();
      return this.unfollow();
    }
    this.follow();
    this.schedule();
  }

  private own(owner: Element, change: 1 | -1): void {
    const count = (this.owners.get(owner) ?? 0) + change;
    if (count > 0) {
      if (!this.owners.has(owner)) {
        this.resized?.observe(owner);
        this.nearby?.observe(owner);
      }
      this.owners.set(owner, count);
    } else {
      this.owners.delete(owner);
      this.near.delete(owner);
      this.resized?.unobserve(owner);
      this.nearby?.unobserve(owner);
    }
  }

  /** Listens for what moves the page's text, from the first mark on. */
  private follow(): void {
    if (this.following) return;
    this.following = new AbortController();
    const { signal } = this.following;
    const relaid = () => {
      this.layoutChanged = true;
      this.schedule();
    };
    // Scroll events of every scrolling container reach the document in the capture phase; the
    // window's own scroll is the document's.
    const scrolled = (event: Event) => {
      if (event.target instanceof Element) this.scrolled.add(event.target);
      this.schedule();
    };
    document.addEventListener('scroll', scrolled, { capture: true, passive: true, signal });
    window.addEventListener('resize', relaid, { signal });
    document.fonts?.addEventListener('loadingdone', relaid, { signal });
    // Called after the page's layout and before it is painted: marks moved by content inserted
    // above, or by a marked paragraph growing, are drawn in the same frame.
    this.resized = new ResizeObserver((entries) => {
      if (this.sizesChanged(entries)) {
        this.layoutChanged = true;
        this.draw();
      }
    });
    this.nearby = new IntersectionObserver((entries) => this.reportNear(entries), { rootMargin: NEAR });
    for (const el of [document.documentElement, document.body, ...this.owners.keys()]) if (el) this.resized.observe(el);
    for (const owner of this.owners.keys()) this.nearby.observe(owner);
    this.mutated = new MutationObserver(relaid);
    // (A change of attributes that moves text changes the size of the document or of the text's element.)
    this.mutated.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Did any element change size? Its first report (when it starts being watched) is not a change. */
  private sizesChanged(entries: ResizeObserverEntry[]): boolean {
    let changed = false;
    for (const { target, contentRect } of entries) {
      const size = `${contentRect.width}x${contentRect.height}`;
      const before = this.sizes.get(target);
      this.sizes.set(target, size);
      if (before !== undefined && before !== size) changed = true;
    }
    return changed;
  }

  /** The browser's report of which owners are near the window: those that came near are measured. */
  private reportNear(entries: IntersectionObserverEntry[]): void {
    let came = false;
    for (const { target, isIntersecting, boundingClientRect } of entries) {
      // An element with no box of its own (display: contents) is never reported near: its text is measured as if it were.
      const near = isIntersecting || (boundingClientRect.width === 0 && boundingClientRect.height === 0);
      if (near && this.near.get(target) !== true) came = true;
      this.near.set(target, near);
    }
    if (came) this.schedule();
  }

  private unfollow(): void {
    this.following?.abort();
    this.following = undefined;
    this.resized?.disconnect();
    this.resized = undefined;
    this.nearby?.disconnect();
    this.nearby = undefined;
    this.mutated?.disconnect();
    this.mutated = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.hitTesting?.();
    this.hitTesting = undefined;
    this.covers.clear();
    this.near.clear();
    this.scrolled.clear();
    this.layoutChanged = true;
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => this.draw());
  }

  /**
   * Every read of the page's layout first (the marks to measure, then the hit-testing for
   * covers), then every write: a read after a write would lay the page out again.
   */
  private draw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.host.isConnected) document.documentElement.append(this.host);
    const origin = this.host.getBoundingClientRect();
    const scroll = { x: window.scrollX, y: window.scrollY };
    if (this.layoutChanged) {
      this.layoutChanged = false;
      this.scrollOrigin = scroll;
      for (const layer of this.layers.values()) {
        for (const mark of layer.marks.values()) {
          mark.lines = null;
          mark.place = undefined;
        }
      }
    }
    this.forgetScrolled();
    // From the window's coordinates now to the drawing's: the window's at the scroll origin, from the overlay's corner.
    const shift = { x: scroll.x - this.scrollOrigin.x - origin.left, y: scroll.y - this.scrollOrigin.y - origin.top };
    const toDrawing = (box: Box) => moved(box, shift.x, shift.y);
    for (const mark of this.shownMarks()) {
      if ((mark.lines === null || mark.place?.pinned) && this.near.get(mark.owner) !== false) mark.lines = this.measure(mark).map(toDrawing);
    }
    for (const cover of this.covers) if (!cover.isConnected) this.covers.delete(cover);
    const coverBoxes = [...this.covers].map((cover) => cover.getBoundingClientRect() as Box);
    const coversDrawn = coverBoxes.map(toDrawing);
    for (const layer of this.layers.values()) layer.takeOutDeleted();
    const transform = `translate(${-shift.x - origin.left}px, ${-shift.y - origin.top}px)`;
    if (transform !== this.transform) this.page.style.transform = this.transform = transform;
    for (const layer of this.layers.values()) {
      if (layer.element.hidden) continue;
      for (const mark of layer.marks.values()) {
        const covered = !!mark.lines && coversDrawn.some((cover) => mark.lines!.some((line) => overlaps(line, cover)));
        // Measured again, or cut by a cover now or before: drawn again. Otherwise what is drawn still holds.
        if (!covered && !mark.covered && mark.written === mark.lines) continue;
        mark.covered = covered;
        mark.written = mark.lines;
        const pieces = !mark.lines ? [] : covered ? mark.lines.flatMap((line) => visiblePieces(line, UNBOUNDED, coversDrawn)) : mark.lines;
        if (pieces.length > 0) layer.putIn(mark);
        this.write(mark, pieces);
      }
    }
    this.lookForCovers();
  }

  /** Hit-tests for covers in a task of its own, after the frame is painted or `ms` later (see findCovers), unless one is queued. */
  private lookForCovers(ms = 0): void {
    this.hitTesting ||= later(ms, () => {
      this.hitTesting = undefined;
      this.findCovers();
    });
  }

  /** The marks in a scrolling container that scrolled moved in the page: measured again (or, far from the window, drawn no more). */
  private forgetScrolled(): void {
    if (this.scrolled.size === 0) return;
    const containers = [...this.scrolled];
    this.scrolled.clear();
    for (const layer of this.layers.values()) {
      for (const mark of layer.marks.values()) if (containers.some((container) => container.contains(mark.owner))) mark.lines = null;
    }
  }

  /** A mark's lines as they are now, in the window's coordinates, cut to what clips its text. */
  private measure(mark: Mark): Box[] {
    if (!mark.range.startContainer.isConnected || mark.range.collapsed) return [];
    const lines = textLines(mark.range);
    if (lines.length === 0) return [];
    mark.place ??= textPlace(mark.owner);
    const clip = clipBox(UNBOUNDED, mark.place.clips);
    return lines.map((line) => intersect(line, clip)).filter((line) => !isEmpty(line));
  }

  /**
   * Looks for the page's elements covering the marks' visible lines (a sticky header), a few
   * lines a task, each from where the last stopped, until all were looked at; a cover found is
   * drawn around at once (and the lines are looked at again) and stays known. Run after the drawing's frame is painted: hit-testing from the frame
   * itself would make the browser work out the page's paint properties (after a scroll, or a
   * change of the terms' Highlight) within the overlay's task.
   */
  private findCovers(): void {
    if (this.layoutChanged || !this.following) return;
    const origin = this.host.getBoundingClientRect();
    const view: Box = { left: origin.left, top: origin.top, right: origin.right, bottom: origin.bottom };
    const toWindow = (box: Box) => moved(box, this.scrollOrigin.x - window.scrollX + origin.left, this.scrollOrigin.y - window.scrollY + origin.top);
    const coverBoxes = [...this.covers].filter((cover) => cover.isConnected).map((cover) => cover.getBoundingClientRect() as Box);
    const until = performance.now() + HIT_TESTING_MS;
    let at = 0;
    let looked = 0;
    let stopped = false;
    let found = false;
    search: for (const mark of this.shownMarks()) {
      if (!mark.lines) continue;
      const shown = mark.lines.map(toWindow).flatMap((line) => visiblePieces(line, view, coverBoxes));
      for (const piece of shown) {
        if (at++ < this.nextLine) continue;
        if (looked === LINES_PER_DRAWING || performance.now() > until) {
          stopped = true;
          break search;
        }
        looked++;
        const x = (piece.left + piece.right) / 2;
        // Near its top and its bottom: a sticky header covers a line from above, a footer from below.
        for (const y of [piece.top + 1, piece.bottom - 1]) {
          const cover = coverAt(x, y, mark.owner, isUiHost);
          if (!cover || this.covers.has(cover)) continue;
          this.covers.add(cover);
          coverBoxes.push(cover.getBoundingClientRect());
          found = true;
        }
      }
    }
    // Next time, the lines after those looked at now (or from the first, once all were).
    this.nextLine = stopped ? this.nextLine + looked : 0;
    if (found) this.schedule();
    // The window's lines not all looked at yet: the rest a moment later (and so, while the page
    // scrolls, a few lines a tenth of a second rather than all of them a frame), so that a cover
    // is found once the page is still too.
    else if (stopped) this.lookForCovers(LOOK_AGAIN_MS);
  }

  /** Writes a mark's boxes (in the drawing's coordinates), when they changed. */
  private write(mark: Mark, pieces: Box[]): void {
    const drawn = pieces.map((p) => `${p.left},${p.top},${p.right - p.left},${p.bottom - p.top}`).join(' ');
    if (drawn === mark.drawn) return;
    mark.drawn = drawn;
    const { element } = mark;
    while (element.children.length > pieces.length) element.lastElementChild!.remove();
    pieces.forEach((piece, i) => {
      const line = (element.children[i] as HTMLElement | undefined) ?? element.appendChild(document.createElement('div'));
      line.className = 'mark-line';
      line.style.transform = `translate(${piece.left}px, ${piece.top}px)`;
      line.style.width = `${piece.right - piece.left}px`;
      line.style.height = `${piece.bottom - piece.top}px`;
    });
  }
}

import { LIST_COLOURS, colourOf } from '../list-colours';
import type { PaintLayer } from '../highlights';
import { isUiHost, markUiHost } from '../skip-rules';
import { isEmpty, visiblePieces, type Box } from './boxes';
import styles from './overlay.css?inline';
import { clipBox, clippingAncestors, coverAt, textLines } from './text-boxes';

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
 * The marks follow the text: they are drawn again in the frame the page scrolls (the window or
 * any scrolling container), on a resize, when a web font arrives, when the page changes (its
 * own DOM, or the size of the document or of a marked text's element: content inserted above),
 * and they are clipped as the text is (by the elements that clip their overflow, and by the
 * page's elements that cover it, such as a sticky header). With nothing marked, nothing is
 * listened to.
 */
export type MarkRole = 'saved' | 'hovered' | 'active' | `watch${number}`;

const WATCH_ROLES: readonly MarkRole[] = LIST_COLOURS.map((_, slot) => `watch${slot}` as const);
/** The layers in the order they paint (the last over the others). */
const ROLES: readonly MarkRole[] = [...WATCH_ROLES, 'saved', 'hovered', 'active'];

/** The lists' colour slot a role paints in, by the slot number. */
export const watchRole = (slot: number): MarkRole => `watch${LIST_COLOURS.indexOf(colourOf(slot))}`;

/**
 * How many lines of the marks a drawing hit-tests for a cover, and for how long at most:
 * `elementFromPoint` costs 0.1–0.2 ms on a page of thousands of paragraphs. A cover found stays
 * known (its box is taken out of every later drawing at the cost of reading it); the lines not
 * looked at in one drawing are in the next.
 */
const LINES_PER_DRAWING = 8;
const HIT_TESTING_MS = 1;

interface HitBudget {
  lines: number;
  /** Lines of this drawing to pass over (looked at in the one before). */
  skip: number;
  seen: number;
  until: number;
}

interface Mark {
  range: Range;
  /** The element holding its text. */
  owner: Element;
  /** What clips it, worked out again when the page's layout changed (not on scrolling). */
  clips?: Element[];
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

class OverlayLayer implements PaintLayer {
  readonly marks = new Map<AbstractRange, Mark>();
  readonly element = document.createElement('div');
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
    const mark: Mark = { range: live, owner, element: document.createElement('div'), drawn: '' };
    this.marks.set(range, mark);
    this.element.append(mark.element);
    this.changed(mark);
  }

  delete(range: AbstractRange): void {
    const mark = this.marks.get(range);
    if (!mark) return;
    this.marks.delete(range);
    mark.element.remove();
    this.changed(undefined, mark);
  }

  set(ranges: AbstractRange[]): void {
    const kept = new Set(ranges);
    for (const range of [...this.marks.keys()]) if (!kept.has(range)) this.delete(range);
    for (const range of ranges) this.add(range);
  }
}

export class PrivateOverlay {
  private readonly host = document.createElement('div');
  private readonly shadow: ShadowRoot;
  private readonly window = document.createElement('div');
  private readonly layers = new Map<MarkRole, OverlayLayer>();
  /** The page's elements found covering marked text: their boxes are taken out of the marks. */
  private readonly covers = new Set<Element>();
  /** How many marks each element holds the text of (each is watched for a change of size). */
  private readonly owners = new Map<Element, number>();
  private following?: AbortController;
  private resized?: ResizeObserver;
  private mutated?: MutationObserver;
  private frame = 0;
  private layoutChanged = true;
  /** Where the last drawing's hit-testing stopped: the next one goes on from there. */
  private nextLine = 0;

  constructor() {
    markUiHost(this.host);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    this.shadow.adoptedStyleSheets = [sheet];
    this.window.className = 'marks';
    this.shadow.append(this.window);
    for (const role of ROLES) {
      const layer = new OverlayLayer(role, (added, removed) => this.changed(added, removed));
      this.layers.set(role, layer);
      this.window.append(layer.element);
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

  private changed(added?: Mark, removed?: Mark): void {
    if (added) this.own(added.owner, 1);
    if (removed) this.own(removed.owner, -1);
    if (this.marked === 0) return this.unfollow();
    this.follow();
    if (added) this.schedule();
  }

  private own(owner: Element, change: 1 | -1): void {
    const count = (this.owners.get(owner) ?? 0) + change;
    if (count > 0) {
      if (!this.owners.has(owner)) this.resized?.observe(owner);
      this.owners.set(owner, count);
    } else {
      this.owners.delete(owner);
      this.resized?.unobserve(owner);
    }
  }

  /** Listens for what moves the page's text, from the first mark on. */
  private follow(): void {
    if (this.following) return;
    this.following = new AbortController();
    const { signal } = this.following;
    const moved = () => this.schedule();
    const relaid = () => {
      this.layoutChanged = true;
      this.schedule();
    };
    // Scroll events of every scrolling container reach the document in the capture phase.
    document.addEventListener('scroll', moved, { capture: true, passive: true, signal });
    window.addEventListener('resize', relaid, { signal });
    document.fonts?.addEventListener('loadingdone', relaid, { signal });
    // Called after the page's layout and before it is painted: marks moved by content inserted
    // above, or by a marked paragraph growing, are drawn in the same frame.
    this.resized = new ResizeObserver(() => {
      this.layoutChanged = true;
      this.draw();
    });
    for (const el of [document.documentElement, document.body, ...this.owners.keys()]) if (el) this.resized.observe(el);
    this.mutated = new MutationObserver(relaid);
    // (A change of attributes that moves text changes the size of the document or of the text's element.)
    this.mutated.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private unfollow(): void {
    this.following?.abort();
    this.following = undefined;
    this.resized?.disconnect();
    this.resized = undefined;
    this.mutated?.disconnect();
    this.mutated = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.covers.clear();
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.host.isConnected) document.documentElement.append(this.host);
    const origin = this.host.getBoundingClientRect();
    const view: Box = { left: origin.left, top: origin.top, right: origin.right, bottom: origin.bottom };
    const relaid = this.layoutChanged;
    this.layoutChanged = false;
    for (const cover of this.covers) if (!cover.isConnected) this.covers.delete(cover);
    const coverBoxes = [...this.covers].map((cover) => cover.getBoundingClientRect());
    const budget: HitBudget = { lines: LINES_PER_DRAWING, skip: this.nextLine, seen: 0, until: performance.now() + HIT_TESTING_MS };
    for (const layer of this.layers.values()) {
      if (layer.element.hidden) continue;
      for (const mark of layer.marks.values()) {
        if (relaid) mark.clips = undefined;
        const pieces = this.piecesOf(mark, view, coverBoxes, budget);
        this.write(mark, pieces, origin);
      }
    }
    // Next time, the lines after those looked at now (or from the first, once all were).
    this.nextLine = budget.seen > this.nextLine + LINES_PER_DRAWING - budget.lines ? this.nextLine + LINES_PER_DRAWING - budget.lines : 0;
  }

  /** The boxes a mark shows as now: its lines, clipped, less what covers them (looked for within the budget). */
  private piecesOf(mark: Mark, view: Box, coverBoxes: Box[], budget: HitBudget): Box[] {
    if (!mark.range.startContainer.isConnected || mark.range.collapsed) return [];
    const lines = textLines(mark.range);
    if (lines.length === 0) return [];
    mark.clips ??= clippingAncestors(mark.owner);
    const clip = clipBox(view, mark.clips);
    if (isEmpty(clip)) return [];
    let pieces = lines.flatMap((line) => visiblePieces(line, clip, coverBoxes));
    for (const piece of pieces) {
      if (budget.seen++ < budget.skip) continue;
      if (budget.lines === 0 || performance.now() > budget.until) break;
      budget.lines--;
      const x = (piece.left + piece.right) / 2;
      // Near its top and its bottom: a sticky header covers a line from above, a footer from below.
      for (const y of [piece.top + 1, piece.bottom - 1]) {
        const cover = coverAt(x, y, mark.owner, isUiHost);
        if (!cover || this.covers.has(cover)) continue;
        this.covers.add(cover);
        coverBoxes.push(cover.getBoundingClientRect());
        pieces = lines.flatMap((line) => visiblePieces(line, clip, coverBoxes));
      }
    }
    return pieces;
  }

  private write(mark: Mark, pieces: Box[], origin: Box): void {
    const drawn = pieces.map((p) => `${p.left - origin.left},${p.top - origin.top},${p.right - p.left},${p.bottom - p.top}`).join(' ');
    if (drawn === mark.drawn) return;
    mark.drawn = drawn;
    const { element } = mark;
    while (element.children.length > pieces.length) element.lastElementChild!.remove();
    pieces.forEach((piece, i) => {
      const line = (element.children[i] as HTMLElement | undefined) ?? element.appendChild(document.createElement('div'));
      line.className = 'mark-line';
      line.style.transform = `translate(${piece.left - origin.left}px, ${piece.top - origin.top}px)`;
      line.style.width = `${piece.right - piece.left}px`;
      line.style.height = `${piece.bottom - piece.top}px`;
    });
  }
}

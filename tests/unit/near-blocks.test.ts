// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearBlocks } from '../../lib/page/near-blocks';

/**
 * A fake layout: each block has a box down the page (document coordinates; a fixed one's are the
 * screen's), the window a scroll, scrolling containers their own; and the browser's observers,
 * which work out intersections and sizes at each frame, as Chromium does, from that layout.
 */
const SCREEN = 800;

interface Box {
  top: number;
  height: number;
}

class Layout {
  scroll = 0;
  height = 0;
  time = 0;
  readonly boxes = new Map<Element, Box | null>();
  readonly scrolled = new Map<Element, number>();
  /** Blocks whose box is the screen's (their style says position: fixed, for NearBlocks to read). */
  readonly fixed = new Set<Element>();
  readonly observers = new Set<FakeIntersectionObserver>();
  readonly resizers = new Set<FakeResizeObserver>();

  /** The box on the screen now. */
  rect(el: Element): DOMRectReadOnly {
    if (el === document.documentElement) return rect(-this.scroll, this.height);
    const box = this.boxes.get(el);
    if (!box) return rect(0, 0);
    if (this.fixed.has(el)) return rect(box.top, box.height);
    let top = box.top - this.scroll;
    for (const [scroller, by] of this.scrolled) if (scroller.contains(el)) top -= by;
    return rect(top, box.height);
  }

  /** A frame: the page laid out (sizes reported), then intersections worked out and reported. */
  frame(): void {
    this.time += 16;
    for (const resizer of this.resizers) resizer.check();
    for (const observer of this.observers) observer.check(this.time);
  }
}

const rect = (top: number, height: number) => ({ top, bottom: top + height, height, width: height > 0 ? 600 : 0, left: 0, right: height > 0 ? 600 : 0, x: 0, y: top }) as DOMRectReadOnly;

let layout: Layout;

class FakeIntersectionObserver {
  readonly targets = new Map<Element, boolean | undefined>();
  /** How many targets it was asked to observe, in all. */
  asked = 0;
  private queue: IntersectionObserverEntry[] = [];
  readonly margin: number;
  constructor(
    private readonly callback: (entries: IntersectionObserverEntry[]) => void,
    options: IntersectionObserverInit = {},
  ) {
    this.margin = options.rootMargin ? (parseInt(options.rootMargin, 10) / 100) * SCREEN : 0;
    layout.observers.add(this);
  }
  observe(target: Element) {
    this.asked++;
    if (!this.targets.has(target)) this.targets.set(target, undefined);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }
  check(time: number) {
    for (const [target, was] of this.targets) {
      const box = layout.rect(target);
      const isIntersecting = box.height > 0 && box.bottom >= -this.margin && box.top <= SCREEN + this.margin;
      if (was === isIntersecting) continue;
      this.targets.set(target, isIntersecting);
      this.queue.push({ target, time, isIntersecting, boundingClientRect: box } as unknown as IntersectionObserverEntry);
    }
    const entries = this.takeRecords();
    if (entries.length > 0) this.callback(entries);
  }
}

class FakeResizeObserver {
  private readonly sizes = new Map<Element, number>();
  constructor(private readonly callback: (entries: ResizeObserverEntry[]) => void) {
    layout.resizers.add(this);
  }
  observe(target: Element) {
    this.sizes.set(target, -1);
  }
  disconnect() {
    this.sizes.clear();
  }
  check() {
    const entries: ResizeObserverEntry[] = [];
    for (const [target, size] of this.sizes) {
      const height = target === document.documentElement || target === document.body ? layout.height : layout.rect(target).height;
      if (height === size) continue;
      this.sizes.set(target, height);
      entries.push({ target, contentRect: rect(0, height) } as unknown as ResizeObserverEntry);
    }
    if (entries.length > 0) this.callback(entries);
  }
}

/** Lets the microtasks run (the survey is started from one). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** One frame, with what it triggers: the survey asked for in it reports at the next. */
async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) {
    await settle();
    layout.frame();
    await settle();
  }
}

async function scrollTo(y: number, scroller?: Element): Promise<void> {
  if (scroller) {
    layout.scrolled.set(scroller, y);
    scroller.dispatchEvent(new Event('scroll'));
  } else {
    layout.scroll = y;
    document.dispatchEvent(new Event('scroll'));
  }
  await frames(1);
}

/** The blocks whose box on the screen now reaches within two screens of it. */
function truth(blocks: Element[]): Element[] {
  return blocks.filter((block) => {
    const box = layout.rect(block);
    return box.height > 0 && box.bottom >= -2 * SCREEN && box.top <= 3 * SCREEN;
  });
}

function paragraphs(count: number, parent: Element = document.body): HTMLElement[] {
  return Array.from({ length: count }, () => parent.appendChild(document.createElement('p')));
}

/** The near blocks as reported, and the two observers: the survey's (no margin) and the one for blocks with no position (NEAR's). */
function watching(blocks: Element[]) {
  const near = new Set<Element>();
  const boxless = new Set<Element>();
  const tracker = new NearBlocks({ came: (b) => near.add(b), left: (b) => near.delete(b), boxless: (b) => boxless.add(b) });
  for (const block of blocks) tracker.watch(block);
  const observers = [...layout.observers];
  return { tracker, near, boxless, surveyor: observers.find((o) => o.margin === 0)!, nearby: observers.find((o) => o.margin > 0)! };
}

beforeEach(() => {
  document.body.innerHTML = '';
  layout = new Layout();
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => layout.scroll });
  Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => SCREEN });
});

afterEach(() => vi.unstubAllGlobals());

describe('blocks near the screen', () => {
  it('reports exactly the blocks within two screens at every frame of a fast scroll, asking the browser nothing while it scrolls', async () => {
    // 1,000 blocks of 120 px, watched in no particular order (read again after changes).
    const blocks = paragraphs(1_000);
    blocks.forEach((block, i) => layout.boxes.set(block, { top: i * 120, height: 100 }));
    layout.height = 1_000 * 120;
    const shuffled = blocks.map((block, i) => ({ block, key: (i * 7919) % 1_000 })).sort((a, b) => a.key - b.key).map(({ block }) => block);
    const { near, tracker, surveyor, nearby } = watching(shuffled);
    await frames();
    await tracker.settled();
    expect(new Set(near)).toEqual(new Set(truth(blocks)));
    const surveyed = surveyor.asked;
    expect(surveyed).toBeGreaterThanOrEqual(1_000);
    for (let y = 0; y < layout.height; y += Math.round(SCREEN * 0.9)) {
      await scrollTo(y);
      expect(new Set(near)).toEqual(new Set(truth(blocks)));
    }
    // Each block measured once, none watched for nearness by the browser.
    expect(surveyor.asked).toBe(surveyed);
    expect(nearby.asked).toBe(0);
  });

  it('keeps fixed and sticky blocks near wherever the page is scrolled, and reports boxless ones', async () => {
    const article = paragraphs(300);
    article.forEach((block, i) => layout.boxes.set(block, { top: i * 120, height: 100 }));
    const banner = document.body.appendChild(document.createElement('div'));
    banner.style.position = 'fixed';
    layout.fixed.add(banner);
    layout.boxes.set(banner, { top: 700, height: 80 });
    const stickyBox = document.body.appendChild(document.createElement('section'));
    stickyBox.style.position = 'sticky';
    const inSticky = stickyBox.appendChild(document.createElement('p'));
    layout.boxes.set(inSticky, { top: 0, height: 40 });
    const hidden = document.body.appendChild(document.createElement('p'));
    layout.boxes.set(hidden, null);
    layout.height = 300 * 120;
    const { near, boxless, tracker, nearby } = watching([...article, banner, inSticky, hidden]);
    await frames();
    await tracker.settled();
    expect(boxless).toEqual(new Set([hidden]));
    // The browser watches only these three.
    expect(new Set(nearby.targets.keys())).toEqual(new Set([banner, inSticky, hidden]));
    await scrollTo(30_000);
    expect(near.has(banner)).toBe(true);
    expect(near.has(article[0]!)).toBe(false);
    expect(new Set(near)).toEqual(new Set([...truth(article), banner]));
  });

  it('measures the blocks again when the page grows above them, and when a scrolling container scrolls', async () => {
    const blocks = paragraphs(400);
    blocks.forEach((block, i) => layout.boxes.set(block, { top: i * 120, height: 100 }));
    const panel = document.body.appendChild(document.createElement('div'));
    const inPanel = paragraphs(100, panel);
    inPanel.forEach((block, i) => layout.boxes.set(block, { top: 1_000 + i * 120, height: 100 }));
    layout.height = 400 * 120;
    const all = [...blocks, ...inPanel];
    const { near, tracker, surveyor } = watching(all);
    await frames();
    await tracker.settled();
    await scrollTo(20_000);
    expect(new Set(near)).toEqual(new Set(truth(all)));

    // A line put in at the top: nothing is measured again (the blocks moved less than the slack).
    const asked = surveyor.asked;
    for (const block of blocks) layout.boxes.get(block)!.top += 20;
    layout.height += 20;
    await frames(3);
    expect(surveyor.asked).toBe(asked);
    expect(new Set(near)).toEqual(new Set(truth(all)));

    // Ten screens of content put in at the top: every block moves down, the view stays where it was.
    for (const block of blocks) layout.boxes.get(block)!.top += 8_000;
    layout.height += 8_000;
    await frames(3);
    expect(new Set(near)).toEqual(new Set(truth(all)));

    // The panel's own scroll brings its far blocks into the window's view.
    await scrollTo(0);
    await scrollTo(10_000, panel);
    await frames(2);
    expect(truth(inPanel).length).toBeGreaterThan(0);
    expect(new Set(near)).toEqual(new Set(truth(all)));
  });

  it('lets the browser watch the blocks of a container that keeps scrolling (the page’s own scroller)', async () => {
    const page = document.body.appendChild(document.createElement('main'));
    const blocks = paragraphs(400, page);
    blocks.forEach((block, i) => layout.boxes.set(block, { top: i * 120, height: 100 }));
    layout.height = SCREEN;
    const { near, tracker, surveyor, nearby } = watching(blocks);
    await frames();
    await tracker.settled();
    const surveyed = surveyor.asked;
    for (let y = 0; y < 400 * 120; y += Math.round(SCREEN * 0.9)) {
      await scrollTo(y, page);
      await frames(1);
      expect(new Set(near)).toEqual(new Set(truth(blocks)));
    }
    // Measured again once (the first scroll), then watched by the browser.
    expect(surveyor.asked).toBeLessThanOrEqual(surveyed + 401);
    expect(nearby.targets.size).toBe(400);
  });

  it('settles with no frame at all (a tab in the background), and forgets what it is told to', async () => {
    const blocks = paragraphs(3);
    blocks.forEach((block, i) => layout.boxes.set(block, { top: i * 120, height: 100 }));
    layout.height = 1_000;
    const { near, tracker } = watching(blocks);
    const started = performance.now();
    await tracker.settled();
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(near.size).toBe(0);
    await frames();
    expect(near.size).toBe(3);
    tracker.forget(blocks[1]!);
    expect(tracker.isNear(blocks[1]!)).toBe(false);
    tracker.clear();
    await frames();
    expect(tracker.isNear(blocks[0]!)).toBe(false);
    await tracker.settled();
  });
});

import type { Reason } from '../match/explain';
import type { Matcher } from '../match/matcher';
import { PageFacts } from '../match/page-facts';
import type { TermLayer } from './highlights';
import { compareStarts, makeOccurrence, occurrencesAtOffset, type Occurrence } from './occurrence';
import { inSlices } from './slices';
import { pointsAt, textBlocks, type TextBlock } from './text-blocks';
import { START_MARK, afterNextPaint, measure } from './timing';

export type { Occurrence };

/** The reader's corrections: is this occurrence not the term it was taken for? */
export type Dismissed = (occurrence: Occurrence) => boolean;

const inDocumentOrder = (a: Occurrence, b: Occurrence) => compareStarts(a.bounds, b.bounds);

/**
 * How often a long pass hands what it found so far to the highlight: every change to a
 * registered Highlight makes the browser repaint all of its ranges, so ranges are registered in
 * a few batches (the first slice's, which is the top of the page, at once), not slice by slice.
 */
const REGISTER_EVERY_MS = 250;

/**
 * Finds the dictionary's terms in a page's text and keeps their highlights in step with the
 * page: whole documents at start, and only the blocks that change afterwards.
 */
export class PageAnnotator {
  private readonly byContainer = new Map<Element, Occurrence[]>();
  private readonly byNode = new WeakMap<Text, Occurrence[]>();
  private readonly containerOf = new WeakMap<Occurrence, Element>();
  private facts: PageFacts;
  private dismissed: Dismissed = () => false;
  private readonly contextual = new Set<Occurrence>();
  private ordered: Occurrence[] | null = [];
  private shownCount = 0;
  /** Found and shown, not yet handed to the highlight (see REGISTER_EVERY_MS). */
  private readonly unregistered = new Map<StaticRange, string>();

  constructor(
    private matcher: Matcher,
    private readonly layer: TermLayer,
    private readonly onChange: () => void = () => {},
  ) {
    this.facts = new PageFacts(matcher);
  }

  /**
   * Reads (or re-reads) every block under `root`, yielding to the browser between slices.
   * `blocks`: those blocks, when they are walked already (walk-ahead.ts).
   */
  async annotate(root: Node, blocks: Iterable<TextBlock> = textBlocks(root)): Promise<void> {
    const cleared = new Set<Element>();
    let registered = -Infinity;
    const registerNow = (): Promise<void> | void => {
      if (performance.now() - registered < REGISTER_EVERY_MS) return;
      const first = this.layer.size === 0 && this.unregistered.size > 0;
      this.register();
      registered = performance.now();
      // The first highlights of the page are painted before reading on: a yield alone may
      // not let the browser render (a continuation of scheduler.yield runs first).
      if (first) return new Promise((resolve) => afterNextPaint(resolve));
    };
    await inSlices(blocks, (block) => {
      if (!cleared.has(block.container)) {
        cleared.add(block.container);
        this.forgetContainer(block.container);
      }
      this.read(block);
    }, undefined, registerNow);
    this.register();
    this.onChange();
  }

  /**
   * Reads one block again (a change inside it): only the occurrences that touch its text nodes
   * are forgotten, not those of the other blocks of its container.
   */
  rereadBlock(block: TextBlock): void {
    this.forgetNodes(block.nodes);
    this.read(block);
    this.register();
    this.onChange();
  }

  /**
   * Could a change to this text node alone change what the page shows? Not when nothing found
   * so far touches it and its own text holds no term (a clock, a counter, a score): a term
   * that would only form across its edges is left for the next read of its block.
   */
  matters(node: Text): boolean {
    return this.byNode.has(node) || this.matcher.scan(node.data).terms.length > 0;
  }

  /** Drops what was found in text that left the page. */
  forgetNodes(nodes: Iterable<Text>): void {
    const gone = new Set<Occurrence>();
    for (const node of nodes) {
      for (const occurrence of this.byNode.get(node) ?? []) gone.add(occurrence);
    }
    const containers = new Set([...gone].map((occurrence) => this.containerOf.get(occurrence)!));
    for (const container of containers) {
      const kept = this.byContainer.get(container)?.filter((occurrence) => !gone.has(occurrence)) ?? [];
      if (kept.length > 0) this.byContainer.set(container, kept);
      else this.byContainer.delete(container);
    }
    this.drop(gone);
  }

  /** Forgets the whole page, to read it again with `matcher` (other kinds of terms) or not at all. */
  reset(matcher: Matcher = this.matcher): void {
    for (const container of [...this.byContainer.keys()]) this.forgetContainer(container);
    this.unregistered.clear();
    this.matcher = matcher;
    this.facts = new PageFacts(matcher);
    this.onChange();
  }

  /** Hides what the reader said is not the term, at once, and in every block read later. */
  dismiss(dismissed: Dismissed): void {
    this.dismissed = dismissed;
    for (const occurrence of [...this.byContainer.values()].flat()) this.paint(occurrence);
    this.register();
    this.onChange();
  }

  /** Why an occurrence counts, when a rule decided it: its own, or what the page says now. */
  reasonOf(occurrence: Occurrence): Reason | undefined {
    return occurrence.reason ?? this.facts.reason(occurrence.rule);
  }

  /** Drops what was found in a subtree that left the page. */
  forget(root: Element): void {
    this.forgetContainer(root);
    for (const el of root.querySelectorAll('*')) this.forgetContainer(el);
    this.onChange();
  }

  /** How many occurrences are shown, without ordering them. */
  get count(): number {
    return this.shownCount;
  }

  /**
   * Shown occurrences in no particular order, for counting: putting thousands in document order
   * costs a DOM comparison each time two are compared (50 ms for 4,000 on a deep page).
   */
  shown(): Occurrence[] {
    return [...this.byContainer.values()].flat().filter((o) => o.shown && o.nodes[0]!.isConnected && o.nodes.at(-1)!.isConnected);
  }

  /** Shown occurrences in document order. */
  occurrences(): Occurrence[] {
    this.ordered ??= this.shown().sort(inDocumentOrder);
    return this.ordered;
  }

  /** The shown occurrences at a caret position (at most two: see occurrencesAtOffset). */
  occurrencesAt(node: Text, offset: number): Occurrence[] {
    const inNode = this.byNode.get(node);
    return inNode ? occurrencesAtOffset(inNode, node, offset).filter((o) => o.shown) : [];
  }

  /** Reads a block; returns those of `known` (read before) that are found again at the same place. */
  private read(block: TextBlock, known: ReadonlySet<Occurrence> = new Set()): Set<Occurrence> {
    const scan = this.matcher.scan(block.text);
    const { decisions, learned } = this.facts.read(scan);
    // Known occurrences by where they start (node, then offset): one look-up per term found.
    const byStart = new Map<Node, Map<number, Occurrence>>();
    for (const occurrence of known) {
      const { startContainer, startOffset } = occurrence.bounds;
      const inNode = byStart.get(startContainer) ?? byStart.set(startContainer, new Map()).get(startContainer)!;
      inNode.set(startOffset, occurrence);
    }
    const foundAgain = new Set<Occurrence>();
    const found: Array<{ occurrence: Occurrence; decided: boolean | null }> = [];
    scan.terms.forEach(({ termId, start, end, context, reason }, i) => {
      const { points, nodes } = pointsAt(block, start, end);
      const same = byStart.get(points.startContainer)?.get(points.startOffset);
      if (same && same.termId === termId && same.bounds.endContainer === points.endContainer && same.bounds.endOffset === points.endOffset) {
        foundAgain.add(same);
        return;
      }
      const occurrence = makeOccurrence(termId, block.text.slice(start, end), new StaticRange(points), nodes, context, reason);
      found.push({ occurrence, decided: decisions[i]! });
    });
    const list = this.byContainer.get(block.container) ?? [];
    if (found.length > 0) this.byContainer.set(block.container, list);
    for (const { occurrence, decided } of found) {
      list.push(occurrence);
      this.containerOf.set(occurrence, block.container);
      for (const node of occurrence.nodes) {
        const inNode = this.byNode.get(node);
        if (inNode) inNode.push(occurrence);
        else this.byNode.set(node, [occurrence]);
      }
      if (decided === null) this.contextual.add(occurrence);
      this.show(occurrence, decided ?? this.facts.holds(occurrence.rule));
    }
    // New occurrences among kept ones: keep each node's list in order, as hit-testing needs.
    if (foundAgain.size > 0) for (const node of new Set(found.flatMap(({ occurrence }) => occurrence.nodes))) this.byNode.get(node)!.sort(inDocumentOrder);
    // Earlier occurrences can only change when the page shows something new.
    if (learned) this.reviewContext();
    return foundAgain;
  }

  /** Shows or hides context-dependent occurrences as the page's subject becomes clear. */
  private reviewContext(): void {
    for (const occurrence of this.contextual) this.show(occurrence, this.facts.holds(occurrence.rule));
  }

  private show(occurrence: Occurrence, holds: boolean): void {
    occurrence.holds = holds;
    this.paint(occurrence);
  }

  /** Shown: it holds, and the reader has not said it is not this term. */
  private paint(occurrence: Occurrence): void {
    const shown = occurrence.holds && !this.dismissed(occurrence);
    if (occurrence.shown === shown) return;
    occurrence.shown = shown;
    this.shownCount += shown ? 1 : -1;
    if (shown) this.unregistered.set(occurrence.bounds, occurrence.termId);
    else if (!this.unregistered.delete(occurrence.bounds)) this.layer.delete(occurrence.bounds, occurrence.termId);
    this.ordered = null;
  }

  /** Hands the ranges found since the last time to the highlight, in one change. */
  private register(): void {
    if (this.unregistered.size === 0) return;
    // For the benchmark: the content script's start → the first highlights painted.
    if (this.layer.size === 0) afterNextPaint(() => measure('sst:first-highlights', START_MARK));
    for (const [bounds, termId] of this.unregistered) this.layer.add(bounds, termId);
    this.unregistered.clear();
  }

  private forgetContainer(container: Element): void {
    const list = this.byContainer.get(container);
    if (!list) return;
    this.byContainer.delete(container);
    this.drop(list);
  }

  private drop(occurrences: Iterable<Occurrence>): void {
    const gone = new Set(occurrences);
    const nodes = new Set<Text>();
    for (const occurrence of gone) {
      this.show(occurrence, false);
      this.contextual.delete(occurrence);
      for (const node of occurrence.nodes) nodes.add(node);
    }
    // Each node's list filtered once, however many of its occurrences go.
    for (const node of nodes) {
      const left = this.byNode.get(node)?.filter((other) => !gone.has(other)) ?? [];
      if (left.length > 0) this.byNode.set(node, left);
      else this.byNode.delete(node);
    }
    this.ordered = null;
  }
}

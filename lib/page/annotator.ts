import type { Reason } from '../match/explain';
import type { Matcher } from '../match/matcher';
import { PageFacts } from '../match/page-facts';
import { BlockOrder } from './block-order';
import type { TermLayer } from './highlights';
import { NearPainter } from './near-painter';
import { inDocumentOrder, makeOccurrence, occurrencesAtOffset, type BlockPlace, type Occurrence } from './occurrence';
import { isSkipped, isSkippedByMarkup } from './skip-rules';
import { inSlices } from '../scheduling/slices';
import { skipVerdicts, textBlocks, type TextBlock } from './text-blocks';

export type { Occurrence };

/** The reader's corrections: is this occurrence not the term it was taken for? */
export type Dismissed = (occurrence: Occurrence) => boolean;

/** A block of the page that holds occurrences, as read. */
interface ReadBlock {
  block: TextBlock;
  place: BlockPlace;
  occurrences: Occurrence[];
}

/**
 * Finds the dictionary's terms in a page's text and keeps their highlights in step with the
 * page: whole documents at start, and only the blocks that change afterwards.
 *
 * What the whole page pays for is the scan: its text, walked by the markup's rules, matched,
 * and each occurrence kept with its block and offsets, in document order (BlockOrder), which is
 * all the counts, the popup's list and the sightings need. Where an occurrence is in the DOM (a
 * StaticRange, its text nodes), whether the page's style hides it, and its highlight, are made
 * when its block comes near the screen (NearPainter), or when something asks (the keyboard
 * moving to it, a card): a long page's far text never pays for them.
 */
export class PageAnnotator {
  private readonly byContainer = new Map<Element, ReadBlock[]>();
  /** The block each text node of a block with occurrences belongs to. */
  private readonly blockOfNode = new WeakMap<Text, ReadBlock>();
  private readonly blockOf = new WeakMap<Occurrence, ReadBlock>();
  /** Occurrences by text node, for those placed (near the screen): hit-testing under the pointer. */
  private readonly byNode = new WeakMap<Text, Occurrence[]>();
  /** Occurrences placed: located in the DOM and checked against the page's style. */
  private readonly placed = new WeakSet<Occurrence>();
  private readonly order = new BlockOrder();
  private readonly painter: NearPainter;
  private facts: PageFacts;
  private dismissed: Dismissed = () => false;
  private readonly contextual = new Set<Occurrence>();
  private ordered: Occurrence[] | null = [];
  private shownCount = 0;
  /** The style's verdicts on elements, kept for the task under way (the page may change between tasks). */
  private verdicts?: (el: Element | null) => boolean;
  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  private matcher: Matcher;
  private readonly onChange: () => void;

  constructor(matcher: Matcher, layer: TermLayer, onChange: () => void = () => {}) {
    this.matcher = matcher;
    this.onChange = onChange;
    this.facts = new PageFacts(matcher);
    this.painter = new NearPainter(layer, (container) => this.place(container));
  }

  /**
   * Reads (or re-reads) every block under `root`, yielding to the browser between slices.
   * `blocks`: those blocks, when they are walked already (walk-ahead.ts, by the markup's rules).
   */
  async annotate(root: Node, blocks: Iterable<TextBlock> = textBlocks(root, isSkippedByMarkup)): Promise<void> {
    // The first read of a page meets its blocks in document order: they are numbered as they come.
    const inOrder = this.byContainer.size === 0;
    const cleared = new Set<Element>();
    await inSlices(blocks, (block) => {
      if (!cleared.has(block.container)) {
        cleared.add(block.container);
        this.forgetContainer(block.container);
      }
      this.read(block, inOrder);
    });
    this.onChange();
  }

  /** Reads one block again (a change inside it): the blocks that share its text nodes are forgotten first. */
  rereadBlock(block: TextBlock): void {
    this.forgetNodes(block.nodes);
    this.read(block, false);
    this.onChange();
  }

  /**
   * Could a change to this text node alone change what the page shows? Not when no block with
   * occurrences holds it and its own text holds no term (a clock, a counter, a score): a term
   * that would only form across its edges is left for the next read of its block.
   */
  matters(node: Text): boolean {
    return this.blockOfNode.has(node) || this.matcher.scan(node.data).terms.length > 0;
  }

  /** Drops the blocks (with all their occurrences) that hold any of these text nodes. */
  forgetNodes(nodes: Iterable<Text>): void {
    const gone = new Set<ReadBlock>();
    for (const node of nodes) {
      const read = this.blockOfNode.get(node);
      if (read) gone.add(read);
    }
    for (const read of gone) {
      const container = read.block.container;
      const kept = this.byContainer.get(container)?.filter((other) => other !== read) ?? [];
      if (kept.length > 0) this.byContainer.set(container, kept);
      else this.byContainer.delete(container);
      this.drop([read]);
      if (kept.length === 0) this.painter.forget(container);
      else this.painter.update(container);
    }
  }

  /** Forgets the whole page, to read it again with `matcher` (other kinds of terms) or not at all. */
  reset(matcher: Matcher = this.matcher): void {
    for (const container of [...this.byContainer.keys()]) this.forgetContainer(container);
    this.order.clear();
    this.painter.clear();
    this.matcher = matcher;
    this.facts = new PageFacts(matcher);
    this.onChange();
  }

  /** Hides what the reader said is not the term, at once, and in every block read later. */
  dismiss(dismissed: Dismissed): void {
    this.dismissed = dismissed;
    for (const [container, blocks] of this.byContainer) {
      for (const { occurrences } of blocks) for (const occurrence of occurrences) this.paint(occurrence);
      this.painter.update(container);
    }
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

  /** Shown occurrences in no particular order, for counting (nothing located in the DOM). */
  shown(): Occurrence[] {
    const shown: Occurrence[] = [];
    for (const blocks of this.byContainer.values()) {
      for (const { block, occurrences } of blocks) {
        if (!block.nodes[0]!.isConnected) continue;
        for (const occurrence of occurrences) if (occurrence.shown) shown.push(occurrence);
      }
    }
    return shown;
  }

  /** Shown occurrences in document order (by their blocks' places: no DOM comparison). */
  occurrences(): Occurrence[] {
    this.ordered ??= this.shown().sort(inDocumentOrder);
    return this.ordered;
  }

  /** The shown occurrences at a caret position (at most two: see occurrencesAtOffset). */
  occurrencesAt(node: Text, offset: number): Occurrence[] {
    const inNode = this.byNode.get(node);
    return inNode ? occurrencesAtOffset(inNode, node, offset).filter((o) => o.shown) : [];
  }

  /** The shown occurrence whose live Range this is (a card's anchor), making no Range. */
  occurrenceWithRange(range: Range): Occurrence | undefined {
    for (const blocks of this.byContainer.values()) {
      for (const { occurrences } of blocks) for (const occurrence of occurrences) if (occurrence.shown && occurrence.hasRange(range)) return occurrence;
    }
    return undefined;
  }

  /** Resolves once the blocks near the screen are painted and checked against the style (see NearPainter.settled). */
  painted(): Promise<void> {
    return this.painter.settled();
  }

  /** Takes every highlight off the page. */
  unpaint(): void {
    this.painter.clear();
  }

  /** Reads a block: its occurrences, in order, and what it tells of the page. */
  private read(block: TextBlock, inOrder: boolean): void {
    const scan = this.matcher.scan(block.text);
    const { decisions, learned } = this.facts.read(scan);
    if (scan.terms.length > 0) {
      const place = inOrder ? this.order.append(block.nodes[0]!) : this.order.insert(block.nodes[0]!);
      const read: ReadBlock = { block, place, occurrences: [] };
      const { container } = block;
      const list = this.byContainer.get(container);
      if (list) list.push(read);
      else this.byContainer.set(container, [read]);
      for (const node of block.nodes) this.blockOfNode.set(node, read);
      scan.terms.forEach(({ termId, start, end, context, reason }, i) => {
        const occurrence = makeOccurrence(termId, block, place, start, end, context, reason);
        read.occurrences.push(occurrence);
        this.blockOf.set(occurrence, read);
        const decided = decisions[i]!;
        if (decided === null) this.contextual.add(occurrence);
        this.show(occurrence, decided ?? this.facts.holds(occurrence.rule));
      });
      this.painter.watch(container);
      this.painter.update(container);
    }
    // Earlier occurrences can only change when the page shows something new.
    if (learned) this.reviewContext();
  }

  /**
   * The occurrences of a container as it comes near the screen: located in the DOM (for the
   * pointer too) and checked against the page's style, once; those shown, to paint.
   */
  private place(container: Element): Occurrence[] {
    const blocks = this.byContainer.get(container) ?? [];
    const touched = new Set<Text>();
    for (const { occurrences } of blocks) {
      for (const occurrence of occurrences) {
        if (this.placed.has(occurrence)) continue;
        this.placed.add(occurrence);
        const hidden = this.styleVerdicts();
        occurrence.hidden = occurrence.nodes.some((node) => hidden(node.parentElement));
        for (const node of occurrence.nodes) {
          const inNode = this.byNode.get(node);
          if (inNode) inNode.push(occurrence);
          else this.byNode.set(node, [occurrence]);
          touched.add(node);
        }
        this.paint(occurrence);
      }
    }
    // Each node's list in order, as hit-testing needs (a block read again comes after the others).
    for (const node of touched) this.byNode.get(node)!.sort(inDocumentOrder);
    if (touched.size > 0) this.onChange();
    return blocks.flatMap(({ occurrences }) => occurrences.filter((occurrence) => occurrence.shown));
  }

  /** Skip verdicts of the page's style, remembered until the task under way ends. */
  private styleVerdicts(): (el: Element | null) => boolean {
    if (!this.verdicts) {
      this.verdicts = skipVerdicts(document, isSkipped);
      queueMicrotask(() => (this.verdicts = undefined));
    }
    return this.verdicts;
  }

  /** Shows or hides context-dependent occurrences as the page's subject becomes clear. */
  private reviewContext(): void {
    const changed = new Set<Element>();
    for (const occurrence of this.contextual) {
      if (this.show(occurrence, this.facts.holds(occurrence.rule))) changed.add(this.blockOf.get(occurrence)!.block.container);
    }
    for (const container of changed) this.painter.update(container);
  }

  /** True when whether it is shown changed. */
  private show(occurrence: Occurrence, holds: boolean): boolean {
    occurrence.holds = holds;
    return this.paint(occurrence);
  }

  /** Shown: it holds, is not hidden, and the reader has not said it is not this term. True when that changed. */
  private paint(occurrence: Occurrence): boolean {
    const shown = occurrence.holds && !occurrence.hidden && !this.dismissed(occurrence);
    if (occurrence.shown === shown) return false;
    occurrence.shown = shown;
    this.shownCount += shown ? 1 : -1;
    this.ordered = null;
    return true;
  }

  private forgetContainer(container: Element): void {
    const blocks = this.byContainer.get(container);
    if (!blocks) return;
    this.byContainer.delete(container);
    this.drop(blocks);
    this.painter.forget(container);
  }

  private drop(blocks: readonly ReadBlock[]): void {
    const places = new Set<BlockPlace>();
    for (const read of blocks) {
      places.add(read.place);
      for (const occurrence of read.occurrences) {
        this.show(occurrence, false);
        this.contextual.delete(occurrence);
        if (!this.placed.has(occurrence)) continue;
        for (const node of occurrence.nodes) {
          const left = this.byNode.get(node)?.filter((other) => other !== occurrence) ?? [];
          if (left.length > 0) this.byNode.set(node, left);
          else this.byNode.delete(node);
        }
      }
      for (const node of read.block.nodes) if (this.blockOfNode.get(node) === read) this.blockOfNode.delete(node);
    }
    this.order.remove(places);
    this.ordered = null;
  }
}

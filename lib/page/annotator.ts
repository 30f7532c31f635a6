import type { TermId } from '../dictionary/schema';
import type { Reason } from '../match/explain';
import type { Matcher } from '../match/matcher';
import { PageFacts } from '../match/page-facts';
import type { TermLayer } from './highlights';
import { inSlices } from './slices';
import { locate, textBlocks, type TextBlock } from './text-blocks';

/** One occurrence of a term on the page. */
export interface Occurrence {
  termId: TermId;
  /** The exact text matched on the page. */
  text: string;
  range: Range;
  /** The text nodes the range touches, for hit-testing under the pointer. */
  nodes: Text[];
  /** The page-context rule the occurrence depends on, or -1. */
  rule: number;
  /** Which rule let it count, when the card should say so. */
  reason?: Reason;
  /** Its context (if any) holds on the page as read so far. */
  holds: boolean;
  /** Shown: it holds, and the reader has not said it is not this term. */
  shown: boolean;
}

/** The reader's corrections: is this occurrence not the term it was taken for? */
export type Dismissed = (occurrence: Occurrence) => boolean;

const inDocumentOrder = (a: Occurrence, b: Occurrence) =>
  a.range.compareBoundaryPoints(Range.START_TO_START, b.range);

/**
 * Finds the dictionary's terms in a page's text and keeps their highlights in step with the
 * page: whole documents at start, and only the blocks that change afterwards.
 */
export class PageAnnotator {
  private readonly byContainer = new Map<Element, Occurrence[]>();
  private readonly byNode = new WeakMap<Text, Occurrence[]>();
  private facts: PageFacts;
  private readonly contextual = new Set<Occurrence>();
  private ordered: Occurrence[] | null = [];
  private shownCount = 0;
  private dismissed: Dismissed = () => false;

  constructor(
    private matcher: Matcher,
    private readonly layer: TermLayer,
    private readonly onChange: () => void = () => {},
  ) {
    this.facts = new PageFacts(matcher);
  }

  /** Reads (or re-reads) every block under `root`, yielding to the browser between slices. */
  async annotate(root: Node): Promise<void> {
    const cleared = new Set<Element>();
    await inSlices(textBlocks(root), (block) => {
      if (!cleared.has(block.container)) {
        cleared.add(block.container);
        this.forgetContainer(block.container);
      }
      this.read(block);
    });
    this.onChange();
  }

  /** Forgets the whole page, to read it again with `matcher` (other kinds of terms) or not at all. */
  reset(matcher: Matcher = this.matcher): void {
    for (const container of [...this.byContainer.keys()]) this.forgetContainer(container);
    this.matcher = matcher;
    this.facts = new PageFacts(matcher);
    this.onChange();
  }

  /** Drops what was found in a subtree that left the page. */
  forget(root: Element): void {
    this.forgetContainer(root);
    for (const el of root.querySelectorAll('*')) this.forgetContainer(el);
    this.onChange();
  }

  /** Hides what the reader said is not the term, at once, and in every block read later. */
  dismiss(dismissed: Dismissed): void {
    this.dismissed = dismissed;
    for (const occurrence of [...this.byContainer.values()].flat()) this.paint(occurrence);
    this.onChange();
  }

  /** Why an occurrence counts, when a rule decided it: its own, or what the page says now. */
  reasonOf(occurrence: Occurrence): Reason | undefined {
    return occurrence.reason ?? this.facts.reason(occurrence.rule);
  }

  /** How many occurrences are shown, without ordering them. */
  get count(): number {
    return this.shownCount;
  }

  /** Shown occurrences in document order. */
  occurrences(): Occurrence[] {
    if (!this.ordered) {
      this.ordered = [...this.byContainer.values()]
        .flat()
        .filter((o) => o.shown && !o.range.collapsed)
        .sort(inDocumentOrder);
    }
    return this.ordered;
  }

  /** The shown occurrences that touch a text node. */
  occurrencesIn(node: Text): readonly Occurrence[] {
    return this.byNode.get(node)?.filter((o) => o.shown) ?? [];
  }

  private read(block: TextBlock): void {
    const scan = this.matcher.scan(block.text);
    const { decisions, learned } = this.facts.read(scan);
    const found = scan.terms.map(({ termId, start, end, context, reason }): Occurrence => ({
      termId,
      text: block.text.slice(start, end),
      ...locate(block, start, end),
      rule: context,
      ...(reason && { reason }),
      holds: false,
      shown: false,
    }));
    const list = this.byContainer.get(block.container) ?? [];
    if (found.length > 0) this.byContainer.set(block.container, list);
    found.forEach((occurrence, i) => {
      list.push(occurrence);
      for (const node of occurrence.nodes) {
        const inNode = this.byNode.get(node);
        if (inNode) inNode.push(occurrence);
        else this.byNode.set(node, [occurrence]);
      }
      const decided = decisions[i]!;
      if (decided === null) this.contextual.add(occurrence);
      this.show(occurrence, decided ?? this.facts.holds(occurrence.rule));
    });
    // Earlier occurrences can only change when the page shows something new.
    if (learned) this.reviewContext();
  }

  /** Shows or hides context-dependent occurrences as the page's subject becomes clear. */
  private reviewContext(): void {
    for (const occurrence of this.contextual) this.show(occurrence, this.facts.holds(occurrence.rule));
  }

  private show(occurrence: Occurrence, holds: boolean): void {
    occurrence.holds = holds;
    this.paint(occurrence);
  }

  private paint(occurrence: Occurrence): void {
    const shown = occurrence.holds && !this.dismissed(occurrence);
    if (occurrence.shown === shown) return;
    occurrence.shown = shown;
    this.shownCount += shown ? 1 : -1;
    if (shown) this.layer.add(occurrence.range, occurrence.termId);
    else this.layer.delete(occurrence.range, occurrence.termId);
    this.ordered = null;
  }

  private forgetContainer(container: Element): void {
    const list = this.byContainer.get(container);
    if (!list) return;
    this.byContainer.delete(container);
    for (const occurrence of list) {
      this.show(occurrence, false);
      this.contextual.delete(occurrence);
      for (const node of occurrence.nodes) this.byNode.delete(node);
    }
    this.ordered = null;
  }
}

import type { Matcher } from '../match/matcher';
import type { HighlightLayer } from './highlights';
import { compareStarts, makeOccurrence, occurrencesAtOffset, type Occurrence } from './occurrence';
import { inSlices } from './slices';
import { locateStatic, textBlocks, type TextBlock } from './text-blocks';

export type { Occurrence };

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
  private readonly seenCues = new Set<number>();
  private readonly contextual = new Set<Occurrence>();
  private ordered: Occurrence[] | null = [];
  private shownCount = 0;
  /** Found and shown, not yet handed to the highlight (see REGISTER_EVERY_MS). */
  private readonly unregistered = new Set<StaticRange>();

  constructor(
    private matcher: Matcher,
    private readonly layer: HighlightLayer,
    private readonly onChange: () => void = () => {},
  ) {}

  /** Reads (or re-reads) every block under `root`, yielding to the browser between slices. */
  async annotate(root: Node): Promise<void> {
    const cleared = new Set<Element>();
    let registered = -Infinity;
    const registerNow = () => {
      if (performance.now() - registered < REGISTER_EVERY_MS) return;
      this.register();
      registered = performance.now();
    };
    await inSlices(textBlocks(root), (block) => {
      if (!cleared.has(block.container)) {
        cleared.add(block.container);
        this.forgetContainer(block.container);
      }
      this.read(block);
    }, undefined, registerNow);
    this.register();
    this.onChange();
  }

  /** Forgets the whole page, to read it again with `matcher` (other kinds of terms) or not at all. */
  reset(matcher: Matcher = this.matcher): void {
    for (const container of [...this.byContainer.keys()]) this.forgetContainer(container);
    this.unregistered.clear();
    this.seenCues.clear();
    this.matcher = matcher;
    this.onChange();
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

  /** Shown occurrences in document order. */
  occurrences(): Occurrence[] {
    if (!this.ordered) {
      this.ordered = [...this.byContainer.values()]
        .flat()
        .filter((o) => o.shown && o.nodes[0]!.isConnected && o.nodes.at(-1)!.isConnected)
        .sort(inDocumentOrder);
    }
    return this.ordered;
  }

  /** The shown occurrences at a caret position (at most two: see occurrencesAtOffset). */
  occurrencesAt(node: Text, offset: number): Occurrence[] {
    const inNode = this.byNode.get(node);
    return inNode ? occurrencesAtOffset(inNode, node, offset).filter((o) => o.shown) : [];
  }

  private read(block: TextBlock): void {
    const { terms, cues } = this.matcher.scan(block.text);
    const found = terms.map(({ termId, start, end, context }) =>
      makeOccurrence({ termId, text: block.text.slice(start, end), ...locateStatic(block, start, end), rule: context, shown: false }),
    );
    const list = this.byContainer.get(block.container) ?? [];
    if (found.length > 0) this.byContainer.set(block.container, list);
    for (const occurrence of found) {
      list.push(occurrence);
      for (const node of occurrence.nodes) {
        const inNode = this.byNode.get(node);
        if (inNode) inNode.push(occurrence);
        else this.byNode.set(node, [occurrence]);
      }
      if (occurrence.rule >= 0) this.contextual.add(occurrence);
      else this.show(occurrence, true);
    }
    const before = this.seenCues.size;
    for (const cue of cues) this.seenCues.add(cue);
    if (this.seenCues.size !== before || found.some((o) => o.rule >= 0)) this.reviewContext();
  }

  /** Shows or hides context-dependent occurrences as the page's subject becomes clear. */
  private reviewContext(): void {
    for (const occurrence of this.contextual) {
      this.show(occurrence, this.matcher.contextHolds(occurrence.rule, this.seenCues));
    }
  }

  private show(occurrence: Occurrence, shown: boolean): void {
    if (occurrence.shown === shown) return;
    occurrence.shown = shown;
    this.shownCount += shown ? 1 : -1;
    if (shown) this.unregistered.add(occurrence.bounds);
    else if (!this.unregistered.delete(occurrence.bounds)) this.layer.delete(occurrence.bounds);
    this.ordered = null;
  }

  /** Hands the ranges found since the last time to the highlight, in one change. */
  private register(): void {
    for (const bounds of this.unregistered) this.layer.add(bounds);
    this.unregistered.clear();
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

import { COLOUR_SLOTS } from '../watchlists/schema';
import { highlightLayer, LAYER_PRIORITY, type HighlightLayer, type HighlightNames, type HighlightRole, type TermLayer } from './highlights';

/** The reader's lists are painted by colour slot: `::highlight(watchN)` in highlight-styles.css. */
export const watchRole = (slot: number) => `watch${((slot % COLOUR_SLOTS) + COLOUR_SLOTS) % COLOUR_SLOTS}` as HighlightRole;

/**
 * Term ranges painted by source: a term of the reader's lists (or a bundled one a list shares)
 * in its list's colour, the others in the bundled style. A range is deleted from the layer it
 * was added to, even after the colours changed.
 */
export class WatchLayers implements TermLayer {
  private readonly slots = new Map<number, HighlightLayer>();
  private readonly paintedIn = new WeakMap<AbstractRange, HighlightLayer>();
  private slotOf: (termId: string) => number = () => -1;
  private painted = true;

  constructor(
    private readonly bundled: HighlightLayer,
    private readonly names: HighlightNames,
  ) {}

  /** Which slot each term is painted in (-1: the bundled style), from the next range added. */
  colour(slotOf: (termId: string) => number): void {
    this.slotOf = slotOf;
  }

  get size(): number {
    let size = this.bundled.highlight.size;
    for (const layer of this.slots.values()) size += layer.highlight.size;
    return size;
  }

  add(range: AbstractRange, termId: string): void {
    const slot = this.slotOf(termId);
    const layer = slot < 0 ? this.bundled : this.slotLayer(slot);
    this.paintedIn.set(range, layer);
    layer.add(range);
  }

  delete(range: AbstractRange): void {
    this.paintedIn.get(range)?.delete(range);
    this.paintedIn.delete(range);
  }

  /** The layers of the lists' colours made so far, to be removed with the others. */
  layers(): HighlightLayer[] {
    return [...this.slots.values()];
  }

  /** "Off until hovered" hides the lists' colours as it hides the bundled style. */
  show(painted: boolean): void {
    this.painted = painted;
    for (const [slot, layer] of this.slots) this.register(slot, layer);
  }

  private slotLayer(slot: number): HighlightLayer {
    let layer = this.slots.get(slot);
    if (!layer) {
      layer = highlightLayer(this.names[watchRole(slot)], LAYER_PRIORITY.term);
      this.slots.set(slot, layer);
      this.register(slot, layer);
    }
    return layer;
  }

  private register(slot: number, layer: HighlightLayer): void {
    if (this.painted) CSS.highlights.set(this.names[watchRole(slot)], layer.highlight);
    else CSS.highlights.delete(this.names[watchRole(slot)]);
  }
}

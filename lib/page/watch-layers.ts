import { highlightLayer, type HighlightLayer, type TermLayer } from './highlights';

/** The reader's lists are painted by colour slot: `::highlight(sst-watch-N)` (watchlists.css). */
export const watchHighlightName = (slot: number) => `sst-watch-${slot}`;

/**
 * Term ranges painted by source: a term of the reader's lists (or a bundled one a list shares)
 * in its list's colour, the others in the bundled style. A range is deleted from the layer it
 * was added to, even after the colours changed.
 */
export class WatchLayers implements TermLayer {
  private readonly slots = new Map<number, HighlightLayer>();
  private readonly paintedIn = new WeakMap<Range, HighlightLayer>();
  private slotOf: (termId: string) => number = () => -1;
  private painted = true;

  constructor(private readonly bundled: HighlightLayer) {}

  /** Which slot each term is painted in (-1: the bundled style), from the next range added. */
  colour(slotOf: (termId: string) => number): void {
    this.slotOf = slotOf;
  }

  add(range: Range, termId: string): void {
    const slot = this.slotOf(termId);
    const layer = slot < 0 ? this.bundled : this.slotLayer(slot);
    this.paintedIn.set(range, layer);
    layer.add(range);
  }

  delete(range: Range): void {
    this.paintedIn.get(range)?.delete(range);
    this.paintedIn.delete(range);
  }

  /** "Off until hovered" hides the lists' colours as it hides the bundled style. */
  show(painted: boolean): void {
    this.painted = painted;
    for (const [slot, layer] of this.slots) this.register(slot, layer);
  }

  private slotLayer(slot: number): HighlightLayer {
    let layer = this.slots.get(slot);
    if (!layer) {
      layer = highlightLayer(`${watchHighlightName(slot)}-ranges`);
      this.slots.set(slot, layer);
      this.register(slot, layer);
    }
    return layer;
  }

  private register(slot: number, layer: HighlightLayer): void {
    if (this.painted) CSS.highlights.set(watchHighlightName(slot), layer.highlight);
    else CSS.highlights.delete(watchHighlightName(slot));
  }
}

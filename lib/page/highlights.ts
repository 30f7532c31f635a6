import type { HighlightStyle } from '../settings';

/**
 * Term highlights painted with the CSS Custom Highlight API: ranges are registered with the
 * browser and styled by `::highlight()` rules in the page's scope, so the page's DOM is left
 * exactly as it was.
 */
export const TERM_HIGHLIGHT = 'sst-term';
/** Passages the reader saved, in a style of their own. */
export const SAVED_HIGHLIGHT = 'sst-saved';
/** The term the keyboard is on, painted over the others. */
export const ACTIVE_HIGHLIGHT = 'sst-term-active';
/** The term under the pointer, when the reader keeps terms hidden until hovered. */
export const HOVERED_HIGHLIGHT = 'sst-term-hovered';

export interface HighlightLayer {
  readonly highlight: Highlight;
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  set(ranges: AbstractRange[]): void;
}

export function highlightLayer(name: string, priority = 0): HighlightLayer {
  const highlight = new Highlight();
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  return {
    highlight,
    add: (range) => highlight.add(range),
    delete: (range) => highlight.delete(range),
    set: (ranges) => {
      // Any change to a registered Highlight, even clearing an empty one, repaints them all.
      if (ranges.length === 0 && highlight.size === 0) return;
      highlight.clear();
      for (const range of ranges) highlight.add(range);
    },
  };
}

export const supportsHighlights = (): boolean => typeof Highlight === 'function' && 'highlights' in CSS;

/**
 * The reader's highlight style. The term ranges stay registered as TERM_HIGHLIGHT, unstyled;
 * the same Highlight is also registered under the name the stylesheet paints for the chosen
 * style, or under none ("off until hovered": only the term under the pointer, HOVERED_HIGHLIGHT,
 * and the one whose card is open are marked).
 */
const STYLE_NAMES: Record<HighlightStyle, string | null> = {
  background: 'sst-style-background',
  underline: 'sst-style-underline',
  hover: null,
};

export function styleTerms(layer: HighlightLayer, style: HighlightStyle): void {
  for (const name of Object.values(STYLE_NAMES)) if (name) CSS.highlights.delete(name);
  const name = STYLE_NAMES[style];
  if (name) CSS.highlights.set(name, layer.highlight);
}

/** How the reader's settings may paint terms (HighlightStyle in lib/settings.ts is made from these). */
export const HIGHLIGHT_STYLES = ['background', 'underline', 'hover'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * The bundled dictionary's terms, painted with the CSS Custom Highlight API: ranges are
 * registered with the browser and styled by `::highlight()` rules in the page's scope, so the
 * page's DOM is left exactly as it was.
 *
 * The registry (`CSS.highlights`) is shared with the page's own scripts: a page can list every
 * Highlight and read its ranges. So only what is public goes there: the bundled terms, which
 * any copy of the extension finds on the page alike. What is the reader's own (saved passages,
 * their lists' terms, the hovered and the active term) is drawn in the overlay
 * (lib/page/overlay/overlay.ts), which the page cannot read; see docs/security.md.
 *
 * The names are fixed, and the `::highlight()` rules for them come with the content script (the
 * manifest's stylesheet, made from highlight-styles.css when the extension is built): the browser
 * has them before it first styles the page. A sheet inserted once a page holds a term made
 * Chromium work out every element's style again (20–30 ms on the 1 MB page). A page can list the
 * registry's names anyway, so a random name hid nothing (docs/security.md).
 */
export const HIGHLIGHT_ROLES = [
  /**
   * The bundled terms near the screen (lib/page/near-painter.ts), under the name of the style the
   * reader chose, and under no other name: each name a Highlight is registered under costs
   * Chromium's pre-paint its ranges again.
   */
  'background',
  'underline',
] as const;
export type HighlightRole = (typeof HIGHLIGHT_ROLES)[number];
export type HighlightNames = Record<HighlightRole, string>;

export const HIGHLIGHT_NAMES: HighlightNames = {
  background: 'state-security-lens',
  underline: 'state-security-lens-underline',
};

/**
 * Chromium styles an element's highlights by inheritance from its parent's (CSS highlight
 * inheritance), so there the rules are the root's alone: rules for every element would have every
 * element's highlight style worked out on its own. Firefox paints a highlight only by the rules of
 * the element that holds its text (a Firefox test checks the pixels).
 */
export const highlightScope = (targetBrowser: string): string => (targetBrowser === 'firefox' ? '' : ':root');

/**
 * The style template's rules, written for the layers' names (`::highlight(background)` → its
 * name), for every element or, with `scope`, for those it selects alone (highlightScope).
 */
export function highlightStyles(template: string, scope = ''): string {
  return template.replace(/::highlight\(([a-z0-9]+)\)/g, (_, role: string) => {
    if (!(role in HIGHLIGHT_NAMES)) throw new Error(`No highlight layer named ${role} in the style template`);
    return `${scope}::highlight(${HIGHLIGHT_NAMES[role as HighlightRole]})`;
  });
}

/** Where ranges are painted: a Highlight, or a layer of the overlay. */
export interface PaintLayer {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  set(ranges: AbstractRange[]): void;
}

export interface HighlightLayer extends PaintLayer {
  readonly highlight: Highlight;
}

/** Where a term's ranges are painted: one layer, or one chosen by the term (its list's colour). */
export interface TermLayer {
  add(range: AbstractRange, termId: string): void;
  delete(range: AbstractRange, termId: string): void;
}

/** The bundled terms' layer, registered under no name yet (styleTerms names it). */
export function highlightLayer(): HighlightLayer {
  const highlight = new Highlight();
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

/** Unregisters these layers under every name they hold, and only them (another script's stay). */
export function removeLayers(layers: HighlightLayer[]): void {
  const ours = new Set(layers.map((layer) => layer.highlight));
  for (const [name, highlight] of CSS.highlights) if (ours.has(highlight)) CSS.highlights.delete(name);
}

export const supportsHighlights = (): boolean => typeof Highlight === 'function' && 'highlights' in CSS;

/**
 * The reader's highlight style: the terms' Highlight is registered under the name the stylesheet
 * paints for the chosen style, and under no other, or under none ("off until hovered": only the
 * term under the pointer, `hovered`, and the one whose card is open are marked).
 */
const STYLE_ROLES: Record<HighlightStyle, HighlightRole | null> = {
  background: 'background',
  underline: 'underline',
  hover: null,
};

export function styleTerms(layer: HighlightLayer, style: HighlightStyle): void {
  for (const role of Object.values(STYLE_ROLES)) if (role) CSS.highlights.delete(HIGHLIGHT_NAMES[role]);
  const role = STYLE_ROLES[style];
  if (role) CSS.highlights.set(HIGHLIGHT_NAMES[role], layer.highlight);
}

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
 * The names are made anew for each page load, at random, and say nothing: a page cannot look the
 * layer up by a known name. The `::highlight()` rules for them are written from a template
 * (highlight-styles.css) and inserted by the background.
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

/** A CSS identifier of 12 random letters, for one layer on one page load. */
function randomName(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

export function randomHighlightNames(): HighlightNames {
  return Object.fromEntries(HIGHLIGHT_ROLES.map((role) => [role, randomName()])) as HighlightNames;
}

/**
 * The style template's rules, written for this page load's names (`::highlight(saved)` → its
 * name), for every element or, with `scope`, for those it selects alone (`:root`: see
 * paint-highlights.ts).
 */
export function highlightStyles(template: string, names: HighlightNames, scope = ''): string {
  return template.replace(/::highlight\(([a-z0-9]+)\)/g, (_, role: string) => {
    if (!(role in names)) throw new Error(`No highlight layer named ${role} in the style template`);
    return `${scope}::highlight(${names[role as HighlightRole]})`;
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

export function styleTerms(layer: HighlightLayer, style: HighlightStyle, names: HighlightNames): void {
  for (const role of Object.values(STYLE_ROLES)) if (role) CSS.highlights.delete(names[role]);
  const role = STYLE_ROLES[style];
  if (role) CSS.highlights.set(names[role], layer.highlight);
}

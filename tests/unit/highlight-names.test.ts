import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_ROLES, highlightStyles, randomHighlightNames } from '../../lib/page/highlights';

// Read as the background's bundle gets it (`?raw`); vitest leaves CSS imports empty.
const template = readFileSync(new URL('../../lib/page/highlight-styles.css', import.meta.url), 'utf8');

describe('highlight names', () => {
  it('are new for each page load, 12 random letters each, and all different', () => {
    const first = randomHighlightNames();
    const second = randomHighlightNames();
    expect(Object.keys(first)).toEqual([...HIGHLIGHT_ROLES]);
    for (const name of [...Object.values(first), ...Object.values(second)]) expect(name).toMatch(/^[a-z]{12}$/);
    expect(new Set([...Object.values(first), ...Object.values(second)]).size).toBe(2 * HIGHLIGHT_ROLES.length);
  });

  it('are written into every rule of the style template, which keeps no fixed name', () => {
    const names = randomHighlightNames();
    const css = highlightStyles(template, names);
    for (const role of ['background', 'underline'] as const) {
      expect(css).toContain(`::highlight(${names[role]})`);
    }
    expect(css).not.toMatch(/::highlight\((?:background|underline|hovered|active|saved|term)\)/);
    expect(css).not.toContain('sst');
  });

  it('are the root’s alone when scoped to it, every rule of them', () => {
    const names = randomHighlightNames();
    const css = highlightStyles(template, names, ':root');
    const selectors = css.match(/[^\s,{}]*::highlight\([a-z]+\)/g) ?? [];
    expect(selectors.length).toBeGreaterThanOrEqual(HIGHLIGHT_ROLES.length);
    for (const selector of selectors) expect(selector).toMatch(/^:root::highlight\([a-z]{12}\)$/);
  });

  it('refuse a template rule for a layer that does not exist', () => {
    expect(() => highlightStyles('::highlight(glow) { color: red }', randomHighlightNames())).toThrow(/glow/);
  });
});

describe('the bundled terms’ default style', () => {
  // WCAG 2's relative luminance and contrast ratio.
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const rule = template.match(/::highlight\(background\) \{([^}]*)\}/)?.[1] ?? '';
  const [r, g, b, alpha] = rule.match(/background-color: rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/)?.slice(1).map(Number) ?? [];
  /** The tint as it shows over a page of this colour. */
  const over = (page: number) => [r!, g!, b!].map((value) => value * alpha! + page * (1 - alpha!));

  it('is a tint alone, with no underline or other decoration to paint', () => {
    expect(rule.trim()).toMatch(/^background-color: rgb\(\d+ \d+ \d+ \/ [\d.]+\);$/);
  });

  it('stands out on a white page and on a black one, and keeps the page’s text readable over it', () => {
    const onWhite = luminance(over(255));
    const onBlack = luminance(over(0));
    expect(contrast(onWhite, 1)).toBeGreaterThanOrEqual(1.2);
    expect(contrast(onBlack, 0)).toBeGreaterThanOrEqual(2);
    // Black text on a light page, white text on a dark one: AAA's 7:1 still.
    expect(contrast(onWhite, 0)).toBeGreaterThanOrEqual(7);
    expect(contrast(onBlack, 1)).toBeGreaterThanOrEqual(7);
  });
});

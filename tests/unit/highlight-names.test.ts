import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, HIGHLIGHT_ROLES, highlightScope, highlightStyles } from '../../lib/page/highlights';

// Read as the build reads it (wxt.config.ts); vitest leaves CSS imports empty.
const template = readFileSync(new URL('../../lib/page/highlight-styles.css', import.meta.url), 'utf8');

describe('highlight names', () => {
  it('are written into every rule of the style template, one name a layer', () => {
    const css = highlightStyles(template);
    for (const role of HIGHLIGHT_ROLES) expect(css).toContain(`::highlight(${HIGHLIGHT_NAMES[role]})`);
    expect(new Set(Object.values(HIGHLIGHT_NAMES)).size).toBe(HIGHLIGHT_ROLES.length);
    expect(css).not.toMatch(/::highlight\((?:background|underline|hovered|active|saved|term)\)/);
  });

  it('are the root’s alone in Chromium, every rule of them, and every element’s in Firefox', () => {
    const selectors = (scope: string) => highlightStyles(template, scope).match(/[^\s,{}]*::highlight\([a-z-]+\)/g) ?? [];
    const chromium = selectors(highlightScope('chrome'));
    expect(chromium.length).toBeGreaterThanOrEqual(HIGHLIGHT_ROLES.length);
    for (const selector of chromium) expect(selector).toMatch(/^:root::highlight\([a-z-]+\)$/);
    for (const selector of selectors(highlightScope('firefox'))) expect(selector).toMatch(/^::highlight\([a-z-]+\)$/);
  });

  it('refuse a template rule for a layer that does not exist', () => {
    expect(() => highlightStyles('::highlight(glow) { color: red }')).toThrow(/glow/);
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

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
    for (const role of ['background', 'underline', 'hovered', 'active', 'saved'] as const) {
      expect(css).toContain(`::highlight(${names[role]})`);
    }
    expect(css).not.toMatch(/::highlight\((?:background|underline|hovered|active|saved|term)\)/);
    expect(css).not.toContain('sst');
  });

  it('are the root’s alone when scoped to it, every rule of them', () => {
    const names = randomHighlightNames();
    const css = highlightStyles(template, names, ':root');
    const selectors = css.match(/[^\s,{}]*::highlight\([a-z]+\)/g) ?? [];
    expect(selectors.length).toBeGreaterThan(HIGHLIGHT_ROLES.length);
    for (const selector of selectors) expect(selector).toMatch(/^:root::highlight\([a-z]{12}\)$/);
  });

  it('refuse a template rule for a layer that does not exist', () => {
    expect(() => highlightStyles('::highlight(glow) { color: red }', randomHighlightNames())).toThrow(/glow/);
  });
});

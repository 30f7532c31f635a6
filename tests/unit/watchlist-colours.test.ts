import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { watchRole } from '../../lib/page/watch-layers';
import { LIST_COLOURS } from '../../lib/watchlists/colours';
import { COLOUR_SLOTS } from '../../lib/watchlists/schema';

const css = readFileSync(new URL('../../lib/page/highlight-styles.css', import.meta.url), 'utf8');

describe('list colours', () => {
  it('paint each slot on the page with the tint and line the extension’s pages show', () => {
    expect(LIST_COLOURS).toHaveLength(COLOUR_SLOTS);
    LIST_COLOURS.forEach((colour, slot) => {
      const rule = css.match(new RegExp(`::highlight\\(${watchRole(slot)}\\) \\{([^}]*)\\}`))?.[1];
      expect(rule, `rule for slot ${slot}`).toBeDefined();
      expect(rule).toContain(`background-color: ${colour.tint};`);
      expect(rule).toContain(`text-decoration-color: ${colour.line};`);
    });
  });
});

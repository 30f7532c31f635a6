import { describe, expect, it } from 'vitest';
import { LIST_COLOURS } from '../../lib/page/list-colours';
import { COLOUR_SLOTS } from '../../lib/page/list-colours';

describe('list colours', () => {
  it('are one a slot', () => {
    expect(LIST_COLOURS).toHaveLength(COLOUR_SLOTS);
  });

  // WCAG 2's relative luminance and contrast ratio; 3:1 is its least for graphics such as an underline.
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/\d+/g)!.slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

  it('underline each list’s terms in a colour that stands out 3:1 on a white page and on a black one', () => {
    for (const { name, line } of LIST_COLOURS) {
      expect(contrast(luminance(line), 1), `${name} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(luminance(line), 0), `${name} on black`).toBeGreaterThanOrEqual(3);
    }
  });
});

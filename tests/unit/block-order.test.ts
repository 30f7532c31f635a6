// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockOrder } from '../../lib/page/block-order';

describe('the document order of blocks, as numbers', () => {
  it('numbers a page’s blocks as they come, and places later ones among them by their position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.nat(), { maxLength: 80 }), (read, later) => {
        document.body.innerHTML = '';
        const nodes = Array.from({ length: read }, (_, i) => document.body.appendChild(document.createTextNode(`block ${i}`)));
        const order = new BlockOrder();
        const placed = nodes.map((node) => ({ node, place: order.append(node) }));
        // Blocks added later, anywhere in the page (many at one spot: the numbers run close).
        for (const at of later) {
          const before = document.body.childNodes[at % (document.body.childNodes.length + 1)] ?? null;
          const node = document.body.insertBefore(document.createTextNode('later'), before);
          placed.push({ node, place: order.insert(node) });
        }
        const byKey = [...placed].sort((a, b) => a.place.key - b.place.key).map(({ node }) => node);
        expect(byKey).toEqual([...document.body.childNodes]);
      }),
      { numRuns: 100 },
    );
  });

  it('forgets removed blocks, so that later ones are placed among those left', () => {
    document.body.innerHTML = '';
    const [a, b, c] = ['a', 'b', 'c'].map((text) => document.body.appendChild(document.createTextNode(text)));
    const order = new BlockOrder();
    const places = [a!, b!, c!].map((node) => order.append(node));
    b!.remove();
    order.remove(new Set([places[1]!]));
    const d = document.body.insertBefore(document.createTextNode('d'), c!);
    const place = order.insert(d);
    expect(place.key).toBeGreaterThan(places[0]!.key);
    expect(place.key).toBeLessThan(places[2]!.key);
  });
});

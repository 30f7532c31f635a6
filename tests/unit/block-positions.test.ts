import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockPositions, type Span } from '../../lib/page/block-positions';

const span = fc.record({ top: fc.integer({ min: 0, max: 50_000 }), height: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 20_000 })) });

describe('where the blocks are down the page', () => {
  it('finds exactly the blocks that reach into a band, whatever their order, heights and changes', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 120 }),
        fc.array(fc.record({ at: fc.nat(), moved: span }), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.integer({ min: -5_000, max: 60_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (spans, moves, deleted, from, length) => {
          const positions = new BlockPositions<number>();
          const truth = new Map<number, Span>();
          spans.forEach(({ top, height }, block) => {
            positions.set(block, { top, bottom: top + height });
            truth.set(block, { top, bottom: top + height });
          });
          // Measured again (a block grew tall, or shrank), and some left the page.
          for (const { at, moved } of moves) {
            if (spans.length === 0) break;
            const block = at % spans.length;
            positions.set(block, { top: moved.top, bottom: moved.top + moved.height });
            truth.set(block, { top: moved.top, bottom: moved.top + moved.height });
          }
          for (const at of deleted) {
            positions.delete(at % 130);
            truth.delete(at % 130);
          }
          const to = from + length;
          const expected = [...truth].filter(([, { top, bottom }]) => top <= to && bottom >= from).map(([block]) => block);
          expect([...positions.within(from, to)].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
          expect(positions.size).toBe(truth.size);
        },
      ),
    );
  });

  it('finds a block that starts far above a band and reaches into it', () => {
    const positions = new BlockPositions<string>();
    positions.set('whole page', { top: 0, bottom: 90_000 });
    positions.set('paragraph', { top: 40_000, bottom: 40_100 });
    positions.set('far paragraph', { top: 80_000, bottom: 80_100 });
    expect([...positions.within(39_000, 41_000)].sort()).toEqual(['paragraph', 'whole page']);
    positions.clear();
    expect(positions.within(0, 100_000).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { occurrencesAtOffset, type Occurrence } from '../../lib/page/occurrence';

/** Occurrences of `length` characters every `step` characters in one text node (no DOM needed). */
function inOneNode(count: number, step: number, length: number) {
  const node = { data: 'x'.repeat(count * step) } as Text;
  const list = Array.from({ length: count }, (_, i) => ({
    termId: `t${i}`,
    bounds: { startContainer: node, startOffset: i * step, endContainer: node, endOffset: i * step + length },
    nodes: [node],
    shown: true,
  })) as unknown as Occurrence[];
  return { node, list };
}

describe('occurrencesAtOffset (hover hit-testing by caret offset)', () => {
  it('finds the occurrence holding the character at the offset, or ending just before it', () => {
    const { node, list } = inOneNode(5, 10, 4);
    expect(occurrencesAtOffset(list, node, 21).map((o) => o.termId)).toEqual(['t2']);
    expect(occurrencesAtOffset(list, node, 20).map((o) => o.termId)).toEqual(['t2']);
    // The caret after an occurrence's last character: the point may be over that character.
    expect(occurrencesAtOffset(list, node, 24).map((o) => o.termId)).toEqual(['t2']);
    expect(occurrencesAtOffset(list, node, 26)).toEqual([]);
    expect(occurrencesAtOffset(list, node, 0).map((o) => o.termId)).toEqual(['t0']);
  });

  it('between two adjacent occurrences, gives both', () => {
    const { node, list } = inOneNode(3, 4, 4);
    expect(occurrencesAtOffset(list, node, 4).map((o) => o.termId)).toEqual(['t0', 't1']);
  });

  it('reads the part of a multi-node occurrence that lies in this node', () => {
    const first = { data: 'National ' } as Text;
    const second = { data: 'Intelligence Law said' } as Text;
    const spanning = { termId: 'law', bounds: { startContainer: first, startOffset: 0, endContainer: second, endOffset: 16 }, nodes: [first, second], shown: true } as unknown as Occurrence;
    expect(occurrencesAtOffset([spanning], second, 3)).toEqual([spanning]);
    expect(occurrencesAtOffset([spanning], second, 18)).toEqual([]);
    expect(occurrencesAtOffset([spanning], first, 8)).toEqual([spanning]);
  });

  it('looks at a handful of occurrences, not all of them, in a node with 20,000', () => {
    const { node, list } = inOneNode(20_000, 10, 5);
    let reads = 0;
    const counted = list.map((o) => new Proxy(o, { get: (target, key) => (key === 'bounds' && reads++, Reflect.get(target, key)) }));
    expect(occurrencesAtOffset(counted, node, 123_452).map((o) => o.termId)).toEqual(['t12345']);
    expect(reads).toBeLessThan(40);
  });
});

import type { Occurrence } from '../../../lib/page/annotator';
import { compareStarts } from '../../../lib/page/occurrence';

/** The first index whose occurrence satisfies `after` (which is false, then true, along the list). */
function firstIndex(list: readonly Occurrence[], after: (o: Occurrence) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(list[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The occurrence after (or before) `cursor` in document order, wrapping around the page.
 * The cursor is a range, not an index, so that it survives content arriving before it.
 */
export function nextOccurrence(
  list: readonly Occurrence[],
  cursor: Range | undefined,
  direction: 1 | -1,
): Occurrence | undefined {
  if (list.length === 0) return undefined;
  if (!cursor) return direction > 0 ? list[0] : list.at(-1);
  const order = (o: Occurrence) => compareStarts(o.bounds, cursor);
  if (direction > 0) return list[firstIndex(list, (o) => order(o) > 0) % list.length];
  const atOrAfter = firstIndex(list, (o) => order(o) >= 0);
  return list.at(atOrAfter - 1);
}

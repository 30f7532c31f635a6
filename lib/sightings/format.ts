import { formatRecentMonth, localMonth } from '../dates';
import type { SeenElsewhere } from '../db/sightings-schema';

/** "March" within the current year, "March 2025" before it: the reader's local month of a moment. */
export const monthOf = (time: string, now = new Date()): string => formatRecentMonth(localMonth(time), now);

/** "Seen on 12 other pages since March". */
export function seenSummary({ pages, since }: SeenElsewhere, now = new Date()): string {
  if (pages === 0) return 'Not seen on any other page yet.';
  const counted = pages === 1 ? 'Seen on 1 other page' : `Seen on ${pages} other pages`;
  return since ? `${counted} since ${monthOf(since, now)}` : counted;
}

import { surfaceKey } from '../db/corrections-schema';
import type { WatchTerm } from '../db/watchlists-schema';

/**
 * The terms among `candidates` that have the name `text` (as a page writes it: any case, its
 * possessive aside), other than `own`: namesakes, which share one highlight on the page (two
 * entities of a sanctions list with one name are two people, and stay two terms). The card
 * lists them with what tells them apart.
 */
export function namesakesOf(own: string, text: string, candidates: Iterable<WatchTerm>): WatchTerm[] {
  const name = surfaceKey(text);
  return [...candidates].filter((term) => term.id !== own && [term.label, ...term.aliases].some((other) => surfaceKey(other) === name));
}

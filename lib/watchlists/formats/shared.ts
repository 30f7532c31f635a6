import { z } from 'zod/mini';
import { TermKind } from '../../dictionary/schema';
import { ColourSlot, IntelRecord, SanctionsRecord, WatchCaseRule, WatchlistId, WatchTermId, type Watchlist, type WatchTerm } from '../../db/watchlists-schema';
import { checked } from '../../checks/checked';

const Phrase = checked(z.string(), z.trim(), z.minLength(1), z.maxLength(300));

/** A term as a shared file holds it: everything but its list and times, which the importer gives. */
export const SharedTerm = z.object({
  id: z.optional(WatchTermId),
  label: Phrase,
  aliases: z._default(checked(z.array(Phrase), z.maxLength(500)), []),
  caseRule: z._default(WatchCaseRule, 'auto'),
  note: z._default(checked(z.string(), z.maxLength(10_000)), ''),
  links: z._default(checked(z.array(z.url({ protocol: /^https?$/ })), z.maxLength(50)), []),
  kind: z.optional(TermKind),
  sanctions: z.optional(SanctionsRecord),
  intel: z.optional(IntelRecord),
});
export type SharedTerm = z.infer<typeof SharedTerm>;

/** A list with its terms, as the watchlist file and the collection archive (version 2) hold it. */
export const SharedWatchlist = z.object({
  id: z.optional(WatchlistId),
  name: checked(z.string(), z.trim(), z.minLength(1), z.maxLength(200)),
  colour: z._default(ColourSlot, 0),
  enabled: z._default(z.boolean(), true),
  terms: checked(z.array(SharedTerm), z.maxLength(200_000)),
});
export type SharedWatchlist = z.infer<typeof SharedWatchlist>;

export function shareWatchlist(list: Watchlist, terms: readonly WatchTerm[]): SharedWatchlist {
  return {
    id: list.id,
    name: list.name,
    colour: list.colour,
    enabled: list.enabled,
    terms: terms.map(({ id, label, aliases, caseRule, note, links, kind, sanctions, intel }) => ({
      id,
      label,
      aliases,
      caseRule,
      note,
      links,
      ...(kind && { kind }),
      ...(sanctions && { sanctions }),
      ...(intel && { intel }),
    })),
  };
}

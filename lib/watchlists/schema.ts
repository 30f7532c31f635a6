import { z } from 'zod/mini';
import { WATCH_TERM_ID } from './lean-read';
import { TermKind } from '../dictionary/schema';

const Timestamp = z.iso.datetime();

/**
 * Watchlist and term ids are `wl-` or `wt-` and a UUID: kebab-case like the dictionary's ids,
 * so that a reader's term travels in the same messages and highlights as a bundled one, and
 * never collides with one.
 */
export const WatchlistId = z.string().check(z.regex(/^wl-[0-9a-f-]{36}$/, 'watchlist id (wl-UUID)'));
export const WatchTermId = z.string().check(z.regex(WATCH_TERM_ID, 'term id (wt-UUID)'));
export type WatchTermId = z.infer<typeof WatchTermId>;

export const newWatchlistId = () => `wl-${crypto.randomUUID()}`;
export const newWatchTermId = () => `wt-${crypto.randomUUID()}`;

/**
 * A list's colour is one of a fixed set of slots, each with a `::highlight()` rule that reads on
 * light and dark pages (colours.ts, lib/page/highlight-styles.css): a free colour could not be.
 */
export const COLOUR_SLOTS = 8;
export const ColourSlot = z.int().check(z.gte(0), z.lt(COLOUR_SLOTS));

/** A named list of the reader's own terms, painted in its colour while it is enabled. */
export const Watchlist = z.object({
  id: WatchlistId,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  colour: ColourSlot,
  enabled: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Watchlist = z.infer<typeof Watchlist>;

/**
 * How a term's aliases may be written on the page. `auto` (the default) is what a reader
 * expects: an all-capitals alias ("UFWD") exactly, any other in any case ("volt typhoon").
 */
export const WatchCaseRule = z.enum(['auto', 'exact', 'any']);
export type WatchCaseRule = z.infer<typeof WatchCaseRule>;

/** What a sanctions export (OpenSanctions' targets.simple.csv) says of an entity. */
export const SanctionsRecord = z.object({
  /** The entity's OpenSanctions id: its page is https://www.opensanctions.org/entities/<id>/ */
  entityId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,200}$/, 'OpenSanctions entity id')),
  /** Person, Company, Organization, Vessel … */
  schema: z.string().check(z.maxLength(100)),
  countries: z.array(z.string().check(z.maxLength(100))),
  sanctions: z.array(z.string().check(z.maxLength(2000))),
  datasets: z.array(z.string().check(z.maxLength(200))),
  /** What tells namesakes apart on the card: birth dates as the lists give them (1961-04-12, 1984), and programmes (RUSSIA-EO14024). */
  birthDates: z._default(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)), []),
  programIds: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)), []),
});
export type SanctionsRecord = z.infer<typeof SanctionsRecord>;

const Phrase = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

/** A term the reader follows: a name, its other spellings, and what they know of it. */
export const WatchTerm = z.object({
  id: WatchTermId,
  listId: WatchlistId,
  label: Phrase,
  /** Other names, spellings, transliterations; the label is matched too. */
  aliases: z.array(Phrase).check(z.maxLength(500)),
  caseRule: z._default(WatchCaseRule, 'auto'),
  note: z._default(z.string().check(z.maxLength(10_000)), ''),
  links: z._default(z.array(z.url({ protocol: /^https?$/ })).check(z.maxLength(50)), []),
  kind: z.optional(TermKind),
  sanctions: z.optional(SanctionsRecord),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type WatchTerm = z.infer<typeof WatchTerm>;
export type WatchTermInput = z.input<typeof WatchTerm>;

/** The page for an OpenSanctions entity; ids are checked by the schema above. */
export const openSanctionsUrl = (entityId: string) =>
  `https://www.opensanctions.org/entities/${encodeURIComponent(entityId)}/`;

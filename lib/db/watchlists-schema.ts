import { z } from 'zod/mini';
import { COLOUR_SLOTS } from '../page/list-colours';
import { TermKind } from '../dictionary/schema';
import { WATCH_TERM_ID } from '../dictionary/watch-term-id';
import { checked } from '../checks/checked';

const Timestamp = z.iso.datetime();

/**
 * Watchlist and term ids are `wl-` or `wt-` and a UUID: kebab-case like the dictionary's ids,
 * so that a reader's term travels in the same messages and highlights as a bundled one, and
 * never collides with one.
 */
export const WatchlistId = checked(z.string(), z.regex(/^wl-[0-9a-f-]{36}$/, 'watchlist id (wl-UUID)'));
export const WatchTermId = checked(z.string(), z.regex(WATCH_TERM_ID, 'term id (wt-UUID)'));
export type WatchTermId = z.infer<typeof WatchTermId>;

export const newWatchlistId = () => `wl-${crypto.randomUUID()}`;
export const newWatchTermId = () => `wt-${crypto.randomUUID()}`;

/**
 * A list's colour is one of a fixed set of slots, each a tint and a line that read on light and
 * dark pages (lib/page/list-colours.ts): a free colour could not be.
 */
export const ColourSlot = checked(z.int(), z.gte(0), z.lt(COLOUR_SLOTS));

/** A named list of the reader's own terms, painted in its colour while it is enabled. */
export const Watchlist = z.object({
  id: WatchlistId,
  name: checked(z.string(), z.trim(), z.minLength(1), z.maxLength(200)),
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
  entityId: checked(z.string(), z.regex(/^[A-Za-z0-9._-]{1,200}$/, 'OpenSanctions entity id')),
  /** Person, Company, Organization, Vessel … */
  schema: checked(z.string(), z.maxLength(100)),
  countries: z.array(checked(z.string(), z.maxLength(100))),
  sanctions: z.array(checked(z.string(), z.maxLength(2000))),
  datasets: z.array(checked(z.string(), z.maxLength(200))),
  /** What tells namesakes apart on the card: birth dates as the lists give them (1961-04-12, 1984), and programmes (RUSSIA-EO14024). */
  birthDates: z._default(checked(z.array(checked(z.string(), z.maxLength(100))), z.maxLength(50)), []),
  programIds: z._default(checked(z.array(checked(z.string(), z.maxLength(200))), z.maxLength(200)), []),
});
export type SanctionsRecord = z.infer<typeof SanctionsRecord>;

const Phrase = checked(z.string(), z.trim(), z.minLength(1), z.maxLength(300));

/** The longest description a threat-intelligence file may give a term: ATT&CK's and MISP's longest are under 3,000 characters. */
export const DESCRIPTION_LIMIT = 20_000;
const Url = z.url({ protocol: /^https?$/ });
const ShortText = checked(z.string(), z.trim(), z.minLength(1), z.maxLength(200));

/**
 * What a threat-intelligence file says of a term: a MISP galaxy cluster's value or a STIX 2.1
 * bundle's object (formats/misp.ts, formats/stix.ts). Kept apart from the reader's own note
 * and links, so that importing a newer copy of the file (ATT&CK's next release) brings its
 * text up to date and leaves the reader's own words alone.
 */
export const IntelRecord = z.object({
  format: z.enum(['MISP', 'STIX']),
  /** Its id in the file (a MISP value's uuid, a STIX id such as `intrusion-set--…`): a newer copy of the file updates the term by it. */
  id: checked(z.string(), z.regex(/^[A-Za-z0-9._:-]{1,300}$/, 'an id of letters, digits, dots, dashes and colons')),
  /** What it is there: the cluster's type (`threat-actor`) or the object's (`intrusion-set`). */
  type: ShortText,
  /** The MISP cluster it is a value of ("Threat Actor"). */
  cluster: z.optional(ShortText),
  description: z._default(checked(z.string(), z.maxLength(DESCRIPTION_LIMIT)), ''),
  /** Where it is attributed or located: ISO 3166 codes in lower case (`ru`), or a name the file wrote otherwise. */
  countries: z._default(checked(z.array(checked(z.string(), z.maxLength(100))), z.maxLength(50)), []),
  /** MISP's `cfr-suspected-state-sponsor`: the state the Council on Foreign Relations' tracker suspects. */
  stateSponsor: z.optional(ShortText),
  /** Its ids in the knowledge bases that list it (MITRE ATT&CK's G0007), with their pages. */
  externalIds: z._default(checked(z.array(z.object({ source: ShortText, id: ShortText, url: z.optional(Url) })), z.maxLength(50)), []),
  /** The reports and pages the file cites for it. */
  links: z._default(checked(z.array(Url), z.maxLength(100)), []),
});
export type IntelRecord = z.infer<typeof IntelRecord>;
export type IntelRecordInput = z.input<typeof IntelRecord>;

/** A term the reader follows: a name, its other spellings, and what they know of it. */
export const WatchTerm = z.object({
  id: WatchTermId,
  listId: WatchlistId,
  label: Phrase,
  /** Other names, spellings, transliterations; the label is matched too. */
  aliases: checked(z.array(Phrase), z.maxLength(500)),
  caseRule: z._default(WatchCaseRule, 'auto'),
  note: z._default(checked(z.string(), z.maxLength(10_000)), ''),
  links: z._default(checked(z.array(z.url({ protocol: /^https?$/ })), z.maxLength(50)), []),
  kind: z.optional(TermKind),
  sanctions: z.optional(SanctionsRecord),
  intel: z.optional(IntelRecord),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type WatchTerm = z.infer<typeof WatchTerm>;
export type WatchTermInput = z.input<typeof WatchTerm>;

/** The page for an OpenSanctions entity; ids are checked by the schema above. */
export const openSanctionsUrl = (entityId: string) =>
  `https://www.opensanctions.org/entities/${encodeURIComponent(entityId)}/`;

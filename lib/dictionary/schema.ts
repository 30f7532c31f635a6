import { z } from 'zod/mini';
import { checked } from '../checks/checked';

/** Stable identifiers: kebab-case, used as termIds in messages, highlights and exports. */
export const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TermId = checked(z.string(), z.regex(KEBAB_CASE_ID, 'kebab-case id'));
export type TermId = z.infer<typeof TermId>;

export const SourceId = checked(z.string(), z.regex(KEBAB_CASE_ID, 'kebab-case id'));

/**
 * A source article the dictionary's facts are quoted from. Its text lives beside the dictionary
 * (`sources/<id>.txt`) for the tests that check every quote; the extension ships only this record.
 */
export const Source = z.object({
  id: SourceId,
  title: checked(z.string(), z.minLength(1)),
  publisher: checked(z.string(), z.minLength(1)),
  /** ISO date, to the day where known, else to the month ("2022-11"). */
  published: checked(z.string(), z.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
  url: z.url(),
});
export type Source = z.infer<typeof Source>;

/**
 * How an alias may be written on the page.
 * - `exact`: exactly as written (acronyms: MSS, DHSC), so "mss" or "Mss" do not count.
 * - `proper`: as written, or all in capitals as in headlines ("Cabinet Office", "CABINET OFFICE"),
 *   so that the common noun ("cabinet office furniture") does not count.
 * - `any`: any capitalisation, for names that mean nothing else (Hikvision, Xinjiang).
 */
export const CaseRule = z.enum(['exact', 'proper', 'any']);
export type CaseRule = z.infer<typeof CaseRule>;

/**
 * What the page must be about for an ambiguous alias to count. Each group in `requires` must
 * have at least one phrase present in the page's text; no phrase of `excludes` may be present.
 * Phrases match as whole words in any capitalisation, except phrases written all in capitals
 * ("TCP", "US"), which match exactly.
 */
const Phrase = checked(z.string(), z.minLength(1));
const PhraseGroup = checked(z.array(Phrase), z.minLength(1));
export const PageContext = z.object({
  requires: checked(z.array(PhraseGroup), z.minLength(1)),
  excludes: z._default(z.array(Phrase), []),
});
export type PageContext = z.infer<typeof PageContext>;

export const Alias = z.object({
  text: checked(z.string(), z.minLength(1)),
  case: CaseRule,
  /** Also matches with a plural "s" (Uyghur → Uyghurs). Possessives ('s, ’s) always match. */
  plural: z._default(z.boolean(), false),
  /**
   * Who calls it by this name (a hacking group's names differ by vendor: Microsoft's "Forest
   * Blizzard", CrowdStrike's "Fancy Bear", MITRE's "APT28"). Spelled as in namers.ts.
   */
  by: z._default(z.array(checked(z.string(), z.minLength(1))), []),
  /** A name its user has retired (Microsoft's element names, before 2023), still met in the news. */
  former: z._default(z.boolean(), false),
  /** Only for ambiguous short forms: the alias counts only on pages about this. */
  context: z.optional(PageContext),
  /**
   * A short reference (a person's surname, a company's short name): it counts only after the
   * term's full name (any alias without this flag) appeared earlier on the same page.
   */
  afterFullName: z._default(z.boolean(), false),
});
export type Alias = z.infer<typeof Alias>;

export const Fact = z.object({
  /** The fact, in our own words. */
  text: checked(z.string(), z.minLength(1)),
  /** A short verbatim quote from the source that supports it. */
  quote: checked(z.string(), z.minLength(1), z.maxLength(300)),
  source: SourceId,
});
export type Fact = z.infer<typeof Fact>;

export const TermKind = z.enum([
  'company',
  'agency',
  'hacking group',
  'spyware',
  'malware',
  'law',
  'government body',
  'person',
  'place',
  'people',
  'institution',
  'platform',
  'policy',
]);
export type TermKind = z.infer<typeof TermKind>;

/** ISO 3166-1 alpha-2, as listed in lib/text/countries.ts. */
export const CountryCode = checked(z.string(), z.regex(/^[A-Z]{2}$/, 'two capital letters (ISO 3166-1)'));

/**
 * The classes a reader can switch off one by one (settings), and the popup's groups. A term's
 * pack is what it is in state-security news, not its kind: NSO Group is a company of the
 * spyware pack, Huawei one of the listed companies.
 */
export const Pack = z.enum(['services', 'groups', 'spyware', 'companies', 'laws', 'context']);
export type Pack = z.infer<typeof Pack>;

/**
 * A public page a concept's facts can be checked against: its summary and attribution are in
 * our own words, and every concept names at least one such page (or quotes a source article).
 */
export const Link = z.object({
  url: z.url(),
  title: checked(z.string(), z.minLength(1)),
  publisher: checked(z.string(), z.minLength(1)),
  /** ISO date, to the day where known, else to the month or the year. */
  published: z.optional(checked(z.string(), z.regex(/^\d{4}(-\d{2}){0,2}$/))),
});
export type Link = z.infer<typeof Link>;

/**
 * Who a hacking group (or a vendor's operation) is attributed to, and who says so: a
 * government's indictment or advisory, a vendor's report. Never stated without a source.
 */
export const Attribution = z.object({
  /** The suspected sponsoring state. */
  state: CountryCode,
  /** The service it is attributed to, when that service is a concept of the dictionary. */
  sponsor: z.optional(checked(z.string(), z.regex(KEBAB_CASE_ID, 'kebab-case id'))),
  /** The unit, in the attribution's words ("GRU Unit 26165", "MSS Hainan State Security Department"). */
  unit: z.optional(checked(z.string(), z.minLength(1), z.maxLength(120))),
  /** Who attributes it ("US Department of Justice", "UK NCSC", "Mandiant"), with the page that says so. */
  by: checked(z.array(z.object({ who: checked(z.string(), z.minLength(1)), source: Link })), z.minLength(1)),
});
export type Attribution = z.infer<typeof Attribution>;

export const Term = z.object({
  id: TermId,
  label: checked(z.string(), z.minLength(1)),
  kind: TermKind,
  aliases: checked(z.array(Alias), z.minLength(1)),
  /** One or two sentences in our own words. */
  summary: checked(z.string(), z.minLength(1), z.maxLength(400)),
  /** Quoted facts: the source articles' concepts have them; the others need not. */
  facts: z._default(z.array(Fact), []),
  /** Where the summary and the attribution can be checked. */
  links: z._default(z.array(Link), []),
  /** Terms of other subjects (places, people, the bodies around a story) are the context pack. */
  pack: z._default(Pack, 'context'),
  /** What it is in a few words, for the card's first line ("Russia's military intelligence"). */
  role: z.optional(checked(z.string(), z.minLength(1), z.maxLength(120))),
  /** The body it belongs to (a unit's service, a service's ministry), when that is a concept too. */
  parent: z.optional(TermId),
  /** For a law or programme: the year it was enacted or began. */
  year: z.optional(checked(z.int(), z.minimum(1900), z.maximum(2100))),
  /** For a hacking group: who it is attributed to. */
  attribution: z.optional(Attribution),
  /** What it is known for, in our own words: a few short items (operations, cases, bans). */
  knownFor: z._default(checked(z.array(checked(z.string(), z.minLength(1), z.maxLength(200))), z.maxLength(5)), []),
  related: z._default(z.array(TermId), []),
  /** The country the term belongs to: finding it on a page names that country. */
  country: z.optional(CountryCode),
  /**
   * Other countries' bodies share its name (Cabinet Office, Ministry of State Security): it is
   * not found where another country's name is attached to it ("Japan's Cabinet Office", "the
   * Electoral Commission of India"), nor on a page that names other countries and never its own.
   */
  sharedName: z._default(z.boolean(), false),
  /** Longer names of other bodies that contain an alias: where one is found, the term is not. */
  namesakes: z._default(z.array(checked(z.string(), z.minLength(1))), []),
  /**
   * Who owns the name, in the page's words ("Commerce Department"): "the Commerce Department's
   * entity list" is the proper name even in lower case, and naming the owner names the country.
   */
  owners: z._default(z.array(checked(z.string(), z.minLength(1))), []),
});
export type Term = z.infer<typeof Term>;
export type TermInput = z.input<typeof Term>;

export const Dictionary = z.object({
  sources: checked(z.array(Source), z.minLength(1)),
  terms: checked(z.array(Term), z.minLength(1)),
});
export type Dictionary = z.infer<typeof Dictionary>;
export type DictionaryInput = z.input<typeof Dictionary>;

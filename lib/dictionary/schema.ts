import { z } from 'zod/mini';

/** Stable identifiers: kebab-case, used as termIds in messages, highlights and exports. */
export const KEBAB_CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TermId = z.string().check(z.regex(KEBAB_CASE_ID, 'kebab-case id'));
export type TermId = z.infer<typeof TermId>;

export const SourceId = z.string().check(z.regex(KEBAB_CASE_ID, 'kebab-case id'));

/**
 * A source article the dictionary's facts are quoted from. Its text lives beside the dictionary
 * (`sources/<id>.txt`) for the tests that check every quote; the extension ships only this record.
 */
export const Source = z.object({
  id: SourceId,
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  /** ISO date, to the day where known, else to the month ("2022-11"). */
  published: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
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
export const PageContext = z.object({
  requires: z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))).check(z.minLength(1)),
  excludes: z._default(z.array(z.string().check(z.minLength(1))), []),
});
export type PageContext = z.infer<typeof PageContext>;

export const Alias = z.object({
  text: z.string().check(z.minLength(1)),
  case: CaseRule,
  /** Also matches with a plural "s" (Uyghur → Uyghurs). Possessives ('s, ’s) always match. */
  plural: z._default(z.boolean(), false),
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
  text: z.string().check(z.minLength(1)),
  /** A short verbatim quote from the source that supports it. */
  quote: z.string().check(z.minLength(1), z.maxLength(300)),
  source: SourceId,
});
export type Fact = z.infer<typeof Fact>;

export const TermKind = z.enum([
  'company',
  'agency',
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

/** ISO 3166-1 alpha-2, as listed in lib/match/countries.ts. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'two capital letters (ISO 3166-1)'));

export const Term = z.object({
  id: TermId,
  label: z.string().check(z.minLength(1)),
  kind: TermKind,
  aliases: z.array(Alias).check(z.minLength(1)),
  /** One or two sentences in our own words. */
  summary: z.string().check(z.minLength(1), z.maxLength(400)),
  facts: z.array(Fact).check(z.minLength(1)),
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
  namesakes: z._default(z.array(z.string().check(z.minLength(1))), []),
  /**
   * Who owns the name, in the page's words ("Commerce Department"): "the Commerce Department's
   * entity list" is the proper name even in lower case, and naming the owner names the country.
   */
  owners: z._default(z.array(z.string().check(z.minLength(1))), []),
});
export type Term = z.infer<typeof Term>;
export type TermInput = z.input<typeof Term>;

export const Dictionary = z.object({
  sources: z.array(Source).check(z.minLength(1)),
  terms: z.array(Term).check(z.minLength(1)),
});
export type Dictionary = z.infer<typeof Dictionary>;
export type DictionaryInput = z.input<typeof Dictionary>;

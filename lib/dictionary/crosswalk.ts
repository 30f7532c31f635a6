import { foldPhrase } from '../text/characters';
import { NAMERS, type Namer } from './namers';
import type { Alias, Term } from './schema';

/**
 * A concept's names grouped by who uses them, for the card's "also known as": a hacking group's
 * vendor crosswalk (MITRE ATT&CK's APT28, Microsoft's Forest Blizzard and its former Strontium,
 * CrowdStrike's Fancy Bear, ...), or an agency's other names.
 */
export interface NamedBy {
  /** Who uses these names; none for names the dictionary credits to no one. */
  namer?: Namer;
  names: NameInUse[];
}

export interface NameInUse {
  text: string;
  /** Retired by its namer (Microsoft's element names) and still met in the news. */
  former: boolean;
}

/** The press and the group's own names come after the namers who track it. */
const LAST: readonly Namer[] = ['Press', 'Self'];

function rank(namer: Namer | undefined): number {
  if (namer === undefined) return NAMERS.length + LAST.length;
  const last = LAST.indexOf(namer);
  return last >= 0 ? NAMERS.length + last : NAMERS.indexOf(namer);
}

/** "APT28 (Fancy Bear)" → "APT28": the label without what its brackets add. */
export function shortLabel(term: Pick<Term, 'label'>): string {
  return term.label.replace(/\s*\([^()]*\)$/, '') || term.label;
}

/** Letters and digits only, folded: "APT 28", "apt28" and "APT-28" are one name spelled three ways. */
const spelling = (text: string) => foldPhrase(text).replace(/[^\p{L}\p{N}]/gu, '');

/** The words of a name, folded: "Investigatory Powers Act 2016 (UK)" → " investigatory powers act 2016 uk ". */
const words = (text: string) => ` ${foldPhrase(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** Does one name hold the other whole ("Unit 26165" and "GRU Unit 26165", "Kaspersky" and "Kaspersky Lab")? */
const oneHoldsTheOther = (a: string, b: string) => words(a).includes(words(b)) || words(b).includes(words(a));

/** Are these one name, whatever their case, spaces and hyphens ("Forest Blizzard", "FOREST BLIZZARD")? */
export const sameName = (a: string, b: string): boolean => spelling(a) === spelling(b);

/**
 * Every name a reader may meet the concept by, grouped by who uses it, namers in the order of
 * namers.ts (MITRE ATT&CK, Microsoft, CrowdStrike, Mandiant, ...), then the press, the group's
 * own names and names credited to no one. In a group, current names come before former ones.
 * Left out: another spelling of a name already listed ("APT 28", "Pawnstorm"), short references
 * that count only after the full name ("Dowden"), and uncredited names that are the label itself.
 */
export function alsoKnownAs(term: Pick<Term, 'label' | 'aliases'>): NamedBy[] {
  const labelSpellings = new Set([spelling(term.label), spelling(shortLabel(term))]);
  // The alias that first gave each spelling, in the order the groups list them.
  const owner = new Map<string, Alias>();
  const listed = (alias: Alias) => owner.get(spelling(alias.text)) === alias;
  const credited = term.aliases
    .filter((alias) => !alias.afterFullName)
    .flatMap((alias): Array<{ namer: Namer | undefined; alias: Alias }> =>
      alias.by.length > 0 ? alias.by.map((namer) => ({ namer: namer as Namer, alias })) : [{ namer: undefined, alias }],
    )
    .filter(({ namer, alias }) => namer !== undefined || !labelSpellings.has(spelling(alias.text)))
    .sort((a, b) => rank(a.namer) - rank(b.namer) || Number(a.alias.former) - Number(b.alias.former));
  for (const { alias } of credited) {
    const key = spelling(alias.text);
    if (!owner.has(key)) owner.set(key, alias);
  }
  const groups: NamedBy[] = [];
  for (const { namer, alias } of credited) {
    if (!listed(alias)) continue;
    let group = groups.at(-1);
    if (!group || group.namer !== namer) groups.push((group = { namer, names: [] }));
    group.names.push({ text: alias.text, former: alias.former });
  }
  return groups;
}

export interface Collapsed {
  shown: NamedBy[];
  /** How many names the shown groups leave out. */
  hidden: number;
}

/**
 * The first `limit` names, in their groups (the last one cut short if need be), and how many
 * are left for "+N more". A single name left over is shown rather than hidden behind a button.
 */
export function firstNames(groups: readonly NamedBy[], limit: number): Collapsed {
  const total = groups.reduce((sum, group) => sum + group.names.length, 0);
  if (total <= limit + 1) return { shown: [...groups], hidden: 0 };
  const shown: NamedBy[] = [];
  let room = limit;
  for (const group of groups) {
    if (room <= 0) break;
    shown.push({ ...group, names: group.names.slice(0, room) });
    room -= group.names.length;
  }
  return { shown, hidden: total - limit };
}

/** A possessive spelled as English does ("Microsoft’s", "Palo Alto Networks’"). */
const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

/** Namers that read with "the" in a sentence: "the US government’s name". */
const WITH_THE = /government$|^EU$/;

const inSentence = (namer: Namer) => possessive(WITH_THE.test(namer) ? `the ${namer}` : namer);

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Whose name an alias is, said of the concept (`of`, its short label): "Microsoft’s name for
 * APT28", "Microsoft’s former name for APT28", "a name the press uses for APT28", "a name
 * Killnet uses for itself", "another name for GRU".
 */
export function whoseName(alias: Pick<Alias, 'by' | 'former'>, of: string): string {
  const namers = alias.by as readonly Namer[];
  const trackers = namers.filter((namer) => !LAST.includes(namer));
  const former = alias.former ? 'former ' : '';
  if (trackers.length > 0) return `${listed(trackers.map(inSentence))} ${former}name for ${of}`;
  if (namers.includes('Self')) return alias.former ? `a name ${of} used for itself` : `a name ${of} uses for itself`;
  if (namers.includes('Press')) return `a name the press uses for ${of}`;
  return `another name for ${of}`;
}

/** Endings a name takes on a page: a possessive ('s, ’s) or a plural "s" (matcher.ts takes them in). */
const ENDINGS = [/(?:)$/, /['’‘ʼ′]s$/, /s$/];

/** The alias a page's text is, and that text without the ending it took. */
function aliasFor(term: Pick<Term, 'aliases'>, found: string): { alias: Alias; text: string } | undefined {
  for (const ending of ENDINGS) {
    const text = found.trim().replace(ending, '');
    const alias = term.aliases.find((one) => foldPhrase(one.text) === foldPhrase(text));
    if (alias) return { alias, text };
  }
  return undefined;
}

export interface NameOnPage {
  /** The name as the page writes it. */
  text: string;
  /** Whose name it is: "Microsoft’s name for APT28". */
  whose: string;
}

/**
 * What the card says first when the page names the concept otherwise than its label: "Forest
 * Blizzard — Microsoft’s name for APT28", "Snoopers’ Charter — another name for Investigatory
 * Powers Act 2016". Nothing when the page writes the label's short form, when an uncredited name
 * is the label with words more or fewer ("Unit 26165" for "GRU Unit 26165": nothing to tell),
 * when the name is a short reference (the card's "why" line explains those), or when the text
 * is not one of the concept's names.
 */
export function whoseNameOnPage(term: Pick<Term, 'label' | 'aliases'>, found: string): NameOnPage | undefined {
  const { alias, text } = aliasFor(term, found) ?? {};
  if (!alias || !text || alias.afterFullName) return undefined;
  const short = shortLabel(term);
  if (sameName(alias.text, short)) return undefined;
  if (alias.by.length === 0 && oneHoldsTheOther(alias.text, term.label)) return undefined;
  return { text, whose: whoseName(alias, short) };
}

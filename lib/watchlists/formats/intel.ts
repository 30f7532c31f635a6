import { z } from 'zod/mini';
import { check, summarize } from '../../checks/problems';
import { ImportError } from '../../checks/import-error';
import { foldPhrase } from '../../text/characters';
import { DESCRIPTION_LIMIT } from '../../db/watchlists-schema';
import { checked } from '../../checks/checked';

/**
 * What the two threat-intelligence formats (a MISP galaxy cluster, misp.ts; a STIX 2.1 bundle,
 * stix.ts) share: their names, descriptions, references and countries as a term takes them,
 * what is passed over, and how a refused item is named.
 */

/** A name as the file gives it, checked as a term's label and other names are (formats/shared.ts). */
export const Name = checked(z.string(), z.trim(), z.minLength(1), z.maxLength(300));
export const Names = checked(z.array(Name), z.maxLength(500));
export const Description = checked(z.string(), z.maxLength(DESCRIPTION_LIMIT));

/** A term's other names: each once, without its label (ATT&CK lists a group's own name first among its aliases). */
export function otherNames(label: string, names: readonly string[]): string[] {
  const seen = new Set([foldPhrase(label)]);
  return names.filter((name) => !seen.has(foldPhrase(name)) && !!seen.add(foldPhrase(name)));
}

/** An item refused: where it is and which it is (`objects[12] (id “intrusion-set--…”)`), then each problem by the file's own field. */
export function parseItem<T extends z.ZodMiniType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = check(schema, value);
  if (result.ok) return result.data;
  throw new ImportError(summarize(result.problems.map((problem) => `${where}: ${problem}`)));
}

/** `(Citation: Crowdstrike DNC June 2016)`: ATT&CK's markers of the sources it lists apart. */
const CITATION = /\s*\(Citation:[^)]*\)/g;
/** `[APT28](https://attack.mitre.org/groups/G0007)`: ATT&CK's Markdown links to its own pages. */
const MARKDOWN_LINK = /\[([^\]\n]{1,300})\]\((?:https?:\/\/[^)\s]{1,2000})\)/g;

/** A description as a card shows it: ATT&CK's Markdown links read as their words, its citation markers left out. */
export const plainDescription = (text: string): string =>
  text
    .replace(MARKDOWN_LINK, '$1')
    .replace(CITATION, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();

const WebAddress = z.url({ protocol: /^https?$/ });

/** The web addresses among a file's references, each once, up to `limit`: trimmed (MISP's hold some with leading spaces), others passed over. */
export function webLinks(references: Iterable<string | undefined>, limit: number): string[] {
  const links = new Set<string>();
  for (const reference of references) {
    const link = reference?.trim();
    if (link && link.length <= 2_000 && WebAddress.safeParse(link).success) links.add(link);
    if (links.size === limit) break;
  }
  return [...links];
}

/** A country as the card names it: an ISO 3166 code in lower case (`RU` → `ru`), another name as written. */
export const countryOf = (text: string): string => (/^[A-Za-z]{2}$/.test(text.trim()) ? text.trim().toLowerCase() : text.trim());

/** How many of a kind of thing a file held that were not imported, for the report: "3 relationships". */
export interface PassedOverCount {
  /** What one of them is called ("relationship"), and more than one ("relationships"). */
  one: string;
  many: string;
  count: number;
}

/** Counts of what a file held that is not imported, by what it is. */
export class PassedOver {
  private readonly counts = new Map<string, PassedOverCount>();

  add(one: string, many = `${one}s`): void {
    const counted = this.counts.get(one);
    if (counted) counted.count++;
    else this.counts.set(one, { one, many, count: 1 });
  }

  /** Most first. */
  list(): PassedOverCount[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count);
  }
}

/** "18,000 relationships, 1 revoked or deprecated object". */
export const describePassedOver = (counts: readonly PassedOverCount[]): string =>
  counts.map(({ one, many, count }) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`).join(', ');

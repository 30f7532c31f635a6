import { z } from 'zod/mini';
import type { TermKind } from '../../dictionary/schema';
import { ImportError } from '../../checks/import-error';
import type { IncomingTerm } from '../merge';
import type { IntelRecordInput } from '../../db/watchlists-schema';
import { Description, Name, Names, PassedOver, countryOf, otherNames, parseItem, plainDescription, webLinks, type PassedOverCount } from './intel';
import type { JsonItem, StreamedJson } from './json-stream';
import { checked } from '../../checks/checked';

/**
 * A MISP galaxy cluster (MISP/misp-galaxy, `clusters/*.json`: `{"name", "type", "uuid",
 * "values": [{"value", "uuid", "description", "meta": {"synonyms", "country", "refs", …}}]}`),
 * such as its threat actors, ATT&CK groups, Microsoft's names, intelligence agencies or
 * surveillance vendors: each value a term, with its synonyms, description, country, suspected
 * state sponsor and references. Revoked values are passed over and counted.
 */

export const MISP_ARRAY = 'values';
/** The cluster's own fields that the list and its terms take. */
export const MISP_FIELDS = ['name', 'type'] as const;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const Text = checked(z.string(), z.trim(), z.maxLength(200));
const OneOrMore = z.union([Text, checked(z.array(Text), z.maxLength(50))]);

/** The fields of a value that a term is made of, as the cluster names them (a refused value's message names them so). */
const MispValue = z.object({
  value: Name,
  uuid: checked(z.string(), z.regex(UUID, 'a UUID')),
  description: z.optional(Description),
  revoked: z.optional(z.boolean()),
  meta: z.optional(
    z.object({
      synonyms: z.optional(Names),
      /** ISO 3166 codes ("RU"), one or several. */
      country: z.optional(OneOrMore),
      'cfr-suspected-state-sponsor': z.optional(Text),
      refs: z.optional(checked(z.array(z.string()), z.maxLength(10_000))),
      /** ATT&CK's id, in the clusters made from it ("G0007"). */
      external_id: z.optional(OneOrMore),
    }),
  ),
});
type MispValue = z.infer<typeof MispValue>;

/** An ATT&CK id: a group (G0007), software (S0001), technique, campaign or mitigation. */
const ATTACK_ID = /^(?:G|S|T|C|M)\d{4}(?:\.\d{3})?$/;

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item) => item.length > 0);

/** The cluster's type decides the kind of its terms (misp-galaxy's `clusters/`: threat-actor, mitre-intrusion-set, …). */
function kindOf(type: unknown): TermKind | undefined {
  if (typeof type !== 'string') return undefined;
  if (/intrusion-set|threat-actor|activity-group/.test(type)) return 'hacking group';
  if (type === 'intelligence-agency') return 'agency';
  if (type === 'surveillance-vendor') return 'company';
  if (/malware|malpedia|ransomware|rat$|botnet|backdoor|stealer/.test(type)) return 'malware';
  return undefined;
}

/** "CFR says Unknown" is no attribution. */
const sponsorOf = (value: string | undefined) => (value && value.toLowerCase() !== 'unknown' ? value : undefined);

function termOf(entry: MispValue): IncomingTerm {
  const meta = entry.meta ?? {};
  const externalIds = asList(meta.external_id);
  // The clusters made from ATT&CK name each value with its id ("APT28 - G0007"): the name is the group's.
  const suffix = externalIds.find((id) => entry.value.endsWith(` - ${id}`));
  const label = suffix ? entry.value.slice(0, -` - ${suffix}`.length).trim() || entry.value : entry.value;
  const references = webLinks(meta.refs ?? [], 100);
  // An id's page is linked from the id, as in a bundle (stix.ts), not listed again among the sources.
  const ids = externalIds.map((id) => {
    const page = references.find((link) => link.includes(`/${id}`));
    return { source: ATTACK_ID.test(id) ? 'MITRE ATT&CK' : 'MISP', id, ...(page && { url: page }) };
  });
  const links = references.filter((link) => !ids.some((id) => id.url === link));
  const intel: IntelRecordInput = {
    format: 'MISP',
    id: entry.uuid.toLowerCase(),
    type: 'cluster value',
    description: plainDescription(entry.description ?? ''),
    countries: asList(meta.country).map(countryOf),
    ...(sponsorOf(meta['cfr-suspected-state-sponsor']) && { stateSponsor: sponsorOf(meta['cfr-suspected-state-sponsor']) }),
    externalIds: ids,
    links,
  };
  return { label, aliases: otherNames(label, meta.synonyms ?? []), intel };
}

/**
 * Reads a cluster's values as they stream by (json-stream.ts), then makes its list. A value
 * that does not fit refuses the file, named by where it is, its name and the field
 * (`values[4] (“Fancy Bear”): meta.synonyms[2]: empty`).
 */
export class MispReader {
  private readonly terms: IncomingTerm[] = [];
  private readonly passedOver = new PassedOver();
  private values = 0;

  read({ index, value }: JsonItem): void {
    this.values++;
    const named = typeof (value as { value?: unknown } | null)?.value === 'string' ? ` (“${(value as { value: string }).value.slice(0, 300)}”)` : '';
    const entry = parseItem(MispValue, value, `values[${index}]${named}`);
    if (entry.revoked) return this.passedOver.add('revoked value');
    this.terms.push(termOf(entry));
  }

  /** The cluster's list, named after it ("Threat Actor (MISP)"), its terms of the kind its type says. */
  finish({ fields }: StreamedJson, fileName: string): { name: string; terms: IncomingTerm[]; passedOver: PassedOverCount[] } {
    if (this.values === 0) throw new ImportError('The MISP cluster has no values.');
    const passedOver = this.passedOver.list();
    if (this.terms.length === 0) throw new ImportError(`The MISP cluster holds no value to import: all ${this.values.toLocaleString('en')} are revoked.`);
    const clusterName = typeof fields.get('name') === 'string' ? (fields.get('name') as string).trim().slice(0, 180) : '';
    const type = typeof fields.get('type') === 'string' ? (fields.get('type') as string).trim().slice(0, 200) : '';
    const kind = kindOf(type);
    for (const term of this.terms) {
      term.intel = { ...term.intel!, ...(type && { type }), ...(clusterName && { cluster: clusterName }) };
      if (kind) term.kind = kind;
    }
    return { name: clusterName ? `${clusterName} (MISP)` : fileName, terms: this.terms, passedOver };
  }
}

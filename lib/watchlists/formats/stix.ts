import { z } from 'zod/mini';
import type { TermKind } from '../../dictionary/schema';
import { ImportError } from '../../checks/import-error';
import type { IncomingTerm } from '../merge';
import type { IntelRecordInput } from '../../db/watchlists-schema';
import { Description, Name, Names, PassedOver, countryOf, otherNames, describePassedOver, parseItem, plainDescription, webLinks, type PassedOverCount } from './intel';
import type { JsonItem, StreamedJson } from './json-stream';
import { checked } from '../../checks/checked';

/**
 * A STIX 2.1 bundle (OASIS, *STIX Version 2.1*, section 8: `{"type": "bundle", "id", "objects"}`),
 * such as MITRE ATT&CK's `enterprise-attack.json`: its intrusion sets, threat actors, malware and
 * identities become terms, with their names, aliases, description, countries and references.
 * Everything else it holds (relationships, attack patterns, courses of action, ATT&CK's own
 * objects) and anything revoked or deprecated is passed over and counted. A 2.0 bundle reads
 * the same: these objects' fields did not change.
 */

export const STIX_ARRAY = 'objects';

const ACTOR_TYPES = ['intrusion-set', 'threat-actor', 'malware', 'identity'] as const;
type ActorType = (typeof ACTOR_TYPES)[number];

const KINDS: Record<ActorType, TermKind | undefined> = { 'intrusion-set': 'hacking group', 'threat-actor': 'hacking group', malware: 'malware', identity: undefined };
/** An identity's kind by its `identity_class` (STIX 2.1, 10.7: identity-class-ov). */
const IDENTITY_KINDS: Record<string, TermKind> = { individual: 'person', organization: 'institution' };

/** Relationships that place an object in a `location` (STIX 2.1, 4.1 and 4.5-4.7): where its country comes from. */
const PLACING = new Set(['originates-from', 'located-at']);

/** `intrusion-set--` and a UUID (STIX 2.1, 2.9). */
const StixId = checked(z.string(), z.regex(/^[a-z0-9][a-z0-9-]{0,249}--[0-9a-fA-F-]{36}$/, 'a STIX id (type--UUID)'));

const Reference = z.object({
  source_name: z.optional(checked(z.string(), z.trim(), z.maxLength(200))),
  url: z.optional(z.string()),
  external_id: z.optional(checked(z.string(), z.trim(), z.maxLength(200))),
});

/** The fields of an actor that a term is made of, as the file names them (a refused object's message names them so). */
const StixActor = z.object({
  type: z.enum(ACTOR_TYPES),
  id: StixId,
  name: Name,
  description: z.optional(Description),
  aliases: z.optional(Names),
  /** ATT&CK's aliases of software (malware and tools). */
  x_mitre_aliases: z.optional(Names),
  external_references: z.optional(checked(z.array(Reference), z.maxLength(10_000))),
  identity_class: z.optional(z.string()),
  modified: z.optional(z.string()),
  /** Not STIX's own (a `location` is, below), but some producers write it on the object. */
  country: z.optional(checked(z.string(), z.trim(), z.maxLength(100))),
});
type StixActor = z.infer<typeof StixActor>;

/** What every object has, before its type decides what is read of it. */
const StixObject = z.object({ type: checked(z.string(), z.minLength(1), z.maxLength(250)) });

/** The references an object's card links to, and its ids in the knowledge bases that name it (ATT&CK's G0007, with its page first). */
function referencesOf(actor: StixActor): Pick<IntelRecordInput, 'externalIds' | 'links'> {
  const references = actor.external_references ?? [];
  const externalIds = references
    .filter((reference) => reference.source_name && reference.external_id)
    .slice(0, 50)
    .map(({ source_name, external_id, url }) => {
      const [page] = webLinks([url], 1);
      return { source: source_name!, id: external_id!, ...(page && { url: page }) };
    });
  const own = new Set(externalIds.flatMap((id) => (id.url ? [id.url] : [])));
  return { externalIds, links: webLinks(references.map((reference) => reference.url).filter((url) => !own.has(url?.trim() ?? '')), 100) };
}

function termOf(actor: StixActor): IncomingTerm {
  const label = actor.name;
  const aliases = otherNames(label, [...(actor.aliases ?? []), ...(actor.x_mitre_aliases ?? [])]);
  const kind = actor.type === 'identity' ? IDENTITY_KINDS[actor.identity_class ?? ''] : KINDS[actor.type];
  const intel: IntelRecordInput = {
    format: 'STIX',
    id: actor.id,
    type: actor.type,
    description: plainDescription(actor.description ?? ''),
    countries: actor.country ? [countryOf(actor.country)] : [],
    ...referencesOf(actor),
  };
  return { label, aliases, ...(kind && { kind }), intel };
}

/**
 * Reads a bundle's objects as they stream by (json-stream.ts), then makes its list. An actor
 * that does not fit refuses the file, named by where it is, its id and the field
 * (`objects[12] (id “intrusion-set--…”): aliases[3]: longer than 300 characters`).
 */
export class StixReader {
  private readonly actors = new Map<string, { term: IncomingTerm; modified: string }>();
  private readonly passedOver = new PassedOver();
  /** Each location's country, and the objects placed in a location: a term's countries, found once all is read. */
  private readonly locations = new Map<string, string>();
  private readonly placed: Array<{ source: string; location: string }> = [];
  /** ATT&CK names its bundle in an `x-mitre-collection` object ("Enterprise ATT&CK"). */
  private collection?: string;
  private objects = 0;

  read({ index, value }: JsonItem): void {
    this.objects++;
    const where = `objects[${index}]`;
    const { type } = parseItem(StixObject, value, where);
    const object = value as Record<string, unknown>;
    if (object.revoked === true || object.x_mitre_deprecated === true) return this.passedOver.add('revoked or deprecated object');
    if (type === 'malware' && object.name === undefined) return this.passedOver.add('malware sample with no name', 'malware samples with no name');
    if ((ACTOR_TYPES as readonly string[]).includes(type)) return this.readActor(value, typeof object.id === 'string' ? `${where} (id “${object.id.slice(0, 300)}”)` : where);
    this.note(type, object);
    this.passedOver.add(...passedOverName(type));
  }

  private readActor(value: unknown, where: string): void {
    const actor = parseItem(StixActor, value, where);
    const modified = actor.modified ?? '';
    // A bundle may hold several versions of an object (STIX 2.1, 3.6): the latest is the one.
    const held = this.actors.get(actor.id);
    if (!held || modified >= held.modified) this.actors.set(actor.id, { term: termOf(actor), modified });
  }

  /** What an object passed over says of the others: a location's country, what is placed there, the bundle's name. */
  private note(type: string, object: Record<string, unknown>): void {
    if (type === 'location' && typeof object.id === 'string' && typeof object.country === 'string' && object.country.trim()) {
      this.locations.set(object.id, countryOf(object.country.slice(0, 100)));
    }
    if (type === 'relationship' && PLACING.has(String(object.relationship_type)) && typeof object.source_ref === 'string' && typeof object.target_ref === 'string') {
      this.placed.push({ source: object.source_ref, location: object.target_ref });
    }
    if (type === 'x-mitre-collection' && typeof object.name === 'string' && object.name.trim()) this.collection = object.name.trim().slice(0, 200);
  }

  /** The bundle's list, named by its collection or the file; refused when the root is not a bundle or it brings no term. */
  finish({ keys, fields }: StreamedJson, fileName: string): { name: string; terms: IncomingTerm[]; passedOver: PassedOverCount[] } {
    const type = fields.get('type');
    if (keys.has('type') && type !== 'bundle') throw new ImportError(`This is not a STIX bundle: its type is ${JSON.stringify(type)?.slice(0, 100)}, a bundle’s is "bundle".`);
    if (this.objects === 0) throw new ImportError('The STIX bundle has no objects.');
    const passedOver = this.passedOver.list();
    if (this.actors.size === 0) {
      throw new ImportError(`The STIX bundle holds no intrusion set, threat actor, malware or identity to import; it holds ${describePassedOver(passedOver)}.`);
    }
    for (const { source, location } of this.placed) {
      const country = this.locations.get(location);
      const intel = this.actors.get(source)?.term.intel;
      if (country && intel && !intel.countries?.includes(country)) intel.countries = [...(intel.countries ?? []), country].slice(0, 50);
    }
    return { name: this.collection ?? fileName, terms: [...this.actors.values()].map(({ term }) => term), passedOver };
  }
}

/** What a report calls objects of a type it passes over. */
function passedOverName(type: string): [string, string] {
  if (type === 'relationship') return ['relationship', 'relationships'];
  if (type === 'attack-pattern') return ['attack pattern', 'attack patterns'];
  return [`${type} object`, `${type} objects`];
}

/**
 * A STIX 2.1 bundle the size and shape of MITRE ATT&CK's `enterprise-attack.json` (about 44 MB
 * and 24,000 objects, four-space indented): about 190 intrusion sets, 700 malware families, 90
 * tools, 800 attack patterns, 270 courses of action, 19,000 relationships with their citations,
 * campaigns, data sources and components, tactics, a matrix, a collection object, an identity
 * and a marking definition, some revoked or deprecated. The actors have made-up names in the
 * vendors' styles (Slate Kestrel, APT95, UNC6120, TA3310, QuillDrop). Seeded: every run reads
 * the same bytes. Nothing from ATT&CK itself is in it.
 */
import { seeded, type Random } from './random.ts';

const ADJECTIVES = [
  'Slate', 'Amber', 'Cinder', 'Copper', 'Quartz', 'Velvet', 'Hollow', 'Silent', 'Crimson', 'Ashen', 'Gilded', 'Frosted', 'Sable', 'Umber',
  'Cobalt', 'Ivory', 'Jade', 'Onyx', 'Russet', 'Scarlet', 'Tawny', 'Verdant', 'Ochre', 'Pewter', 'Rustic', 'Smoky', 'Misty', 'Dusky',
];
const CREATURES = [
  'Kestrel', 'Wasp', 'Owl', 'Heron', 'Finch', 'Lynx', 'Otter', 'Marten', 'Viper', 'Jackal', 'Moth', 'Raven', 'Ibis', 'Stoat', 'Gecko',
  'Badger', 'Cormorant', 'Falcon', 'Hornet', 'Mantis', 'Newt', 'Osprey', 'Pike', 'Shrike', 'Tapir', 'Vole', 'Wren', 'Yak',
];
const SYLLABLES = ['Quill', 'Drop', 'Shade', 'Loom', 'Nest', 'Crypt', 'Vex', 'Rook', 'Glint', 'Murk', 'Byte', 'Spool', 'Hex', 'Tallow', 'Wisp', 'Grit', 'Pry', 'Snare'];
const WORDS = (
  'the group has targeted government military defence telecommunications energy and research organisations in europe asia and north america ' +
  'using spearphishing emails with malicious attachments credential harvesting and exploitation of public facing applications to gain access ' +
  'after which it deploys custom backdoors collects documents and exfiltrates data over encrypted channels to infrastructure it controls'
).split(' ');

const uuid = (random: Random) => {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[random.int(16)]).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[random.int(4)]}${hex(3)}-${hex(12)}`;
};

const sentence = (random: Random, words = 12 + random.int(20)) => {
  const text = Array.from({ length: words }, () => random.pick(WORDS)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};

const prose = (random: Random, sentences: number) => Array.from({ length: sentences }, () => sentence(random)).join(' ');

/** A source ATT&CK cites, with its citation marker in the text. */
const citation = (random: Random, index: number) => ({
  source_name: `Vendor Report ${index} ${2015 + random.int(11)}`,
  url: `https://www.example.com/research/${index}-${random.int(1e6)}`,
  description: `Vendor. (${2015 + random.int(11)}, ${1 + random.int(12)} ${['March', 'June', 'October'][random.int(3)]}). ${sentence(random, 6)} Retrieved ${1 + random.int(28)} January 2025.`,
});

const CREATED_BY = 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5';
const MARKING = 'marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168';

/** What every ATT&CK object carries besides its own fields. */
const common = (random: Random, type: string) => ({
  type,
  spec_version: '2.1',
  id: `${type}--${uuid(random)}`,
  created: '2019-01-01T00:00:00.000Z',
  modified: `202${random.int(6)}-0${1 + random.int(9)}-1${random.int(10)}T00:00:00.000Z`,
  created_by_ref: CREATED_BY,
  object_marking_refs: [MARKING],
  x_mitre_attack_spec_version: '3.2.0',
  x_mitre_modified_by_ref: CREATED_BY,
  x_mitre_domains: ['enterprise-attack'],
  x_mitre_version: `${1 + random.int(4)}.${random.int(3)}`,
});

/** A description in ATT&CK's way: Markdown links to its pages and citation markers. */
const described = (random: Random, name: string, page: string, sentences: number, cited: { source_name: string }[]) =>
  `[${name}](https://attack.mitre.org/${page}) ${prose(random, sentences)}${cited.map((c) => `(Citation: ${c.source_name})`).join('')}`;

export interface GeneratedBundle {
  json: string;
  /** Names of the actors it brings, for a page that names them. */
  actorNames: string[];
  objects: number;
}

export function stixBundle(): GeneratedBundle {
  const random = seeded(2817);
  const objects: object[] = [];
  const actorNames: string[] = [];
  const sets: string[] = [];
  const software: string[] = [];
  const patterns: string[] = [];
  const mitigations: string[] = [];

  objects.push({ type: 'identity', spec_version: '2.1', id: CREATED_BY, created: '2017-06-01T00:00:00.000Z', modified: '2017-06-01T00:00:00.000Z', name: 'The MITRE Corporation', identity_class: 'organization' });
  objects.push({ type: 'marking-definition', spec_version: '2.1', id: MARKING, created: '2017-06-01T00:00:00.000Z', definition_type: 'statement', definition: { statement: 'Copyright notice.' } });

  for (let index = 0; index < 190; index++) {
    const name = `${ADJECTIVES[index % ADJECTIVES.length]} ${CREATURES[Math.floor(index / ADJECTIVES.length) % CREATURES.length]}`;
    const id = `G${(1000 + index).toString().padStart(4, '0')}`;
    const aliases = [name, `APT${60 + index}`, `UNC${1000 + random.int(9000)}`, `TA${100 + random.int(900)}`, `${random.pick(ADJECTIVES).toUpperCase()} ${random.pick(CREATURES).toUpperCase()}`];
    const cited = Array.from({ length: 20 + random.int(40) }, (_, at) => citation(random, index * 100 + at));
    const set = {
      ...common(random, 'intrusion-set'),
      name,
      aliases,
      description: described(random, name, `groups/${id}`, 4 + random.int(8), cited.slice(0, 6)),
      external_references: [
        { source_name: 'mitre-attack', url: `https://attack.mitre.org/groups/${id}`, external_id: id },
        ...aliases.slice(1).map((alias) => ({ source_name: alias, description: `(Citation: ${cited[0]!.source_name})` })),
        ...cited,
      ],
      x_mitre_contributors: ['A Researcher', 'Another Researcher'],
      revoked: index % 40 === 39,
      x_mitre_deprecated: false,
    };
    objects.push(set);
    sets.push(set.id);
    if (!set.revoked) actorNames.push(name);
  }

  for (let index = 0; index < 790; index++) {
    const isTool = index >= 700;
    const name = `${random.pick(SYLLABLES)}${random.pick(SYLLABLES)}${index}`;
    const id = `S${(1000 + index).toString().padStart(4, '0')}`;
    const cited = Array.from({ length: 3 + random.int(10) }, (_, at) => citation(random, 100_000 + index * 20 + at));
    const program = {
      ...common(random, isTool ? 'tool' : 'malware'),
      name,
      description: described(random, name, `software/${id}`, 2 + random.int(5), cited.slice(0, 3)),
      x_mitre_aliases: [name, `${name}Loader`],
      x_mitre_platforms: ['Windows', 'Linux'],
      external_references: [{ source_name: 'mitre-attack', url: `https://attack.mitre.org/software/${id}`, external_id: id }, ...cited],
      ...(isTool ? {} : { is_family: true }),
      revoked: false,
      x_mitre_deprecated: index % 35 === 34,
    };
    objects.push(program);
    software.push(program.id);
    if (!isTool && !program.x_mitre_deprecated) actorNames.push(name);
  }

  for (let index = 0; index < 800; index++) {
    const id = `T${1000 + Math.floor(index / 4)}${index % 4 ? `.00${index % 4}` : ''}`;
    const cited = Array.from({ length: 2 + random.int(8) }, (_, at) => citation(random, 200_000 + index * 20 + at));
    const pattern = {
      ...common(random, 'attack-pattern'),
      name: `Technique ${index}`,
      description: described(random, `Technique ${index}`, `techniques/${id}`, 8 + random.int(24), cited.slice(0, 4)),
      kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: random.pick(['initial-access', 'execution', 'persistence', 'collection']) }],
      x_mitre_detection: prose(random, 6 + random.int(12)),
      x_mitre_platforms: ['Windows', 'macOS', 'Linux'],
      x_mitre_data_sources: ['Process: Process Creation', 'File: File Access'],
      x_mitre_is_subtechnique: index % 4 !== 0,
      external_references: [{ source_name: 'mitre-attack', url: `https://attack.mitre.org/techniques/${id.replace('.', '/')}`, external_id: id }, ...cited],
      revoked: false,
      x_mitre_deprecated: index % 60 === 59,
    };
    objects.push(pattern);
    patterns.push(pattern.id);
  }

  for (let index = 0; index < 270; index++) {
    const mitigation = { ...common(random, 'course-of-action'), name: `Mitigation ${index}`, description: prose(random, 3 + random.int(6)), external_references: [] };
    objects.push(mitigation);
    mitigations.push(mitigation.id);
  }
  for (let index = 0; index < 40; index++) objects.push({ ...common(random, 'campaign'), name: `Operation ${random.pick(CREATURES)} ${index}`, description: prose(random, 4) });
  for (let index = 0; index < 40; index++) objects.push({ ...common(random, 'x-mitre-data-source'), name: `Data source ${index}`, description: prose(random, 2) });
  for (let index = 0; index < 110; index++) objects.push({ ...common(random, 'x-mitre-data-component'), name: `Data component ${index}`, description: prose(random, 2) });
  for (let index = 0; index < 14; index++) objects.push({ ...common(random, 'x-mitre-tactic'), name: `Tactic ${index}`, description: prose(random, 3), x_mitre_shortname: `tactic-${index}` });
  objects.push({ ...common(random, 'x-mitre-matrix'), name: 'Enterprise ATT&CK', description: prose(random, 2), tactic_refs: [] });

  // The relationships: groups and software using techniques and software, mitigations, sub-techniques.
  for (let index = 0; index < 19_000; index++) {
    const cited = [citation(random, 300_000 + index)];
    const [type, source, target] =
      index % 10 < 5
        ? ['uses', random.pick(sets), random.pick(patterns)]
        : index % 10 < 7
          ? ['uses', random.pick(software), random.pick(patterns)]
          : index % 10 < 8
            ? ['uses', random.pick(sets), random.pick(software)]
            : index % 10 < 9
              ? ['mitigates', random.pick(mitigations), random.pick(patterns)]
              : ['subtechnique-of', random.pick(patterns), random.pick(patterns)];
    objects.push({
      ...common(random, 'relationship'),
      relationship_type: type,
      source_ref: source,
      target_ref: target,
      description: `${prose(random, 1)}${cited.map((c) => `(Citation: ${c.source_name})`).join('')}`,
      external_references: cited,
    });
  }

  objects.push({ ...common(random, 'x-mitre-collection'), name: 'Enterprise ATT&CK', description: 'The Enterprise domain of ATT&CK (generated for the benchmark).', x_mitre_contents: [] });
  const json = JSON.stringify({ type: 'bundle', id: `bundle--${uuid(random)}`, objects }, null, 4);
  return { json, actorNames, objects: objects.length };
}

import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import type { ImportProgress } from '../../lib/scheduling/progress';
import { ImportError } from '../../lib/checks/import-error';
import { plainDescription, webLinks } from '../../lib/watchlists/formats/intel';
import { HeapString, streamJson, type JsonItem } from '../../lib/watchlists/formats/json-stream';
import { termsOf } from '../../lib/watchlists/store';
import { importWatchlists, readWatchImport, type WatchImport } from '../../lib/watchlists/transfer';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/watchlists/${name}`, import.meta.url), 'utf8');
const fileOf = (name: string, text: string) => new File([text], name);

async function readLists(name: string, text: string): Promise<Extract<WatchImport, { kind: 'lists' }>> {
  const read = await readWatchImport(fileOf(name, text));
  if (read.kind !== 'lists') throw new Error(`read as terms (${read.format})`);
  return read;
}

/** A bundle of these objects. */
const bundle = (objects: unknown[], extra: object = {}) => JSON.stringify({ type: 'bundle', id: 'bundle--0e3b8c1a-5f2d-4a6b-9c7e-1d2f3a4b5c6d', ...extra, objects });
const intrusionSet = (fields: object = {}) => ({
  type: 'intrusion-set',
  spec_version: '2.1',
  id: 'intrusion-set--4e2a9b1c-6d3f-4a8e-b7c2-9f1e0d3c5b7a',
  name: 'Slate Kestrel',
  ...fields,
});
/** A cluster of these values. */
const cluster = (values: unknown[]) => JSON.stringify({ name: 'Threat Actor', type: 'threat-actor', uuid: '6f2c9a51-1d7e-4b3a-9c11-0d7a8e5f4b21', values });
const value = (fields: object = {}) => ({ value: 'Copper Lantern', uuid: '1a7c3e52-8b0d-4f6e-9a21-5c4d3b2a1f01', ...fields });

describe('a MISP galaxy cluster', () => {
  it('is a list named after the cluster, each value a term with its synonyms, description, country, sponsor and references; revoked values counted', async () => {
    const read = await readLists('threat-actor.json', fixture('misp-cluster.json'));
    expect(read.format).toBe('MISP');
    expect(read.passedOver).toEqual([{ one: 'revoked value', many: 'revoked values', count: 1 }]);
    const [list] = read.lists;
    expect(list!.name).toBe('Threat Actor (MISP)');
    expect(list!.terms).toEqual([
      {
        label: 'Copper Lantern',
        // The value itself, listed again among its synonyms, is not another name.
        aliases: ['Quartz Heron', 'TA4980', 'UNC7731'],
        kind: 'hacking group',
        intel: {
          format: 'MISP',
          id: '1a7c3e52-8b0d-4f6e-9a21-5c4d3b2a1f01',
          type: 'threat-actor',
          cluster: 'Threat Actor',
          description: "Copper Lantern is a made-up espionage group for the tests, said to work for a state's military intelligence.",
          countries: ['ru'],
          stateSponsor: 'Russian Federation',
          externalIds: [],
          // Trimmed, and only web addresses.
          links: ['https://www.example.org/reports/copper-lantern', 'https://www.example.com/2025/11/copper-lantern-phishing'],
        },
      },
      {
        label: 'Silence',
        aliases: ['Q', 'Hushed Otter'],
        kind: 'hacking group',
        intel: expect.objectContaining({ countries: ['ir'], links: ['https://www.example.org/reports/silence'] }),
      },
      { label: 'Cinder Owl', aliases: ['Ash Moth'], kind: 'hacking group', intel: expect.objectContaining({ countries: ['kp'] }) },
    ]);
  });

  it('names an ATT&CK cluster’s value by its group, not "APT28 - G0007", and keeps the id with its page', async () => {
    const refs = ['https://attack.mitre.org/groups/G0007', 'https://www.example.org/apt28'];
    const [list] = (await readLists('mitre-intrusion-set.json', cluster([value({ value: 'APT28 - G0007', meta: { external_id: 'G0007', synonyms: ['Sofacy'], refs } })]))).lists;
    expect(list!.terms[0]).toMatchObject({
      label: 'APT28',
      aliases: ['Sofacy'],
      // The id's page is linked from the id, not listed again among the sources.
      intel: { externalIds: [{ source: 'MITRE ATT&CK', id: 'G0007', url: 'https://attack.mitre.org/groups/G0007' }], links: ['https://www.example.org/apt28'] },
    });
  });

  it('refuses a value that does not fit, named by its place, its name and its field', async () => {
    await expect(readLists('c.json', cluster([value(), value({ meta: { synonyms: ['Fine', ' '] } })]))).rejects.toThrow(
      /^values\[1\] \(“Copper Lantern”\): meta\.synonyms\[1\]: empty$/,
    );
    await expect(readLists('c.json', cluster([{ value: 'No Id' }]))).rejects.toThrow(/^values\[0\] \(“No Id”\): uuid: missing$/);
    await expect(readLists('c.json', cluster([value({ value: 7 })]))).rejects.toThrow(/^values\[0\]: value: not text$/);
    await expect(readLists('c.json', cluster([value({ description: 'x'.repeat(20_001) })]))).rejects.toThrow(/^values\[0\] \(“Copper Lantern”\): description: longer than 20,000 characters$/);
  });

  it('refuses a cluster with no values, or none that is not revoked, and a galaxy (which describes a cluster)', async () => {
    await expect(readLists('c.json', cluster([]))).rejects.toThrow('The MISP cluster has no values.');
    await expect(readLists('c.json', cluster([value({ revoked: true })]))).rejects.toThrow('The MISP cluster holds no value to import: all 1 are revoked.');
    const galaxy = '{"description":"Threat actors","icon":"user-secret","name":"Threat Actor","namespace":"misp","type":"threat-actor","uuid":"698774c7-8022-42c4-917f-8d6e4f06ada3","version":3}';
    await expect(readLists('galaxy.json', galaxy)).rejects.toThrow(/^This is a MISP galaxy/);
  });
});

describe('a STIX 2.1 bundle', () => {
  it('is a list of its intrusion sets, threat actors, malware and identities, with names, descriptions made plain, countries from locations, ids and references; the rest counted', async () => {
    const read = await readLists('stix-bundle.json', fixture('stix-bundle.json'));
    expect(read.format).toBe('STIX');
    expect(read.passedOver).toEqual([
      { one: 'relationship', many: 'relationships', count: 3 },
      { one: 'location object', many: 'location objects', count: 2 },
      { one: 'revoked or deprecated object', many: 'revoked or deprecated objects', count: 1 },
      { one: 'attack pattern', many: 'attack patterns', count: 1 },
    ]);
    const [list] = read.lists;
    // No collection named in the bundle: the list is named after the file.
    expect(list!.name).toBe('stix-bundle');
    expect(list!.terms.map((term) => [term.label, term.kind, term.aliases])).toEqual([
      ['Northwind Threat Research', 'institution', []],
      ['Slate Kestrel', 'hacking group', ['Amber Wasp', 'NW-0042']],
      ['Cinder Owl', 'hacking group', ['Ash Moth']],
      ['QuillDrop', 'malware', ['Quill Loader']],
      ['APT28', 'hacking group', ['Sofacy']],
    ]);
    expect(list!.terms[1]!.intel).toEqual({
      format: 'STIX',
      id: 'intrusion-set--4e2a9b1c-6d3f-4a8e-b7c2-9f1e0d3c5b7a',
      type: 'intrusion-set',
      description: 'Slate Kestrel is a made-up group for the tests that targets ministries of defence. It sends spearphishing mail with QuillDrop attached.',
      countries: ['ru'],
      externalIds: [{ source: 'northwind', id: 'NW-0042', url: 'https://intel.example.com/actors/NW-0042' }],
      links: ['https://www.example.org/reports/slate-kestrel-2025'],
    });
    expect(list!.terms[2]!.intel).toMatchObject({ type: 'threat-actor', countries: ['kp'] });
  });

  it('is named by ATT&CK’s collection object; a later version of an object is the one kept; a country written on the object is read too', async () => {
    const older = intrusionSet({ modified: '2024-01-01T00:00:00.000Z', aliases: ['Old Name'] });
    const newer = intrusionSet({ modified: '2025-01-01T00:00:00.000Z', aliases: ['New Name'], country: 'IR' });
    const collection = { type: 'x-mitre-collection', id: 'x-mitre-collection--1f5f1533-f617-4ca8-9ab4-6a02367fa019', name: 'Enterprise ATT&CK' };
    const [list] = (await readLists('enterprise-attack.json', bundle([newer, collection, older]))).lists;
    expect(list!.name).toBe('Enterprise ATT&CK');
    expect(list!.terms).toHaveLength(1);
    expect(list!.terms[0]).toMatchObject({ aliases: ['New Name'], intel: { countries: ['ir'] } });
  });

  it('refuses an object that does not fit, named by its place, its id and its field', async () => {
    const refused = (objects: unknown[]) => readLists('b.json', bundle(objects));
    const id = 'intrusion-set--4e2a9b1c-6d3f-4a8e-b7c2-9f1e0d3c5b7a';
    await expect(refused([{ type: 'relationship' }, intrusionSet({ name: '' })])).rejects.toThrow(`objects[1] (id “${id}”): name: empty`);
    await expect(refused([intrusionSet({ aliases: ['Fine', 'y'.repeat(301)] })])).rejects.toThrow(`objects[0] (id “${id}”): aliases[1]: longer than 300 characters`);
    await expect(refused([intrusionSet({ id: 'intrusion-set--nope' })])).rejects.toThrow(/^objects\[0\] \(id “intrusion-set--nope”\): id: /);
    await expect(refused([{ type: 7 }])).rejects.toThrow(/^objects\[0\]: type: not text$/);
    await expect(refused(['a string'])).rejects.toThrow(/^objects\[0\]: not a record$/);
    // A malware object with no name is a sample (STIX 2.1, 4.11), not a family: counted, not refused.
    const sample = { type: 'malware', id: 'malware--9c4d3e2f-1a5b-4c6d-8e7f-0a1b2c3d4e5f', is_family: false };
    expect((await readLists('b.json', bundle([sample, intrusionSet()]))).passedOver).toEqual([{ one: 'malware sample with no name', many: 'malware samples with no name', count: 1 }]);
  });

  it('refuses a bundle with no objects, or none to import, and a root of another type', async () => {
    await expect(readLists('b.json', bundle([]))).rejects.toThrow('The STIX bundle has no objects.');
    await expect(readLists('b.json', '{"type": "bundle", "id": "bundle--0e3b8c1a-5f2d-4a6b-9c7e-1d2f3a4b5c6d"}')).rejects.toThrow('The STIX bundle has no objects.');
    const patterns = [1, 2].map(() => ({ type: 'attack-pattern', name: 'Spearphishing Attachment' }));
    await expect(readLists('b.json', bundle([...patterns, { ...intrusionSet(), revoked: true }]))).rejects.toThrow(
      'The STIX bundle holds no intrusion set, threat actor, malware or identity to import; it holds 2 attack patterns, 1 revoked or deprecated object.',
    );
    await expect(readLists('b.json', bundle([intrusionSet()], { type: 'report' }))).rejects.toThrow('This is not a STIX bundle: its type is "report", a bundle’s is "bundle".');
    await expect(readLists('b.json', JSON.stringify({ objects: [intrusionSet()], values: [value()] }))).rejects.toThrow(/both/);
  });

  it('refuses an object with a 5 MB description by its id, and reads past one in an object it passes over', async () => {
    const long = 'A very long description. '.repeat(210_000);
    expect(long.length).toBeGreaterThan(5_000_000);
    await expect(readLists('b.json', bundle([intrusionSet({ description: long })]))).rejects.toThrow(
      'objects[0] (id “intrusion-set--4e2a9b1c-6d3f-4a8e-b7c2-9f1e0d3c5b7a”): description: longer than 20,000 characters',
    );
    const read = await readLists('b.json', bundle([{ type: 'attack-pattern', name: 'Long', description: long }, intrusionSet()]));
    expect(read.lists[0]!.terms.map((term) => term.label)).toEqual(['Slate Kestrel']);
  });

  it('is read whatever a key such as __proto__ or a deep nesting in a field it does not read', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const text = bundle([intrusionSet()]).replace('"name"', `"__proto__": {"polluted": true}, "x_deep": ${deep}, "name"`);
    const read = await readLists('b.json', text);
    expect(read.lists[0]!.terms[0]!.label).toBe('Slate Kestrel');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('JSON read as a stream', () => {
  const items = async (text: string, pieces: BlobPart[] = [text]) => {
    const read: JsonItem[] = [];
    const streamed = await streamJson(new Blob(pieces), { fields: ['type'], arrays: ['objects'], onItem: (item) => read.push(item) });
    return { read, streamed };
  };

  it('hands over the items of an array as JSON.parse reads them, in any pieces, with the root’s other fields and keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ stringUnit: 'binary' }), { maxLength: 20 }),
        fc.constantFrom(undefined, 2, '\t'),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (objects, indent, cuts) => {
          const text = `\ufeff${JSON.stringify({ type: 'bundle', objects, after: [1, { x: 'é' }] }, null, indent)}`;
          const bytes = new TextEncoder().encode(text);
          // The bytes cut anywhere, a character's bytes apart included.
          const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((start, index) => bytes.slice(start, [...at, bytes.length][index]));
          const { read, streamed } = await items(text, pieces);
          expect(read.map((item) => item.value)).toEqual(JSON.parse(JSON.stringify(objects)));
          expect(read.map((item) => item.index)).toEqual(objects.map((_, index) => index));
          expect(streamed.fields).toEqual(new Map([['type', 'bundle']]));
          expect([...streamed.keys]).toEqual(['type', 'objects', 'after']);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('builds its text as JavaScript’s own strings (HeapString), escapes and lone surrogates included', async () => {
    const built = vi.spyOn(HeapString.prototype, 'appendBuf');
    const text = String.raw`{"objects": [{"name": "Slate Kestrel \"SK\" \ud83d\udc3b \ud800 \u00e9 é 🐻 \n\t\\"}]}`;
    const { read } = await items(text);
    expect(read[0]!.value).toEqual(JSON.parse(text).objects[0]);
    expect(built).toHaveBeenCalled();
    built.mockRestore();
  });

  it('reads text of several hundred kilobytes, characters of every width cut between pieces', async () => {
    const names = Array.from({ length: 6_000 }, (_, index) => `Группа ${index} 組織 🐻 “${index}”\n\\`);
    const { read } = await items(JSON.stringify({ objects: names.map((name) => ({ name })) }));
    expect(read.map((item) => (item.value as { name: string }).name)).toEqual(names);
  });

  it('names where JSON that is not valid goes wrong, by line and column', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 30 }), fc.nat(), async (objects, pick) => {
        const lines = JSON.stringify({ objects }, null, 2).split('\n');
        // A line of the document, after the first: it starts outside any string.
        const broken = 1 + (pick % (lines.length - 1));
        lines[broken] = `#${lines[broken]}`;
        await expect(items(lines.join('\n'))).rejects.toThrow(`The file is not valid JSON at line ${broken + 1}, column 1: “#” is not expected there.`);
      }),
      { numRuns: 60 },
    );
  });

  it('names a misplaced token, a cut-off file, an empty one, text after the end and a root that is not an object', async () => {
    await expect(items('{\n  "type": "bundle"\n  "objects": []\n}')).rejects.toThrow('The file is not valid JSON at line 3, column 3: the text “objects” is not expected there.');
    // Far into a long file, past many pieces.
    const long = `{"objects": [\n${'  {"name": "Ünïcödé"},\n'.repeat(20_000)}  {"name": "x",, }\n]}`;
    await expect(items(long)).rejects.toThrow('The file is not valid JSON at line 20,002, column 16: “,” is not expected there.');
    await expect(items('{"type": "bundle", "objects": [{"name": "cut')).rejects.toThrow('The file ends before its JSON does (is it complete?).');
    await expect(items('{"type": "bundle", "objects": [')).rejects.toThrow('The file ends before its JSON does (is it complete?).');
    await expect(items(' \n')).rejects.toThrow('The file is empty.');
    await expect(items('{"objects": []}\n{"objects": []}')).rejects.toThrow('The file is not valid JSON at line 2, column 1: “{” is not expected there.');
    await expect(items('[{"type": "bundle"}]')).rejects.toThrow('The file is JSON, but its “[” is not the “{” that opens the files the watchlists page reads.');
  });

  it('stops at the first item refused, before reading the rest of the file', async () => {
    const text = `{"objects": [{"name": "first"}, {"name": "refused"}, ${'{"name": "more"}, '.repeat(50_000)} {"name": "last"}]}`;
    let handed = 0;
    const refusing = streamJson(new Blob([text]), {
      fields: [],
      arrays: ['objects'],
      onItem: ({ value: item }) => {
        handed++;
        if ((item as { name: string }).name === 'refused') throw new ImportError('refused');
      },
    });
    await expect(refusing).rejects.toThrow('refused');
    expect(handed).toBe(2);
  });

  it('tells how far it has read, in bytes of the file', async () => {
    const text = JSON.stringify({ objects: Array.from({ length: 20_000 }, (_, index) => ({ name: `Name ${index}`, description: 'x'.repeat(100) })) });
    const seen: number[] = [];
    await streamJson(new Blob([text]), { fields: [], arrays: ['objects'], onItem: () => {}, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((share, at) => at === 0 || share >= seen[at - 1]!)).toBe(true);
  });
});

describe('what a threat-intelligence file says, as a card shows it', () => {
  it('reads ATT&CK’s Markdown links as their words and leaves its citation markers out', () => {
    expect(plainDescription('[APT28](https://attack.mitre.org/groups/G0007) is a group.(Citation: A) It (Citation: B Jan 2020) used [X-Agent](https://attack.mitre.org/software/S0161). ')).toBe(
      'APT28 is a group. It used X-Agent.',
    );
    expect(plainDescription('A [bracket] and (parentheses) stay.')).toBe('A [bracket] and (parentheses) stay.');
  });

  it('keeps only web addresses among references, each once, up to a limit', () => {
    expect(webLinks([' https://a.example/x', 'https://a.example/x', 'javascript:alert(1)', 'ftp://b.example/', undefined, 'not a url', 'http://c.example/'], 10)).toEqual([
      'https://a.example/x',
      'http://c.example/',
    ]);
    expect(webLinks(['https://a.example/1', 'https://a.example/2', 'https://a.example/3'], 2)).toHaveLength(2);
  });
});

describe('importing a community file', () => {
  let db: LensDatabase;
  beforeEach(() => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('makes the file’s list, reports the names held back, and a newer copy merges by the file’s ids, keeping the reader’s note', async () => {
    const read = await readLists('threat-actor.json', fixture('misp-cluster.json'));
    const report = await importWatchlists(db, read.lists);
    expect(report).toMatchObject({ added: 3, merged: 0, skipped: [] });
    expect(report.heldBack).toEqual([
      { name: 'Silence', reason: 'an ordinary word', highlighted: 'as written', term: 'Silence' },
      { name: 'Q', reason: 'one character', highlighted: 'never', term: 'Silence' },
    ]);
    const [list] = await db.watchlists.toArray();
    expect(list!.name).toBe('Threat Actor (MISP)');
    const copper = (await termsOf(db, list!.id)).find((term) => term.label === 'Copper Lantern')!;
    await db.watchTerms.update(copper.id, { note: 'Mine' });

    // The next release of the cluster: a new synonym and description, the same uuid.
    const next = JSON.parse(fixture('misp-cluster.json'));
    next.values[0].meta.synonyms.push('Iron Lamp');
    next.values[0].description = 'Now attributed with more confidence.';
    const again = await importWatchlists(db, (await readLists('threat-actor.json', JSON.stringify(next))).lists);
    expect(again).toMatchObject({ added: 0, merged: 3 });
    expect(await db.watchlists.count()).toBe(1);
    const merged = await db.watchTerms.get(copper.id);
    expect(merged).toMatchObject({ note: 'Mine', aliases: ['Quartz Heron', 'TA4980', 'UNC7731', 'Iron Lamp'], intel: { description: 'Now attributed with more confidence.' } });
  });

  it('keeps two files’ records of one name apart (MISP’s APT28 and a bundle’s), and a plain name merges into neither', async () => {
    const misp = await readLists('c.json', cluster([value({ value: 'APT28' })]));
    const stix = await readLists('b.json', bundle([intrusionSet({ name: 'APT28' })]));
    const into = (lists: typeof misp.lists) => lists.map((list) => ({ ...list, name: 'Groups' }));
    await importWatchlists(db, into(misp.lists));
    expect(await importWatchlists(db, into(stix.lists))).toMatchObject({ added: 1, merged: 0 });
    expect(await db.watchTerms.count()).toBe(2);
  });

  it('writes a bundle whole or not at all', async () => {
    const read = await readLists('stix-bundle.json', fixture('stix-bundle.json'));
    vi.spyOn(db.watchTerms, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(importWatchlists(db, read.lists)).rejects.toThrow('disk full');
    expect(await db.watchlists.count()).toBe(0);
    expect(await db.watchTerms.count()).toBe(0);
  });

  it('tells the page how far it has read a large file', async () => {
    const objects = Array.from({ length: 3_000 }, (_, index) => ({ type: 'attack-pattern', name: `Technique ${index}`, description: 'x'.repeat(200) }));
    const progress: ImportProgress[] = [];
    await readWatchImport(fileOf('big.json', bundle([...objects, intrusionSet()])), (step) => progress.push(step));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((step) => step.stage === 'reading file')).toBe(true);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
  });

  it('picks the format by what the file holds, whatever its name', async () => {
    expect((await readWatchImport(fileOf('download', fixture('stix-bundle.json')))).format).toBe('STIX');
    expect((await readWatchImport(fileOf('cluster.txt', fixture('misp-cluster.json')))).format).toBe('MISP');
    await expect(readWatchImport(fileOf('other.json', '{"clusters": {}}'))).rejects.toThrow(/none of those the watchlists page reads/);
  });
});

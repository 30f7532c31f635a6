import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { writeArchive } from '../../lib/export/archive';
import type { ExportContext } from '../../lib/export/collection';
import { CSV_COLUMNS, writeCsv } from '../../lib/export/csv';
import { exportFileName } from '../../lib/export/formats';
import { writeMarkdown } from '../../lib/export/markdown';
import { readImportFile } from '../../lib/export/read-file';
import { ANNOTATION_CONTEXT, writeWebAnnotations } from '../../lib/export/web-annotation';
import type { SavedHighlight } from '../../lib/db/schema';
import { collection, highlight } from './arbitraries';

const context: ExportContext = {
  exportedAt: '2026-11-23T10:00:00.000Z',
  termLabel: (id) => (id === 'hikvision' ? 'Hikvision' : undefined),
};
const IMPORTED_AT = '2026-11-24T08:00:00.000Z';

const example: SavedHighlight = {
  id: '0b8e4a6c-5a43-4d55-9a0e-3f1d2c7b9e10',
  url: 'https://www.benzinga.com/news/22/11/uk-restricts',
  pageTitle: 'China On Slippery Grounds [UK]',
  termId: 'hikvision',
  quote: { type: 'TextQuoteSelector', exact: 'Hikvision', prefix: 'such as ', suffix: ' and Dahua' },
  position: { type: 'TextPositionSelector', start: 120, end: 129 },
  note: 'World’s largest\ncamera maker',
  tags: ['cctv', 'follow-up'],
  createdAt: '2025-11-19T10:00:00.000Z',
  updatedAt: '2025-11-20T09:30:00.000Z',
};

describe('JSON export', () => {
  it('is read back exactly (any Unicode, quotes, new lines, empty notes)', async () => {
    await fc.assert(
      fc.asyncProperty(collection, async (saved) => {
        expect(await readImportFile(writeArchive(saved, context), IMPORTED_AT)).toEqual({ collection: saved, refused: [] });
      }),
    );
  });

  it('is compact: no indentation, one line', () => {
    const file = writeArchive({ pages: [], highlights: [example, { ...example, id: 'other' }] }, context);
    expect(file).toBe(`${JSON.stringify(JSON.parse(file))}\n`);
  });

  it('names its format, version and time', () => {
    const file = JSON.parse(writeArchive({ pages: [], highlights: [example] }, context));
    expect(file).toMatchObject({ format: 'state-security-lens', version: 1, exportedAt: context.exportedAt, pages: [] });
  });
});

/** What a spreadsheet should show: formulas made text by a leading apostrophe. */
const inert = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const cellsOf = (h: SavedHighlight) => [
  h.pageTitle,
  h.url,
  h.termId ? (context.termLabel(h.termId) ?? h.termId) : '',
  h.quote.exact,
  h.note,
  h.tags.join(', '),
  h.createdAt,
  h.updatedAt,
];

describe('CSV export', () => {
  it('is read back by a CSV parser as the same cells, one row per highlight, with formulas made inert', () => {
    fc.assert(
      fc.property(fc.array(highlight(), { maxLength: 8 }), (highlights) => {
        const csv = writeCsv({ pages: [], highlights }, context);
        expect(csv.startsWith('\ufeff')).toBe(true);
        const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' });
        expect(parsed.errors).toEqual([]);
        // The last record ends with CRLF, which the parser reads as one empty row.
        expect(parsed.data.at(-1)).toEqual(['']);
        expect(parsed.data.slice(0, -1)).toEqual([[...CSV_COLUMNS], ...highlights.map((h) => cellsOf(h).map(inert))]);
      }),
    );
  });

  it('quotes as RFC 4180 says, and neutralises a formula even when a new line follows it', () => {
    const csv = writeCsv({ pages: [], highlights: [{ ...example, note: '=HYPERLINK("http://x")\nmore', pageTitle: '-2+3', tags: ['@sum'] }] }, context);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\ufeffPage title,URL,Term,Quote,Note,Tags,Created,Updated');
    expect(lines[1]).toBe(
      `"'-2+3",https://www.benzinga.com/news/22/11/uk-restricts,Hikvision,Hikvision,"'=HYPERLINK(""http://x"")\nmore","'@sum",2025-11-19T10:00:00.000Z,2025-11-20T09:30:00.000Z`,
    );
  });
});

describe('Markdown export', () => {
  it('groups highlights by page, title linked, each quote a block quote with its term and note', () => {
    const other = { ...example, id: 'b', url: 'https://www.bbc.co.uk/news/(mi5)', pageTitle: 'MI5 alert', termId: undefined, note: '', tags: [], quote: { ...example.quote, exact: '# not a heading\n*nor emphasis*' } };
    const later = { ...example, id: 'c', position: { type: 'TextPositionSelector' as const, start: 10, end: 19 }, quote: { ...example.quote, exact: 'surveillance' }, termId: 'dahua', note: '', tags: [] };
    const page = { url: example.url, title: 'China On Slippery Grounds [UK]', note: 'Background for the chips story', firstSeen: example.createdAt, lastSeen: example.updatedAt };
    expect(writeMarkdown({ pages: [page], highlights: [example, other, later] }, context)).toBe(
      [
        '# State Security Lens highlights',
        '',
        'Exported 2026-11-23: 3 highlights from 2 pages.',
        '',
        '## [China On Slippery Grounds \\[UK\\]](<https://www.benzinga.com/news/22/11/uk-restricts>)',
        '',
        'Background for the chips story',
        '',
        '> surveillance',
        '',
        '- Term: dahua',
        '- Saved: 2025-11-19',
        '',
        '> Hikvision',
        '',
        '- Term: Hikvision',
        '- Note: World’s largest',
        '  camera maker',
        '- Tags: cctv, follow-up',
        '- Saved: 2025-11-19',
        '',
        '## [MI5 alert](<https://www.bbc.co.uk/news/(mi5)>)',
        '',
        '> \\# not a heading',
        '> \\*nor emphasis\\*',
        '',
        '- Saved: 2025-11-19',
        '',
      ].join('\n'),
    );
  });
});

/** The Web Annotation Data Model's MUSTs for what we write (§3.1, §3.2, §4.2.4, §4.2.5). */
const TextualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.enum(['commenting', 'tagging', 'classifying']),
  format: z.optional(z.string()),
});
const ModelAnnotation = z.object({
  '@context': z.literal(ANNOTATION_CONTEXT),
  id: z.string().check(z.refine((id) => URL.canParse(id), 'an IRI')),
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting']),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  body: z.optional(z.array(TextualBody).check(z.minLength(1))),
  target: z.object({
    type: z.literal('SpecificResource'),
    source: z.url(),
    selector: z.tuple([
      z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
      z.object({ type: z.literal('TextPositionSelector'), start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) }),
    ]),
  }),
});
const ModelCollection = z.object({
  '@context': z.literal(ANNOTATION_CONTEXT),
  id: z.string().check(z.refine((id) => URL.canParse(id), 'an IRI')),
  type: z.literal('AnnotationCollection'),
  total: z.int(),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(ModelAnnotation) }),
});

describe('Web Annotation export', () => {
  it('meets the data model and imports back as the same highlights', async () => {
    await fc.assert(
      fc.asyncProperty(collection, async ({ highlights }) => {
        const file = writeWebAnnotations({ pages: [], highlights }, context);
        const model = ModelCollection.parse(JSON.parse(file));
        expect(model.total).toBe(highlights.length);
        expect((await readImportFile(file, IMPORTED_AT)).collection.highlights).toEqual(highlights);
      }),
    );
  });

  it('writes the note as a commenting body and tags as tagging bodies', () => {
    const [annotation] = JSON.parse(writeWebAnnotations({ pages: [], highlights: [example] }, context)).first.items;
    expect(annotation.id).toBe(`urn:uuid:${example.id}`);
    expect(annotation.body).toEqual([
      { type: 'TextualBody', value: example.note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'cctv', purpose: 'tagging' },
      { type: 'TextualBody', value: 'follow-up', purpose: 'tagging' },
      { type: 'TextualBody', value: 'hikvision', purpose: 'classifying' },
    ]);
    expect(annotation.target.selector).toEqual([example.quote, example.position]);
  });

  it('reads another tool’s annotation: a single one, with an offset time, a plain body and no position', async () => {
    const theirs = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/a/42',
      type: 'Annotation',
      created: '2025-11-19T11:00:00+01:00',
      body: { type: 'TextualBody', value: 'Worth a follow-up' },
      target: { source: { id: 'https://www.bbc.co.uk/news/1' }, selector: [{ type: 'XPathSelector', value: '/p[2]' }, { type: 'TextQuoteSelector', exact: 'MI5' }] },
    };
    expect((await readImportFile(JSON.stringify(theirs), IMPORTED_AT)).collection.highlights).toEqual([
      {
        id: 'https://annotations.example/a/42',
        url: 'https://www.bbc.co.uk/news/1',
        pageTitle: '',
        quote: { type: 'TextQuoteSelector', exact: 'MI5', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 3 },
        note: 'Worth a follow-up',
        tags: [],
        createdAt: '2025-11-19T10:00:00.000Z',
        updatedAt: '2025-11-19T10:00:00.000Z',
      },
    ]);
  });
});

describe('export file names', () => {
  it('are dated in the reader’s time zone, with the format’s extension', () => {
    const date = new Date(2026, 10, 23, 23, 30);
    expect(exportFileName('json', date)).toBe('state-security-lens-2026-11-23.json');
    expect(exportFileName('csv', date)).toBe('state-security-lens-2026-11-23.csv');
    expect(exportFileName('markdown', date)).toBe('state-security-lens-2026-11-23.md');
    expect(exportFileName('webAnnotation', date)).toBe('state-security-lens-2026-11-23.jsonld');
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, filterHighlights, searchIndexer, sitesOf } from '../../lib/db/search';
import type { SavedHighlight } from '../../lib/db/schema';
import { bundledDictionary } from '../../lib/dictionary';

const terms = new Map(bundledDictionary.terms.map((term) => [term.id, term]));

const highlight = (id: string, fields: Partial<SavedHighlight>): SavedHighlight => ({
  id,
  url: 'https://www.bbc.co.uk/news/1',
  pageTitle: 'MI5 alert',
  quote: { type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 9 },
  note: '',
  tags: [],
  createdAt: '2025-11-19T10:00:00.000Z',
  updatedAt: '2025-11-19T10:00:00.000Z',
  ...fields,
});

const saved = [
  highlight('a', { termId: 'mss', quote: { type: 'TextQuoteSelector', exact: 'Ministry of State Security', prefix: '', suffix: '' } }),
  highlight('b', { note: 'Ask the Électoral team', url: 'https://www.theguardian.com/uk/2' }),
  highlight('c', { pageTitle: 'Hikvision cameras removed', createdAt: '2022-11-25T09:00:00.000Z', tags: ['cctv'] }),
];

const index = searchIndexer(terms)(saved);
const ids = (query: Partial<typeof EMPTY_QUERY>) => filterHighlights(index, { ...EMPTY_QUERY, ...query }).map((h) => h.id);

describe('library search', () => {
  it('finds highlights by quote, note, term label, page title and tag, ignoring case and accents', () => {
    expect(ids({ text: 'state security' })).toEqual(['a']);
    expect(ids({ text: 'electoral' })).toEqual(['b']);
    expect(ids({ text: 'Ministry (MSS)' })).toEqual(['a']);
    expect(ids({ text: 'hikvision' })).toEqual(['c']);
    expect(ids({ text: 'CCTV' })).toEqual(['c']);
    expect(ids({ text: '' })).toEqual(['a', 'b', 'c']);
  });

  it('filters by term, site and date', () => {
    expect(ids({ termId: 'mss' })).toEqual(['a']);
    expect(ids({ site: 'theguardian.com' })).toEqual(['b']);
    expect(ids({ from: '2025-01-01' })).toEqual(['a', 'b']);
    expect(ids({ to: '2022-11-25' })).toEqual(['c']);
  });

  it('follows edits: a changed note is searched as it is now, the others as they were', () => {
    const indexer = searchIndexer(terms);
    const search = (highlights: typeof saved, text: string) => filterHighlights(indexer(highlights), { ...EMPTY_QUERY, text }).map((h) => h.id);
    expect(search(saved, 'electoral')).toEqual(['b']);
    const edited = saved.map((h) => (h.id === 'b' ? { ...h, note: 'Procurement', updatedAt: '2026-01-01T00:00:00.000Z' } : h));
    expect(search(edited, 'electoral')).toEqual([]);
    expect(search(edited, 'procurement')).toEqual(['b']);
    expect(search(edited, 'state security')).toEqual(['a']);
  });

  it('lists the sites for the filter', () => {
    expect(sitesOf(saved)).toEqual(['bbc.co.uk', 'theguardian.com']);
  });
});

/** fast-check generators of saved highlights and pages, with the text that breaks formats. */
import fc from 'fast-check';
import type { SavedHighlight, SavedPage } from '../../lib/db/schema';

/** Any Unicode, weighted towards what CSV, Markdown and spreadsheets treat specially. */
const TRICKY = ['"', "'", ',', ';', '\n', '\r', '\r\n', '\t', ' ', '=', '+', '-', '@', '#', '>', '*', '[', ']', '(', ')', '\\', '|', '`', '\u2028', '\ufeff', 'é', '中', '𝔘', '👩‍🔬'];
const character = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
export const text = (minLength = 0) => fc.string({ unit: character, minLength, maxLength: 40 });

const time = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

const url = fc.webUrl({ withQueryParameters: true, withFragments: false });
const termId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

export const highlight = (urls = url): fc.Arbitrary<SavedHighlight> =>
  fc
    .record(
      {
        id: fc.uuid(),
        url: urls,
        pageTitle: text(),
        termId,
        exact: text(1),
        prefix: text(),
        suffix: text(),
        start: fc.nat({ max: 1_000_000 }),
        length: fc.integer({ min: 1, max: 5_000 }),
        note: fc.oneof(fc.constant(''), text()),
        tags: fc.array(text(1), { maxLength: 4 }),
        times: fc.tuple(time, time),
      },
      { requiredKeys: ['id', 'url', 'pageTitle', 'exact', 'prefix', 'suffix', 'start', 'length', 'note', 'tags', 'times'] },
    )
    .map(({ exact, prefix, suffix, start, length, times, termId, ...rest }) => ({
      ...rest,
      ...(termId ? { termId } : {}),
      quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
      position: { type: 'TextPositionSelector' as const, start, end: start + length },
      createdAt: times[0] < times[1] ? times[0] : times[1],
      updatedAt: times[0] < times[1] ? times[1] : times[0],
    }));

/** Highlights with distinct ids on a few pages, and a page record for each of those pages. */
export const collection = fc
  .array(url, { minLength: 1, maxLength: 4 })
  .chain((urls) =>
    fc.record({
      highlights: fc.uniqueArray(highlight(fc.constantFrom(...urls)), { selector: (h) => h.id, maxLength: 12 }),
      notes: fc.array(text(), { minLength: urls.length, maxLength: urls.length }),
      times: fc.tuple(time, time),
      urls: fc.constant([...new Set(urls)]),
    }),
  )
  .map(({ highlights, notes, times, urls }) => ({
    highlights,
    pages: urls.map(
      (url, i): SavedPage => ({ url, title: `Page ${i}`, note: notes[i]!, firstSeen: times[0] < times[1] ? times[0] : times[1], lastSeen: times[0] < times[1] ? times[1] : times[0] }),
    ),
  }));

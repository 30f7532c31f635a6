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

/** Text of exactly `length` characters (a short random text repeated): cheap at a million. */
const textOfLength = (length: number) => text(1).map((unit) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Short text mostly; now and then exactly at `limit`, or one under it. */
export const textUpTo = (limit: number, minLength = 0) =>
  fc.oneof({ arbitrary: text(minLength), weight: 6 }, { arbitrary: fc.constantFrom(limit, limit - 1).chain(textOfLength), weight: 1 });

/**
 * Any highlight the extension can keep: its texts up to the limits of lib/db/schema.ts, and as
 * many tags as it allows.
 */
export const highlightAtLimits = (limits: typeof import('../../lib/db/schema').LIMITS): fc.Arbitrary<SavedHighlight> =>
  fc
    .record({
      base: highlight(),
      exact: textUpTo(limits.quote, 1),
      prefix: textUpTo(limits.context),
      suffix: textUpTo(limits.context),
      pageTitle: textUpTo(limits.title),
      note: fc.oneof(fc.constant(''), textUpTo(limits.note)),
      tags: fc.oneof(fc.array(text(1), { maxLength: 4 }), fc.array(textUpTo(limits.tag, 1), { minLength: limits.tags, maxLength: limits.tags })),
    })
    .map(({ base, exact, prefix, suffix, pageTitle, note, tags }) => ({
      ...base,
      pageTitle,
      note,
      tags,
      quote: { ...base.quote, exact, prefix, suffix },
    }));

/** What a damaged page record can look like. */
export const damagePage = (limits: typeof import('../../lib/db/schema').LIMITS) =>
  fc.constantFrom<Array<(record: Record<string, unknown>) => Record<string, unknown>>>(
    ({ title: _, ...rest }) => rest,
    (record) => ({ ...record, note: null }),
    (record) => ({ ...record, firstSeen: 'last Tuesday' }),
    (record) => ({ ...record, note: 'x'.repeat(limits.note + 1) }),
  );

/** What a damaged highlight can look like: a field gone, of the wrong kind, or over its limit. */
export const damage = (limits: typeof import('../../lib/db/schema').LIMITS) =>
  fc.constantFrom<Array<(record: Record<string, unknown>) => Record<string, unknown>>>(
    ({ quote: _, ...rest }) => rest,
    ({ createdAt: _, ...rest }) => rest,
    (record) => ({ ...record, tags: 'cctv, follow-up' }),
    (record) => ({ ...record, tags: [42] }),
    (record) => ({ ...record, createdAt: 'last Tuesday' }),
    (record) => ({ ...record, updatedAt: 17 }),
    (record) => ({ ...record, url: 'javascript:alert(1)' }),
    (record) => ({ ...record, note: 'x'.repeat(limits.note + 1) }),
    (record) => ({ ...record, pageTitle: 'x'.repeat(limits.title + 1) }),
    (record) => ({ ...record, position: { nested: { deeper: [[[['junk']]]] } } }),
  );

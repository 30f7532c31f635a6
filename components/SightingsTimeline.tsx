import { useMemo, useState } from 'preact/hooks';
import { readingListCsv, readingListFileName, readingListMarkdown } from '../lib/export/reading-list';
import type { Sighting } from '../lib/sightings/schema';
import {
  EMPTY_SIGHTING_QUERY,
  byMonth,
  filterSightings,
  sightingIndex,
  sightingSites,
  type SightingQuery,
} from '../lib/sightings/timeline';
import { downloadText } from './download';
import { SiteFilter } from './SiteFilter';
import { formatPublished } from './TermCard';

/** Thousands of pages would stall the page: the timeline shows them a hundred at a time. */
const PAGE_SIZE = 100;

let monthFormat: Intl.DateTimeFormat | undefined;
/** "2026-10" → "October 2026". */
const monthLabel = (key: string) =>
  (monthFormat ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${key}-01T00:00:00Z`));

function SightingFilters({ query, sites, onChange }: { query: SightingQuery; sites: string[]; onChange(query: SightingQuery): void }) {
  const set = (field: keyof SightingQuery) => (event: Event) => onChange({ ...query, [field]: (event.currentTarget as HTMLInputElement).value });
  return (
    <form class="filters sighting-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="search">
        <span class="visually-hidden">Search these pages</span>
        <input type="search" placeholder="Search titles, sites and addresses" value={query.text} onInput={set('text')} />
      </label>
      <SiteFilter value={query.site} sites={sites} onChange={set('site')} />
      <label>
        Seen from
        <input type="date" value={query.from} onChange={set('from')} />
      </label>
      <label>
        Seen to
        <input type="date" value={query.to} onChange={set('to')} />
      </label>
    </form>
  );
}

function ReadingListExport({ termId, termLabel, sightings }: { termId: string; termLabel: string; sightings: readonly Sighting[] }) {
  const save = (extension: 'csv' | 'md') => {
    const now = new Date();
    const list = { termLabel, sightings, exportedAt: now.toISOString() };
    const [mediaType, text] = extension === 'csv' ? ['text/csv;charset=utf-8', readingListCsv(list)] : ['text/markdown;charset=utf-8', readingListMarkdown(list)];
    downloadText(readingListFileName(termId, extension, now), mediaType, text);
  };
  return (
    <div class="reading-list" role="group" aria-label="Export these pages as a reading list">
      <span class="note">Reading list of the pages shown:</span>
      <button type="button" class="link" disabled={sightings.length === 0} onClick={() => save('csv')}>
        CSV
      </button>
      <button type="button" class="link" disabled={sightings.length === 0} onClick={() => save('md')}>
        Markdown
      </button>
    </div>
  );
}

function SightingItem({ sighting }: { sighting: Sighting }) {
  return (
    <li class="sighting">
      <a href={sighting.url} target="_blank" rel="noopener noreferrer" class="sighting-title">
        {sighting.title || sighting.url}
      </a>
      <span class="sighting-meta">
        <span class="sighting-site">{sighting.site}</span>
        {sighting.publishedAt && (
          <span>
            published <time dateTime={sighting.publishedAt}>{formatPublished(sighting.publishedAt)}</time>
          </span>
        )}
        <span>
          seen <time dateTime={sighting.lastSeen}>{formatPublished(sighting.lastSeen.slice(0, 10))}</time>
        </span>
        <span class="sighting-count">{sighting.count === 1 ? '1 mention' : `${sighting.count} mentions`}</span>
      </span>
    </li>
  );
}

/** A term's sightings, newest first and grouped by month, with search, filters and a reading list. */
export function SightingsTimeline({ termId, termLabel, sightings }: { termId: string; termLabel: string; sightings: readonly Sighting[] | undefined }) {
  const [query, setQuery] = useState<SightingQuery>(EMPTY_SIGHTING_QUERY);
  const [shown, setShown] = useState(PAGE_SIZE);
  const index = useMemo(() => sightingIndex(sightings ?? []), [sightings]);
  const found = useMemo(() => filterSightings(index, query), [index, query]);
  const sites = useMemo(() => sightingSites(sightings ?? []), [sightings]);
  const months = byMonth(found.slice(0, shown));
  return (
    <section aria-labelledby="timeline-title" class="timeline">
      <h2 id="timeline-title" class="section-title">
        Where you have seen it
      </h2>
      <p class="note timeline-count" aria-live="polite">
        {sightings === undefined ? 'Loading…' : `${found.length} of ${sightings.length} ${sightings.length === 1 ? 'page' : 'pages'}`}
      </p>
      <SightingFilters
        query={query}
        sites={sites}
        onChange={(next) => {
          setQuery(next);
          setShown(PAGE_SIZE);
        }}
      />
      <ReadingListExport termId={termId} termLabel={termLabel} sightings={found} />
      {sightings?.length === 0 && <p class="note">Not seen on any page yet. Pages you read where the term appears are listed here.</p>}
      {months.map((month) => (
        <section class="month" key={month.key} aria-labelledby={`month-${month.key}`}>
          <h3 id={`month-${month.key}`} class="month-title">
            {monthLabel(month.key)}
          </h3>
          <ol class="sightings">
            {month.sightings.map((sighting) => (
              <SightingItem key={sighting.url} sighting={sighting} />
            ))}
          </ol>
        </section>
      ))}
      {found.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show more ({found.length - shown} left)
        </button>
      )}
    </section>
  );
}

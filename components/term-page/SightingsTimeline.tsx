import { useMemo, useState } from 'preact/hooks';
import { formatDay, formatMonth, localDay } from '../../lib/dates';
import { readingListCsv, readingListFileName, readingListMarkdown } from '../../lib/export/reading-list';
import { pagesOverTime } from '../../lib/sightings/chart';
import type { Sighting } from '../../lib/db/sightings-schema';
import { readableTitle } from '../../lib/sightings/title';
import {
  EMPTY_SIGHTING_QUERY,
  byMonth,
  filterSightings,
  sightingIndex,
  sightingSites,
  type SightingQuery,
} from '../../lib/sightings/timeline';
import { DayField } from '../shared/DayField';
import { downloadText } from '../shared/download';
import { SightingsChart } from './SightingsChart';
import { SiteFilter } from '../shared/SiteFilter';

/** Thousands of pages would stall the page: the timeline shows them a hundred at a time. */
const PAGE_SIZE = 100;

function SightingFilters({ query, sites, onChange }: { query: SightingQuery; sites: string[]; onChange(query: SightingQuery): void }) {
  const set = (field: keyof SightingQuery) => (event: Event) => onChange({ ...query, [field]: (event.currentTarget as HTMLInputElement).value });
  const setDay = (field: 'from' | 'to') => (day: string) => onChange({ ...query, [field]: day });
  return (
    <form class="filters sighting-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="search">
        <span class="visually-hidden">Search these pages</span>
        <input type="search" placeholder="Search titles, sites and addresses" value={query.text} onInput={set('text')} />
      </label>
      <SiteFilter value={query.site} sites={sites} onChange={set('site')} />
      <DayField label="Seen from" value={query.from} end="first" onChange={setDay('from')} />
      <DayField label="Seen to" value={query.to} end="last" onChange={setDay('to')} />
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
      <span>Reading list of these pages:</span>
      <button type="button" class="link" disabled={sightings.length === 0} onClick={() => save('csv')}>
        CSV
      </button>
      <button type="button" class="link" disabled={sightings.length === 0} onClick={() => save('md')}>
        Markdown
      </button>
    </div>
  );
}

/**
 * A page in the timeline: its headline (without the site's additions), then, each named for
 * what it is, the day the reader saw it (their local day) and the day the page says it was
 * published (as written).
 */
function SightingItem({ sighting }: { sighting: Sighting }) {
  const seen = localDay(sighting.lastSeen);
  const first = localDay(sighting.firstSeen);
  return (
    <li class="sighting">
      <a href={sighting.url} target="_blank" rel="noopener noreferrer" class="sighting-title" title={sighting.title}>
        {readableTitle(sighting.title, sighting.site) || sighting.url}
      </a>
      <span class="sighting-meta">
        <span class="sighting-site">{sighting.site}</span>
        <span>
          seen <time dateTime={seen}>{formatDay(seen)}</time>
          {first !== seen && (
            <>
              {' '}
              (first <time dateTime={first}>{formatDay(first)}</time>)
            </>
          )}
        </span>
        {sighting.publishedAt && (
          <span>
            published <time dateTime={sighting.publishedAt}>{formatDay(sighting.publishedAt)}</time>
          </span>
        )}
        <span class="sighting-count">{sighting.count === 1 ? '1 mention' : `${sighting.count} mentions`}</span>
      </span>
    </li>
  );
}

/**
 * A term's sightings: a chart of pages per month (seen, and published), then the pages, newest
 * seen first and grouped by the month they were seen in, with search, filters and a reading list.
 */
export function SightingsTimeline({ termId, termLabel, sightings }: { termId: string; termLabel: string; sightings: readonly Sighting[] | undefined }) {
  const [query, setQuery] = useState<SightingQuery>(EMPTY_SIGHTING_QUERY);
  const [shown, setShown] = useState(PAGE_SIZE);
  const index = useMemo(() => sightingIndex(sightings ?? []), [sightings]);
  const found = useMemo(() => filterSightings(index, query), [index, query]);
  const foundSightings = useMemo(() => found.map(({ sighting }) => sighting), [found]);
  const chart = useMemo(() => pagesOverTime(found), [found]);
  const sites = useMemo(() => sightingSites(sightings ?? []), [sightings]);
  const months = byMonth(found.slice(0, shown));
  return (
    <section aria-labelledby="timeline-title" class="timeline">
      <h2 id="timeline-title" class="section-title">
        Where you have seen it
      </h2>
      <div class="timeline-bar">
        <p class="note timeline-count" aria-live="polite">
          {sightings === undefined ? 'Loading…' : `${found.length} of ${sightings.length} ${sightings.length === 1 ? 'page' : 'pages'}`}
        </p>
        <ReadingListExport termId={termId} termLabel={termLabel} sightings={foundSightings} />
      </div>
      {chart && <SightingsChart chart={chart} />}
      <SightingFilters
        query={query}
        sites={sites}
        onChange={(next) => {
          setQuery(next);
          setShown(PAGE_SIZE);
        }}
      />
      {sightings?.length === 0 && <p class="note">Not seen on any page yet. Pages you read where the term appears are listed here.</p>}
      {months.map((month) => (
        <section class="month" key={month.key} aria-labelledby={`month-${month.key}`}>
          <h3 id={`month-${month.key}`} class="month-title">
            Seen in {formatMonth(month.key)}
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

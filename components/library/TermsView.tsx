import { useMemo, useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import { formatDay, localDay, startOfLocalDay } from '../../lib/dates';
import type { Dictionary } from '../../lib/dictionary/schema';
import type { TermSummary } from '../../lib/db/sighting-summaries';
import { termSummaries } from '../../lib/sightings/page-index';
import { clearSightings } from '../../lib/sightings/store';
import { watchTermLabels } from '../../lib/watchlists/store';
import { DayField } from '../shared/DayField';
import { termPageHref } from '../shared/PageTerms';
import { useLiveQuery } from '../shared/use-live-query';

type SortKey = 'label' | 'pages' | 'lastSeen';
interface Sort {
  key: SortKey;
  descending: boolean;
}

interface TermRow extends TermSummary {
  label: string;
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'label', label: 'Term' },
  { key: 'pages', label: 'Pages' },
  { key: 'lastSeen', label: 'Last seen' },
];

function compare(a: TermRow, b: TermRow, key: SortKey): number {
  if (key === 'pages') return a.pages - b.pages;
  if (key === 'lastSeen') return a.lastSeen < b.lastSeen ? -1 : a.lastSeen > b.lastSeen ? 1 : 0;
  return a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
}

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: Sort; onSort(sort: Sort): void }) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => onSort({ key: column.key, descending: active ? !sort.descending : column.key !== 'label' })}>
        {column.label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
      </button>
    </th>
  );
}

/** Clears every sighting, or those last seen before a day (the reader's own), after the reader confirms. */
function ClearSightings({ db }: { db: LensDatabase }) {
  const [before, setBefore] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const clear = async () => {
    const count = await clearSightings(db, before ? startOfLocalDay(before) : undefined);
    setConfirming(false);
    setStatus(count === 1 ? 'Cleared 1 sighting.' : `Cleared ${count} sightings.`);
  };
  return (
    <form
      class="clear-sightings"
      aria-label="Clear sightings"
      onSubmit={(event) => {
        event.preventDefault();
        if (confirming) void clear();
        else setConfirming(true);
      }}
    >
      <DayField label="Clear sightings last seen before" value={before} end="first" onChange={setBefore} />
      <span class="hint">(no date: all of them)</span>
      {confirming ? (
        <>
          <button type="submit" class="danger">
            {before ? `Clear those before ${formatDay(before)}` : 'Clear all sightings'}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="submit">Clear sightings…</button>
      )}
      <span role="status">{status}</span>
    </form>
  );
}

/** Every term seen on the pages read: how many pages, when last seen, sortable; each opens its page. */
export function TermsView({ db, dictionary }: { db: LensDatabase; dictionary: Dictionary }) {
  const summaries = useLiveQuery(() => termSummaries(db), []);
  const [sort, setSort] = useState<Sort>({ key: 'pages', descending: true });
  const labels = useMemo(() => new Map(dictionary.terms.map((term) => [term.id, term.label])), [dictionary]);
  // The reader's own terms are seen too: their labels are in their lists.
  const ownLabels = useLiveQuery(() => watchTermLabels(db, (summaries ?? []).map((summary) => summary.termId)), [summaries]);
  const rows = useMemo(() => {
    const labelOf = (termId: string) => labels.get(termId) ?? ownLabels?.get(termId) ?? termId;
    const withLabels = (summaries ?? []).map((summary) => ({ ...summary, label: labelOf(summary.termId) }));
    return withLabels.sort((a, b) => (sort.descending ? -1 : 1) * compare(a, b, sort.key) || compare(a, b, 'label'));
  }, [summaries, labels, ownLabels, sort]);
  return (
    <main class="library terms-view">
      <header class="library-head">
        <h1>Terms you have met</h1>
        <p class="note" aria-live="polite">
          {summaries === undefined ? 'Loading…' : `${rows.length} ${rows.length === 1 ? 'term' : 'terms'} seen`}
        </p>
      </header>
      <ClearSightings db={db} />
      {summaries?.length === 0 && <p class="note">No term seen yet. Terms on the news pages you read are listed here.</p>}
      {rows.length > 0 && (
        <table class="terms-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader key={column.key} column={column} sort={sort} onSort={setSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.termId}>
                <th scope="row">
                  <a href={termPageHref(row.termId)}>{row.label}</a>
                </th>
                <td>{row.pages}</td>
                <td>
                  <time dateTime={localDay(row.lastSeen)}>{formatDay(localDay(row.lastSeen))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

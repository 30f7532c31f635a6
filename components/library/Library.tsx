import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import { deleteHighlight, restoreHighlight, updateHighlight } from '../../lib/db/highlights';
import { deleteDamaged, readHighlights, readPages, restoreDamaged, type DamagedRecord } from '../../lib/db/records';
import type { SavedHighlight } from '../../lib/db/schema';
import { EMPTY_QUERY, filterHighlights, searchIndexer, sitesOf, type HighlightQuery } from '../../lib/db/search';
import { collectAll, collectHighlights } from '../../lib/export/transfer';
import type { Dictionary } from '../../lib/dictionary/schema';
import { rawRecordFileName, writeRawRecord } from '../../lib/export/raw-record';
import { DamagedItem } from './DamagedItem';
import { downloadText } from '../shared/download';
import { ExportControls, type ExportScope } from '../shared/ExportControls';
import { HighlightItem } from '../shared/HighlightItem';
import { ImportControl } from './ImportControl';
import { SiteFilter } from '../shared/SiteFilter';
import { UndoBar } from '../shared/UndoBar';
import { useLiveQuery } from '../shared/use-live-query';

/** Rendering every one of 10,000 highlights would stall the page: show them a page at a time. */
export const PAGE_SIZE = 100;

export interface LibraryProps {
  db: LensDatabase;
  dictionary: Dictionary;
  /** Opens the highlight's page, scrolled to the passage. */
  open(highlight: SavedHighlight): void;
  /** An import brought watchlists: the background compiles them and tells every tab. */
  watchlistsChanged(): void;
}

function Filters({ query, onChange, dictionary, sites }: {
  query: HighlightQuery;
  onChange(query: HighlightQuery): void;
  dictionary: Dictionary;
  sites: string[];
}) {
  const set = (field: keyof HighlightQuery) => (event: Event) =>
    onChange({ ...query, [field]: (event.currentTarget as HTMLInputElement).value });
  return (
    <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="search">
        <span class="visually-hidden">Search highlights</span>
        <input type="search" placeholder="Search quotes, notes, terms and pages" value={query.text} onInput={set('text')} />
      </label>
      <label>
        Term
        <select value={query.termId} onChange={set('termId')}>
          <option value="">Any term</option>
          {dictionary.terms.map((term) => (
            <option value={term.id} key={term.id}>
              {term.label}
            </option>
          ))}
        </select>
      </label>
      <SiteFilter value={query.site} sites={sites} onChange={set('site')} />
      <label>
        From
        <input type="date" value={query.from} onChange={set('from')} />
      </label>
      <label>
        To
        <input type="date" value={query.to} onChange={set('to')} />
      </label>
    </form>
  );
}

/** Every highlight, newest first, and the records that cannot be read (set apart, never in the way). */
async function readLibrary(db: LensDatabase): Promise<{ all: SavedHighlight[]; damaged: DamagedRecord[] }> {
  const [highlights, pages] = await Promise.all([readHighlights(db), readPages(db)]);
  return { all: highlights.valid.reverse(), damaged: [...highlights.damaged, ...pages.damaged] };
}

/** Typing pauses this long before the list is filtered: a burst of keys costs one search. */
export const SEARCH_DELAY_MS = 150;

/** `value`, once it has stayed the same for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** A deletion the reader can take back: a highlight, or a damaged record as it was. */
type Deleted = { highlight: SavedHighlight } | { damaged: DamagedRecord };

export function Library({ db, dictionary, open, watchlistsChanged }: LibraryProps) {
  const library = useLiveQuery(() => readLibrary(db), []);
  const all = library?.all;
  const damaged = library?.damaged ?? [];
  const sightings = useLiveQuery(() => db.sightings.count(), []);
  const [query, setQuery] = useState<HighlightQuery>(EMPTY_QUERY);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const terms = useMemo(() => new Map(dictionary.terms.map((term) => [term.id, term])), [dictionary]);
  const indexer = useMemo(() => searchIndexer(terms), [terms]);
  const index = useMemo(() => indexer(all ?? []), [all, indexer]);
  // The field shows every key at once; the list follows when typing pauses.
  const applied = useSettled(query, SEARCH_DELAY_MS);
  const found = useMemo(() => filterHighlights(index, applied), [index, applied]);
  const sites = useMemo(() => sitesOf(all ?? []), [all]);
  const searching = Object.values(applied).some(Boolean);
  const damagedHighlights = damaged.filter((record) => record.table === 'highlights').length;
  const scopes: ExportScope[] = [
    { label: 'All highlights', count: (all?.length ?? 0) + damagedHighlights, others: sightings, collect: () => collectAll(db) },
    ...(searching ? [{ label: 'Shown by the search', count: found.length, collect: () => collectHighlights(db, found) }] : []),
  ];

  const remove = async (id: string) => {
    const highlight = await deleteHighlight(db, id);
    setDeleted(highlight ? { highlight } : null);
  };
  const removeDamaged = async (record: DamagedRecord) => {
    await deleteDamaged(db, record);
    setDeleted({ damaged: record });
  };
  const undo = async () => {
    if (deleted && 'highlight' in deleted) await restoreHighlight(db, deleted.highlight);
    if (deleted && 'damaged' in deleted) await restoreDamaged(db, deleted.damaged);
    setDeleted(null);
  };
  const exportRaw = (record: DamagedRecord) => downloadText(rawRecordFileName(record), 'application/json', writeRawRecord(record));

  return (
    <main class="library">
      <header class="library-head">
        <h1>Your highlights</h1>
        <a class="link" href="/watchlists.html">
          Your watchlists
        </a>
        <p class="note" aria-live="polite">
          {all === undefined ? 'Loading…' : `${found.length} of ${all.length} highlights`}
        </p>
        {damaged.length > 0 && (
          <p class="note damaged-count">
            {damaged.length === 1 ? '1 damaged record' : `${damaged.length} damaged records`} cannot be read: listed first, to export
            or delete.
          </p>
        )}
      </header>
      <section class="transfer" aria-label="Export and import">
        <ExportControls scopes={scopes} termLabel={(id) => terms.get(id)?.label} />
        <ImportControl db={db} watchlistsChanged={watchlistsChanged} />
      </section>
      <Filters
        query={query}
        onChange={(next) => {
          setQuery(next);
          setShown(PAGE_SIZE);
        }}
        dictionary={dictionary}
        sites={sites}
      />
      {all?.length === 0 && damaged.length === 0 && (
        <p class="note">Nothing saved yet. On a news page, save a term from its card, or select text and press Alt+Shift+S.</p>
      )}
      {damaged.length > 0 && (
        <ul class="highlights damaged-records" aria-label="Damaged records">
          {damaged.map((record) => (
            <DamagedItem
              key={`${record.table}:${String(record.key)}`}
              record={record}
              onExport={() => exportRaw(record)}
              onDelete={() => void removeDamaged(record)}
            />
          ))}
        </ul>
      )}
      <ul class="highlights">
        {found.slice(0, shown).map((highlight) => (
          <HighlightItem
            key={highlight.id}
            highlight={highlight}
            term={highlight.termId ? terms.get(highlight.termId) : undefined}
            showPage
            onNote={(note) => updateHighlight(db, highlight.id, { note })}
            onDelete={() => void remove(highlight.id)}
            onOpen={() => open(highlight)}
          />
        ))}
      </ul>
      {found.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show more ({found.length - shown} left)
        </button>
      )}
      {deleted && (
        <UndoBar
          message={'highlight' in deleted ? 'Highlight deleted.' : 'Damaged record deleted.'}
          onUndo={() => void undo()}
          onExpire={() => setDeleted(null)}
        />
      )}
    </main>
  );
}

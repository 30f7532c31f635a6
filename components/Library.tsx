import { useMemo, useState } from 'preact/hooks';
import type { LensDatabase } from '../lib/db/database';
import { deleteHighlight, restoreHighlight, updateHighlight } from '../lib/db/highlights';
import type { SavedHighlight } from '../lib/db/schema';
import { EMPTY_QUERY, filterHighlights, searchIndex, sitesOf, type HighlightQuery } from '../lib/db/search';
import { collectAll, collectHighlights } from '../lib/db/transfer';
import type { Dictionary } from '../lib/dictionary/schema';
import { ExportControls, type ExportScope } from './ExportControls';
import { HighlightItem } from './HighlightItem';
import { ImportControl } from './ImportControl';
import { UndoBar } from './UndoBar';
import { useLiveQuery } from './use-live-query';

/** Rendering every one of 10,000 highlights would stall the page: show them a page at a time. */
export const PAGE_SIZE = 100;

export interface LibraryProps {
  db: LensDatabase;
  dictionary: Dictionary;
  /** Opens the highlight's page, scrolled to the passage. */
  open(highlight: SavedHighlight): void;
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
      <label>
        Site
        <select value={query.site} onChange={set('site')}>
          <option value="">Any site</option>
          {sites.map((site) => (
            <option value={site} key={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
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

export function Library({ db, dictionary, open }: LibraryProps) {
  const all = useLiveQuery(() => db.highlights.orderBy('createdAt').reverse().toArray(), []);
  const sightings = useLiveQuery(() => db.sightings.count(), []);
  const [query, setQuery] = useState<HighlightQuery>(EMPTY_QUERY);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [deleted, setDeleted] = useState<SavedHighlight | null>(null);
  const terms = useMemo(() => new Map(dictionary.terms.map((term) => [term.id, term])), [dictionary]);
  const index = useMemo(() => searchIndex(all ?? [], terms), [all, terms]);
  const found = useMemo(() => filterHighlights(index, query), [index, query]);
  const sites = useMemo(() => sitesOf(all ?? []), [all]);
  const searching = Object.values(query).some(Boolean);
  const scopes: ExportScope[] = [
    { label: 'All highlights', count: all?.length ?? 0, others: sightings, collect: () => collectAll(db) },
    ...(searching ? [{ label: 'Shown by the search', count: found.length, collect: () => collectHighlights(db, found) }] : []),
  ];

  const remove = async (id: string) => setDeleted((await deleteHighlight(db, id)) ?? null);
  const undo = async () => {
    if (deleted) await restoreHighlight(db, deleted);
    setDeleted(null);
  };

  return (
    <main class="library">
      <header class="library-head">
        <h1>Your highlights</h1>
        <p class="note" aria-live="polite">
          {all === undefined ? 'Loading…' : `${found.length} of ${all.length} highlights`}
        </p>
      </header>
      <section class="transfer" aria-label="Export and import">
        <ExportControls scopes={scopes} termLabel={(id) => terms.get(id)?.label} />
        <ImportControl db={db} />
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
      {all?.length === 0 && (
        <p class="note">Nothing saved yet. On a news page, save a term from its card, or select text and press Alt+Shift+S.</p>
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
      {deleted && <UndoBar message="Highlight deleted." onUndo={() => void undo()} onExpire={() => setDeleted(null)} />}
    </main>
  );
}

import { useMemo, useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import { ImportError } from '../../lib/checks/import-error';
import { heldBackNames } from '../../lib/watchlists/alias-rules';
import { LIST_COLOURS, colourOf } from '../../lib/page/list-colours';
import { countryName } from '../../lib/watchlists/country-names';
import { externalIdText, intelCountries, intelSource, intelType } from '../../lib/watchlists/intel-words';
import { readPlainText } from '../../lib/watchlists/formats/plain-text';
import { importIntoList } from '../../lib/watchlists/merge';
import type { Watchlist, WatchTerm } from '../../lib/db/watchlists-schema';
import {
  createWatchlist,
  deleteWatchlist,
  deleteWatchTerm,
  listsWithCounts,
  restoreWatchlist,
  restoreWatchTerm,
  termsMatching,
  updateWatchlist,
  updateWatchTerm,
  type DeletedWatchlist,
} from '../../lib/watchlists/store';
import { heldBackLine } from './HeldBackNames';
import { ItemActions } from '../shared/ItemActions';
import { Switch } from '../shared/Switch';
import { UndoBar } from '../shared/UndoBar';
import { useListTerms } from './use-list-terms';
import { useLiveQuery, useRefreshableQuery } from '../shared/use-live-query';
import { WatchlistTransfer } from './WatchlistTransfer';
import { WatchTermEditor } from './WatchTermEditor';

export interface WatchlistsPageProps {
  db: LensDatabase;
  /** Called after every write: the background takes it in and tells every tab; `termIds`: only these terms changed. */
  changed(termIds?: string[]): Promise<void>;
  /** A term to open for editing (a card's Edit). */
  focusTerm?: string;
}

/** Terms shown at once; the search narrows a long list. */
const SHOWN = 200;

type Undo = { message: string; undo(): Promise<void> };

function ListRow({ list, count, selected, onSelect, onChange, onDelete }: {
  list: Watchlist;
  count: number;
  selected: boolean;
  onSelect(): void;
  onChange(changes: Partial<Pick<Watchlist, 'name' | 'colour' | 'enabled'>>): void;
  onDelete(): void;
}) {
  const colour = colourOf(list.colour);
  return (
    <li class={`watchlist${selected ? ' selected' : ''}`}>
      <button type="button" class="watchlist-name link" onClick={onSelect} aria-current={selected}>
        <span class="swatch" style={{ background: colour.tint, borderColor: colour.line }} aria-hidden="true" />
        {list.name} <span class="count">({count.toLocaleString('en')} {count === 1 ? 'term' : 'terms'})</span>
      </button>
      <div class="watchlist-controls">
        <Switch label={list.enabled ? 'On' : 'Off'} name={`Highlight ${list.name}`} checked={list.enabled} onChange={(enabled) => onChange({ enabled })} />
        <label>
          <span class="visually-hidden">Colour of {list.name}</span>
          <select value={list.colour} onChange={(event) => onChange({ colour: Number(event.currentTarget.value) })}>
            {LIST_COLOURS.map((option, slot) => (
              <option value={slot} key={option.name}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="link"
          onClick={() => {
            const name = prompt('New name for the list', list.name)?.trim();
            if (name) onChange({ name });
          }}
        >
          Rename
        </button>
        <button type="button" class="link danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

function TermRow({ term, editing, onEdit, onSave, onCancel, onDelete }: {
  term: WatchTerm;
  editing: boolean;
  onEdit(): void;
  onSave: Parameters<typeof WatchTermEditor>[0]['onSave'];
  onCancel(): void;
  onDelete(): void;
}) {
  if (editing) return <li class="highlight"><WatchTermEditor term={term} onSave={onSave} onCancel={onCancel} /></li>;
  const held = heldBackNames(term);
  // What tells a term apart from a namesake: its type, countries (named in the reader's language)
  // and birth dates, or what its threat-intelligence file says it is, and its ids there.
  const meta = term.sanctions
    ? [term.sanctions.schema, ...term.sanctions.countries.map((code) => countryName(code)), ...term.sanctions.birthDates.map((date) => `born ${date}`)]
    : term.intel
      ? [intelType(term.intel) ?? term.kind ?? intelSource(term.intel), ...intelCountries(term.intel), ...term.intel.externalIds.map(externalIdText)]
      : term.kind
        ? [term.kind]
        : [];
  return (
    <li class="highlight watch-term">
      <p class="highlight-quote">{term.label}</p>
      {term.aliases.length > 0 && <p class="highlight-meta">Also: {term.aliases.join(' · ')}</p>}
      {meta.length > 0 && <p class="highlight-meta">{meta.join(' · ')}</p>}
      {term.note && <p class="note">{term.note}</p>}
      {held.length > 0 && <p class="highlight-missing">{heldBackLine(held)}</p>}
      <ItemActions label="Edit" onAct={onEdit} onDelete={onDelete} />
    </li>
  );
}

export function WatchlistsPage({ db, changed, focusTerm }: WatchlistsPageProps) {
  const [listed, refreshLists] = useRefreshableQuery(() => listsWithCounts(db), []);
  const lists = listed?.lists;
  const counts = listed?.counts;
  const focused = useLiveQuery(() => (focusTerm ? db.watchTerms.get(focusTerm) : Promise.resolve(undefined)), [focusTerm]);
  const [chosen, setChosen] = useState<string | undefined>();
  const selectedId = chosen ?? focused?.listId ?? lists?.[0]?.id;
  const selected = lists?.find((list) => list.id === selectedId);
  const terms = useListTerms(db, selectedId);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<string | undefined>(focusTerm);
  const [paste, setPaste] = useState('');
  /** What the last paste into a list did: shown with that list only. */
  const [pasted, setPasted] = useState<{ listId: string; message: string } | undefined>();
  const [undo, setUndo] = useState<Undo | null>(null);
  const found = useMemo(() => termsMatching(terms ?? [], search), [terms, search]);
  // Counted by the database, so right as soon as a write is: the terms themselves take longer to read.
  const total = (selectedId && counts?.get(selectedId)) ?? terms?.length ?? 0;

  /** `termIds`: the write changed only these terms, which the background takes in at once. */
  const write = async <T,>(action: Promise<T>, termIds?: string[]): Promise<T> => {
    const result = await action;
    await changed(termIds);
    return result;
  };
  const create = async (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    if (!input.value.trim()) return;
    const list = await write(createWatchlist(db, input.value));
    input.value = '';
    setChosen(list.id);
  };
  const removeList = async (id: string) => {
    const deleted: DeletedWatchlist | undefined = await write(deleteWatchlist(db, id));
    if (deleted) setUndo({ message: `List “${deleted.list.name}” deleted.`, undo: () => write(restoreWatchlist(db, deleted)) });
    setChosen(undefined);
  };
  const removeTerm = async (id: string) => {
    const deleted = await write(deleteWatchTerm(db, id), [id]);
    if (deleted) setUndo({ message: `“${deleted.label}” deleted.`, undo: () => write(restoreWatchTerm(db, deleted), [id]) });
  };
  const addPasted = async () => {
    if (!selected) return;
    const listId = selected.id;
    try {
      const report = await write(importIntoList(db, listId, await readPlainText(paste)));
      setPaste('');
      await refreshLists();
      setPasted({ listId, message: `${report.added} added, ${report.merged} merged${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}.` });
    } catch (error) {
      // The pasted text stays, to be mended.
      setPasted({ listId, message: `Nothing was added. ${error instanceof ImportError ? error.message : String(error)}` });
    }
  };

  return (
    <main class="library watchlists-page">
      <header class="library-head">
        <h1>Your watchlists</h1>
        <p class="note">Your own terms, highlighted on the pages you read in their list’s colour.</p>
      </header>
      <div class="watchlists-columns">
        <section aria-labelledby="lists-title">
          <h2 id="lists-title" class="section-title">
            Lists
          </h2>
          <ul class="watchlists">
            {(lists ?? []).map((list) => (
              <ListRow
                key={list.id}
                list={list}
                count={counts?.get(list.id) ?? 0}
                selected={list.id === selectedId}
                onSelect={() => setChosen(list.id)}
                onChange={(changes) => void write(updateWatchlist(db, list.id, changes))}
                onDelete={() => void removeList(list.id)}
              />
            ))}
          </ul>
          <form class="new-list" onSubmit={(event) => void create(event)}>
            <label>
              <span class="visually-hidden">Name of a new list</span>
              <input name="name" placeholder="New list name" maxLength={200} />
            </label>
            <button type="submit" class="primary">
              Create list
            </button>
          </form>
          <WatchlistTransfer db={db} selected={selected} changed={changed} imported={refreshLists} />
        </section>
        {selected && (
          <section aria-labelledby="terms-title" class="watch-terms">
            <h2 id="terms-title" class="section-title">
              Terms in {selected.name}
            </h2>
            <label class="search">
              <span class="visually-hidden">Search terms</span>
              <input type="search" placeholder="Search terms, other names and notes" value={search} onInput={(event) => setSearch(event.currentTarget.value)} />
            </label>
            <p class="note" aria-live="polite">
              {(search.trim() ? found.length : total).toLocaleString('en')} of {total.toLocaleString('en')} terms
            </p>
            <ul class="highlights">
              {found.slice(0, SHOWN).map((term) => (
                <TermRow
                  key={term.id}
                  term={term}
                  editing={editing === term.id}
                  onEdit={() => setEditing(term.id)}
                  onCancel={() => setEditing(undefined)}
                  onSave={(changes) => write(updateWatchTerm(db, term.id, changes), [term.id]).then(() => setEditing(undefined))}
                  onDelete={() => void removeTerm(term.id)}
                />
              ))}
            </ul>
            <label class="paste">
              Add terms: one per line, other names after a |
              <textarea rows={4} value={paste} placeholder={'Volt Typhoon | Vanguard Panda | Bronze Silhouette\nSalt Typhoon'} onInput={(event) => setPaste(event.currentTarget.value)} />
            </label>
            <button type="button" class="primary" disabled={!paste.trim()} onClick={() => void addPasted()}>
              Add to {selected.name}
            </button>
            <p class="transfer-status" role="status">
              {pasted?.listId === selected.id ? pasted.message : ''}
            </p>
          </section>
        )}
      </div>
      {lists?.length === 0 && <p class="note">No lists yet: create one, import one, or select a name on a page and press Alt+Shift+W.</p>}
      {undo && (
        <UndoBar
          message={undo.message}
          onUndo={() => {
            void undo.undo();
            setUndo(null);
          }}
          onExpire={() => setUndo(null)}
        />
      )}
    </main>
  );
}

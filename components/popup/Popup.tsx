import { useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import { deleteHighlight, highlightsOn, pageNote, restoreHighlight, setPageNote, updateHighlight } from '../../lib/db/highlights';
import type { SavedHighlight } from '../../lib/db/schema';
import { collectPage } from '../../lib/export/transfer';
import { PACK_LABELS } from '../../lib/dictionary/packs';
import type { Dictionary, Pack } from '../../lib/dictionary/schema';
import type { PageMatches } from '../../lib/messages';
import { normalizeUrl } from '../../lib/url';
import { ExportControls } from '../shared/ExportControls';
import { HighlightItem } from '../shared/HighlightItem';
import { SiteControls, type SiteActions, type SiteState } from './SiteControls';
import { Switch } from '../shared/Switch';
import { NoteEditor } from '../shared/NoteEditor';
import { PageSightings } from './PageSightings';
import { PageTerms, termsByPack } from '../shared/PageTerms';
import { UndoBar } from '../shared/UndoBar';
import { useLiveQuery } from '../shared/use-live-query';
import { WatchTermsOnPage } from './WatchTermsOnPage';

/** What the popup asks of the tab it was opened on. */
export interface TabActions {
  revealTerm(termId: string): void;
  revealHighlight(id: string): void;
  /** The page's saved highlights changed here: repaint them in the tab. */
  savedChanged(): void;
  /** "Forget this page": the tab records nothing more of this visit. */
  sightingsForgotten(): void;
  openLibrary(): void;
  openWatchlists(): void;
  openSettings(): void;
}

export interface PopupProps {
  db: LensDatabase;
  dictionary: Dictionary;
  /** The page as the content script reads it, or null where the extension does not run. */
  page: PageMatches | null;
  missing: readonly string[];
  tab: TabActions;
  /** The global switch: off, no page is read. */
  enabled: boolean;
  setEnabled(enabled: boolean): void;
  /** The setting "Remember where terms appear". */
  remembering: boolean;
  /** The packs the reader switched off in the settings. */
  packsOff: readonly Pack[];
  site: SiteState;
  siteActions: SiteActions;
}

function SavedOnPage({ db, dictionary, url, missing, tab }: Pick<PopupProps, 'db' | 'dictionary' | 'missing' | 'tab'> & { url: string }) {
  const saved = useLiveQuery(() => highlightsOn(db, url), [url]);
  const highlights = saved?.valid;
  const damaged = saved?.damaged.length ?? 0;
  const [deleted, setDeleted] = useState<SavedHighlight | null>(null);
  const terms = new Map(dictionary.terms.map((term) => [term.id, term]));
  const remove = async (id: string) => {
    setDeleted((await deleteHighlight(db, id)) ?? null);
    tab.savedChanged();
  };
  const undo = async () => {
    if (deleted) await restoreHighlight(db, deleted);
    setDeleted(null);
    tab.savedChanged();
  };
  return (
    <section aria-labelledby="saved-title">
      <h2 id="saved-title" class="section-title">
        Your highlights
      </h2>
      {damaged > 0 && (
        <p class="note damaged-count">
          {damaged === 1 ? '1 damaged highlight' : `${damaged} damaged highlights`} on this page cannot be read: open the
          library to export or delete {damaged === 1 ? 'it' : 'them'}.
        </p>
      )}
      {highlights?.length === 0 && damaged === 0 && (
        <p class="note">Nothing saved on this page yet. Save a term from its card, or select text and press Alt+Shift+S.</p>
      )}
      <ul class="highlights">
        {highlights?.map((highlight) => (
          <HighlightItem
            key={highlight.id}
            highlight={highlight}
            term={highlight.termId ? terms.get(highlight.termId) : undefined}
            missing={missing.includes(highlight.id)}
            onNote={(note) => updateHighlight(db, highlight.id, { note })}
            onDelete={() => void remove(highlight.id)}
            onOpen={() => tab.revealHighlight(highlight.id)}
          />
        ))}
      </ul>
      {deleted && <UndoBar message="Highlight deleted." onUndo={() => void undo()} onExpire={() => setDeleted(null)} />}
    </section>
  );
}

function PageNote({ db, url, title }: { db: LensDatabase; url: string; title: string }) {
  const page = useLiveQuery(async () => (await pageNote(db, url)) ?? null, [url]);
  if (page === undefined) return null;
  return (
    <section aria-labelledby="page-note-title">
      <h2 id="page-note-title" class="section-title">
        Note on this page
      </h2>
      <NoteEditor
        label="Note on this page"
        value={page?.note ?? ''}
        placeholder="What this article is about for you…"
        onSave={(note) => setPageNote(db, url, title, note)}
      />
    </section>
  );
}

function ExportPage({ db, dictionary, url }: { db: LensDatabase; dictionary: Dictionary; url: string }) {
  const count = useLiveQuery(() => db.highlights.where('url').equals(url).count(), [url]);
  if (!count) return null;
  const terms = new Map(dictionary.terms.map((term) => [term.id, term.label]));
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title" class="section-title">
        Export this page
      </h2>
      <ExportControls scopes={[{ label: 'This page', count, collect: () => collectPage(db, url) }]} termLabel={(id) => terms.get(id)} />
    </section>
  );
}

/** Which packs are not highlighted, so that a page without them is not read as having none. */
function PacksOff({ packsOff, openSettings }: { packsOff: readonly Pack[]; openSettings(): void }) {
  if (packsOff.length === 0) return null;
  return (
    <p class="note packs-off">
      Switched off: {packsOff.map((pack) => PACK_LABELS[pack]).join(', ')}.{' '}
      <button type="button" class="link" onClick={openSettings}>
        Settings
      </button>
    </p>
  );
}

/** What the popup shows about a page the extension reads: its terms, highlights and note. */
function PageSections({ db, dictionary, page, missing, tab, remembering, packsOff }: Pick<PopupProps, 'db' | 'dictionary' | 'missing' | 'tab' | 'remembering' | 'packsOff'> & { page: PageMatches }) {
  const url = normalizeUrl(page.url);
  return (
    <>
      <p class="page-title">{page.title}</p>
      <PageSightings db={db} url={url} remembering={remembering} forgotten={tab.sightingsForgotten} openSettings={tab.openSettings} />
      <section aria-labelledby="terms-title">
        <h2 id="terms-title" class="section-title">
          On this page
        </h2>
        <PageTerms packs={termsByPack(dictionary, page.matches)} onReveal={tab.revealTerm} />
        <WatchTermsOnPage db={db} matches={page.matches} onReveal={tab.revealTerm} />
        <PacksOff packsOff={packsOff} openSettings={tab.openSettings} />
      </section>
      <SavedOnPage db={db} dictionary={dictionary} url={url} missing={missing} tab={tab} />
      <PageNote db={db} url={url} title={page.title} />
      <ExportPage db={db} dictionary={dictionary} url={url} />
    </>
  );
}

export function Popup({ db, dictionary, page, missing, tab, enabled, setEnabled, remembering, packsOff, site, siteActions }: PopupProps) {
  return (
    <main class="popup">
      <header class="popup-head">
        <h1 class="title">State Security Lens</h1>
        <Switch label={enabled ? 'On' : 'Off'} name="Annotate pages" checked={enabled} onChange={setEnabled} />
      </header>
      <nav class="popup-links" aria-label="Pages of the extension">
        <button type="button" class="link" onClick={tab.openLibrary}>
          Open library
        </button>
        <button type="button" class="link" onClick={tab.openWatchlists}>
          Watchlists
        </button>
        <button type="button" class="link" onClick={tab.openSettings}>
          Settings
        </button>
      </nav>
      {enabled ? (
        <SiteControls state={site} actions={siteActions} />
      ) : (
        <p class="site-panel note">Switched off: no page is read. Turn it on to annotate pages again.</p>
      )}
      {page && enabled && !site.paused && <PageSections db={db} dictionary={dictionary} page={page} missing={missing} tab={tab} remembering={remembering} packsOff={packsOff} />}
      {enabled && !page && (
        <p class="note">
          By default State Security Lens annotates articles on major news sites such as the BBC, the Guardian, Reuters
          and the FT. Anywhere else, it reads a page only when you ask.
        </p>
      )}
    </main>
  );
}

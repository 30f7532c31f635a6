import { render } from 'preact';
import { highlightAddress } from '../../components/highlight-address';
import { Library } from '../../components/Library';
import { LibraryTabs, libraryViewOf } from '../../components/LibraryTabs';
import { TermsView } from '../../components/TermsView';
import { keepSavedPagesRecord } from '../../utils/saved-pages';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import type { WatchlistsChanged } from '../../lib/messages';
import '../../components/lists.css';
import './library.css';

const db = openDatabase();
keepDatabase();
keepSavedPagesRecord(db);

function show(): void {
  const view = libraryViewOf(location.hash);
  render(
    <LibraryTabs view={view}>
      {view === 'terms' ? (
        <TermsView db={db} dictionary={bundledDictionary} />
      ) : (
        <Library
          db={db}
          dictionary={bundledDictionary}
          open={(highlight) => void browser.tabs.create({ url: highlightAddress(highlight) })}
          watchlistsChanged={() => void browser.runtime.sendMessage({ type: 'watchlistsChanged' } satisfies WatchlistsChanged)}
        />
      )}
    </LibraryTabs>,
    document.getElementById('app')!,
  );
}

addEventListener('hashchange', show);
show();

import { render } from 'preact';
import { highlightAddress } from '../../components/shared/highlight-address';
import { Library } from '../../components/library/Library';
import { LibraryTabs, libraryViewOf } from '../../components/library/LibraryTabs';
import { TermsView } from '../../components/library/TermsView';
import { keepSavedPagesRecord } from '../../utils/saved-pages';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import type { WatchlistsChanged } from '../../lib/messages';
import '../../components/shared/lists.css';
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

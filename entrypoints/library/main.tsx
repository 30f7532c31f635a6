import { render } from 'preact';
import { highlightAddress } from '../../components/highlight-address';
import { Library } from '../../components/Library';
import { LibraryTabs, libraryViewOf } from '../../components/LibraryTabs';
import { TermsView } from '../../components/TermsView';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import '../../components/lists.css';
import './library.css';

const db = openDatabase();
keepDatabase();

function show(): void {
  const view = libraryViewOf(location.hash);
  render(
    <LibraryTabs view={view}>
      {view === 'terms' ? (
        <TermsView db={db} dictionary={bundledDictionary} />
      ) : (
        <Library db={db} dictionary={bundledDictionary} open={(highlight) => void browser.tabs.create({ url: highlightAddress(highlight) })} />
      )}
    </LibraryTabs>,
    document.getElementById('app')!,
  );
}

addEventListener('hashchange', show);
show();

import { render } from 'preact';
import { highlightAddress } from '../../components/shared/highlight-address';
import { TermPage } from '../../components/term-page/TermPage';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { keepSavedPagesRecord } from '../../utils/saved-pages';
import { bundledDictionary } from '../../lib/dictionary';
import '../../components/shared/lists.css';
import '../../components/shared/controls.css';
import '../library/library.css';
import '../../components/card/who-it-is.css';
import './term.css';

/**
 * A term's page, addressed by its id: term.html#hikvision. Dexie's query cache is off here: it
 * kept and cloned every one of a frequent term's thousands of sightings, the larger part of the
 * page's opening time (bench/sightings.ts), and this page reads each of them once.
 */
const db = openDatabase(undefined, { cache: 'disabled' });
keepDatabase();
keepSavedPagesRecord(db);

function show(): void {
  const termId = decodeURIComponent(location.hash.slice(1));
  render(
    <TermPage db={db} dictionary={bundledDictionary} termId={termId} openHighlight={(highlight) => void browser.tabs.create({ url: highlightAddress(highlight) })} />,
    document.getElementById('app')!,
  );
}

addEventListener('hashchange', show);
show();

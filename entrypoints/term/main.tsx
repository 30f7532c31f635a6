import { render } from 'preact';
import { highlightAddress } from '../../components/highlight-address';
import { TermPage } from '../../components/TermPage';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import '../../components/lists.css';
import '../../components/controls.css';
import '../library/library.css';
import './term.css';

/** A term's page, addressed by its id: term.html#hikvision. */
const db = openDatabase();
keepDatabase();

function show(): void {
  const termId = decodeURIComponent(location.hash.slice(1));
  render(
    <TermPage db={db} dictionary={bundledDictionary} termId={termId} openHighlight={(highlight) => void browser.tabs.create({ url: highlightAddress(highlight) })} />,
    document.getElementById('app')!,
  );
}

addEventListener('hashchange', show);
show();

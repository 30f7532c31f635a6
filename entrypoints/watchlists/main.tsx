import { render } from 'preact';
import { WatchlistsPage } from '../../components/watchlists/WatchlistsPage';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import type { WatchlistsChanged } from '../../lib/messages';
import '../../components/shared/lists.css';
import '../library/library.css';
import './watchlists.css';

const db = openDatabase();
keepDatabase();
/** The page writes to the database itself; the background compiles the matcher again and tells every tab. */
const changed = (termIds?: string[]) => {
  const message: WatchlistsChanged = { type: 'watchlistsChanged', ...(termIds && { termIds }) };
  return browser.runtime.sendMessage(message).then(() => undefined);
};
const focusTerm = new URLSearchParams(location.hash.slice(1)).get('term') ?? undefined;
render(<WatchlistsPage db={db} changed={changed} focusTerm={focusTerm} />, document.getElementById('app')!);

import { render } from 'preact';
import { Library } from '../../components/Library';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import type { SavedHighlight } from '../../lib/db/schema';
import { bundledDictionary } from '../../lib/dictionary';
import type { WatchlistsChanged } from '../../lib/messages';
import '../../components/lists.css';
import './library.css';

/** A text fragment (#:~:text=) scrolls the browser to the passage even before our script runs. */
const addressOf = (highlight: SavedHighlight) =>
  `${highlight.url}#:~:text=${encodeURIComponent(highlight.quote.exact.slice(0, 300))}`;

const db = openDatabase();
keepDatabase();
render(
  <Library
    db={db}
    dictionary={bundledDictionary}
    open={(highlight) => void browser.tabs.create({ url: addressOf(highlight) })}
    watchlistsChanged={() => void browser.runtime.sendMessage({ type: 'watchlistsChanged' } satisfies WatchlistsChanged)}
  />,
  document.getElementById('app')!,
);

import { render } from 'preact';
import { highlightAddress } from '../../components/highlight-address';
import { Library } from '../../components/Library';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import '../../components/lists.css';
import './library.css';


const db = openDatabase();
keepDatabase();
render(
  <Library db={db} dictionary={bundledDictionary} open={(highlight) => void browser.tabs.create({ url: highlightAddress(highlight) })} />,
  document.getElementById('app')!,
);

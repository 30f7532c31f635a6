import { liveQuery } from 'dexie';
import { render } from 'preact';
import { Options } from '../../components/settings/Options';
import type { Correction } from '../../lib/db/corrections-schema';
import { allCorrections, removeCorrection } from '../../lib/db/corrections';
import { keepSavedPagesRecord } from '../../utils/saved-pages';
import { keepDatabase, openDatabase } from '../../lib/db/database';
import { bundledDictionary } from '../../lib/dictionary';
import type { Settings } from '../../lib/settings';
import { followSettings, saveSettings } from '../../utils/settings-store';
import { alwaysAnnotatedSites, removeSite, watchSites } from '../../utils/site-permissions';
import '../../components/shared/lists.css';
import '../../components/shared/controls.css';
import './options.css';

let settings: Settings | undefined;
let alwaysSites: string[] = [];
let corrections: Correction[] = [];
const db = openDatabase();
keepDatabase();
keepSavedPagesRecord(db);

function show(): void {
  if (!settings) return;
  render(
    <Options
      settings={settings}
      dictionary={bundledDictionary}
      alwaysSites={alwaysSites}
      corrections={corrections}
      onChange={(next) => void saveSettings(next)}
      removeAlwaysSite={(site) => void removeSite(site)}
      undoCorrection={(id) => void removeCorrection(db, id)}
    />,
    document.getElementById('app')!,
  );
}

async function showSites(): Promise<void> {
  alwaysSites = await alwaysAnnotatedSites();
  show();
}

// Storage and permission changes re-render the page, from here or from any other context.
void followSettings((next) => {
  settings = next;
  show();
});
void showSites();
watchSites(() => void showSites());
// Corrections made in any tab, or undone here, show at once.
liveQuery(() => allCorrections(db)).subscribe({
  next: (next) => {
    corrections = next;
    show();
  },
  error: (error) => console.error('State Security Lens: corrections not read', error),
});

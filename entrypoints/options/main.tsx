import { render } from 'preact';
import { Options } from '../../components/Options';
import { bundledDictionary } from '../../lib/dictionary';
import type { Settings } from '../../lib/settings';
import { followSettings, saveSettings } from '../../utils/settings-store';
import { alwaysAnnotatedSites, removeSite, watchSites } from '../../utils/site-permissions';
import '../../components/lists.css';
import '../../components/controls.css';
import './options.css';

let settings: Settings | undefined;
let alwaysSites: string[] = [];

function show(): void {
  if (!settings) return;
  render(
    <Options
      settings={settings}
      dictionary={bundledDictionary}
      alwaysSites={alwaysSites}
      onChange={(next) => void saveSettings(next)}
      removeAlwaysSite={(site) => void removeSite(site)}
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

import type { Correction } from '../../lib/db/corrections-schema';
import { PACK_LABELS } from '../../lib/dictionary/packs';
import { Pack, type Dictionary } from '../../lib/dictionary/schema';
import { type CardTrigger, type HighlightStyle, MAX_HOVER_DELAY_MS, type Settings, withPausedSite } from '../../lib/settings';
import { CorrectionList } from './CorrectionList';
import { Switch } from '../shared/Switch';

export interface OptionsProps {
  settings: Settings;
  dictionary: Dictionary;
  /** Sites beyond the news list the reader granted ("Always annotate this site"). */
  alwaysSites: readonly string[];
  /** The reader's "Not this" corrections, newest first. */
  corrections: readonly Correction[];
  onChange(settings: Settings): void;
  removeAlwaysSite(site: string): void;
  undoCorrection(id: string): void;
}

const STYLES: Array<{ value: HighlightStyle; label: string; hint: string }> = [
  { value: 'background', label: 'Tinted background', hint: 'An amber tint' },
  { value: 'underline', label: 'Underline', hint: 'Lighter: an underline alone' },
  { value: 'hover', label: 'Off until hovered', hint: 'A term is marked while the pointer is on it, and while its card is open' },
];

const TRIGGERS: Array<{ value: CardTrigger; label: string }> = [
  { value: 'hover', label: 'When the pointer rests on a term' },
  { value: 'click', label: 'When a term is clicked' },
];

function Choices<Value extends string>(props: {
  legend: string;
  name: string;
  value: Value;
  choices: Array<{ value: Value; label: string; hint?: string }>;
  onChange(value: Value): void;
}) {
  return (
    <fieldset class="options-group">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={props.name}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint && <span class="hint">{choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A switch for each pack of the bundled knowledge, with how many concepts it holds. */
function Packs({ settings, dictionary, onChange }: Pick<OptionsProps, 'settings' | 'dictionary' | 'onChange'>) {
  const counts = new Map<Pack, number>();
  for (const term of dictionary.terms) counts.set(term.pack, (counts.get(term.pack) ?? 0) + 1);
  const toggle = (pack: Pack, on: boolean) =>
    onChange({ ...settings, packsOff: on ? settings.packsOff.filter((off) => off !== pack) : [...settings.packsOff, pack] });
  return (
    <fieldset class="options-group">
      <legend>What to highlight</legend>
      <div class="packs">
        {Pack.options.map((pack) => {
          const count = counts.get(pack) ?? 0;
          return (
            <label key={pack} class="choice">
              <input type="checkbox" checked={!settings.packsOff.includes(pack)} onChange={(e) => toggle(pack, e.currentTarget.checked)} />
              <span>
                {PACK_LABELS[pack]} <span class="hint inline">{count === 1 ? '1 concept' : `${count} concepts`}</span>
              </span>
            </label>
          );
        })}
      </div>
      <p class="hint">Your own watchlists are switched on and off on the watchlists page.</p>
    </fieldset>
  );
}

function SiteList({ title, empty, sites, action, onRemove }: {
  title: string;
  empty: string;
  sites: readonly string[];
  action: string;
  onRemove(site: string): void;
}) {
  return (
    <section class="options-group" aria-label={title}>
      <h3>{title}</h3>
      {sites.length === 0 ? (
        <p class="note">{empty}</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button type="button" aria-label={`${action}: ${site}`} onClick={() => onRemove(site)}>
                {action}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The options page: what is highlighted and how, cards, the badge, and where it runs. */
export function Options({ settings, dictionary, alwaysSites, corrections, onChange, removeAlwaysSite, undoCorrection }: OptionsProps) {
  const set = <Key extends keyof Settings>(key: Key) => (value: Settings[Key]) => onChange({ ...settings, [key]: value });
  return (
    <main class="options">
      <header class="options-head">
        <h1>State Security Lens settings</h1>
        <Switch label={settings.enabled ? 'On: pages are annotated' : 'Off: no page is read'} checked={settings.enabled} onChange={set('enabled')} />
      </header>
      <p class="note">Changes are saved as you make them and apply at once in open tabs.</p>

      <h2 class="section-title">Highlights</h2>
      <Packs settings={settings} dictionary={dictionary} onChange={onChange} />
      <Choices legend="Highlight style" name="style" value={settings.highlightStyle} choices={STYLES} onChange={set('highlightStyle')} />
      <CorrectionList corrections={corrections} dictionary={dictionary} onUndo={undoCorrection} />

      <h2 class="section-title">Context cards</h2>
      <Choices legend="Open a term’s card" name="trigger" value={settings.cardTrigger} choices={TRIGGERS} onChange={set('cardTrigger')} />
      <fieldset class="options-group" disabled={settings.cardTrigger !== 'hover'}>
        <legend>Hover delay</legend>
        <label class="delay">
          <input
            type="range"
            min={0}
            max={MAX_HOVER_DELAY_MS}
            step={50}
            value={settings.hoverDelayMs}
            onInput={(e) => set('hoverDelayMs')(Number(e.currentTarget.value))}
          />
          <output>{settings.hoverDelayMs} ms</output>
          <span class="visually-hidden">before a card opens</span>
        </label>
        <p class="hint">How long the pointer rests on a term before its card opens (150 ms by default).</p>
      </fieldset>

      <h2 class="section-title">Toolbar</h2>
      <div class="options-group">
        <Switch label="Show the number of terms on the toolbar icon" checked={settings.badge} onChange={set('badge')} />
      </div>

      <h2 class="section-title">Where terms appear</h2>
      <div class="options-group">
        <Switch label="Remember where terms appear" checked={settings.rememberSightings} onChange={set('rememberSightings')} />
        <p class="hint">
          On the pages it reads, the extension keeps each term’s page address, title, site, publication date and count, in
          this browser only, so that a card can say where else you met the term and each term has a page of its own. Nothing
          is sent anywhere. Clear it from the library’s Terms view; forget one page from the toolbar popup.
        </p>
      </div>

      <h2 class="section-title">Sites</h2>
      <p class="note">
        News sites such as the BBC, the Guardian and Reuters are annotated by default. Anywhere else, use{' '}
        <em>Annotate this page</em> (toolbar button, right-click menu or <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>A</kbd>), or{' '}
        <em>Always annotate this site</em> in the toolbar popup.
      </p>
      <SiteList
        title="Sites you annotate always"
        empty="None yet. The extension has no access to any other site."
        sites={alwaysSites}
        action="Remove"
        onRemove={removeAlwaysSite}
      />
      <SiteList
        title="Paused sites"
        empty="None. Pause a site from the toolbar popup."
        sites={settings.pausedSites}
        action="Resume"
        onRemove={(site) => onChange(withPausedSite(settings, site, false))}
      />
    </main>
  );
}

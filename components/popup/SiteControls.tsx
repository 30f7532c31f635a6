import { useState } from 'preact/hooks';
import type { SiteCoverage } from '../../lib/site-access';

/** Where the popup was opened, and what the reader may do about it. */
export interface SiteState {
  /** The page's site, or null for pages the extension cannot read, or whose address it may not see. */
  site: string | null;
  coverage: SiteCoverage;
  paused: boolean;
  /** The content script runs on the page. */
  running: boolean;
}

export interface SiteActions {
  annotate(): Promise<void>;
  alwaysAnnotate(): Promise<void>;
  setPaused(paused: boolean): void;
}

const STATUS: Record<SiteCoverage, string> = {
  news: 'News site: annotated by default',
  granted: 'Annotated always, as you asked',
  none: 'Not annotated by default',
  unavailable: '',
};

/** The popup's controls for the current site: annotate once or always, pause and resume. */
export function SiteControls({ state, actions }: { state: SiteState; actions: SiteActions }) {
  const [error, setError] = useState('');
  const run = (action: () => Promise<void>) => () => {
    setError('');
    action().catch((reason: Error) => setError(reason.message));
  };
  if (!state.site) {
    // Browser pages and files; or a page whose address the popup may not see (no grant yet).
    return <p class="site-panel note">State Security Lens does not read this page.</p>;
  }
  const status = state.paused
    ? 'Paused on this site'
    : state.coverage === 'none' && state.running
      ? 'Annotated at your request'
      : STATUS[state.coverage];
  return (
    <section class="site-panel" aria-label="This site">
      <p class="site-line">
        <span class="site-name">{state.site}</span>
        <span class={`site-status${state.paused ? ' paused' : ''}`}>{status}</span>
      </p>
      <div class="site-actions">
        {!state.paused && !state.running && (
          <button type="button" class="primary" onClick={run(actions.annotate)}>
            Annotate this page
          </button>
        )}
        {!state.paused && state.coverage === 'none' && (
          <button type="button" onClick={run(actions.alwaysAnnotate)}>
            Always annotate this site
          </button>
        )}
        {(state.paused || state.running || state.coverage !== 'none') && (
          <button type="button" onClick={() => actions.setPaused(!state.paused)}>
            {state.paused ? 'Resume on this site' : 'Pause on this site'}
          </button>
        )}
      </div>
      {error && (
        <p class="site-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

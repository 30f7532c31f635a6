import { useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import type { Sighting } from '../../lib/db/sightings-schema';
import { forgetPage, restorePage } from '../../lib/sightings/store';
import { UndoBar } from '../shared/UndoBar';
import { useLiveQuery } from '../shared/use-live-query';

export interface PageSightingsProps {
  db: LensDatabase;
  /** The page's normalised address. */
  url: string;
  /** The setting "Remember where terms appear". */
  remembering: boolean;
  /** Tells the page to record nothing more of this visit. */
  forgotten(): void;
  openSettings(): void;
}

type State = { kind: 'remembered' } | { kind: 'undoable'; sightings: Sighting[] } | { kind: 'forgotten' };

/**
 * What the extension remembers of this page, and "Forget this page", in one line near the top
 * of the popup (under the page's title, above its terms), so that it is in reach in a popup of
 * 600 px. Forgetting can be undone for a while, as deleting a highlight can.
 */
export function PageSightings({ db, url, remembering, forgotten, openSettings }: PageSightingsProps) {
  const terms = useLiveQuery(() => db.sightings.where('url').equals(url).count(), [url]);
  const [state, setState] = useState<State>({ kind: 'remembered' });
  const forget = async () => {
    const sightings = await forgetPage(db, url);
    forgotten();
    setState({ kind: 'undoable', sightings });
  };
  // The records come back as they were; the tab, told to record nothing more of this visit,
  // stays quiet until the page is next read.
  const undo = async (sightings: Sighting[]) => {
    await restorePage(db, sightings);
    setState({ kind: 'remembered' });
  };
  return (
    <section aria-labelledby="sightings-title" class="page-sightings">
      <h2 id="sightings-title" class="visually-hidden">
        Where terms appear
      </h2>
      {state.kind === 'undoable' && (
        <UndoBar message="Page forgotten: nothing more of this visit is recorded." onUndo={() => void undo(state.sightings)} onExpire={() => setState({ kind: 'forgotten' })} />
      )}
      {state.kind === 'forgotten' && (
        <p class="note" role="status">
          Forgotten: nothing more of this visit is recorded.
        </p>
      )}
      {state.kind === 'remembered' && !remembering && (
        <p class="note">
          Remembering where terms appear is off: nothing is recorded.{' '}
          <button type="button" class="link" onClick={openSettings}>
            Settings
          </button>
        </p>
      )}
      {state.kind === 'remembered' && !!terms && (
        <p class="note">
          {terms === 1 ? '1 term of this page is remembered' : `${terms} terms of this page are remembered`}, on this machine only.{' '}
          <button type="button" class="link" onClick={() => void forget()}>
            Forget this page
          </button>
        </p>
      )}
    </section>
  );
}

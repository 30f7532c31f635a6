import { useState } from 'preact/hooks';
import type { LensDatabase } from '../lib/db/database';
import { forgetPage } from '../lib/sightings/store';
import { useLiveQuery } from './use-live-query';

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

/** What the extension remembers of this page, and "Forget this page". */
export function PageSightings({ db, url, remembering, forgotten, openSettings }: PageSightingsProps) {
  const terms = useLiveQuery(() => db.sightings.where('url').equals(url).count(), [url]);
  const [forgot, setForgot] = useState(false);
  const forget = async () => {
    await forgetPage(db, url);
    forgotten();
    setForgot(true);
  };
  return (
    <section aria-labelledby="sightings-title">
      <h2 id="sightings-title" class="section-title">
        Where terms appear
      </h2>
      <p class="note">
        {remembering
          ? 'The extension remembers, on this machine only, which terms you met on which pages, so that a card can say where else you saw its term.'
          : 'Remembering where terms appear is off: nothing is recorded.'}{' '}
        <button type="button" class="link" onClick={openSettings}>
          Settings
        </button>
      </p>
      {forgot ? (
        <p class="note" role="status">
          Forgotten: nothing more of this visit is recorded.
        </p>
      ) : (
        !!terms && (
          <p class="note">
            {terms === 1 ? '1 term of this page is remembered.' : `${terms} terms of this page are remembered.`}{' '}
            <button type="button" class="link" onClick={() => void forget()}>
              Forget this page
            </button>
          </p>
        )
      )}
    </section>
  );
}

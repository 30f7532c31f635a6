import { useState } from 'preact/hooks';
import type { LensDatabase } from '../lib/db/database';
import { importCollection, type ImportCounts } from '../lib/db/transfer';
import { checkFileSize } from '../lib/export/guard';
import { ImportError } from '../lib/export/import-error';
import { readImportFile } from '../lib/export/read-file';
import { importWatchlists } from '../lib/watchlists/transfer';

type Outcome = { ok: boolean; message: string };

const describeCounts = ({ added, updated, unchanged }: ImportCounts) =>
  `${added} added, ${updated} updated, ${unchanged} left as ${unchanged === 1 ? 'it was' : 'they were'}.`;

async function importFile(db: LensDatabase, file: File, watchlistsChanged: () => void): Promise<Outcome> {
  try {
    checkFileSize(file.size);
    const collection = readImportFile(await file.text(), new Date().toISOString());
    const message = `Imported ${file.name}: ${describeCounts(await importCollection(db, collection))}`;
    if (!collection.watchlists?.length) return { ok: true, message };
    const lists = await importWatchlists(db, collection.watchlists);
    watchlistsChanged();
    return { ok: true, message: `${message}\nWatchlists: ${lists.added} terms added, ${lists.merged} merged, ${lists.skipped.length} skipped.` };
  } catch (error) {
    const reason = error instanceof ImportError ? error.message : `the database refused it (${String(error)})`;
    return { ok: false, message: `${file.name} was not imported, and nothing was changed:\n${reason}` };
  }
}

/**
 * Our JSON or Web Annotation JSON-LD, merged into the database; the outcome said in words.
 * `watchlistsChanged`: the file brought watchlists (an archive of version 2), so tabs repaint.
 */
export function ImportControl({ db, watchlistsChanged }: { db: LensDatabase; watchlistsChanged(): void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div class="import">
      <label class="button">
        Import…
        <input
          type="file"
          class="visually-hidden"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setOutcome(await importFile(db, file, watchlistsChanged));
            // The same file may be chosen again after it is fixed.
            input.value = '';
          }}
        />
      </label>
      {outcome && (
        <p class={`import-outcome${outcome.ok ? '' : ' failed'}`} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
    </div>
  );
}

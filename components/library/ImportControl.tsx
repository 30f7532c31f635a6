import { useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import { importCollection, type ImportCounts } from '../../lib/export/transfer';
import type { ImportProgress } from '../../lib/scheduling/progress';
import { fileSizeProblem } from '../../lib/checks/guard';
import { ImportError } from '../../lib/checks/import-error';
import { readImportFile } from '../../lib/export/read-file';
import type { FileContents } from '../../lib/export/record-check';
import type { RefusedRecord } from '../../lib/export/record-check';
import { ImportProgressLine } from '../shared/ImportProgressLine';

type Outcome = { ok: boolean; message: string };
/** A file with records that cannot be imported, waiting for the reader's choice. */
type Review = { name: string; contents: FileContents };

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

const describeCounts = ({ added, updated, unchanged }: ImportCounts) =>
  `${added} added, ${updated} updated, ${unchanged} left as ${unchanged === 1 ? 'it was' : 'they were'}.`;

const refusal = (name: string, reason: string): Outcome => ({ ok: false, message: `${name} was not imported, and nothing was changed:\n${reason}` });

/** Reads the file whole (export writes no more than import reads: lib/checks/guard.ts). */
async function readFile(file: File, onProgress: (progress: ImportProgress) => void): Promise<FileContents | Outcome> {
  const tooBig = fileSizeProblem(file.size);
  if (tooBig) return refusal(file.name, tooBig);
  try {
    return await readImportFile(await file.text(), new Date().toISOString(), onProgress);
  } catch (error) {
    return refusal(file.name, error instanceof ImportError ? error.message : `it could not be read (${String(error)})`);
  }
}

/** Saves what the file holds, its watchlists (an archive of version 2) with the rest. */
async function write(db: LensDatabase, name: string, { collection, refused }: FileContents, onProgress: (progress: ImportProgress) => void, watchlistsChanged: () => void): Promise<Outcome> {
  try {
    const { watchlists, ...counts } = await importCollection(db, collection, onProgress);
    const leftOut = refused.length ? ` ${plural(refused.length, 'record')} left out.` : '';
    const message = `Imported ${name}: ${describeCounts(counts)}${leftOut}`;
    if (!watchlists) return { ok: true, message };
    watchlistsChanged();
    return { ok: true, message: `${message}\nWatchlists: ${watchlists.added} terms added, ${watchlists.merged} merged, ${watchlists.skipped.length} skipped.` };
  } catch (error) {
    return refusal(name, `the database refused it (${String(error)})`);
  }
}

/** Refused records listed in full up to this many; the rest counted. */
const LISTED = 50;

/** `highlights[3].url: not a URL` under `highlights[3]` reads `url: not a URL`. */
const within = (where: string, problem: string) => (problem.startsWith(`${where}.`) ? problem.slice(where.length + 1) : problem);

function RefusedList({ refused }: { refused: readonly RefusedRecord[] }) {
  return (
    <ul class="refused">
      {refused.slice(0, LISTED).map(({ where, id, problems }) => (
        <li key={where}>
          <strong>
            {where}
            {id !== undefined && ` (id “${id.slice(0, 80)}”)`}
          </strong>
          : {problems.map((problem) => within(where, problem)).join('; ')}
        </li>
      ))}
      {refused.length > LISTED && <li>and {plural(refused.length - LISTED, 'more record')}</li>}
    </ul>
  );
}

/** The reader chooses: the valid records without the refused ones, or nothing at all. */
function ReviewDialog({ review, onImport, onCancel }: { review: Review; onImport(): void; onCancel(): void }) {
  const { highlights, pages } = review.contents.collection;
  const { refused } = review.contents;
  return (
    <div class="import-review" role="alertdialog" aria-labelledby="import-review-title" aria-describedby="import-review-body">
      <p id="import-review-title" class="import-review-title">
        {review.name}: {plural(refused.length, 'record')} cannot be imported
      </p>
      <div id="import-review-body">
        <RefusedList refused={refused} />
        <p>
          The rest, {plural(highlights.length, 'highlight')} and {plural(pages.length, 'page')}, can be imported without them.
        </p>
      </div>
      <div class="import-review-actions">
        <button type="button" class="primary" onClick={onImport}>
          Import the rest
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Import nothing
        </button>
      </div>
    </div>
  );
}

/**
 * Our JSON or Web Annotation JSON-LD, merged into the database, with progress. A file with
 * records that cannot be imported is shown to the reader, who imports the rest or nothing.
 * `watchlistsChanged`: the file brought watchlists (an archive of version 2), so tabs repaint.
 */
export function ImportControl({ db, watchlistsChanged }: { db: LensDatabase; watchlistsChanged(): void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [review, setReview] = useState<Review | null>(null);

  const finish = async (name: string, contents: FileContents) => {
    setReview(null);
    const written = await write(db, name, contents, setProgress, watchlistsChanged);
    setProgress(null);
    setOutcome(written);
  };

  const choose = async (file: File) => {
    setOutcome(null);
    setReview(null);
    setProgress({ stage: 'checking', done: 0, total: 0 });
    const contents = await readFile(file, setProgress);
    if ('message' in contents) {
      setProgress(null);
      setOutcome(contents);
    } else if (contents.refused.length > 0) {
      setProgress(null);
      setReview({ name: file.name, contents });
    } else {
      await finish(file.name, contents);
    }
  };

  return (
    <div class="import">
      <label class="button">
        Import…
        <input
          type="file"
          class="visually-hidden"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={progress !== null}
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            await choose(file);
            // The same file may be chosen again after it is fixed.
            input.value = '';
          }}
        />
      </label>
      {progress && <ImportProgressLine {...progress} />}
      {review && (
        <ReviewDialog
          review={review}
          onImport={() => void finish(review.name, review.contents)}
          onCancel={() => {
            setReview(null);
            setOutcome({ ok: true, message: `Nothing was imported from ${review.name}.` });
          }}
        />
      )}
      {outcome && (
        <p class={`import-outcome${outcome.ok ? '' : ' failed'}`} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
    </div>
  );
}

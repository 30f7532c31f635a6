import { useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import type { ImportProgress, OnProgress } from '../../lib/scheduling/progress';
import { checkFileSize } from '../../lib/checks/guard';
import { ImportError } from '../../lib/checks/import-error';
import { afterNextPaint } from '../../lib/page/timing';
import { writeWatchCsv } from '../../lib/watchlists/formats/csv';
import { writeWatchlistFile } from '../../lib/watchlists/formats/json';
import { writePlainText } from '../../lib/watchlists/formats/plain-text';
import { describePassedOver, type PassedOverCount } from '../../lib/watchlists/formats/intel';
import type { HeldBackInTerm, ImportReport } from '../../lib/watchlists/merge';
import type { Watchlist } from '../../lib/db/watchlists-schema';
import { exportWatchlists, importTerms, importWatchlists, readWatchImport } from '../../lib/watchlists/transfer';
import { downloadText } from '../shared/download';
import { HeldBackList } from './HeldBackNames';
import { ImportProgressLine } from '../shared/ImportProgressLine';

type Outcome = { ok: boolean; message: string; heldBack?: HeldBackInTerm[] };

const SHOWN_NAMES = 20;

/** What a community file held that it does not bring, the most common first. */
const SHOWN_PASSED_OVER = 4;

function describe(fileName: string, report: ImportReport, passedOver: readonly PassedOverCount[] = []): Outcome {
  const count = (n: number) => n.toLocaleString('en');
  const parts = [`${count(report.added)} added`, `${count(report.merged)} merged`, `${count(report.skipped.length)} skipped`];
  const lines = [`Imported ${fileName}: ${parts.join(', ')}.`];
  if (passedOver.length > 0) {
    const others = passedOver.slice(SHOWN_PASSED_OVER).reduce((sum, { count: n }) => sum + n, 0);
    const rest = others > 0 ? [{ one: 'other object', many: 'other objects', count: others }] : [];
    lines.push(`Passed over: ${describePassedOver([...passedOver.slice(0, SHOWN_PASSED_OVER), ...rest])}.`);
  }
  for (const { label, reason } of report.skipped.slice(0, SHOWN_NAMES)) lines.push(`Skipped “${label}”: ${reason}`);
  const never = report.heldBack.filter((held) => held.highlighted === 'never').length;
  const asWritten = report.heldBack.length - never;
  if (never) lines.push(`${count(never)} ${never === 1 ? 'name' : 'names'} kept but not highlighted (too short).`);
  if (asWritten) lines.push(`${count(asWritten)} ${asWritten === 1 ? 'name is an ordinary word' : 'names are ordinary words'}, highlighted only as written.`);
  return { ok: true, message: lines.join('\n'), heldBack: report.heldBack };
}

/** A list of terms from a file goes into the chosen list, or a new one named after the file. */
async function importFile(db: LensDatabase, file: File, into: Watchlist | undefined, onProgress: OnProgress): Promise<Outcome> {
  try {
    checkFileSize(file.size);
    onProgress({ stage: 'checking terms', done: 0, total: 0 });
    // The bar says the file is being read before reading it takes the page's time.
    await new Promise<void>((resolve) => afterNextPaint(resolve));
    const read = await readWatchImport(file, onProgress);
    if (read.kind === 'lists') return describe(file.name, await importWatchlists(db, read.lists, onProgress), read.passedOver);
    const target = into ?? { newName: file.name.replace(/\.[^.]+$/, '') };
    return describe(file.name, await importTerms(db, read.terms, target, onProgress));
  } catch (error) {
    const reason = error instanceof ImportError ? error.message : `the database refused it (${String(error)})`;
    return { ok: false, message: `${file.name} was not imported, and nothing was changed:\n${reason}` };
  }
}

const fileName = (name: string, extension: string) => `${name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'watchlist'}.${extension}`;

interface WatchlistTransferProps {
  db: LensDatabase;
  selected?: Watchlist;
  /** The background takes the lists in again and tells every tab. */
  changed(): Promise<void>;
  /** The page reads its lists and their counts again, so that the report shows with them right. */
  imported(): Promise<void>;
}

/** Import a file (ours, CSV, OpenSanctions, text, a MISP cluster, a STIX bundle) and export a list, or all of them. */
export function WatchlistTransfer({ db, selected, changed, imported }: WatchlistTransferProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  /** The background compiling the lists again after an import, before open tabs show the terms. */
  const [updating, setUpdating] = useState(false);
  const exportAs = async (format: 'json' | 'csv' | 'txt', all: boolean) => {
    const lists = await exportWatchlists(db, all || !selected ? undefined : [selected.id]);
    const name = all || !selected ? 'watchlists' : selected.name;
    const terms = lists.flatMap((list) => list.terms);
    if (format === 'json') downloadText(fileName(name, 'json'), 'application/json', writeWatchlistFile(lists, new Date().toISOString()));
    if (format === 'csv') downloadText(fileName(name, 'csv'), 'text/csv', writeWatchCsv(terms));
    if (format === 'txt') downloadText(fileName(name, 'txt'), 'text/plain', writePlainText(terms));
  };
  return (
    <section class="transfer watch-transfer" aria-label="Import and export">
      <h2 class="section-title">Import and export</h2>
      <label class="button">
        Import…
        <input
          type="file"
          class="visually-hidden"
          accept=".json,.csv,.txt,application/json,text/csv,text/plain"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setOutcome(null);
            const result = await importFile(db, file, selected, setProgress);
            if (result.ok) await imported();
            setProgress(null);
            setOutcome(result);
            input.value = '';
            if (!result.ok) return;
            // The tabs repaint once the background has compiled the lists again.
            setUpdating(true);
            await changed().finally(() => setUpdating(false));
          }}
        />
      </label>
      <p class="note">
        Terms from a CSV or text file go into {selected ? `“${selected.name}”` : 'a new list'}; a watchlist file brings its own lists, and a MISP
        galaxy cluster or a STIX bundle (such as ATT&amp;CK’s) a list of its own.
      </p>
      {progress && <ImportProgressLine {...progress} />}
      {outcome && (
        <div class={`import-outcome${outcome.ok ? '' : ' failed'}`} role={outcome.ok ? 'status' : 'alert'}>
          <p>{outcome.message}</p>
          {!!outcome.heldBack?.length && (
            <details>
              <summary>Which names</summary>
              <HeldBackList names={outcome.heldBack} />
            </details>
          )}
        </div>
      )}
      {updating && <p class="note">Bringing the terms to your open tabs…</p>}
      <div class="highlight-actions">
        {selected && (
          <>
            <button type="button" onClick={() => void exportAs('json', false)}>
              Export list (JSON)
            </button>
            <button type="button" onClick={() => void exportAs('csv', false)}>
              CSV
            </button>
            <button type="button" onClick={() => void exportAs('txt', false)}>
              Text
            </button>
          </>
        )}
        <button type="button" onClick={() => void exportAs('json', true)}>
          Export all lists
        </button>
      </div>
    </section>
  );
}

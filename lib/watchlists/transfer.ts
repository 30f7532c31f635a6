import type { LensDatabase } from '../db/database';
import type { OnProgress } from '../db/transfer';
import { ImportError } from '../export/import-error';
import { readWatchCsv } from './formats/csv';
import { readWatchlistFile } from './formats/json';
import { isOpenSanctionsHeader, readOpenSanctions } from './formats/opensanctions';
import { readPlainText } from './formats/plain-text';
import { shareWatchlist, type SharedWatchlist } from './formats/shared';
import { csvColumns } from './formats/table';
import { emptyReport, importIntoList, type ImportReport, type IncomingTerm } from './merge';
import { Watchlist } from './schema';
import { createWatchlist, termsOf } from './store';

/** What a file brings: whole lists (our JSON), or terms for the list the reader chose. */
export type WatchImport = { kind: 'lists'; lists: SharedWatchlist[] } | { kind: 'terms'; format: string; terms: IncomingTerm[] };

/**
 * Reads an imported file by its name and contents: our watchlist JSON, OpenSanctions'
 * targets.simple.csv (known by its header), a CSV of terms, or plain text, a slice at a time.
 * Rejects with an ImportError saying where the file is wrong; nothing is written.
 */
export async function readWatchImport(name: string, text: string): Promise<WatchImport> {
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'json') return { kind: 'lists', lists: await readWatchlistFile(text) };
  if (extension === 'csv') {
    if (isOpenSanctionsHeader(csvColumns(text))) return { kind: 'terms', format: 'OpenSanctions', terms: await readOpenSanctions(text) };
    return { kind: 'terms', format: 'CSV', terms: await readWatchCsv(text) };
  }
  if (extension === 'txt') return { kind: 'terms', format: 'text', terms: await readPlainText(text) };
  throw new ImportError('Import a watchlist file (.json), a CSV (.csv, ours or OpenSanctions’ targets.simple.csv) or a text file (.txt).');
}

function addReports(total: ImportReport, part: ImportReport): ImportReport {
  return {
    added: total.added + part.added,
    merged: total.merged + part.merged,
    skipped: [...total.skipped, ...part.skipped],
    heldBack: [...total.heldBack, ...part.heldBack],
  };
}

/**
 * Lists from a shared file: each into the list with its id or name, or a new one. One
 * transaction: a file is taken in whole or not at all.
 */
export function importWatchlists(db: LensDatabase, lists: readonly SharedWatchlist[], onProgress: OnProgress = () => {}): Promise<ImportReport> {
  const total = lists.reduce((sum, list) => sum + list.terms.length, 0);
  return db.transaction('rw', db.watchlists, db.watchTerms, async () => {
    let report = emptyReport();
    let before = 0;
    for (const shared of lists) {
      const all = await db.watchlists.toArray();
      const found = all.find((list) => list.id === shared.id) ?? all.find((list) => list.name === shared.name);
      const list = found ?? (await createWatchlist(db, shared.name, shared));
      const counted: OnProgress = ({ stage, done }) => onProgress({ stage, done: before + done, total });
      report = addReports(report, await importIntoList(db, list.id, shared.terms, counted));
      before += shared.terms.length;
    }
    return report;
  });
}

/** Terms from a file into `into`, or a new list named `newName`: the list is made only if the terms are written. */
export function importTerms(db: LensDatabase, terms: readonly IncomingTerm[], into: Watchlist | { newName: string }, onProgress?: OnProgress): Promise<ImportReport> {
  return db.transaction('rw', db.watchlists, db.watchTerms, async () => {
    const list = 'id' in into ? into : await createWatchlist(db, into.newName);
    return importIntoList(db, list.id, terms, onProgress);
  });
}

/** Lists with their terms, as a file shares them (every list when `ids` is not given). */
export async function exportWatchlists(db: LensDatabase, ids?: readonly string[]): Promise<SharedWatchlist[]> {
  const lists = (await db.watchlists.toArray()).filter((list) => !ids || ids.includes(list.id));
  return Promise.all(lists.map(async (list) => shareWatchlist(Watchlist.parse(list), await termsOf(db, list.id))));
}

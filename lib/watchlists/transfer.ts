import type { LensDatabase } from '../db/database';
import type { OnProgress } from '../scheduling/progress';
import { checkFileSize } from '../checks/guard';
import { ImportError } from '../checks/import-error';
import { readWatchCsv } from './formats/csv';
import type { PassedOverCount } from './formats/intel';
import { WATCHLIST_FIELDS, readWatchlistDocument } from './formats/json';
import { streamJson } from './formats/json-stream';
import { MISP_ARRAY, MISP_FIELDS, MispReader } from './formats/misp';
import { isOpenSanctionsHeader, readOpenSanctions } from './formats/opensanctions';
import { readPlainText } from './formats/plain-text';
import { shareWatchlist, type SharedWatchlist } from './formats/shared';
import { STIX_ARRAY, StixReader } from './formats/stix';
import { csvColumns } from './formats/table';
import { emptyReport, importIntoList, type ImportReport, type IncomingTerm } from './merge';
import { Watchlist } from '../db/watchlists-schema';
import { createWatchlist, termsOf } from './store';

/** A list a file brings: a shared list as it was (its id, colour and switch), or one a MISP cluster or STIX bundle makes, by name. */
export type ImportedList = Omit<SharedWatchlist, 'colour' | 'enabled' | 'terms'> & Partial<Pick<SharedWatchlist, 'colour' | 'enabled'>> & { terms: IncomingTerm[] };

/**
 * What a file brings: whole lists (our JSON, a MISP cluster, a STIX bundle, with what the file
 * held that was passed over), or terms for the list the reader chose (CSV, text).
 */
export type WatchImport =
  | { kind: 'lists'; format: string; lists: ImportedList[]; passedOver: PassedOverCount[] }
  | { kind: 'terms'; format: string; terms: IncomingTerm[] };

const fileStem = (name: string) => name.replace(/\.[^.]+$/, '').trim() || name;

/** Does the file open as a JSON object does (after a byte order mark and white space)? */
const opensAsJson = async (file: Blob) => /^\ufeff?\s*\{/.test(await file.slice(0, 4_096).text());

/**
 * A JSON file, streamed (formats/json-stream.ts), told apart by what its root holds: our
 * watchlist file (`format`), a STIX bundle (`objects`, or `type` "bundle"), a MISP galaxy
 * cluster (`values`). A bundle's and a cluster's items are read as they stream by.
 */
async function readJsonImport(file: File, onProgress: OnProgress): Promise<WatchImport> {
  const stix = new StixReader();
  const misp = new MispReader();
  const streamed = await streamJson(file, {
    fields: [...new Set([...WATCHLIST_FIELDS, ...MISP_FIELDS, 'type'])],
    arrays: [STIX_ARRAY, MISP_ARRAY],
    onItem: (item) => (item.array === STIX_ARRAY ? stix : misp).read(item),
    onProgress: (done, total) => onProgress({ stage: 'reading file', done, total }),
  });
  const { keys, fields } = streamed;
  if (keys.has('format') || keys.has('watchlists')) {
    return { kind: 'lists', format: 'watchlist', lists: await readWatchlistDocument(Object.fromEntries(fields)), passedOver: [] };
  }
  if (keys.has(STIX_ARRAY) && keys.has(MISP_ARRAY)) throw new ImportError('The file holds both a STIX bundle’s “objects” and a MISP cluster’s “values”: it is neither.');
  if (keys.has(STIX_ARRAY) || fields.get('type') === 'bundle') {
    const { passedOver, ...list } = stix.finish(streamed, fileStem(file.name));
    return { kind: 'lists', format: 'STIX', lists: [list], passedOver };
  }
  if (keys.has(MISP_ARRAY)) {
    const { passedOver, ...list } = misp.finish(streamed, fileStem(file.name));
    return { kind: 'lists', format: 'MISP', lists: [list], passedOver };
  }
  if (keys.has('namespace')) throw new ImportError('This is a MISP galaxy, which describes a cluster; the names are in the cluster of the same type (misp-galaxy’s clusters/ folder).');
  throw new ImportError('This JSON file is none of those the watchlists page reads: a watchlist file, a MISP galaxy cluster or a STIX 2.1 bundle.');
}

/**
 * Reads an imported file: a JSON file by what it holds (our watchlist file, a MISP cluster, a
 * STIX bundle: readJsonImport), OpenSanctions' targets.simple.csv (known by its header), a CSV
 * of terms, or plain text, a slice at a time. Rejects with an ImportError saying where the file
 * is wrong; nothing is written.
 */
export async function readWatchImport(file: File, onProgress: OnProgress = () => {}): Promise<WatchImport> {
  checkFileSize(file.size);
  const extension = file.name.toLowerCase().split('.').pop();
  if (extension === 'json' || (await opensAsJson(file))) return readJsonImport(file, onProgress);
  if (extension === 'csv') {
    const text = await file.text();
    if (isOpenSanctionsHeader(csvColumns(text))) return { kind: 'terms', format: 'OpenSanctions', terms: await readOpenSanctions(text) };
    return { kind: 'terms', format: 'CSV', terms: await readWatchCsv(text) };
  }
  if (extension === 'txt') return { kind: 'terms', format: 'text', terms: await readPlainText(await file.text()) };
  throw new ImportError('Import a JSON file (.json: a watchlist file, a MISP galaxy cluster or a STIX 2.1 bundle), a CSV (.csv, ours or OpenSanctions’ targets.simple.csv) or a text file (.txt).');
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
 * Lists from a file (ours, a MISP cluster, a STIX bundle): each into the list with its id or
 * name, or a new one. One transaction: a file is taken in whole or not at all.
 */
export function importWatchlists(db: LensDatabase, lists: readonly ImportedList[], onProgress: OnProgress = () => {}): Promise<ImportReport> {
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

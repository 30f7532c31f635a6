import { Dexie } from 'dexie';
import { inChunks } from '../db/chunks';
import type { LensDatabase } from '../db/database';
import type { OnProgress } from '../scheduling/progress';
import { foldPhrase } from '../text/characters';
import { inSlices, SLICE_BUDGET_MS, yieldToBrowser } from '../scheduling/slices';
import { heldBackNames, type HeldBackName } from './alias-rules';
import { WatchTerm, newWatchTermId, type WatchTermInput } from '../db/watchlists-schema';
import { TERMS_PER_REQUEST, termsOfList } from './store';

/** A term as an import or a paste brings it, before it belongs to a list. */
export type IncomingTerm = Omit<WatchTermInput, 'id' | 'listId' | 'createdAt' | 'updatedAt'> & { id?: string };

export interface SkippedTerm {
  label: string;
  reason: string;
}

/** A name an import brought that is kept but never highlighted, or only as written, with its term's label. */
export type HeldBackInTerm = HeldBackName & { term: string };

/** What an import did, for the reader: counts, and the names kept but not (freely) highlighted. */
export interface ImportReport {
  added: number;
  merged: number;
  skipped: SkippedTerm[];
  heldBack: HeldBackInTerm[];
}

export const emptyReport = (): ImportReport => ({ added: 0, merged: 0, skipped: [], heldBack: [] });

const union = (a: readonly string[], b: readonly string[]) => {
  const seen = new Set(a.map(foldPhrase));
  return [...a, ...b.filter((item) => !seen.has(foldPhrase(item)) && seen.add(foldPhrase(item)))];
};

/** An incoming term folded into one the list has: names and links joined, the reader's note kept. */
function merged(current: WatchTerm, incoming: IncomingTerm, time: string) {
  const label = foldPhrase(current.label);
  return WatchTerm.safeParse({
    ...current,
    aliases: union(current.aliases, [incoming.label, ...(incoming.aliases ?? [])]).filter((alias) => foldPhrase(alias) !== label),
    note: current.note || incoming.note || '',
    links: union(current.links, incoming.links ?? []),
    kind: current.kind ?? incoming.kind,
    sanctions: incoming.sanctions ?? current.sanctions,
    // A newer copy of the file says what it says now; the reader's note and links stay theirs.
    intel: incoming.intel ?? current.intel,
    updatedAt: time,
  });
}

/** A new term of the list; it keeps its id (a shared list's) unless another list has that id. */
function added(incoming: IncomingTerm, listId: string, taken: ReadonlySet<string>, time: string) {
  const id = incoming.id && !taken.has(incoming.id) ? incoming.id : newWatchTermId();
  return WatchTerm.safeParse({ ...incoming, id, listId, createdAt: time, updatedAt: time });
}

/** The id a file gives a term (a sanctions entity, a MISP value, a STIX object), by which it is itself only. */
const fileIdOf = (term: Pick<IncomingTerm, 'sanctions' | 'intel'>): string | undefined =>
  term.sanctions ? `sanctions:${term.sanctions.entityId}` : term.intel ? `${term.intel.format}:${term.intel.id}` : undefined;

/**
 * The terms of a list by id, by the id its file gave it and by label, as an import finds the
 * term an incoming one is: an entity of a sanctions list or an actor of a threat-intelligence
 * file is itself only (namesakes on a sanctions list are different people; MISP's APT28 and
 * ATT&CK's are two records), while a name with no id is the term of that name, when the list
 * has one.
 */
class ListTerms {
  private readonly byId: Map<string, WatchTerm>;
  private readonly byFileId = new Map<string, WatchTerm>();
  private readonly byLabel = new Map<string, WatchTerm[]>();

  constructor(terms: readonly WatchTerm[]) {
    this.byId = new Map(terms.map((term) => [term.id, term]));
    for (const term of terms) this.index(term);
  }

  /** The term `incoming` is, if the list has it. */
  find(incoming: IncomingTerm): WatchTerm | undefined {
    const byId = incoming.id ? this.byId.get(incoming.id) : undefined;
    if (byId) return byId;
    const fileId = fileIdOf(incoming);
    if (fileId) return this.byFileId.get(fileId);
    const named = this.byLabel.get(foldPhrase(incoming.label)) ?? [];
    // A plain name merges into the plain term of that name, or into the one term of that name;
    // among namesakes it cannot tell which, and stays a term of its own.
    return named.find((term) => !fileIdOf(term)) ?? (named.length === 1 ? named[0] : undefined);
  }

  /** A term written: found by its id, entity and label from now on (in place of what it was). */
  set(term: WatchTerm, was?: WatchTerm): void {
    if (was) {
      const label = foldPhrase(was.label);
      const others = this.byLabel.get(label)!.filter((other) => other.id !== was.id);
      if (others.length > 0) this.byLabel.set(label, others);
      else this.byLabel.delete(label);
    }
    this.byId.set(term.id, term);
    this.index(term);
  }

  private index(term: WatchTerm): void {
    const fileId = fileIdOf(term);
    if (fileId) this.byFileId.set(fileId, term);
    const label = foldPhrase(term.label);
    this.byLabel.set(label, [...(this.byLabel.get(label) ?? []), term]);
  }
}

/**
 * Brings terms into a list: a term with the id of one the list has, or its sanctions entity or
 * threat-intelligence record, is merged into it, and so is a term with no such id whose label
 * (folded) is that of one term of the list (ListTerms); the rest are added; one that does not fit the schema is skipped,
 * with why. One transaction: all that is written is written together. The work is cut into
 * slices (lib/scheduling/slices.ts) that keep the transaction open while the page paints
 * (Dexie.waitFor), and the writes into requests of a few hundred terms, so that 20,000 terms
 * never hold the page for long; `onProgress` hears of each.
 */
export async function importIntoList(db: LensDatabase, listId: string, incoming: readonly IncomingTerm[], onProgress: OnProgress = () => {}): Promise<ImportReport> {
  const report = emptyReport();
  const time = new Date().toISOString();
  onProgress({ stage: 'checking terms', done: 0, total: incoming.length });
  const written = new Map<string, WatchTerm>();
  // The names a merged term had before: only names the import brings are reported below.
  const hadNames = new Map<string, Set<string>>();
  await db.transaction('rw', db.watchlists, db.watchTerms, async () => {
    if (!(await db.watchlists.get(listId))) throw new Error('That watchlist no longer exists.');
    const listTerms = new ListTerms(await termsOfList(db, listId));
    const ids = incoming.flatMap((term) => (term.id ? [term.id] : []));
    const elsewhere = (await db.watchTerms.bulkGet(ids)).filter((term) => term && term.listId !== listId);
    const taken = new Set(elsewhere.map((term) => term!.id));
    let checked = 0;
    const pause = () => {
      onProgress({ stage: 'checking terms', done: checked, total: incoming.length });
      return Dexie.waitFor(yieldToBrowser());
    };
    await inSlices(
      incoming,
      (term) => {
        checked++;
        const current = listTerms.find(term);
        const next = current ? merged(current, term, time) : added(term, listId, taken, time);
        if (!next.success) {
          const issue = next.error.issues[0];
          report.skipped.push({ label: term.label, reason: issue ? `${issue.path.join('.') || 'term'}: ${issue.message}` : 'not a valid term' });
          return;
        }
        if (current) {
          report.merged++;
          if (!hadNames.has(current.id)) hadNames.set(current.id, new Set([current.label, ...current.aliases].map(foldPhrase)));
        } else report.added++;
        written.set(next.data.id, next.data);
        listTerms.set(next.data, current);
      },
      SLICE_BUDGET_MS,
      pause,
    );
    const terms = [...written.values()];
    let done = 0;
    for (const chunk of inChunks(terms, TERMS_PER_REQUEST)) {
      onProgress({ stage: 'writing terms', done, total: terms.length });
      await db.watchTerms.bulkPut(chunk);
      done += chunk.length;
    }
  });
  // Once written, and a slice at a time: the names each term brings that are held back.
  await inSlices(written.values(), (term) => {
    const had = hadNames.get(term.id);
    for (const held of heldBackNames(term)) if (!had?.has(foldPhrase(held.name))) report.heldBack.push({ ...held, term: term.label });
  });
  return report;
}

import { inChunks } from '../db/chunks';
import type { LensDatabase } from '../db/database';
import type { OnProgress } from '../db/transfer';
import { foldPhrase } from '../match/characters';
import { unsafeNames } from './alias-rules';
import { WatchTerm, newWatchTermId, type WatchTermInput } from './schema';

/** A term as an import or a paste brings it, before it belongs to a list. */
export type IncomingTerm = Omit<WatchTermInput, 'id' | 'listId' | 'createdAt' | 'updatedAt'> & { id?: string };

export interface SkippedTerm {
  label: string;
  reason: string;
}

/** What an import did, for the reader: counts, and the names kept but not (freely) highlighted. */
export interface ImportReport {
  added: number;
  merged: number;
  skipped: SkippedTerm[];
  /** Names kept in their terms but never highlighted: one letter, or two that are not capitals. */
  notMatched: string[];
  /** Ordinary English words, highlighted only when written exactly as in the list. */
  onlyAsWritten: string[];
}

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
    updatedAt: time,
  });
}

/** A new term of the list; it keeps its id (a shared list's) unless another list has that id. */
function added(incoming: IncomingTerm, listId: string, taken: ReadonlySet<string>, time: string) {
  const id = incoming.id && !taken.has(incoming.id) ? incoming.id : newWatchTermId();
  return WatchTerm.safeParse({ ...incoming, id, listId, createdAt: time, updatedAt: time });
}

/**
 * Brings terms into a list: a term with the id or the label (folded) of one the list has is
 * merged into it; the rest are added; one that does not fit the schema is skipped, with why.
 * One transaction: all that is written is written together, a chunk a request (`onProgress`).
 */
export async function importIntoList(db: LensDatabase, listId: string, incoming: readonly IncomingTerm[], onProgress: OnProgress = () => {}): Promise<ImportReport> {
  const report: ImportReport = { added: 0, merged: 0, skipped: [], notMatched: [], onlyAsWritten: [] };
  const time = new Date().toISOString();
  onProgress({ stage: 'checking terms', done: 0, total: incoming.length });
  await db.transaction('rw', db.watchlists, db.watchTerms, async () => {
    if (!(await db.watchlists.get(listId))) throw new Error('That watchlist no longer exists.');
    const existing = await db.watchTerms.where('listId').equals(listId).toArray();
    const ids = incoming.flatMap((term) => (term.id ? [term.id] : []));
    const elsewhere = (await db.watchTerms.bulkGet(ids)).filter((term) => term && term.listId !== listId);
    const taken = new Set(elsewhere.map((term) => term!.id));
    const byId = new Map(existing.map((term) => [term.id, term]));
    const byLabel = new Map(existing.map((term) => [foldPhrase(term.label), term]));
    // A sanctions entity is one term however its name is spelled this time.
    const byEntity = new Map(existing.flatMap((term) => (term.sanctions ? [[term.sanctions.entityId, term]] : [])));
    const written = new Map<string, WatchTerm>();
    // The names a merged term had before: only names the import brings are reported below.
    const hadNames = new Map<string, Set<string>>();
    for (const term of incoming) {
      const current =
        (term.id ? byId.get(term.id) : undefined) ??
        (term.sanctions ? byEntity.get(term.sanctions.entityId) : undefined) ??
        byLabel.get(foldPhrase(term.label));
      const next = current ? merged(current, term, time) : added(term, listId, taken, time);
      if (!next.success) {
        const issue = next.error.issues[0];
        report.skipped.push({ label: term.label, reason: issue ? `${issue.path.join('.') || 'term'}: ${issue.message}` : 'not a valid term' });
        continue;
      }
      if (current) {
        report.merged++;
        if (!hadNames.has(current.id)) hadNames.set(current.id, new Set([current.label, ...current.aliases].map(foldPhrase)));
      } else report.added++;
      written.set(next.data.id, next.data);
      byId.set(next.data.id, next.data);
      byLabel.set(foldPhrase(next.data.label), next.data);
      if (next.data.sanctions) byEntity.set(next.data.sanctions.entityId, next.data);
    }
    const terms = [...written.values()];
    let done = 0;
    for (const chunk of inChunks(terms)) {
      onProgress({ stage: 'writing terms', done, total: terms.length });
      await db.watchTerms.bulkPut(chunk);
      done += chunk.length;
    }
    for (const term of terms) {
      const unsafe = unsafeNames(term);
      const isNew = (name: string) => !hadNames.get(term.id)?.has(foldPhrase(name));
      report.notMatched.push(...unsafe.tooShort.filter(isNew));
      report.onlyAsWritten.push(...unsafe.asWritten.filter(isNew));
    }
  });
  return report;
}

import { z } from 'zod/mini';
import { buildMatcherTables, termsNamed, type MatcherTables } from '../match/matcher';
import { matchableTerm } from './alias-rules';
import type { WatchTerm } from './schema';

/**
 * The reader's enabled terms, as the background keeps them to tell which of them a page
 * names. It is never sent to a page: a page is sent a matcher of the bundled terms and the
 * few of the reader's terms it names (page-matcher.ts), so that a list of 100,000 costs a
 * page no more than one of ten.
 *
 * Compiling 100,000 terms takes seconds, so a term added, edited or removed since the last
 * compile is found by a small index of the changed terms alone, compiled at once.
 */
export class WatchIndex {
  /** Changed since the compile: the term as it is now, or null when it was removed or switched off. */
  private readonly changes = new Map<string, WatchTerm | null>();
  private changedTables?: MatcherTables;

  constructor(private readonly compiled: MatcherTables) {}

  static of(terms: readonly WatchTerm[]): WatchIndex {
    return new WatchIndex(buildMatcherTables(terms.map(matchableTerm)));
  }

  get tables(): MatcherTables {
    return this.compiled;
  }

  /** The ids changed since the compile, for the cache (watch-matcher.ts) to find again after a restart. */
  get changedIds(): string[] {
    return [...this.changes.keys()];
  }

  change(id: string, term: WatchTerm | null): void {
    this.changes.set(id, term);
    this.changedTables = undefined;
  }

  /** The ids of the terms whose names `text` holds (whole words, in their case). */
  named(text: string): Set<string> {
    const found = new Set<string>();
    for (const id of namedIn(this.compiled, text)) if (!this.changes.has(id)) found.add(id);
    if (this.changes.size > 0) {
      this.changedTables ??= buildMatcherTables([...this.changes.values()].filter((term) => term !== null).map(matchableTerm));
      for (const id of namedIn(this.changedTables, text)) found.add(id);
    }
    return found;
  }
}

function namedIn(tables: MatcherTables, text: string): string[] {
  const named = new Set<number>();
  termsNamed(tables, text, named);
  return [...named].map((index) => tables.termIds[index]!);
}

/** The index as the database keeps it (watchCache), so that a restarted background need not compile. */
export const CachedIndex = z.object({
  key: z.literal('current'),
  /** The lists' revision (utils/watch-state.ts) it answers for. */
  revision: z.string(),
  /** serializeMatcher's bytes of the compiled index. */
  bytes: z.instanceof(ArrayBuffer),
  /** The terms changed since that compile, read again from the database after a restart. */
  changedIds: z.array(z.string()),
});
export type CachedIndex = z.infer<typeof CachedIndex>;

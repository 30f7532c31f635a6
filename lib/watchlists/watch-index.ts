import { z } from 'zod/mini';
import { CaseRule } from '../dictionary/schema';
import { buildMatcherTables, termsNamed, type MatcherTables } from '../match/matcher';
import { matchableTerm } from './alias-rules';
import type { WatchTerm } from './schema';

/** A reader's term as a page's matcher is made of it (its names, as matchableTerm gives them), with its list for the colour. */
export const IndexedTerm = z.object({
  id: z.string(),
  listId: z.string(),
  aliases: z.array(z.object({ text: z.string(), case: CaseRule, plural: z.boolean() })),
});
export type IndexedTerm = z.infer<typeof IndexedTerm>;

export function indexedTerm(term: WatchTerm): IndexedTerm {
  const { id, aliases } = matchableTerm(term);
  return { id, listId: term.listId, aliases: aliases.map(({ text, case: rule, plural }) => ({ text, case: rule, plural })) };
}

/**
 * The reader's enabled terms, as the background keeps them to tell which of them a page
 * names. It is never sent to a page: a page is sent a matcher of the bundled terms and the
 * few of the reader's terms it names (page-matcher.ts), so that a list of 100,000 costs a
 * page no more than one of ten. Each term is kept as the page's matcher needs it (as JSON,
 * read only when a page names it), so that making that matcher reads nothing from the database.
 *
 * Compiling 100,000 terms takes seconds, so a term added, edited or removed since the last
 * compile is found by a small index of the changed terms alone, compiled at once.
 */
export class WatchIndex {
  private readonly compiled: MatcherTables;
  /** JSON of each compiled term's IndexedTerm, by its index in the tables. */
  private readonly terms: readonly string[];
  private byId?: Map<string, number>;
  /** Changed since the compile: the term as it is now, or null when it was removed or switched off. */
  private readonly changes = new Map<string, IndexedTerm | null>();
  private changedTables?: MatcherTables;

  constructor(compiled: MatcherTables, terms: readonly string[]) {
    this.compiled = compiled;
    this.terms = terms;
  }

  static of(terms: readonly WatchTerm[]): WatchIndex {
    const indexed = terms.map(indexedTerm);
    return new WatchIndex(buildMatcherTables(indexed), indexed.map((term) => JSON.stringify(term)));
  }

  get tables(): MatcherTables {
    return this.compiled;
  }

  /** The compiled terms, one JSON a line, for the cache (watch-matcher.ts). */
  get termLines(): string {
    return this.terms.join('\n');
  }

  /** The ids changed since the compile, for the cache to find again after a restart. */
  get changedIds(): string[] {
    return [...this.changes.keys()];
  }

  /** A term added, edited or switched on (the term), or removed or switched off (null). */
  change(id: string, term: IndexedTerm | null): void {
    this.changes.set(id, term);
    this.changedTables = undefined;
  }

  /** The ids of the terms whose names `text` holds (whole words, in their case). */
  named(text: string): Set<string> {
    const found = new Set<string>();
    for (const id of namedIn(this.compiled, text)) if (!this.changes.has(id)) found.add(id);
    if (this.changes.size > 0) {
      this.changedTables ??= buildMatcherTables([...this.changes.values()].filter((term) => term !== null));
      for (const id of namedIn(this.changedTables, text)) found.add(id);
    }
    return found;
  }

  /**
   * A term's place in the order the terms were compiled in, changed ones last: a page's matcher
   * orders its terms so (page-matcher.ts), and two terms with the same name then resolve the
   * same way on every page.
   */
  rank(id: string): number {
    return this.changes.has(id) ? Number.MAX_SAFE_INTEGER : (this.position(id) ?? Number.MAX_SAFE_INTEGER);
  }

  private position(id: string): number | undefined {
    this.byId ??= new Map(this.compiled.termIds.map((termId, index) => [termId, index]));
    return this.byId.get(id);
  }

  /** One term as the index holds it; undefined when unknown, removed or damaged. */
  term(id: string): IndexedTerm | undefined {
    if (this.changes.has(id)) return this.changes.get(id) ?? undefined;
    const index = this.position(id);
    if (index === undefined) return undefined;
    const parsed = IndexedTerm.safeParse(parseJson(this.terms[index]!));
    return parsed.success ? parsed.data : undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
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
  /** WatchIndex.termLines. */
  terms: z.string(),
  /** The terms changed since that compile, read again from the database after a restart. */
  changedIds: z.array(z.string()),
});
export type CachedIndex = z.infer<typeof CachedIndex>;

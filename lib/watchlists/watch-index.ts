import { z } from 'zod/mini';
import { CaseRule, type Dictionary } from '../dictionary/schema';
import { buildMatcherTables, termsNamed, type MatcherShape, type MatcherTables } from '../match/matcher';
import { MatcherCutter } from '../match/pruned';
import { matchableTerm } from './alias-rules';
import type { WatchTerm } from '../db/watchlists-schema';

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
 * The bundled terms and the reader's enabled terms, compiled into one matcher, as the
 * background keeps them to tell which of the reader's terms a page names, and to cut that
 * page's matcher out of it (pageTables). It is never sent to a page: a page is sent a matcher
 * of the bundled terms and the few of the reader's terms it names (page-matcher.ts), so that a
 * list of 100,000 costs a page no more than one of ten. Each reader's term is kept as JSON too,
 * read only when it must be compiled again (below), and with its list, for its colour.
 *
 * Compiling 100,000 terms takes seconds, so a term added, edited or removed since the last
 * compile is found by a small index of the changed terms alone, compiled at once; a page that
 * names one has its matcher compiled of the terms it names.
 */
export class WatchIndex {
  private readonly compiled: MatcherTables;
  private readonly cutter: MatcherCutter;
  private readonly dictionary: Dictionary;
  /** JSON of each compiled reader's term's IndexedTerm, and its list, by its index in the tables less the bundled terms. */
  private readonly terms: readonly string[];
  private readonly lists: readonly string[];
  private byId?: Map<string, number>;
  /** Changed since the compile: the term as it is now, or null when it was removed or switched off. */
  private readonly changes = new Map<string, IndexedTerm | null>();
  private changedTables?: MatcherTables;

  /** `compiled`: the dictionary's terms, then the reader's terms of `terms` and `lists`, in that order. */
  constructor(dictionary: Dictionary, compiled: MatcherTables, terms: readonly string[], lists: readonly string[]) {
    this.dictionary = dictionary;
    this.compiled = compiled;
    this.cutter = new MatcherCutter(compiled);
    this.terms = terms;
    this.lists = lists;
  }

  static of(dictionary: Dictionary, terms: readonly WatchTerm[]): WatchIndex {
    const indexed = terms.map(indexedTerm);
    const tables = buildMatcherTables([...dictionary.terms, ...indexed]);
    return new WatchIndex(dictionary, tables, indexed.map((term) => JSON.stringify(term)), indexed.map((term) => term.listId));
  }

  get tables(): MatcherTables {
    return this.compiled;
  }

  /** The compiled reader's terms, one JSON a line, and their lists, one a line, for the cache (watch-matcher.ts). */
  get termLines(): string {
    return this.terms.join('\n');
  }

  get listLines(): string {
    return this.lists.join('\n');
  }

  /** The ids changed since the compile, for the cache to find again after a restart. */
  get changedIds(): string[] {
    return [...this.changes.keys()];
  }

  private get bundled(): number {
    return this.dictionary.terms.length;
  }

  /** A term added, edited or switched on (the term), or removed or switched off (null). */
  change(id: string, term: IndexedTerm | null): void {
    this.changes.set(id, term);
    this.changedTables = undefined;
  }

  /** The ids of the reader's terms whose names `text` holds (whole words, in their case). */
  named(text: string): Set<string> {
    const found = new Set<string>();
    for (const index of namedIn(this.compiled, text)) {
      const id = this.compiled.termIds[index]!;
      if (index >= this.bundled && !this.changes.has(id)) found.add(id);
    }
    if (this.changes.size > 0) {
      this.changedTables ??= buildMatcherTables([...this.changes.values()].filter((term) => term !== null));
      for (const index of namedIn(this.changedTables, text)) found.add(this.changedTables.termIds[index]!);
    }
    return found;
  }

  /**
   * A page's matcher: the bundled terms and these of the reader's (those still in an enabled
   * list), in the order they were compiled in, changed ones last. Two terms with one name then
   * resolve the same way on every page, whatever the page named first.
   */
  pageTables(ids: ReadonlySet<string>): MatcherShape {
    const { termIds } = this.compiled;
    if (![...ids].some((id) => this.changes.get(id))) {
      return this.cutter.cut((index) => index < this.bundled || (ids.has(termIds[index]!) && !this.changes.has(termIds[index]!)));
    }
    const changed = new Map([...this.changes.keys()].map((id, at) => [id, this.terms.length + at]));
    const rank = (id: string) => changed.get(id) ?? this.position(id) ?? Number.MAX_SAFE_INTEGER;
    const terms = [...ids].sort((a, b) => rank(a) - rank(b)).flatMap((id) => this.term(id) ?? []);
    return buildMatcherTables([...this.dictionary.terms, ...terms]);
  }

  /** The list of one of the reader's terms; undefined when unknown or removed. */
  listOf(id: string): string | undefined {
    if (this.changes.has(id)) return this.changes.get(id)?.listId;
    const index = this.position(id);
    return index === undefined ? undefined : this.lists[index];
  }

  /** Where a compiled reader's term is among the reader's terms. */
  private position(id: string): number | undefined {
    this.byId ??= new Map(this.compiled.termIds.slice(this.bundled).map((termId, index) => [termId, index]));
    return this.byId.get(id);
  }

  /** One of the reader's terms as the index holds it; undefined when unknown, removed or damaged. */
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

function namedIn(tables: MatcherTables, text: string): Set<number> {
  const named = new Set<number>();
  termsNamed(tables, text, named);
  return named;
}

/** A fingerprint of a dictionary's terms (FNV-1a of their JSON): a cached index of other terms is compiled again. */
export function dictionaryStamp(dictionary: Dictionary): string {
  const json = JSON.stringify(dictionary.terms);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193);
  return `${json.length}:${(hash >>> 0).toString(16)}`;
}

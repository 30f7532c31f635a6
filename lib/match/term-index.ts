import { deserializeMatcher, fromBase64 } from './compiled';
import type { MatcherTables } from './matcher';
import type { Pack } from '../dictionary/schema';

/**
 * What a page needs of the bundled dictionary, made when the extension is built
 * (term-index-source.ts, through build/bundled-terms-plugin.ts): its matcher compiled into
 * bytes (lib/match/compiled.ts) and each term's pack (the reader's switches), by the term's
 * place in the matcher's term ids. No summary, link or attribution: those are the card's,
 * loaded with it.
 */
export interface TermIndexSource {
  /** serializeMatcher's bytes, in base64. */
  matcher: string;
  /** Each term's pack, as one character: its place in `packNames`, from '0'. */
  packs: string;
  packNames: readonly Pack[];
}

/** The first character code of the one-character numbers in `packs`. */
export const CODE_BASE = 48;

/** The bundled terms as a page reads them: the matcher's tables, and each term's pack by id. */
export class TermIndex {
  readonly tables: MatcherTables;
  private readonly source: TermIndexSource;
  private places?: Map<string, number>;

  // No parameter properties: the benchmark runs lib/ under Node's type stripping.
  constructor(source: TermIndexSource) {
    this.source = source;
    this.tables = deserializeMatcher(fromBase64(source.matcher));
  }

  get termIds(): readonly string[] {
    return this.tables.termIds;
  }

  /** A bundled term's pack; undefined for the reader's own terms. */
  packOf(termId: string): Pack | undefined {
    const place = this.placeOf(termId);
    return place === undefined ? undefined : this.source.packNames[this.source.packs.charCodeAt(place) - CODE_BASE];
  }

  /** Made when first asked (by the reader, never by the first look). */
  private placeOf(termId: string): number | undefined {
    this.places ??= new Map(this.tables.termIds.map((id, place) => [id, place]));
    return this.places.get(termId);
  }
}

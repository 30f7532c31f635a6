import detectorSource from 'virtual:sst-term-detector';
import { deserializeMatcher, fromBase64 } from '../../../lib/match/compiled';
import type { MatcherTables } from '../../../lib/match/matcher';
import type { GetPageMatcher, NameWatchTerms } from '../../../lib/messages';
import type { PageMatcher } from '../../../lib/watchlists/page-matcher-reply';
import type { TermDetector } from '../../../lib/page/first-term';
import { isWholePart } from '../../../lib/page/text-parts';
import { WATCH_TERM_ID } from '../../../lib/dictionary/watch-term-id';
import { readPageMatcherReply } from '../../../lib/watchlists/lean-read';
import { extensionApi } from '../../../utils/extension-api';

/**
 * What the page matches with: the tables of one matcher (the bundled terms, and those of the
 * reader's terms the page names), which term is painted in which list colour, and which
 * bundled and reader's terms are one (a shared name).
 */
export interface MatcherSource {
  tables: MatcherTables;
  /** The colour slot of a term, or -1 for the bundled style. */
  slotOf(termId: string): number;
  /** The other half of a term shared by the dictionary and a list, if any. */
  companionsOf(termId: string): readonly string[];
  /** The reader's terms it holds: the background need not name them again. */
  readersTerms: readonly string[];
}

let detector: TermDetector | undefined;
/** The bundled terms' detector (lib/page/first-term.ts), as the build compiled it. */
export const bundledDetector = (): TermDetector => (detector ??= new Uint32Array(fromBase64(detectorSource)));

/** The background's matcher for this page, loaded as it is (never compiled here). */
function loadPageMatcher({ matcher, slots, companions }: PageMatcher): MatcherSource {
  const tables = deserializeMatcher(fromBase64(matcher));
  const slotOf = new Map<string, number>();
  tables.termIds.forEach((id, index) => slots[index]! >= 0 && slotOf.set(id, slots[index]!));
  const companionsOf = new Map<string, string[]>();
  for (const [bundled, own] of companions) {
    companionsOf.set(bundled, [...(companionsOf.get(bundled) ?? []), own]);
    companionsOf.set(own, [...(companionsOf.get(own) ?? []), bundled]);
  }
  return {
    tables,
    slotOf: (id) => slotOf.get(id) ?? -1,
    companionsOf: (id) => companionsOf.get(id) ?? [],
    readersTerms: tables.termIds.filter((id) => WATCH_TERM_ID.test(id)),
  };
}

/** What the background answers about a reading. */
export interface ReadingAnswer {
  /** The page's matcher; null when the text named none of the reader's terms beyond those known. */
  source: MatcherSource | null;
  /** Whether the reader saved passages of the page (asked with its address). */
  saved: boolean;
}

/** A reading's id: random (crypto.randomUUID needs a secure page, and a page may be http). */
const readingId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * One reading of a page's text, for the reader's terms it names: the text goes to the
 * background a part at a time, as the page is read (the background looks through one part
 * while the page reads the next), and the page then asks for its matcher at once, without
 * waiting for the parts' answers. The last part goes with that question: a page of one part
 * (most articles) sends one message, not two. The page sends its text and never receives the
 * lists: 100,000 terms cost it what ten do.
 */
export class NamedTerms {
  private readonly reading = readingId();
  /** The latest part shorter than a whole one (the last, as a rule), sent with the question. */
  private held?: string;
  private sent = false;

  add(text: string): void {
    if (!text) return;
    if (this.held !== undefined) this.send(this.held);
    this.held = undefined;
    // A whole part goes at once, for the background to name while the page reads on.
    if (isWholePart(text)) this.send(text);
    else this.held = text;
    this.sent = true;
  }

  private send(text: string): void {
    const request: NameWatchTerms = { type: 'nameWatchTerms', text, reading: this.reading };
    extensionApi.runtime.sendMessage(request).catch(warn);
  }

  /**
   * The page's matcher: the bundled terms, the reader's terms it has (`known`) and those the
   * text named; null when the text named none beyond `known` (or none was read).
   */
  async matcher(known: readonly string[]): Promise<MatcherSource | null> {
    return (await this.answer(known)).source;
  }

  /**
   * The page's matcher (as `matcher`), and with `url`, whether the reader saved passages of
   * that page: one question for a page with no bundled term, where the first look needs both.
   */
  async answer(known: readonly string[], url?: string): Promise<ReadingAnswer> {
    if (!this.sent && url === undefined) return { source: null, saved: false };
    const request: GetPageMatcher = {
      type: 'getPageMatcher',
      known: [...known],
      reading: this.reading,
      ...(this.held !== undefined && { text: this.held }),
      ...(url !== undefined && { url }),
    };
    this.held = undefined;
    try {
      const { matcher, saved = false } = readPageMatcherReply(await extensionApi.runtime.sendMessage(request));
      return { source: matcher && loadPageMatcher(matcher), saved };
    } catch (error) {
      warn(error);
      return { source: null, saved: false };
    }
  }
}

const warn = (error: unknown) => console.warn('State Security Lens: your watchlists could not be matched on this page', error);

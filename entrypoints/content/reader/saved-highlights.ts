import { describeQuote } from '../../../lib/anchoring/selectors';
import { offsetOf, readPageText } from '../../../lib/anchoring/page-text';
import { anchorQuote } from '../../../lib/anchoring/text-quote';
import { parseToSave } from '../../../lib/checks/problems';
import { LIMITS, NewHighlight, type SavedHighlight } from '../../../lib/db/schema';
import { PageHighlights, SaveOutcome, type PageHighlightsRequest, type SaveHighlightRequest } from '../../../lib/messages';
import type { PaintLayer } from '../../../lib/page/highlights';
import { locate, type TextBlock } from '../../../lib/page/text-blocks';
import { SAVE_INTERRUPTED } from '../../../lib/save-errors';
import { normalizeUrl } from '../../../lib/url';

interface Entry {
  highlight: SavedHighlight;
  /** Where it was found on the page now, or null when the passage is gone. */
  range: Range | null;
}

/** Start and end offsets with the white space at either edge left out. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Sends a save to the background, and once more when no answer came back (the background was
 * stopped mid-save): the request's id makes the second try safe, it never stores a copy.
 */
async function requestSave(request: SaveHighlightRequest): Promise<SavedHighlight> {
  for (let attempt = 1; ; attempt++) {
    const answer: unknown = await browser.runtime.sendMessage(request).catch(() => undefined);
    const outcome = SaveOutcome.safeParse(answer);
    if (outcome.success) {
      if ('error' in outcome.data) throw new Error(outcome.data.error);
      return outcome.data.saved;
    }
    if (attempt === 2) throw new Error(SAVE_INTERRUPTED);
  }
}

/**
 * The reader's saved highlights on this page: fetched from the background (which owns the
 * database), found again by their quote and context, and painted in their own style.
 */
export class SavedHighlights {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly layer: PaintLayer) {}

  private get url(): string {
    return normalizeUrl(location.href);
  }

  /** Fetches the page's highlights and finds each one in the page as it is now. */
  async load(): Promise<void> {
    const request: PageHighlightsRequest = { type: 'getPageHighlights', url: this.url };
    const highlights = PageHighlights.parse(await browser.runtime.sendMessage(request));
    this.entries.clear();
    // Most pages hold no saved highlight: they do not pay for reading the whole text again.
    if (highlights.length > 0) this.anchor(highlights);
    this.layer.set(this.ranges());
  }

  private anchor(highlights: SavedHighlight[]): void {
    const page = readPageText(document.body);
    for (const highlight of highlights) {
      const anchor = anchorQuote(page.text, highlight.quote, highlight.position);
      const range = anchor ? locate(page, anchor.start, anchor.end).range : null;
      this.entries.set(highlight.id, { highlight, range });
    }
  }

  /** Forgets and unpaints them (the extension paused on this page). */
  clear(): void {
    this.entries.clear();
    this.layer.set([]);
  }

  /** Saves the text of `range` (trimmed of white space), with its term and a note. */
  async save(range: Range, termId: string | undefined, note: string): Promise<SavedHighlight> {
    const page = readPageText(document.body);
    const [start, end] = trimmed(
      page.text,
      offsetOf(page, range.startContainer, range.startOffset),
      offsetOf(page, range.endContainer, range.endOffset),
    );
    if (start < 0 || end <= start) throw new Error('Select some text of the page to save it.');
    // Over a limit, the reader is told why here, before anything is sent (the limits of import).
    const highlight = parseToSave(NewHighlight, {
      url: this.url,
      // A page's title is the page's to make as long as it likes; the passage is what counts.
      pageTitle: document.title.slice(0, LIMITS.title),
      termId,
      note,
      tags: [],
      ...describeQuote(page.text, start, end),
    });
    const request: SaveHighlightRequest = { type: 'saveHighlight', id: crypto.randomUUID(), highlight };
    const saved = await requestSave(request);
    this.remember(saved, page, start, end);
    return saved;
  }

  /** Has this exact passage been saved? */
  isSaved(range: Range): boolean {
    return this.ranges().some(
      (saved) =>
        saved.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
        saved.compareBoundaryPoints(Range.END_TO_END, range) === 0,
    );
  }

  /** The ids of highlights that could not be found on the page. */
  missing(): string[] {
    return [...this.entries.values()].filter((entry) => !entry.range).map((entry) => entry.highlight.id);
  }

  rangeOf(id: string): Range | null {
    return this.entries.get(id)?.range ?? null;
  }

  private remember(highlight: SavedHighlight, page: TextBlock, start: number, end: number): void {
    const { range } = locate(page, start, end);
    this.entries.set(highlight.id, { highlight, range });
    // Painted from the entries, not added: a load answered meanwhile may hold this one already.
    this.layer.set(this.ranges());
  }

  private ranges(): Range[] {
    return [...this.entries.values()].flatMap((entry) => entry.range ?? []);
  }
}

/** The most text of a page the background is asked to look through (a hostile page can hold far more). */
export const PAGE_TEXT_LIMIT = 8_000_000;

/** How much text is handed over at a time (for the background to read while the page reads on). */
const PART_CHARS = 128 * 1024;

/** Is this text a whole part, not the last of a page (which is shorter)? */
export const isWholePart = (text: string): boolean => text.length + 1 >= PART_CHARS;

/**
 * A page's text handed over a part at a time as it is read, one block a line, up to
 * PAGE_TEXT_LIMIT characters in all.
 */
export class TextParts {
  private part: string[] = [];
  private partLength = 0;
  private total = 0;

  constructor(private readonly onText: (text: string) => void) {}

  add(blockText: string): void {
    const text = blockText.slice(0, Math.max(0, PAGE_TEXT_LIMIT - this.total));
    if (!text) return;
    this.part.push(text);
    this.partLength += text.length + 1;
    this.total += text.length + 1;
    if (this.partLength >= PART_CHARS) this.end();
  }

  /** Hands over what is left. */
  end(): void {
    if (this.part.length > 0) this.onText(this.part.join('\n'));
    this.part = [];
    this.partLength = 0;
  }
}

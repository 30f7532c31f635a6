import { TokenParser, Tokenizer, TokenizerError, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { checkFileSize } from '../../checks/guard';
import { ImportError } from '../../checks/import-error';
import { SLICE_BUDGET_MS, yieldToBrowser } from '../../scheduling/slices';

/** An item of one of the root object's arrays (`objects[12]`), handed over as soon as it is read. */
export interface JsonItem {
  array: string;
  index: number;
  value: unknown;
}

export interface JsonStreamParts {
  /** Root fields read whole: small ones (a bundle's `type`, a cluster's `name`). */
  fields: readonly string[];
  /** Root arrays whose items are handed to `onItem` one at a time and never held together. */
  arrays: readonly string[];
  /** May throw (an ImportError) to refuse the file; reading stops there. */
  onItem(item: JsonItem): void;
  onProgress?(bytesRead: number, bytesTotal: number): void;
}

/** What was read of the root object besides its arrays' items. */
export interface StreamedJson {
  /** Every key of the root object, in the file's order. */
  keys: Set<string>;
  /** The root fields asked for, each read whole. */
  fields: Map<string, unknown>;
}

/**
 * Bytes handed to the parser at a time. @streamparser/json reads 60-70 MB a second in V8 (a
 * byte at a time) once compiled, so a piece is a tenth of a millisecond; the first pieces, read
 * before V8 has compiled the parser, take a few milliseconds each (32 KB pieces took 20-30 ms
 * then). A slice ends close to its budget whatever the file holds.
 */
const PIECE_BYTES = 8 * 1024;

const LINE_FEED = 0x0a;

function isAscii(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length; at++) if (bytes[at]! >= 0x80) return false;
  return true;
}

/** Code units made into a string at once (String.fromCharCode's arguments). */
const CODE_UNITS_AT_ONCE = 4_096;

/**
 * A token's text, built as @streamparser/json's own builder is (its `StringBuilder`,
 * utils/bufferedString.ts: whole characters appended, UTF-8 that is not valid refused) but in
 * JavaScript's own strings. Its builder makes every string with TextDecoder, and in Chromium each
 * is then a string the browser owns and V8 only points at: the 1.5 million of a 44 MB ATT&CK
 * bundle made V8's major collections on the watchlists page take 55-90 ms (weak handles and the
 * external string table), against 6-11 ms with this one. Text with no byte over 0x7f (nearly
 * all of it) is made with String.fromCharCode; the rest still goes through TextDecoder.
 */
export class HeapString {
  private parts: string[] = [];
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  byteLength = 0;

  appendChar(char: number): void {
    this.parts.push(String.fromCharCode(char));
    this.byteLength += 1;
  }

  appendBuf(bytes: Uint8Array, start = 0, end = bytes.length): void {
    const span = bytes.subarray(start, end);
    if (isAscii(span)) {
      for (let at = 0; at < span.length; at += CODE_UNITS_AT_ONCE) this.parts.push(String.fromCharCode(...span.subarray(at, at + CODE_UNITS_AT_ONCE)));
    } else this.parts.push(this.decoder.decode(span));
    this.byteLength += end - start;
  }

  /** A UTF-16 code unit as it is: an escaped surrogate (`\ud83d`) has no UTF-8 of its own. */
  appendCharCode(code: number): void {
    this.parts.push(String.fromCharCode(code));
  }

  reset(): void {
    this.parts = [];
    this.byteLength = 0;
  }

  toString(): string {
    const text = this.parts.join('');
    this.parts = [text];
    return text;
  }
}

/** @streamparser/json's tokenizer with its text built by HeapString. */
class HeapStringTokenizer extends Tokenizer {
  constructor() {
    super();
    // Its builder is the private `bufferedString` of @streamparser/json 0.0.26 (src/tokenizer.ts);
    // tests/unit/intel-formats.test.ts checks that the tokenizer still builds its text with it.
    Object.assign(this, { bufferedString: new HeapString() });
  }
}

/**
 * Where a byte of the file is, as an editor shows it (line and column), for a message. Only the
 * piece being read is kept: lines are counted as pieces go by.
 */
class Lines {
  private line = 1;
  private lineStart = 0;
  private piece: Uint8Array = new Uint8Array();
  private pieceStart = 0;

  /** `piece` is about to be read, starting at byte `start`; the one before it is counted. */
  next(piece: Uint8Array, start: number): void {
    for (let at = this.piece.indexOf(LINE_FEED); at >= 0; at = this.piece.indexOf(LINE_FEED, at + 1)) {
      this.line++;
      this.lineStart = this.pieceStart + at + 1;
    }
    this.piece = piece;
    this.pieceStart = start;
  }

  /** "line 12, column 5" (in characters), or the byte when it is not in the piece being read. */
  of(position: number): string {
    const offset = position - this.pieceStart;
    if (offset < 0 || offset > this.piece.length) return `byte ${(position + 1).toLocaleString('en')}`;
    let { line, lineStart } = this;
    for (let at = this.piece.indexOf(LINE_FEED); at >= 0 && at < offset; at = this.piece.indexOf(LINE_FEED, at + 1)) {
      line++;
      lineStart = this.pieceStart + at + 1;
    }
    // A line that began in an earlier piece (a minified file is one line) is measured in bytes.
    const column =
      lineStart >= this.pieceStart ? [...new TextDecoder().decode(this.piece.subarray(lineStart - this.pieceStart, offset))].length + 1 : position - lineStart + 1;
    return `line ${line.toLocaleString('en')}, column ${column.toLocaleString('en')}`;
  }

  /** The character that starts at `position`, if it is in the piece being read. */
  characterAt(position: number): string | undefined {
    const offset = position - this.pieceStart;
    if (offset < 0 || offset >= this.piece.length) return undefined;
    return [...new TextDecoder().decode(this.piece.subarray(offset, offset + 4))][0];
  }
}

const PUNCTUATION: Partial<Record<TokenType, string>> = {
  [TokenType.LEFT_BRACE]: '{',
  [TokenType.RIGHT_BRACE]: '}',
  [TokenType.LEFT_BRACKET]: '[',
  [TokenType.RIGHT_BRACKET]: ']',
  [TokenType.COLON]: ':',
  [TokenType.COMMA]: ',',
};

/** A token, as a reader would look for it in the file. */
function tokenText({ token, value }: ParsedTokenInfo): string {
  if (token === TokenType.STRING) {
    const text = String(value);
    return `the text “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
  }
  return `“${PUNCTUATION[token] ?? String(value)}”`;
}

const TRUNCATED = 'The file ends before its JSON does (is it complete?).';

/**
 * Reads a JSON file whose root is an object from its stream of bytes, a slice at a time
 * (lib/scheduling/slices.ts): the items of the root's `arrays` are handed to `onItem` one by one as
 * they are read, and the root `fields` asked for are returned. A 40 MB STIX bundle is never
 * held whole, as text or parsed, and never holds the page for long. JSON that is not valid
 * refuses the file, saying where ("line 12, column 5").
 */
export async function streamJson(file: Blob, parts: JsonStreamParts): Promise<StreamedJson> {
  checkFileSize(file.size);
  const tokenizer = new HeapStringTokenizer();
  const parser = new TokenParser({ paths: [...parts.fields.map((field) => `$.${field}`), ...parts.arrays.map((array) => `$.${array}.*`)], keepStack: false });
  const lines = new Lines();
  const keys = new Set<string>();
  const fields = new Map<string, unknown>();
  const items: JsonItem[] = [];
  let failure: Error | undefined;
  let last: ParsedTokenInfo | undefined;
  let depth = 0;
  let keyNext = false;

  tokenizer.onToken = (info) => {
    // The token that went wrong stays the last one, for the message.
    if (failure) return;
    if (!last && info.token !== TokenType.LEFT_BRACE) throw new ImportError(`The file is JSON, but its ${tokenText(info)} is not the “{” that opens the files the watchlists page reads.`);
    last = info;
    if (depth === 1 && keyNext && info.token === TokenType.STRING) keys.add(String(info.value));
    if (info.token === TokenType.LEFT_BRACE || info.token === TokenType.LEFT_BRACKET) depth++;
    if (info.token === TokenType.RIGHT_BRACE || info.token === TokenType.RIGHT_BRACKET) depth--;
    keyNext = depth === 1 && (info.token === TokenType.LEFT_BRACE || info.token === TokenType.COMMA);
    parser.write(info);
  };
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) fields.set(String(key), value);
    else items.push({ array: String(stack[1]!.key), index: Number(key), value });
  };
  parser.onEnd = () => {
    if (!tokenizer.isEnded) tokenizer.end();
  };
  tokenizer.onError = parser.onError = (error) => {
    failure ??= error;
  };

  /** The reader's words for what went wrong, and where. */
  const refusal = (error: Error): ImportError => {
    if (error instanceof ImportError) return error;
    const position = error instanceof TokenizerError ? Number(/absolute position "(\d+)"/.exec(error.message)?.[1]) : last?.offset;
    if (position === undefined || Number.isNaN(position)) return new ImportError(`The file is not valid JSON: ${error.message}`);
    const what = error instanceof TokenizerError ? `“${lines.characterAt(position) ?? '?'}”` : tokenText(last!);
    return new ImportError(`The file is not valid JSON at ${lines.of(position)}: ${what} is not expected there.`);
  };

  const reader = file.stream().getReader();
  let read = 0;
  let finished = false;
  try {
    let sliceStart = performance.now();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      for (let start = 0; start < chunk.length; start += PIECE_BYTES) {
        const piece = chunk.subarray(start, start + PIECE_BYTES);
        lines.next(piece, read);
        tokenizer.write(piece);
        read += piece.length;
        // Items read before a syntax error are still handed over: an item's own problem is named first.
        for (const item of items.splice(0)) parts.onItem(item);
        if (failure) throw refusal(failure);
        if (performance.now() - sliceStart > SLICE_BUDGET_MS) {
          parts.onProgress?.(read, file.size);
          await yieldToBrowser();
          sliceStart = performance.now();
        }
      }
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  if (!last) throw new ImportError('The file is empty.');
  if (!parser.isEnded) throw new ImportError(TRUNCATED);
  parts.onProgress?.(read, file.size);
  return { keys, fields };
}

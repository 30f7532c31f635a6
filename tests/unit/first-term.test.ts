// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { detectorSource } from '../../lib/match/term-index-source';
import { fromBase64 } from '../../lib/match/compiled';
import { buildMatcherTables, matcherFromTables } from '../../lib/match/matcher';
import { holdsTerm, readArticle } from '../../lib/page/first-term';
import { isWordAt } from '../../lib/text/characters';
import { isSkippedByMarkup } from '../../lib/page/skip-rules';
import { textBlocks } from '../../lib/page/text-blocks';
import { isWholePart, TextParts } from '../../lib/page/text-parts';
import { WalkAhead } from '../../lib/page/walk-ahead';
import { PAGE_TEXT_LIMIT } from '../../lib/page/text-parts';

const bundled = matcherFromTables(buildMatcherTables(bundledDictionary.terms));
/** The first look's detector, as the build makes it. */
const detector = new Uint32Array(fromBase64(detectorSource(bundledDictionary)));
/** About 280 KB of prose that names no bundled term: three parts of text. */
const quiet = Array.from({ length: 2000 }, (_, n) => `<p>Paragraph ${n} of a long report on harbour cranes and the weather in the north.</p>`).join('');
const blockTexts = () => [...textBlocks(document.body, isSkippedByMarkup)].map((block) => block.text);

/** What a reading handed over, part by part. */
function collect(): { parts: string[]; onText: (text: string) => void } {
  const parts: string[] = [];
  return { parts, onText: (text) => parts.push(text) };
}

beforeEach(() => {
  document.body.innerHTML = quiet;
});

// happy-dom lays nothing out, so every element would read as shrunk to nothing (hidden): here
// each has a size, as on a page a reader sees.
const sizes = ['offsetWidth', 'offsetHeight'].map((name) => ({ name, own: Object.getOwnPropertyDescriptor(HTMLElement.prototype, name) }));
beforeAll(() => sizes.forEach(({ name }) => Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => 100 })));
afterAll(() => sizes.forEach(({ name, own }) => (own ? Object.defineProperty(HTMLElement.prototype, name, own) : Reflect.deleteProperty(HTMLElement.prototype, name))));

describe('the first look with the reader’s lists on', () => {
  it('hands a page with no bundled term over whole, a part at a time, one block a line', async () => {
    const { parts, onText } = collect();
    expect(await readArticle(document.body, onText, detector)).toBe(false);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('\n')).toBe(blockTexts().join('\n'));
  });

  it('stops at the first bundled term and hands over nothing more, since the reader reads that page', async () => {
    document.body.innerHTML = `<p>The MSS said so.</p>${quiet}`;
    const { parts, onText } = collect();
    expect(await readArticle(document.body, onText, detector)).toBe(true);
    expect(parts).toEqual([]);
  });

  it('hands over the parts it filled before a late term, and none after', async () => {
    document.body.innerHTML = `${quiet}<p>Hikvision cameras.</p>${quiet}`;
    const { parts, onText } = collect();
    expect(await readArticle(document.body, onText, detector)).toBe(true);
    const before = blockTexts().slice(0, 2000).join('\n');
    expect(parts.length).toBeGreaterThan(0);
    expect(before.startsWith(parts.join('\n'))).toBe(true);
    expect(parts.join('\n')).not.toContain('Hikvision');
  });
});

describe('text handed over a part at a time', () => {
  it('keeps to the page text limit', () => {
    const { parts, onText } = collect();
    const text = new TextParts(onText);
    const block = 'x'.repeat(1_000_000);
    for (let i = 0; i < 10; i++) text.add(block);
    text.end();
    expect(parts.join('\n').length).toBeLessThanOrEqual(PAGE_TEXT_LIMIT);
    expect(parts.join('\n').length).toBeGreaterThan(PAGE_TEXT_LIMIT - block.length);
  });

  it('tells a whole part from the last one, which is shorter', () => {
    const { parts, onText } = collect();
    const text = new TextParts(onText);
    // Blocks of 1,000 characters: whole parts, then what is left.
    for (let i = 0; i < 300; i++) text.add(String(i % 10).repeat(999));
    text.end();
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map(isWholePart)).toEqual([...parts.slice(0, -1).map(() => true), false]);
  });
});

describe('the reader’s walk naming the page as it goes', () => {
  it('hands over the text of every block it walks, then says it is done', async () => {
    const { parts, onText } = collect();
    const walk = new WalkAhead(document.body, { onText, rule: isSkippedByMarkup });
    await walk.walked;
    expect(parts.join('\n')).toBe(blockTexts().join('\n'));
    expect([...walk.take()!].map((block) => block.text)).toEqual(blockTexts());
  });
});

// Article markup: words and the dictionary's names (whole, plural, possessive, split across
// inline elements inside their last word, glued to the block before with no space), inline elements, and whole blocks
// of chrome, code or hidden text. A name is never split by text the reader's read skips (a
// button inside a name): see holdsTerm.
const names = bundledDictionary.terms.flatMap((term) => term.aliases.map((alias) => alias.text));
const name = fc.tuple(fc.constantFrom(...names), fc.constantFrom('', '', 's', '’s', "'s"), fc.nat()).map(([text, ending, cut]) => {
  const whole = text + ending;
  // One name in three split in two inline elements, inside its last word (see NameKeyScan).
  if (cut % 3 !== 0) return whole;
  const lastWord = whole.search(/[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u);
  const at = lastWord + 1 + (cut % Math.max(1, whole.length - lastWord - 1));
  return `<a href="#">${whole.slice(0, at)}</a><b>${whole.slice(at)}</b>`;
});
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('the', 'said', 'cameras', 'consortium', 'national', 'ministry', 'of', 'state', 'security', 'China', 'spies', 'TCP', '—', '(MI5x)', 'xMI5') },
  { weight: 1, arbitrary: name },
);
const sentence = fc
  .array(fc.tuple(word, fc.constantFrom('', '', '', 'em', 'span'), fc.constantFrom(' ', ' ', '\n  ', ', ', '')), { minLength: 1, maxLength: 12 })
  .map((words) => words.map(([text, tag, space]) => (tag ? `<${tag}>${text}</${tag}>` : text) + space).join(''));
const block = fc.tuple(fc.constantFrom('p', 'p', 'div', 'h2', 'li', 'nav', 'footer', 'aside class="share-tools"', 'div hidden', 'p aria-hidden="true"', 'script', 'button'), sentence).map(
  ([tag, text]) => `<${tag}>${tag === 'script' ? `/* ${text.replace(/<[^>]+>/g, '')} */` : text}</${tag.split(' ')[0]}>`,
);
// No white space between blocks, as minified pages have none: a block's first word follows the last one's directly.
const article = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => blocks.join(''));

describe('the first look without the reader’s lists', () => {
  /** The reader's read: every block of article text (markup rules), judged by the whole matcher. */
  const readerFinds = () => [...textBlocks(document.body, isSkippedByMarkup)].some((block) => bundled.scan(block.text).terms.length > 0);

  it('finds a name wherever the reader’s read of every block finds a term, over random articles', async () => {
    let found = 0;
    await fc.assert(
      fc.asyncProperty(article, async (html) => {
        document.body.innerHTML = html;
        if (!readerFinds()) return;
        found++;
        expect(await holdsTerm(document.body, detector)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // The articles are not all empty of terms: the property was tested.
    expect(found).toBeGreaterThan(50);
  });

  it('takes no part of a longer word, no first word of a longer name, no cue and no namesake for a name, nor text the markup leaves out', async () => {
    const firstWordsOfNames = '<p>Ukraine, Israel and the EU met in Hangzhou; Welsh and Islamic cyber teams; an Inter Milan game.</p>';
    for (const html of ['<p>A consortium of MI5x and xMI5 for Hikvisionary spies in China.</p>', '<p>The TCP segment.</p>', '<nav>MI5</nav><aside class="share-tools">Hikvision</aside><p hidden>Dahua</p>', firstWordsOfNames]) {
      document.body.innerHTML = html;
      expect(await holdsTerm(document.body, detector)).toBe(false);
    }
  });

  it('reads past text nodes of code and chrome that name a term, to a term in the article', async () => {
    document.body.innerHTML = `<script>var state = ${JSON.stringify({ headline: 'Hikvision '.repeat(100) })}</script><nav>MI5</nav><p>Dahua cameras.</p>`;
    expect(await holdsTerm(document.body, detector)).toBe(true);
    document.body.innerHTML = `<script>var state = ${JSON.stringify({ headline: 'Hikvision '.repeat(100) })}</script><nav>MI5</nav><p>No name here.</p>`;
    expect(await holdsTerm(document.body, detector)).toBe(false);
  });

  it('finds a name at a block’s end glued to the next block’s first word, as minified pages glue them', async () => {
    document.body.innerHTML = '<p>Cameras from Hikvision</p><p>were bought.</p>';
    expect(await holdsTerm(document.body, detector)).toBe(true);
  });

  it('takes a name of the exact case only as written (DHSC, not dhsc)', async () => {
    document.body.innerHTML = '<p>The dhsc reading was low.</p>';
    expect(await holdsTerm(document.body, detector)).toBe(false);
    document.body.innerHTML = '<p>The DHSC stopped buying them.</p>';
    expect(await holdsTerm(document.body, detector)).toBe(true);
  });

  it('finds a name split across inline elements', async () => {
    document.body.innerHTML = '<p>Cameras by <a href="#">Hik</a><b>vision</b> were bought.</p>';
    expect(await holdsTerm(document.body, detector)).toBe(true);
    document.body.innerHTML = '<p>Cameras by <a href="#">Hik</a><b>e</b> were bought.</p>';
    expect(await holdsTerm(document.body, detector)).toBe(false);
  });
});

describe('the letters of a word', () => {
  it('are known in ASCII, Latin letters and punctuation as the Unicode tables have them', () => {
    for (let code = 0; code < 0x2070; code++) {
      if (code >= 0x250 && code < 0x2000) continue;
      const char = String.fromCharCode(code);
      expect(isWordAt(char, 0), `U+${code.toString(16)}`).toBe(/[\p{L}\p{N}\p{M}_]/u.test(char));
    }
  });
});

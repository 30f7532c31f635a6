// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { buildMatcherTables, matcherFromTables } from '../../lib/match/matcher';
import { readArticle } from '../../lib/page/first-term';
import { isSkippedByMarkup } from '../../lib/page/skip-rules';
import { textBlocks } from '../../lib/page/text-blocks';
import { isWholePart, TextParts } from '../../lib/page/text-parts';
import { WalkAhead } from '../../lib/page/walk-ahead';
import { PAGE_TEXT_LIMIT } from '../../lib/watchlists/lean-read';

const bundled = matcherFromTables(buildMatcherTables(bundledDictionary.terms));
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
    expect(await readArticle(document.body, onText, bundled)).toBe(false);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('\n')).toBe(blockTexts().join('\n'));
  });

  it('stops at the first bundled term and hands over nothing more, since the reader reads that page', async () => {
    document.body.innerHTML = `<p>The MSS said so.</p>${quiet}`;
    const { parts, onText } = collect();
    expect(await readArticle(document.body, onText, bundled)).toBe(true);
    expect(parts).toEqual([]);
  });

  it('hands over the parts it filled before a late term, and none after', async () => {
    document.body.innerHTML = `${quiet}<p>Hikvision cameras.</p>${quiet}`;
    const { parts, onText } = collect();
    expect(await readArticle(document.body, onText, bundled)).toBe(true);
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

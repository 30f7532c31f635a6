import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchoring/selectors';
import { anchorQuote } from '../../lib/anchoring/text-quote';

const article =
  'Security Minister Dan Jarvis said the UK will not accept covert attempts to interfere. ' +
  'MI5 issued an alert to MPs about the Ministry of State Security. ' +
  'Jarvis said the government would invest £170 million in encrypted technology. ' +
  'Later, Jarvis said China remains the UK’s third-largest trading partner.';

const saved = (exact: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = article.indexOf(exact, start + 1);
  return describeQuote(article, start, start + exact.length);
};

describe('describeQuote', () => {
  it('keeps the quote with its context and position', () => {
    const { quote, position } = saved('MI5 issued an alert');
    expect(quote.exact).toBe('MI5 issued an alert');
    expect(quote.prefix).toBe(article.slice(position.start - 32, position.start));
    expect(quote.suffix).toBe(' to MPs about the Ministry of St');
    expect(position.end - position.start).toBe(quote.exact.length);
  });
});

describe('anchorQuote', () => {
  it('finds an unchanged quote where it was', () => {
    const { quote, position } = saved('MI5 issued an alert');
    expect(anchorQuote(article, quote, position)).toEqual({ start: position.start, end: position.end, exact: true });
  });

  it('tells repeated quotes apart by their context, even when the position hint is stale', () => {
    const { quote, position } = saved('Jarvis said', 2);
    const edited = `Breaking: a new paragraph was added at the top of the story. ${article}`;
    const anchor = anchorQuote(edited, quote, position);
    expect(edited.slice(anchor!.start - 7, anchor!.end)).toBe('Later, Jarvis said');
  });

  it('finds a quote in a lightly edited article, and says it was not exact', () => {
    const { quote, position } = saved('the government would invest £170 million in encrypted technology');
    const edited = article.replace('would invest £170 million', 'will invest £170m');
    const anchor = anchorQuote(edited, quote, position);
    expect(anchor?.exact).toBe(false);
    expect(edited.slice(anchor!.start, anchor!.end)).toMatch(/government will invest £170m in encrypted technolog/);
  });

  it('gives up when the passage is gone', () => {
    const { quote, position } = saved('MI5 issued an alert to MPs about the Ministry of State Security.');
    const rewritten = article.replace(/MI5 issued[^.]*\./, 'Parliament was told about foreign spying.');
    expect(anchorQuote(rewritten, quote, position)).toBeNull();
  });
});

import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

export interface Anchor {
  start: number;
  end: number;
  /** Found word for word; false when only a close match remains after an edit. */
  exact: boolean;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};
const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
};

/**
 * How well a candidate fits, after Hypothesis's anchoring: the quote weighs most, then the
 * context on each side, then closeness to where the quote used to be.
 */
function score(text: string, quote: TextQuoteSelector, hint: number, start: number, end: number, errors: number): number {
  const quoteFit = 1 - errors / quote.exact.length;
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  const prefixFit = quote.prefix ? commonSuffix(before, quote.prefix) / quote.prefix.length : 1;
  const suffixFit = quote.suffix ? commonPrefix(after, quote.suffix) / quote.suffix.length : 1;
  const nearness = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return 50 * quoteFit + 20 * prefixFit + 20 * suffixFit + 2 * nearness;
}

function exactCandidates(text: string, exact: string): Array<{ start: number; end: number; errors: number }> {
  const found = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * Finds a saved quote in a page's text: word for word where it still is, or else the closest
 * passage with at most a quarter of its characters changed (an article lightly edited since).
 */
export function anchorQuote(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchor | null {
  const hint = position?.start ?? 0;
  let candidates = exactCandidates(text, quote.exact);
  if (candidates.length === 0) {
    const maxErrors = Math.min(256, Math.floor(quote.exact.length / 4));
    candidates = maxErrors > 0 ? search(text, quote.exact, maxErrors) : [];
  }
  let best: Anchor | null = null;
  let bestScore = -Infinity;
  for (const { start, end, errors } of candidates) {
    const fit = score(text, quote, hint, start, end, errors);
    if (fit > bestScore) {
      bestScore = fit;
      best = { start, end, exact: errors === 0 };
    }
  }
  return best;
}

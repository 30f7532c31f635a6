import type { Dictionary, Term } from '../lib/dictionary/schema';
import type { PageMatch } from '../lib/messages';

interface TermCount {
  term: Term;
  count: number;
}

/** Terms in order of first appearance, with how often each appears. */
export function countTerms(dictionary: Dictionary, matches: readonly PageMatch[]): TermCount[] {
  const terms = new Map(dictionary.terms.map((term) => [term.id, term]));
  const counts = new Map<string, TermCount>();
  for (const { termId } of matches) {
    const term = terms.get(termId);
    if (!term) continue;
    const entry = counts.get(termId) ?? { term, count: 0 };
    entry.count++;
    counts.set(termId, entry);
  }
  return [...counts.values()];
}

/** A term's own page (entrypoints/term/), with everywhere it was seen. */
export const termPageHref = (termId: string) => `/term.html#${termId}`;

/** The terms found on the page, grouped with counts; choosing one shows it on the page. */
export function PageTerms({ counts, onReveal }: { counts: TermCount[]; onReveal(termId: string): void }) {
  if (counts.length === 0) return <p class="note">No terms from the dictionary on this page.</p>;
  return (
    <ul class="terms">
      {counts.map(({ term, count }) => (
        <li key={term.id} class="term-row">
          <button type="button" class="term" onClick={() => onReveal(term.id)}>
            <span class="label">{term.label}</span>
            <span class="kind">{term.kind}</span>
            <span class="count" aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
              {count}
            </span>
          </button>
          <a class="term-page" href={termPageHref(term.id)} target="_blank" aria-label={`${term.label}: where you have seen it`} title="Where you have seen it">
            ↗
          </a>
        </li>
      ))}
    </ul>
  );
}

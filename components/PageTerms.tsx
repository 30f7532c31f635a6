import { useEffect, useState } from 'preact/hooks';
import type { Dictionary, Term } from '../lib/dictionary/schema';
import type { PageMatches } from '../lib/messages';

interface TermCount {
  term: Term;
  count: number;
}

/** Terms in order of first appearance, with how often each appears. */
export function countTerms(dictionary: Dictionary, page: PageMatches): TermCount[] {
  const terms = new Map(dictionary.terms.map((term) => [term.id, term]));
  const counts = new Map<string, TermCount>();
  for (const { termId } of page.matches) {
    const term = terms.get(termId);
    if (!term) continue;
    const entry = counts.get(termId) ?? { term, count: 0 };
    entry.count++;
    counts.set(termId, entry);
  }
  return [...counts.values()];
}

type State = { status: 'loading' } | { status: 'not-covered' } | { status: 'ready'; page: PageMatches };

export function PageTerms({ dictionary, load }: { dictionary: Dictionary; load: () => Promise<PageMatches | null> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    load().then((page) => setState(page ? { status: 'ready', page } : { status: 'not-covered' }));
  }, [load]);

  if (state.status === 'loading') return <p class="note">Reading this page…</p>;
  if (state.status === 'not-covered') {
    return (
      <p class="note">
        State Security Lens does not read this page. It annotates articles on major news sites such as the BBC, the
        Guardian, Reuters and the FT.
      </p>
    );
  }
  const counts = countTerms(dictionary, state.page);
  return (
    <section aria-labelledby="page-terms-title">
      <h1 id="page-terms-title" class="title">
        On this page
      </h1>
      <p class="page-title">{state.page.title}</p>
      {counts.length === 0 ? (
        <p class="note">No terms from the dictionary on this page.</p>
      ) : (
        <ul class="terms">
          {counts.map(({ term, count }) => (
            <li key={term.id} class="term">
              <span class="label">{term.label}</span>
              <span class="kind">{term.kind}</span>
              <span class="count" aria-label={`${count} mentions`}>
                {count}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { PACK_LABELS, PACK_OF_KIND } from '../../lib/dictionary/packs';
import { Pack, type Dictionary, type Term } from '../../lib/dictionary/schema';
import type { PageMatch } from '../../lib/messages';

interface TermCount {
  term: Term;
  count: number;
}

/** A pack's terms found on the page, in order of first appearance, with how often each appears. */
export interface PackOnPage {
  pack: Pack;
  terms: TermCount[];
}

/**
 * The page's bundled terms by pack, in the packs' order (the settings page's), each pack's
 * terms in order of first appearance with how often each appears. Packs with no term on the
 * page are left out, and so are the reader's own terms (WatchTermsOnPage lists them).
 */
export function termsByPack(dictionary: Dictionary, matches: readonly PageMatch[]): PackOnPage[] {
  const terms = new Map(dictionary.terms.map((term) => [term.id, term]));
  const counts = new Map<string, TermCount>();
  for (const { termId } of matches) {
    const term = terms.get(termId);
    if (!term) continue;
    const entry = counts.get(termId) ?? { term, count: 0 };
    entry.count++;
    counts.set(termId, entry);
  }
  const found = [...counts.values()];
  return Pack.options
    .map((pack) => ({ pack, terms: found.filter(({ term }) => term.pack === pack) }))
    .filter((group) => group.terms.length > 0);
}

/** A term's own page (entrypoints/term/), with everywhere it was seen. */
export const termPageHref = (termId: string) => `/term.html#${termId}`;

/** A pack's or a list's heading in "On this page", with its number of terms. */
export function GroupTitle({ name, terms }: { name: string; terms: number }) {
  return (
    <h3 class="group-title">
      <span class="group-name">{name}</span>
      <span class="group-count">
        {terms}
        <span class="visually-hidden">{terms === 1 ? ' term' : ' terms'}</span>
      </span>
    </h3>
  );
}

function TermRow({ term, count, pack, onReveal }: TermCount & { pack: Pack; onReveal(termId: string): void }) {
  return (
    <li class="term-row">
      <button type="button" class="term" onClick={() => onReveal(term.id)}>
        <span class="label">{term.label}</span>
        {/* The kind only where the pack's name does not already say it (NSO Group, a company, among the spyware). */}
        <span class="kind">{PACK_OF_KIND[term.kind] === pack ? '' : term.kind}</span>
        <span class="count" aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
          {count}
        </span>
      </button>
      <a class="term-page" href={termPageHref(term.id)} target="_blank" aria-label={`${term.label}: where you have seen it`} title="Where you have seen it">
        ↗
      </a>
    </li>
  );
}

/** The bundled terms found on the page, by pack, with counts; choosing one shows it on the page. */
export function PageTerms({ packs, onReveal }: { packs: PackOnPage[]; onReveal(termId: string): void }) {
  if (packs.length === 0) return <p class="note">No terms from the dictionary on this page.</p>;
  return (
    <>
      {packs.map(({ pack, terms }) => (
        <section key={pack} class="term-group" aria-label={PACK_LABELS[pack]}>
          <GroupTitle name={PACK_LABELS[pack]} terms={terms.length} />
          <ul class="terms">
            {terms.map(({ term, count }) => (
              <TermRow key={term.id} term={term} count={count} pack={pack} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

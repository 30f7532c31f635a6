import type { LensDatabase } from '../../lib/db/database';
import type { PageMatch } from '../../lib/messages';
import { colourOf } from '../../lib/page/list-colours';
import type { Watchlist, WatchTerm } from '../../lib/db/watchlists-schema';
import { GroupTitle } from '../shared/PageTerms';
import { useLiveQuery } from '../shared/use-live-query';

interface ListOnPage {
  list: Watchlist;
  terms: Array<{ term: WatchTerm; count: number }>;
}

/** The reader's terms found on the page, by list (in the lists' order of first mention). */
async function listsOnPage(db: LensDatabase, matches: readonly PageMatch[]): Promise<ListOnPage[]> {
  const counts = new Map<string, number>();
  for (const { termId } of matches) if (termId.startsWith('wt-')) counts.set(termId, (counts.get(termId) ?? 0) + 1);
  if (counts.size === 0) return [];
  const terms = (await db.watchTerms.bulkGet([...counts.keys()])).filter((term) => term !== undefined);
  const lists = new Map((await db.watchlists.bulkGet([...new Set(terms.map((t) => t.listId))])).flatMap((l) => (l ? [[l.id, l]] : [])));
  const grouped = new Map<string, ListOnPage>();
  for (const term of terms) {
    const list = lists.get(term.listId);
    if (!list) continue;
    const group = grouped.get(list.id) ?? { list, terms: [] };
    group.terms.push({ term, count: counts.get(term.id)! });
    grouped.set(list.id, group);
  }
  return [...grouped.values()];
}

/**
 * "On this page", the reader's part: a group of its own after the packs, each list in its
 * colour with its terms and their counts.
 */
export function WatchTermsOnPage({ db, matches, onReveal }: { db: LensDatabase; matches: readonly PageMatch[]; onReveal(termId: string): void }) {
  const groups = useLiveQuery(() => listsOnPage(db, matches), [matches]);
  if (!groups?.length) return null;
  return (
    <section class="term-group" aria-label="Your lists">
      <GroupTitle name="Your lists" terms={groups.reduce((sum, { terms }) => sum + terms.length, 0)} />
      {groups.map(({ list, terms }) => {
        const colour = colourOf(list.colour);
        return (
          <section class="watch-group" key={list.id} aria-label={`Your list ${list.name}`}>
            <h4 class="watch-group-title">
              <span class="swatch" style={{ background: colour.tint, borderColor: colour.line }} aria-hidden="true" />
              {list.name}
            </h4>
            <ul class="terms">
              {terms.map(({ term, count }) => (
                <li key={term.id}>
                  <button type="button" class="term" onClick={() => onReveal(term.id)}>
                    <span class="label">{term.label}</span>
                    <span class="kind">{term.kind ?? term.sanctions?.schema ?? ''}</span>
                    <span class="count" aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
                      {count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

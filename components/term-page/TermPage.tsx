import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LensDatabase } from '../../lib/db/database';
import { deleteHighlight, restoreHighlight, updateHighlight } from '../../lib/db/highlights';
import type { SavedHighlight } from '../../lib/db/schema';
import type { Dictionary, Term } from '../../lib/dictionary/schema';
import { coOccurring } from '../../lib/sightings/page-index';
import { sightingsOf } from '../../lib/sightings/store';
import { watchTermLabels } from '../../lib/watchlists/store';
import { AlsoKnownAs } from '../card/AlsoKnownAs';
import { HighlightItem } from '../shared/HighlightItem';
import { SightingsTimeline } from './SightingsTimeline';
import { KeyFacts, RelatedTerms } from '../card/TermCard';
import { UndoBar } from '../shared/UndoBar';
import { useLiveQuery } from '../shared/use-live-query';
import { KnownFor, SourcesLine, WhoItIs } from '../card/WhoItIs';

export interface TermPageProps {
  db: LensDatabase;
  dictionary: Dictionary;
  termId: string;
  /** Opens a saved highlight's page, scrolled to the passage. */
  openHighlight(highlight: SavedHighlight): void;
}

/** Another term's page: the same page, another fragment (term.html#<termId>). */
const termHref = (termId: string) => `#${termId}`;

function TermHighlights({ db, termId, terms, open }: { db: LensDatabase; termId: string; terms: ReadonlyMap<string, Term>; open(highlight: SavedHighlight): void }) {
  const highlights = useLiveQuery(() => db.highlights.where('termId').equals(termId).reverse().sortBy('createdAt'), [termId]);
  const [deleted, setDeleted] = useState<SavedHighlight | null>(null);
  return (
    <section aria-labelledby="term-highlights-title">
      <h2 id="term-highlights-title" class="section-title">
        Your highlights of it
      </h2>
      {highlights?.length === 0 && <p class="note">None saved. Save the term from its card on a page.</p>}
      <ul class="highlights">
        {highlights?.map((highlight) => (
          <HighlightItem
            key={highlight.id}
            highlight={highlight}
            term={terms.get(termId)}
            showPage
            onNote={(note) => updateHighlight(db, highlight.id, { note })}
            onDelete={() => void deleteHighlight(db, highlight.id).then((gone) => setDeleted(gone ?? null))}
            onOpen={() => open(highlight)}
          />
        ))}
      </ul>
      {deleted && (
        <UndoBar
          message="Highlight deleted."
          onUndo={() => void restoreHighlight(db, deleted).then(() => setDeleted(null))}
          onExpire={() => setDeleted(null)}
        />
      )}
    </section>
  );
}

/** The terms listed before "more": the dozen seen most often with this one. */
const COMPANY_SHOWN = 12;

function SeenWith({ db, termId, terms }: { db: LensDatabase; termId: string; terms: ReadonlyMap<string, Term> }) {
  // The whole company is one record: all of it is read, a dozen shown until the reader asks.
  const together = useLiveQuery(() => coOccurring(db, termId, Infinity), [termId]);
  // Whose company is shown whole: another term chosen starts with a dozen again. (Not a remount
  // by key: the link that had focus would go with it, and focus could not move to the new name.)
  const [wholeFor, setWholeFor] = useState<string>();
  const shown = wholeFor === termId ? together : together?.slice(0, COMPANY_SHOWN);
  const more = (together?.length ?? 0) - (shown?.length ?? 0);
  return (
    <section aria-labelledby="together-title">
      <h2 id="together-title" class="section-title">
        Seen on the same pages
      </h2>
      {together?.length === 0 && <p class="note">No other term seen on its pages yet.</p>}
      <ol class="together">
        {shown?.map(({ termId: other, pages }) => (
          <li key={other}>
            <a href={termHref(other)}>{terms.get(other)?.label ?? other}</a>
            <span class="count">{pages === 1 ? '1 page' : `${pages} pages`}</span>
          </li>
        ))}
      </ol>
      {more > 0 && (
        <button type="button" class="more" onClick={() => setWholeFor(termId)}>
          {more === 1 ? 'Show 1 more' : `Show ${more} more`}
        </button>
      )}
    </section>
  );
}

/**
 * A term's own page: who it is (every name it goes by), where the reader saw it, their
 * highlights of it, its company, then what it is known for, its facts and sources.
 */
export function TermPage({ db, dictionary, termId, openHighlight }: TermPageProps) {
  const terms = useMemo(() => new Map(dictionary.terms.map((term) => [term.id, term])), [dictionary]);
  const sources = useMemo(() => new Map(dictionary.sources.map((source) => [source.id, source])), [dictionary]);
  const sightings = useLiveQuery(() => sightingsOf(db, termId), [termId]);
  const term = terms.get(termId);
  const ownLabel = useLiveQuery(() => watchTermLabels(db, term ? [] : [termId]).then((labels) => labels.get(termId)), [termId]);
  const label = term?.label ?? ownLabel ?? termId;
  const openTerm = (id: string) => (location.hash = id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Another term chosen on this page: the reader starts reading from its name.
    if (document.activeElement !== document.body) heading.current?.focus();
  }, [termId]);
  // A reader's term's label comes a moment later, from its list.
  useEffect(() => {
    document.title = `${label} · State Security Lens`;
  }, [label]);
  return (
    <main class="term-page">
      <nav class="term-nav" aria-label="Pages of the extension">
        <a href="/library.html#terms">All terms</a>
        <a href="/library.html">Your highlights</a>
      </nav>
      <header class="term-head">
        <h1 ref={heading} tabIndex={-1}>
          {label}
        </h1>
        {term && <p class={`kind kind-${term.kind.replace(' ', '-')}`}>{term.kind}</p>}
      </header>
      {term ? (
        <div class="term-who">
          <WhoItIs term={term} terms={terms} onOpenTerm={openTerm} />
          <p class="term-summary">{term.summary}</p>
          <AlsoKnownAs key={termId} term={term} expanded />
        </div>
      ) : (
        <p class="note">This term is not in the bundled dictionary.</p>
      )}
      {/* The reader's own history first; what the card said about the term (its facts) last. */}
      <SightingsTimeline key={termId} termId={termId} termLabel={label} sightings={sightings} />
      <div class="term-columns">
        <SeenWith db={db} termId={termId} terms={terms} />
        <TermHighlights db={db} termId={termId} terms={terms} open={openHighlight} />
      </div>
      {term && (
        <div class="term-card">
          <KnownFor term={term} />
          <KeyFacts term={term} sources={sources} />
          <SourcesLine links={term.links} />
          <RelatedTerms related={term.related.flatMap((id) => terms.get(id) ?? [])} onOpenTerm={openTerm} />
        </div>
      )}
    </main>
  );
}

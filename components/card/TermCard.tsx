import { whoseNameOnPage } from '../../lib/dictionary/crosswalk';
import type { Source, Term } from '../../lib/dictionary/schema';
import { formatDay, formatRecentDay, localDay } from '../../lib/dates';
import { seenSummary } from '../../lib/sightings/format';
import type { SeenElsewhere, SightingLink } from '../../lib/db/sightings-schema';
import { readableTitle } from '../../lib/sightings/title';
import { AlsoKnownAs } from './AlsoKnownAs';
import { NotThisAction, type NotThisActionProps } from './NotThisAction';
import { SaveAction, type SaveActionProps } from './SaveAction';
import { WatchCardPart, type WatchCardPartProps } from './WatchCardPart';
import { CardSection } from './CardSection';
import { trusted } from './trusted';
import { KnownFor, SourcesLine, WhoItIs } from './WhoItIs';

/** A card has a bundled term, a reader's term, or both (the same name in the dictionary and a list). */
export interface TermCardProps {
  term?: Term;
  watch?: WatchCardPartProps;
  sources: ReadonlyMap<string, Source>;
  /** The dictionary's terms, for those the term points at (its parent, its sponsor). */
  terms: ReadonlyMap<string, Term>;
  related: readonly Term[];
  /** How often the term appears on this page. */
  count: number;
  /** "Term 3 of 14 on this page", when the keyboard brought the reader here. */
  position?: string;
  /** Present when this occurrence can be saved as a highlight. */
  save?: Omit<SaveActionProps, 'onClose'>;
  /** The occurrence's text, as the page writes it (absent for a related term's card). */
  nameOnPage?: string;
  /** Why this text was taken for the term, when a rule of the matcher decided it. */
  why?: string;
  /** Present when the card is about an occurrence the reader can say is not this term. */
  notThis?: NotThisActionProps;
  /** Where else the term was seen, once the background has said. */
  seen?: SeenElsewhere;
  /** Opens the term's page, with all its sightings. */
  onAllSightings?(): void;
  onOpenTerm(termId: string): void;
  onClose(): void;
}

const mentions = (count: number) =>
  count === 0 ? 'Not mentioned on this page' : count === 1 ? 'Mentioned once on this page' : `Mentioned ${count} times on this page`;

function SourceLine({ source }: { source: Source | undefined }) {
  if (!source) return null;
  return (
    <cite class="source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.publisher}
      </a>
      {' · '}
      <span class="source-title">{source.title}</span>
      {' · '}
      <time dateTime={source.published}>{formatDay(source.published)}</time>
    </cite>
  );
}

/** The term's facts, each with its verbatim quote and source: on the card and the term's page. */
export function KeyFacts({ term, sources }: { term: Term; sources: TermCardProps['sources'] }) {
  if (term.facts.length === 0) return null;
  return (
    <CardSection id="sst-card-facts" title="Key facts">
      <ul class="facts">
        {term.facts.map((fact) => (
          <li class="fact" key={fact.quote}>
            <p class="fact-text">{fact.text}</p>
            <blockquote class="quote" cite={sources.get(fact.source)?.url}>
              “{fact.quote}”
            </blockquote>
            <SourceLine source={sources.get(fact.source)} />
          </li>
        ))}
      </ul>
    </CardSection>
  );
}

export function RelatedTerms({ related, onOpenTerm }: Pick<TermCardProps, 'related' | 'onOpenTerm'>) {
  if (related.length === 0) return null;
  return (
    <CardSection id="sst-card-related" title="Related">
      <ul class="related">
        {related.map((other) => (
          <li key={other.id}>
            <button type="button" class="chip" onClick={trusted(() => onOpenTerm(other.id))}>
              {other.label}
            </button>
          </li>
        ))}
      </ul>
    </CardSection>
  );
}

/**
 * One page the term was seen on, as the card lists it: the headline without the site's
 * additions, then the site, the day the reader saw it (their local day) and, when the page
 * said, the day it was published (as written), each named for what it is; the year only when
 * it is not this one.
 */
function SeenPage({ page }: { page: SightingLink }) {
  const seenDay = localDay(page.lastSeen);
  return (
    <li>
      <a href={page.url} target="_blank" rel="noopener noreferrer">
        {readableTitle(page.title, page.site) || page.url}
      </a>
      <span class="seen-meta">
        <span>{page.site}</span>
        <span>
          seen <time dateTime={seenDay}>{formatRecentDay(seenDay)}</time>
        </span>
        {page.publishedAt && (
          <span>
            published <time dateTime={page.publishedAt}>{formatRecentDay(page.publishedAt)}</time>
          </span>
        )}
      </span>
    </li>
  );
}

function SeenOnOtherPages({ seen, onAll }: { seen: SeenElsewhere; onAll(): void }) {
  return (
    <CardSection id="sst-card-seen" title="Where you have seen it" class="seen">
      <p class="seen-summary">{seenSummary(seen)}</p>
      {seen.recent.length > 0 && (
        <ol class="seen-pages" aria-label="The latest, most recently seen first">
          {seen.recent.map((page) => (
            <SeenPage key={page.url} page={page} />
          ))}
        </ol>
      )}
      <button type="button" class="chip" onClick={trusted(onAll)}>
        All sightings
      </button>
    </CardSection>
  );
}

export function TermCard(props: TermCardProps) {
  const { term, watch, sources, terms, related, count, position, save, why, notThis, seen, onAllSightings, onOpenTerm, onClose } = props;
  const kind = term?.kind ?? watch?.term.kind;
  const key = term?.id ?? watch?.term.id;
  // "Forest Blizzard — Microsoft’s name for APT28": the page's name for it, when not the label.
  const named = term && props.nameOnPage ? whoseNameOnPage(term, props.nameOnPage) : undefined;
  const described = [named && 'sst-card-name', term && 'sst-card-summary'].filter(Boolean).join(' ');
  return (
    <div class="card" role="dialog" aria-labelledby="sst-card-title" aria-describedby={described || undefined} tabIndex={-1}>
      <header class="head">
        <div>
          <h2 id="sst-card-title" class="title">
            {term?.label ?? watch?.term.label}
          </h2>
          {named && (
            <p id="sst-card-name" class="name-on-page">
              <span class="name-as-written">{named.text}</span> — {named.whose}
            </p>
          )}
          <p class="meta">
            {kind && <span class={`kind kind-${kind.replace(' ', '-')}`}>{kind}</span>}
            <span class="count">{mentions(count)}</span>
          </p>
        </div>
        <button type="button" class="close" aria-label="Close card" onClick={trusted(onClose)}>
          ×
        </button>
      </header>
      {position && (
        <p class="position" role="status">
          {position}
        </p>
      )}
      {/* Who it is, the most telling line first; its other names come below the history. */}
      {term && <WhoItIs term={term} terms={terms} onOpenTerm={onOpenTerm} />}
      {term && (
        <p id="sst-card-summary" class="summary">
          {term.summary}
        </p>
      )}
      {why && <p class="why">{why}</p>}
      {(save || notThis) && (
        // One row for both while they are buttons: the history below comes a line higher.
        <div class="card-actions">
          {save && <SaveAction key={key} {...save} onClose={onClose} />}
          {notThis && <NotThisAction key={key} {...notThis} />}
        </div>
      )}
      {/* The reader's own history comes high, where it is seen without scrolling; it arrives a
          moment after the card opens, below the actions so that they do not move under the
          pointer. What the card says about the term (the reader's own part, its other names,
          what it is known for, the facts) follows. */}
      {seen && onAllSightings && <SeenOnOtherPages seen={seen} onAll={onAllSightings} />}
      {watch && <WatchCardPart {...watch} />}
      {term && <AlsoKnownAs key={term.id} term={term} onPage={named?.text} />}
      {term && <KnownFor term={term} />}
      {term && <KeyFacts term={term} sources={sources} />}
      {term && <SourcesLine links={term.links} />}
      <RelatedTerms related={related} onOpenTerm={onOpenTerm} />
      <footer class="foot">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>P</kbd> next or previous term · <kbd>Esc</kbd> close
      </footer>
    </div>
  );
}

import type { Source, Term } from '../lib/dictionary/schema';
import { seenSummary } from '../lib/sightings/format';
import type { SeenElsewhere, SightingLink } from '../lib/sightings/schema';
import { NotThisAction, type NotThisActionProps } from './NotThisAction';
import { SaveAction, type SaveActionProps } from './SaveAction';
import { WatchCardPart, type WatchCardPartProps } from './WatchCardPart';
import { trusted } from './trusted';

/** A card has a bundled term, a reader's term, or both (the same name in the dictionary and a list). */
export interface TermCardProps {
  term?: Term;
  watch?: WatchCardPartProps;
  sources: ReadonlyMap<string, Source>;
  related: readonly Term[];
  /** How often the term appears on this page. */
  count: number;
  /** "Term 3 of 14 on this page", when the keyboard brought the reader here. */
  position?: string;
  /** Present when this occurrence can be saved as a highlight. */
  save?: Omit<SaveActionProps, 'onClose'>;
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

/**
 * A formatter made on first use: building one loads locale data (about 7 ms), which every page
 * would otherwise pay when the content script starts, card or no card. Dates are calendar
 * dates, in UTC whatever the reader's time zone.
 */
function utcDateFormat(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }));
}
const monthYear = utcDateFormat({ month: 'short', year: 'numeric' });
const dayMonthYear = utcDateFormat({ day: 'numeric', month: 'short', year: 'numeric' });

/** "2022-11" → "Nov 2022"; "2025-11-19" → "19 Nov 2025". */
export function formatPublished(published: string): string {
  const [year, month, day] = published.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day ?? 1));
  return (day ? dayMonthYear : monthYear)().format(date);
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
      <time dateTime={source.published}>{formatPublished(source.published)}</time>
    </cite>
  );
}

/** The term's facts, each with its verbatim quote and source: on the card and the term's page. */
export function KeyFacts({ term, sources }: { term: Term; sources: TermCardProps['sources'] }) {
  return (
    <section aria-labelledby="sst-card-facts">
      <h3 id="sst-card-facts" class="section-title">
        Key facts
      </h3>
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
    </section>
  );
}

export function RelatedTerms({ related, onOpenTerm }: Pick<TermCardProps, 'related' | 'onOpenTerm'>) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="sst-card-related">
      <h3 id="sst-card-related" class="section-title">
        Related
      </h3>
      <ul class="related">
        {related.map((other) => (
          <li key={other.id}>
            <button type="button" class="chip" onClick={trusted(() => onOpenTerm(other.id))}>
              {other.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The day a sighting's page was published, or else the day it was last seen. */
export function sightingDay(sighting: Pick<SightingLink, 'publishedAt' | 'lastSeen'>): string {
  return formatPublished(sighting.publishedAt ?? sighting.lastSeen.slice(0, 10));
}

function SeenOnOtherPages({ seen, onAll }: { seen: SeenElsewhere; onAll(): void }) {
  return (
    <section aria-labelledby="sst-card-seen" class="seen">
      <h3 id="sst-card-seen" class="section-title">
        Where you have seen it
      </h3>
      <p class="seen-summary">{seenSummary(seen)}</p>
      {seen.recent.length > 0 && (
        <ul class="seen-pages">
          {seen.recent.map((page) => (
            <li key={page.url}>
              <a href={page.url} target="_blank" rel="noopener noreferrer">
                {page.title || page.url}
              </a>
              <span class="seen-meta">
                {page.site} · <time dateTime={page.publishedAt ?? page.lastSeen}>{sightingDay(page)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="chip" onClick={trusted(onAll)}>
        All sightings
      </button>
    </section>
  );
}

export function TermCard({ term, watch, sources, related, count, position, save, why, notThis, seen, onAllSightings, onOpenTerm, onClose }: TermCardProps) {
  const kind = term?.kind ?? watch?.term.kind;
  const key = term?.id ?? watch?.term.id;
  return (
    <div class="card" role="dialog" aria-labelledby="sst-card-title" aria-describedby={term && 'sst-card-summary'} tabIndex={-1}>
      <header class="head">
        <div>
          <h2 id="sst-card-title" class="title">
            {term?.label ?? watch?.term.label}
          </h2>
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
      {term && (
        <p id="sst-card-summary" class="summary">
          {term.summary}
        </p>
      )}
      {why && <p class="why">{why}</p>}
      {watch && <WatchCardPart {...watch} />}
      {save && <SaveAction key={key} {...save} onClose={onClose} />}
      {notThis && <NotThisAction key={key} {...notThis} />}
      {term && <KeyFacts term={term} sources={sources} />}
      {seen && onAllSightings && <SeenOnOtherPages seen={seen} onAll={onAllSightings} />}
      <RelatedTerms related={related} onOpenTerm={onOpenTerm} />
      <footer class="foot">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>P</kbd> next or previous term · <kbd>Esc</kbd> close
      </footer>
    </div>
  );
}

import type { Source, Term } from '../lib/dictionary/schema';
import { SaveAction, type SaveActionProps } from './SaveAction';
import { trusted } from './trusted';

export interface TermCardProps {
  term: Term;
  sources: ReadonlyMap<string, Source>;
  related: readonly Term[];
  /** How often the term appears on this page. */
  count: number;
  /** "Term 3 of 14 on this page", when the keyboard brought the reader here. */
  position?: string;
  /** Present when this occurrence can be saved as a highlight. */
  save?: Omit<SaveActionProps, 'onClose'>;
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

export function TermCard({ term, sources, related, count, position, save, onOpenTerm, onClose }: TermCardProps) {
  return (
    <div class="card" role="dialog" aria-labelledby="sst-card-title" aria-describedby="sst-card-summary" tabIndex={-1}>
      <header class="head">
        <div>
          <h2 id="sst-card-title" class="title">
            {term.label}
          </h2>
          <p class="meta">
            <span class={`kind kind-${term.kind.replace(' ', '-')}`}>{term.kind}</span>
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
      <p id="sst-card-summary" class="summary">
        {term.summary}
      </p>
      {save && <SaveAction key={term.id} {...save} onClose={onClose} />}
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
      {related.length > 0 && (
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
      )}
      <footer class="foot">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> / <kbd>P</kbd> next or previous term · <kbd>Esc</kbd> close
      </footer>
    </div>
  );
}

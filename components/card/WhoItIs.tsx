import { Fragment, type ComponentChildren } from 'preact';
import { shortLabel } from '../../lib/dictionary/crosswalk';
import { countryDisplayName } from '../../lib/dictionary/country-display-name';
import type { Attribution, Link, Term } from '../../lib/dictionary/schema';
import { CardSection } from './CardSection';
import { trusted } from './trusted';

export interface WhoItIsProps {
  term: Term;
  /** The concepts it points at: its parent, the service it is attributed to. */
  terms: ReadonlyMap<string, Term>;
  /** Opens another term's card (on the term's page, its page). */
  onOpenTerm(termId: string): void;
}

/** Another concept, opened as related terms are. */
function TermLink({ term, onOpenTerm }: { term: Term; onOpenTerm(termId: string): void }) {
  return (
    <button type="button" class="term-link" onClick={trusted(() => onOpenTerm(term.id))}>
      {term.label}
    </button>
  );
}

/** A page a fact comes from, named by `children`, its publisher and title on hover. */
function SourceLink({ source, children }: { source: Link; children: ComponentChildren }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={`${source.publisher}: ${source.title}`}>
      {children}
    </a>
  );
}

/**
 * The sponsoring service, a link to its card, and the unit. A unit named after its service
 * ("GRU Unit 26165") carries the link on the service's name rather than naming it twice.
 */
function SponsorAndUnit({ sponsor, unit, onOpenTerm }: { sponsor?: Term; unit?: string; onOpenTerm(termId: string): void }) {
  if (!sponsor) return unit ? <> · {unit}</> : null;
  const name = shortLabel(sponsor);
  const link = (
    <button type="button" class="term-link" title={sponsor.label} onClick={trusted(() => onOpenTerm(sponsor.id))}>
      {name}
    </button>
  );
  if (unit === undefined || unit === name) return <> · {link}</>;
  if (unit.startsWith(`${name} `)) return <> · {link}{unit.slice(name.length)}</>;
  return (
    <>
      {' · '}
      {link} · {unit}
    </>
  );
}

/**
 * "Attributed to Russia · GRU Unit 26165 (…), according to the US Department of Justice · UK
 * NCSC", each who a link to the page where they say so. One paragraph: the card stays short.
 */
function AttributedTo({ attribution, terms, onOpenTerm }: { attribution: Attribution } & Omit<WhoItIsProps, 'term'>) {
  const sponsor = attribution.sponsor === undefined ? undefined : terms.get(attribution.sponsor);
  return (
    <p class="attribution">
      Attributed to <span class="attribution-state">{countryDisplayName(attribution.state)}</span>
      <SponsorAndUnit sponsor={sponsor} unit={attribution.unit} onOpenTerm={onOpenTerm} />
      <span class="attribution-by">
        {', according to '}
        {attribution.by.map(({ who, source }, index) => (
          <Fragment key={`${who} ${source.url}`}>
            {index > 0 && ' · '}
            <SourceLink source={source}>{who}</SourceLink>
          </Fragment>
        ))}
      </span>
    </p>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="identity-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const isLaw = (term: Term) => term.kind === 'law' || term.kind === 'policy';

/**
 * Who the concept is, most telling first: its role, then for a hacking group the state and
 * unit it is attributed to and by whom; for others their country (a law's jurisdiction), the
 * year a law was enacted, the body it is part of.
 */
export function WhoItIs({ term, terms, onOpenTerm }: WhoItIsProps) {
  const { attribution, country, year } = term;
  const parent = term.parent === undefined ? undefined : terms.get(term.parent);
  // A group's country is the state it is attributed to: said once, with who says so.
  const ownCountry = country !== undefined && country !== attribution?.state;
  const rows = [
    ownCountry && (
      <Row key="country" label={isLaw(term) ? 'Jurisdiction' : 'Country'}>
        {countryDisplayName(country)}
      </Row>
    ),
    year !== undefined && (
      <Row key="year" label={term.kind === 'law' ? 'Enacted' : 'Since'}>
        {year}
      </Row>
    ),
    parent && (
      <Row key="parent" label="Part of">
        <TermLink term={parent} onOpenTerm={onOpenTerm} />
      </Row>
    ),
  ].filter(Boolean);
  if (!term.role && !attribution && rows.length === 0) return null;
  return (
    <div class="identity">
      {term.role && <p class="identity-role">{term.role}</p>}
      {attribution && <AttributedTo attribution={attribution} terms={terms} onOpenTerm={onOpenTerm} />}
      {rows.length > 0 && <dl class="identity-facts">{rows}</dl>}
    </div>
  );
}

/** What it is known for: operations, cases, listings and bans, in a few short items. */
export function KnownFor({ term }: { term: Term }) {
  if (term.knownFor.length === 0) return null;
  return (
    <CardSection id="sst-known-for" title="Known for">
      <ul class="known-for">
        {term.knownFor.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </CardSection>
  );
}

/** The pages the summary and attribution can be checked against, on one line: publisher, title. */
export function SourcesLine({ links }: { links: readonly Link[] }) {
  if (links.length === 0) return null;
  return (
    <p class="sources">
      <span class="sources-label">Sources</span>{' '}
      {links.map((link, index) => (
        <span class="sources-item" key={link.url}>
          {index > 0 && ' · '}
          {link.publisher},{' '}
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title}
          </a>
        </span>
      ))}
    </p>
  );
}

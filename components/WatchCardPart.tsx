import { countryName } from '../lib/watchlists/country-names';
import { colourOf } from '../lib/watchlists/colours';
import { openSanctionsUrl, type SanctionsRecord, type Watchlist, type WatchTerm } from '../lib/watchlists/schema';

/** Another term of the reader's lists that has the name the card is about: a namesake. */
export interface Namesake {
  term: WatchTerm;
  list: Watchlist;
}

/** What a card shows of a reader's own term, and what it can do with it. */
export interface WatchCardPartProps {
  term: WatchTerm;
  list: Watchlist;
  /** The other terms of the reader's lists with the name the card was opened on. */
  namesakes?: readonly Namesake[];
  onEdit(): void;
  onRemove(): void;
}

function Field({ label, values }: { label: string; values: readonly string[] }) {
  if (values.length === 0) return null;
  return (
    <div class="watch-field">
      <dt>{label}</dt>
      <dd>{values.join(' · ')}</dd>
    </div>
  );
}

const countries = (sanctions: SanctionsRecord) => sanctions.countries.map((code) => countryName(code));

/** The sanctions export's fields, and the entity's page on OpenSanctions. */
function SanctionsFields({ sanctions }: { sanctions: SanctionsRecord }) {
  return (
    <>
      <Field label="Type" values={[sanctions.schema]} />
      <Field label="Countries" values={countries(sanctions)} />
      <Field label="Born" values={sanctions.birthDates} />
      <Field label="Programmes" values={sanctions.programIds} />
      <Field label="Sanctions" values={sanctions.sanctions} />
      <Field label="Datasets" values={sanctions.datasets} />
      <div class="watch-field">
        <dt>Source</dt>
        <dd>
          <a href={openSanctionsUrl(sanctions.entityId)} target="_blank" rel="noopener noreferrer">
            OpenSanctions: {sanctions.entityId}
          </a>
        </dd>
      </div>
    </>
  );
}

/** What tells a namesake apart: its countries, birth dates and programmes (or its note), and its list. */
function NamesakeItem({ term, list }: Namesake) {
  const colour = colourOf(list.colour);
  const { sanctions } = term;
  const facts = sanctions
    ? [...countries(sanctions), ...sanctions.birthDates.map((date) => `born ${date}`), ...(sanctions.programIds.length > 0 ? sanctions.programIds : sanctions.sanctions)]
    : term.note
      ? [term.note]
      : [];
  return (
    <li>
      <span class="swatch" style={{ background: colour.tint, borderColor: colour.line }} aria-hidden="true" />
      <strong>{term.label}</strong>
      {facts.length > 0 && <> — {facts.join(' · ')}</>} <span class="watch-namesake-list">({list.name})</span>
      {sanctions && (
        <>
          {' '}
          <a href={openSanctionsUrl(sanctions.entityId)} target="_blank" rel="noopener noreferrer" aria-label={`${term.label} on OpenSanctions: ${sanctions.entityId}`}>
            OpenSanctions
          </a>
        </>
      )}
    </li>
  );
}

/**
 * The reader's part of a card: their list (in its colour), note, other names, links, and edit or
 * remove; then the namesakes that share the highlight, each with what tells it apart.
 */
export function WatchCardPart({ term, list, namesakes = [], onEdit, onRemove }: WatchCardPartProps) {
  const colour = colourOf(list.colour);
  return (
    <section class="watch" aria-label="On your watchlist">
      <p class="watch-list">
        <span class="swatch" style={{ background: colour.tint, borderColor: colour.line }} aria-hidden="true" />
        On your list <strong>{list.name}</strong>
      </p>
      {term.note && <p class="watch-note">{term.note}</p>}
      <dl class="watch-fields">
        <Field label="Also" values={term.aliases} />
        {term.sanctions && <SanctionsFields sanctions={term.sanctions} />}
      </dl>
      {term.links.length > 0 && (
        <ul class="watch-links">
          {term.links.map((link) => (
            <li key={link}>
              <a href={link} target="_blank" rel="noopener noreferrer">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
      {namesakes.length > 0 && (
        <section class="watch-namesakes" aria-label="Others of this name on your lists">
          <p class="watch-list">
            {namesakes.length === 1 ? 'One other' : `${namesakes.length} others`} of this name on your lists:
          </p>
          <ul>
            {namesakes.map((namesake) => (
              <NamesakeItem key={namesake.term.id} {...namesake} />
            ))}
          </ul>
        </section>
      )}
      <div class="buttons">
        <button type="button" class="secondary" onClick={onEdit}>
          Edit
        </button>
        <button type="button" class="secondary" onClick={onRemove}>
          Remove
        </button>
      </div>
    </section>
  );
}

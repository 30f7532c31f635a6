import { colourOf } from '../lib/watchlists/colours';
import { openSanctionsUrl, type Watchlist, type WatchTerm } from '../lib/watchlists/schema';

/** What a card shows of a reader's own term, and what it can do with it. */
export interface WatchCardPartProps {
  term: WatchTerm;
  list: Watchlist;
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

/** The sanctions export's fields, and the entity's page on OpenSanctions. */
function SanctionsFields({ sanctions }: { sanctions: NonNullable<WatchTerm['sanctions']> }) {
  return (
    <>
      <Field label="Type" values={[sanctions.schema]} />
      <Field label="Countries" values={sanctions.countries} />
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

/** The reader's part of a card: their list (in its colour), note, other names, links, and edit or remove. */
export function WatchCardPart({ term, list, onEdit, onRemove }: WatchCardPartProps) {
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

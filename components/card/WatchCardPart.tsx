import { useState } from 'preact/hooks';
import { countryName } from '../../lib/watchlists/country-names';
import { colourOf } from '../../lib/page/list-colours';
import { externalIdText, intelCountries, intelSource, intelType } from '../../lib/watchlists/intel-words';
import { openSanctionsUrl, type IntelRecord, type SanctionsRecord, type Watchlist, type WatchTerm } from '../../lib/db/watchlists-schema';

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

/** A description longer than this is cut, with a button to read it all: the card stays a card. */
const DESCRIPTION_SHOWN = 320;
/** The file's references shown at once; the rest are counted. */
const SOURCES_SHOWN = 3;

/** What a threat-intelligence file says of the term, cut to a few lines until the reader asks for all of it. */
function IntelDescription({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  if (!text) return null;
  const long = text.length > DESCRIPTION_SHOWN;
  const shown = open || !long ? text : `${text.slice(0, text.lastIndexOf(' ', DESCRIPTION_SHOWN) > 0 ? text.lastIndexOf(' ', DESCRIPTION_SHOWN) : DESCRIPTION_SHOWN)}…`;
  return (
    <p class="watch-description">
      {shown}
      {long && (
        <>
          {' '}
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Less' : 'More'}
          </button>
        </>
      )}
    </p>
  );
}

/** A MISP cluster's or STIX bundle's fields: what it is, countries, suspected sponsor, ids with their pages, and where it comes from. */
function IntelFields({ intel }: { intel: IntelRecord }) {
  const type = intelType(intel);
  return (
    <>
      {type && <Field label="Type" values={[type]} />}
      <Field label="Countries" values={intelCountries(intel)} />
      {intel.stateSponsor && <Field label="Sponsor" values={[`${intel.stateSponsor} (suspected, CFR)`]} />}
      {intel.externalIds.length > 0 && (
        <div class="watch-field">
          <dt>Ids</dt>
          <dd>
            {intel.externalIds.map((external, at) => (
              <span key={`${external.source} ${external.id}`}>
                {at > 0 && ' · '}
                {external.url ? (
                  <a href={external.url} target="_blank" rel="noopener noreferrer">
                    {externalIdText(external)}
                  </a>
                ) : (
                  externalIdText(external)
                )}
              </span>
            ))}
          </dd>
        </div>
      )}
      <Field label="From" values={[intelSource(intel)]} />
    </>
  );
}

/** The references the file gives: the first few, and how many more. */
function IntelSources({ links }: { links: readonly string[] }) {
  if (links.length === 0) return null;
  return (
    <ul class="watch-links" aria-label="Sources">
      {links.slice(0, SOURCES_SHOWN).map((link) => (
        <li key={link}>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {link}
          </a>
        </li>
      ))}
      {links.length > SOURCES_SHOWN && <li class="watch-more">and {(links.length - SOURCES_SHOWN).toLocaleString('en')} more sources</li>}
    </ul>
  );
}

/** What tells a namesake apart: its countries, birth dates and programmes (or its file's countries and ids, or its note), and its list. */
function NamesakeItem({ term, list }: Namesake) {
  const colour = colourOf(list.colour);
  const { sanctions, intel } = term;
  const facts = sanctions
    ? [...countries(sanctions), ...sanctions.birthDates.map((date) => `born ${date}`), ...(sanctions.programIds.length > 0 ? sanctions.programIds : sanctions.sanctions)]
    : intel
      ? [...intelCountries(intel), ...intel.externalIds.map(externalIdText)]
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
 * The reader's part of a card: their list (in its colour), note, other names, links, what a
 * sanctions list or a threat-intelligence file says of the term, and edit or remove; then the
 * namesakes that share the highlight, each with what tells it apart.
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
      {term.intel && <IntelDescription text={term.intel.description} />}
      <dl class="watch-fields">
        <Field label="Also" values={term.aliases} />
        {term.sanctions && <SanctionsFields sanctions={term.sanctions} />}
        {term.intel && <IntelFields intel={term.intel} />}
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
      {term.intel && <IntelSources links={term.intel.links} />}
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

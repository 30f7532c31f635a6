import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { alsoKnownAs, firstNames, sameName, type NameInUse, type NamedBy } from '../../lib/dictionary/crosswalk';
import type { Namer } from '../../lib/dictionary/namers';
import type { Term } from '../../lib/dictionary/schema';
import { trusted } from './trusted';

/** Names a card shows before "+N more": about three lines of a 380 px card. */
const CARD_NAMES = 4;

const namerLabel = (namer: Namer | undefined) =>
  namer === undefined ? 'Other names' : namer === 'Press' ? 'The press' : namer === 'Self' ? 'Its own' : namer;

/** The names as a line of text ("Forest Blizzard, Strontium (former)"): read and copied as written. */
function Names({ names, onPage }: { names: readonly NameInUse[]; onPage?: string }) {
  return (
    <span>
      {names.map(({ text, former }, index) => (
        <Fragment key={text}>
          {index > 0 && ', '}
          {onPage && sameName(text, onPage) ? <strong class="on-page">{text}</strong> : text}
          {former && <span class="former"> (former)</span>}
        </Fragment>
      ))}
    </span>
  );
}

function Crosswalk({ groups, onPage, id }: { groups: readonly NamedBy[]; onPage?: string; id: string }) {
  // An agency's other names credit no one: one plain list, without a column of namers.
  if (groups.length === 1 && groups[0]!.namer === undefined) {
    return (
      <p class="aka-list" id={id}>
        <Names names={groups[0]!.names} onPage={onPage} />
      </p>
    );
  }
  return (
    <dl class="crosswalk" id={id}>
      {groups.map(({ namer, names }) => (
        <div class="crosswalk-row" key={namer ?? ''}>
          <dt>{namerLabel(namer)}</dt>
          <dd>
            <Names names={names} onPage={onPage} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export interface AlsoKnownAsProps {
  term: Term;
  /** The name as the page wrote it, set apart among the others. */
  onPage?: string;
  /** Every name at once (the term's page); else the first few and "+N more". */
  expanded?: boolean;
}

/**
 * "Also known as", grouped by who uses each name: a hacking group's vendor crosswalk. The card
 * shows the first few names and a button for the rest, which says whether it is open
 * (aria-expanded) and which list it opens (aria-controls).
 */
export function AlsoKnownAs({ term, onPage, expanded = false }: AlsoKnownAsProps) {
  const [open, setOpen] = useState(expanded);
  const groups = alsoKnownAs(term);
  if (groups.length === 0) return null;
  const { shown, hidden } = open ? { shown: groups, hidden: 0 } : firstNames(groups, CARD_NAMES);
  const id = `sst-aka-${term.id}`;
  return (
    <section class="aka" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="section-title">
        Also known as
      </h3>
      <Crosswalk groups={shown} onPage={onPage} id={id} />
      {!expanded && (hidden > 0 || open) && (
        <button type="button" class="more-names" aria-expanded={open} aria-controls={id} onClick={trusted(() => setOpen(!open))}>
          {open ? (
            'Show fewer'
          ) : (
            <>
              +{hidden} more<span class="visually-hidden"> names</span>
            </>
          )}
        </button>
      )}
    </section>
  );
}

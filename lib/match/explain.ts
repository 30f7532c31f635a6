import { countryName } from '../text/countries';

/**
 * Why a hit counts when it is not plain to see, for the card to say so: a rule of the matcher
 * decided it, not the name as written.
 */
export type Reason =
  /** A short reference, after the full name earlier on the page. */
  | { rule: 'short-reference' }
  /** In lower case, where the page also writes the name with capitals. */
  | { rule: 'lower-case'; proper: string }
  /** In lower case, after its owner. */
  | { rule: 'owner'; owner: string }
  /** A name other countries share, on a page that names its country beside others. */
  | { rule: 'country'; country: string };

/** "Dowden: Oliver Dowden, named earlier on this page". */
export function explain(reason: Reason, found: string, label: string): string {
  switch (reason.rule) {
    case 'short-reference':
      return `${found}: ${label}, named earlier on this page`;
    case 'lower-case':
      return `Lower case: the page names it “${reason.proper}” too`;
    case 'owner':
      return `Lower case: named with its owner, “${reason.owner}”`;
    case 'country':
      return `Country: the page is about ${countryName(reason.country)} too, so this is its ${found}, not another country’s`;
  }
}

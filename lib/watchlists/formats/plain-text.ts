import { parseAt } from '../../checks/import-error';
import { inSlices } from '../../scheduling/slices';
import type { IncomingTerm } from '../merge';
import { SharedTerm } from './shared';

/**
 * Plain text, one term per line, other names after `|` ("Volt Typhoon | Vanguard Panda"):
 * what the watchlists page's paste box and a .txt import read, a slice of lines at a time (a
 * paste of 20,000 lines must not hold the page). Blank lines and lines starting with `#` are
 * passed over. A line that does not fit (a name too long) refuses the whole text, naming the
 * line.
 */
export async function readPlainText(text: string): Promise<SharedTerm[]> {
  const terms: SharedTerm[] = [];
  await inSlices(text.split(/\r\n|\r|\n/).entries(), ([at, line]) => {
    const [label, ...aliases] = line
      .split('|')
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
    if (label !== undefined && !label.startsWith('#')) terms.push(parseAt(SharedTerm, { label, aliases }, [`Line ${at + 1}`]));
  });
  return terms;
}

export function writePlainText(terms: ReadonlyArray<Pick<IncomingTerm, 'label' | 'aliases'>>): string {
  return terms.map((term) => [term.label, ...(term.aliases ?? [])].join(' | ')).join('\n') + '\n';
}

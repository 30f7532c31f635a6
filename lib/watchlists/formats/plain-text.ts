import { parseAt } from '../../export/import-error';
import type { IncomingTerm } from '../merge';
import { SharedTerm } from './shared';

/**
 * Plain text, one term per line, other names after `|` ("Volt Typhoon | Vanguard Panda"):
 * what the watchlists page's paste box and a .txt import read. Blank lines and lines starting
 * with `#` are passed over. A line that does not fit (a name too long) refuses the whole text,
 * naming the line.
 */
export function readPlainText(text: string): SharedTerm[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, at) => {
    const [label, ...aliases] = line
      .split('|')
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
    if (label === undefined || label.startsWith('#')) return [];
    return [parseAt(SharedTerm, { label, aliases }, [`Line ${at + 1}`])];
  });
}

export function writePlainText(terms: ReadonlyArray<Pick<IncomingTerm, 'label' | 'aliases'>>): string {
  return terms.map((term) => [term.label, ...(term.aliases ?? [])].join(' | ')).join('\n') + '\n';
}

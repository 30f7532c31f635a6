import type { IncomingTerm } from '../merge';

/**
 * Plain text, one term per line, other names after `|` ("Volt Typhoon | Vanguard Panda"):
 * what the watchlists page's paste box and a .txt import read. Blank lines and lines starting
 * with `#` are passed over.
 */
export function readPlainText(text: string): IncomingTerm[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.split('|').map((name) => name.trim()).filter((name) => name.length > 0))
    .filter((names) => names.length > 0 && !names[0]!.startsWith('#'))
    .map(([label, ...aliases]) => ({ label: label!, aliases }));
}

export function writePlainText(terms: ReadonlyArray<Pick<IncomingTerm, 'label' | 'aliases'>>): string {
  return terms.map((term) => [term.label, ...(term.aliases ?? [])].join(' | ')).join('\n') + '\n';
}

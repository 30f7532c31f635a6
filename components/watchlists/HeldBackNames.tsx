import type { HeldBackName, HoldReason } from '../../lib/watchlists/alias-rules';
import type { HeldBackInTerm } from '../../lib/watchlists/merge';

/** Each rule in the words of the README's "Names that are not safe to highlight". */
const REASONS: Record<HoldReason, string> = {
  'one character': 'one character',
  'two letters, not capitals': 'two letters, not capitals',
  'an ordinary word': 'an ordinary English word',
  'ordinary words in capitals': 'ordinary English words in capitals',
};

const what = ({ highlighted, reason }: HeldBackName) => `${highlighted === 'never' ? 'not highlighted' : 'highlighted only as written'}: ${REASONS[reason]}`;

/** Names listed at once in an import's report; the rest are counted. */
const SHOWN = 200;

/** An import's held-back names: each with its term and the rule that holds it back. */
export function HeldBackList({ names }: { names: readonly HeldBackInTerm[] }) {
  return (
    <ul class="held-back">
      {names.slice(0, SHOWN).map((held, at) => (
        <li key={at}>
          <strong>{held.name}</strong>
          {held.name !== held.term && <> in “{held.term}”</>} — {what(held)}
        </li>
      ))}
      {names.length > SHOWN && <li>and {(names.length - SHOWN).toLocaleString('en')} more</li>}
    </ul>
  );
}

/** A term's own held-back names, in its row of the term list. */
export function heldBackLine(names: readonly HeldBackName[]): string {
  return names.map((held) => `${held.name} (${what(held)})`).join('; ');
}

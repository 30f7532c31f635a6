import type { Correction } from '../../lib/db/corrections-schema';
import type { Dictionary } from '../../lib/dictionary/schema';

export interface CorrectionListProps {
  corrections: readonly Correction[];
  dictionary: Dictionary;
  onUndo(id: string): void;
}

const where = (correction: Correction) => (correction.scope === 'site' ? `on ${correction.site}` : `on ${correction.url}`);

/** The reader's "Not this" corrections, each of which can be undone (the highlight returns on the next visit). */
export function CorrectionList({ corrections, dictionary, onUndo }: CorrectionListProps) {
  const labels = new Map(dictionary.terms.map((term) => [term.id, term.label]));
  return (
    <section class="options-group" aria-label="Corrections">
      <h3>Corrections</h3>
      {corrections.length === 0 ? (
        <p class="note">None. Choose “Not this?” in a term’s card when a highlight is not the term it says.</p>
      ) : (
        <ul class="site-list corrections">
          {corrections.map((correction) => (
            <li key={correction.id}>
              <span class="site-name">
                “{correction.text}” is not {labels.get(correction.termId) ?? correction.termId}{' '}
                <span class="hint inline">{where(correction)}</span>
              </span>
              <button type="button" aria-label={`Undo: “${correction.text}” ${where(correction)}`} onClick={() => onUndo(correction.id)}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

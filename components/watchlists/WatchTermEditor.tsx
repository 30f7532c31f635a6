import { useState } from 'preact/hooks';
import { TermKind } from '../../lib/dictionary/schema';
import type { WatchTerm } from '../../lib/db/watchlists-schema';
import type { WatchTermChanges } from '../../lib/watchlists/store';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Editing a reader's term: its name, other names, note, links, kind and case rule. */
export function WatchTermEditor({ term, onSave, onCancel }: { term: WatchTerm; onSave(changes: WatchTermChanges): Promise<unknown>; onCancel(): void }) {
  const [label, setLabel] = useState(term.label);
  const [aliases, setAliases] = useState(term.aliases.join('\n'));
  const [note, setNote] = useState(term.note);
  const [links, setLinks] = useState(term.links.join('\n'));
  const [caseRule, setCaseRule] = useState(term.caseRule);
  const [kind, setKind] = useState(term.kind);
  const [error, setError] = useState('');
  const save = (event: Event) => {
    event.preventDefault();
    onSave({ label, aliases: lines(aliases), note, links: lines(links), caseRule, kind }).catch((failure: Error) =>
      setError(failure.message.includes('url') || failure.message.includes('URL') ? 'Links must be http(s) addresses.' : 'Not saved: check the fields.'),
    );
  };
  const value = (set: (text: string) => void) => (event: Event) => set((event.currentTarget as HTMLInputElement).value);
  return (
    <form class="term-editor" onSubmit={save} aria-label={`Edit ${term.label}`}>
      <label>
        Term
        <input value={label} onInput={value(setLabel)} required maxLength={300} />
      </label>
      <label>
        Also known as (one per line)
        <textarea rows={3} value={aliases} onInput={value(setAliases)} />
      </label>
      <label>
        Note
        <textarea rows={3} value={note} onInput={value(setNote)} />
      </label>
      <label>
        Links (one per line)
        <textarea rows={2} value={links} onInput={value(setLinks)} />
      </label>
      <label>
        Kind
        <select value={kind ?? ''} onChange={(event) => setKind(TermKind.safeParse(event.currentTarget.value).data)}>
          <option value="">None</option>
          {TermKind.options.map((option) => (
            <option value={option} key={option}>
              {option[0]!.toUpperCase() + option.slice(1)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Case
        <select value={caseRule} onChange={(event) => setCaseRule(event.currentTarget.value as WatchTerm['caseRule'])}>
          <option value="auto">Capitals exactly, other names in any case</option>
          <option value="exact">Exactly as written</option>
          <option value="any">Any case</option>
        </select>
      </label>
      {error && (
        <p class="import-outcome failed" role="alert">
          {error}
        </p>
      )}
      <div class="highlight-actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../lib/db/schema';

export const NOTE_SAVE_DELAY_MS = 400;
/**
 * Notes longer than this are shown shortened until the reader opens them: the browser lays out
 * all the text of a field, and a list of fields holding 150,000 characters each took hundreds
 * of milliseconds to show (npm run bench:library).
 */
export const LONG_NOTE = 10_000;
const PREVIEW = 600;

interface NoteEditorProps {
  label: string;
  value: string;
  placeholder?: string;
  onSave(note: string): Promise<unknown>;
}

/**
 * A note saved as it is typed (after a pause, and at once when the field loses focus): there
 * is no save button to forget.
 */
export function NoteEditor({ label, value, placeholder, onSave }: NoteEditorProps) {
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<'saved' | 'editing' | { failed: string }>('saved');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<string | null>(null);
  const [opened, setOpened] = useState(false);

  const flush = () => {
    clearTimeout(timer.current);
    const note = pending.current;
    if (note === null) return;
    pending.current = null;
    onSave(note).then(
      () => setStatus(pending.current === null ? 'saved' : 'editing'),
      (error: unknown) => setStatus({ failed: error instanceof Error ? error.message : 'Not saved: try again.' }),
    );
  };

  // Whatever was typed is saved when the editor goes away (the popup closing, say).
  useEffect(() => flush, []);

  // A note changed elsewhere (an import, another tab) is shown, unless the reader is typing here.
  useEffect(() => {
    if (pending.current === null) setDraft(value);
  }, [value]);

  if (draft.length > LONG_NOTE && !opened) {
    return (
      <div class="note-editor">
        <p class="note-preview">{draft.slice(0, PREVIEW)}…</p>
        <button type="button" class="link" onClick={() => setOpened(true)}>
          {`Show and edit the whole note (${draft.length.toLocaleString('en')} characters)`}
        </button>
      </div>
    );
  }

  return (
    <label class="note-editor">
      <span class="visually-hidden">{label}</span>
      <textarea
        value={draft}
        // Opened by the reader to edit it: the cursor goes there at once.
        autoFocus={opened}
        rows={2}
        // The same limit as saving and import (lib/db/schema.ts): typing stops there.
        maxLength={LIMITS.note}
        placeholder={placeholder}
        onInput={(event) => {
          const note = event.currentTarget.value;
          setDraft(note);
          setStatus('editing');
          pending.current = note;
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
      <span class="note-status" aria-live="polite">
        {typeof status === 'object' ? status.failed : status === 'editing' ? 'Saving…' : draft ? 'Saved' : ''}
      </span>
    </label>
  );
}

import { useRef, useState } from 'preact/hooks';
import { NoteFrame, type ReadNote } from './NoteFrame';
import { trusted } from './trusted';

export interface SaveActionProps {
  saved: boolean;
  onSave(note: string): Promise<unknown>;
  /** Where the note is typed: the extension's note field page, out of the news page's reach. */
  noteField: { url: string; origin: string };
  /** Closes the card (Escape in the note field). */
  onClose(): void;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** "Save" for the passage a card is about, with an optional note typed in the card. */
export function SaveAction({ saved, onSave, noteField, onClose }: SaveActionProps) {
  const readNote = useRef<ReadNote | undefined>(undefined);
  const [noting, setNoting] = useState(false);
  const [status, setStatus] = useState<Status>(saved ? { kind: 'saved' } : { kind: 'idle' });

  const save = async () => {
    setStatus({ kind: 'saving' });
    try {
      const note = readNote.current ? await readNote.current() : '';
      await onSave(note.trim());
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  if (status.kind === 'saved') {
    return (
      <p class="actions saved" role="status">
        Saved to your highlights. Notes are in the toolbar popup.
      </p>
    );
  }
  return (
    <div class="actions">
      {noting && (
        <div class="note-field">
          <span aria-hidden="true">Note</span>
          <NoteFrame {...noteField} label="Note" reader={readNote} onEscape={onClose} />
        </div>
      )}
      <div class="buttons">
        <button type="button" class="primary" disabled={status.kind === 'saving'} onClick={trusted(save)}>
          {noting ? 'Save with note' : 'Save'}
        </button>
        {!noting && (
          <button type="button" class="secondary" onClick={trusted(() => setNoting(true))}>
            Add a note
          </button>
        )}
      </div>
      {status.kind === 'failed' && (
        <p class="error" role="alert">
          Could not save: {status.message}
        </p>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';

/** A listed item's actions: its own one, then Delete (which offers Undo where it is used). */
export function ItemActions({ label, onAct, onDelete }: { label: ComponentChildren; onAct(): void; onDelete(): void }) {
  return (
    <div class="highlight-actions">
      <button type="button" onClick={onAct}>
        {label}
      </button>
      <button type="button" class="danger" onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}

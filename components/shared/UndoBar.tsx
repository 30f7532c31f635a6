import { useEffect } from 'preact/hooks';

export const UNDO_WINDOW_MS = 10_000;

/** "Deleted. Undo": deleting asks nothing, and can be taken back for a while. */
export function UndoBar({ message, onUndo, onExpire }: { message: string; onUndo(): void; onExpire(): void }) {
  useEffect(() => {
    const timer = setTimeout(onExpire, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div class="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}

/**
 * Why a save failed, in words a reader can act on. What the storage layer throws (a
 * DOMException wrapped by Dexie) means nothing to them, and Chromium does not
 * even pass a non-Error rejection through messaging ("A runtime.onMessage listener's promise
 * rejected without an Error").
 */
export const STORAGE_FULL =
  "Your browser's storage for the extension is full. Delete highlights you no longer need (export them first to keep a copy), or free some disk space, then save again.";
export const SAVE_INTERRUPTED =
  'The extension was restarting and did not answer, so the highlight may not be saved. Please try again.';

/** Dexie wraps the browser's errors (`inner`); others chain them (`cause`). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 8; ) {
    chain.push(current);
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return chain;
}

const named = (error: unknown, name: string) => (error as { name?: unknown }).name === name;

export function describeSaveError(error: unknown): string {
  if (causes(error).some((cause) => named(cause, 'QuotaExceededError'))) return STORAGE_FULL;
  // A plain Error is the extension's own, already in words ("Not saved: the note is longer …").
  if (error instanceof Error && error.constructor === Error) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `The highlight could not be saved (${message}).`;
}

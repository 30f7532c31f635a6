import type { WatchCardPartProps } from '../../../components/card/WatchCardPart';
import { z } from 'zod/mini';
import { WatchTermWithList, type GetWatchTerm } from '../../../lib/messages';
import { AddTermForm } from './add-term-form';
import { isAddToWatchlistKey } from '../first-look/keyboard';

/**
 * The reader's part of a card: their term and its list, and the namesakes of the name it was
 * opened on (`text`), asked of the background (which owns the database) when the card opens.
 * Edit opens the watchlists page at the term; Remove takes it out of its list, and every tab
 * repaints without it.
 */
export async function watchPart(termId: string, text: string | undefined, closeCard: () => void): Promise<WatchCardPartProps | undefined> {
  const request: GetWatchTerm = { type: 'getWatchTerm', id: termId, ...(text && { text: text.slice(0, 1_000) }) };
  const answer = z.nullable(WatchTermWithList).safeParse(await browser.runtime.sendMessage(request));
  if (!answer.success || !answer.data) return undefined;
  return {
    ...answer.data,
    onEdit: () => void browser.runtime.sendMessage({ type: 'openWatchlists', termId }),
    onRemove: () => {
      closeCard();
      void browser.runtime.sendMessage({ type: 'removeWatchTerm', id: termId });
    },
  };
}

/** "Add to watchlist…" from the context menu or Alt+Shift+W, on what the reader selected. */
export interface AddToWatchlist {
  open(): Promise<void>;
  /** Acts on Alt+Shift+W (also when the first look saw it before the reader loaded); true when it was. */
  handleKey(event: KeyboardEvent): boolean;
}

export function wireAddToWatchlist(signal: AbortSignal): AddToWatchlist {
  const form = new AddTermForm();
  // The extension gone (updated, reloaded): its form leaves the page with it.
  signal.addEventListener('abort', () => form.close());
  const open = async () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed) throw new Error('Select a name on the page to add it to a watchlist.');
    await form.open(selection.getRangeAt(0));
  };
  const handleKey = (event: KeyboardEvent) => {
    if (!isAddToWatchlistKey(event)) return false;
    event.preventDefault();
    event.stopPropagation();
    open().catch((error: Error) => console.warn('State Security Lens:', error.message));
    return true;
  };
  window.addEventListener('keydown', (event) => event.isTrusted && handleKey(event), { capture: true, signal });
  return { open, handleKey };
}

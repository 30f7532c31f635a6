import type { WatchCardPartProps } from '../../components/WatchCardPart';
import { z } from 'zod/mini';
import { WatchTermWithList } from '../../lib/messages';
import { AddTermForm } from './add-term-form';

/** Alt+Shift+W: add the selection to a watchlist (read from the physical key, as the others). */
const ADD_KEY = 'KeyW';

/**
 * The reader's part of a card: their term and its list, asked of the background (which owns
 * the database) when the card opens. Edit opens the watchlists page at the term; Remove takes
 * it out of its list, and every tab repaints without it.
 */
export async function watchPart(termId: string, closeCard: () => void): Promise<WatchCardPartProps | undefined> {
  const answer = z.nullable(WatchTermWithList).safeParse(await browser.runtime.sendMessage({ type: 'getWatchTerm', id: termId }));
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
export function wireAddToWatchlist(signal: AbortSignal): () => Promise<void> {
  const form = new AddTermForm();
  // The extension gone (updated, reloaded): its form leaves the page with it.
  signal.addEventListener('abort', () => form.close());
  const openForSelection = async () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed) throw new Error('Select a name on the page to add it to a watchlist.');
    await form.open(selection.getRangeAt(0));
  };
  window.addEventListener(
    'keydown',
    (event) => {
      const shortcut = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === ADD_KEY;
      if (!event.isTrusted || !shortcut) return;
      event.preventDefault();
      event.stopPropagation();
      openForSelection().catch((error: Error) => console.warn('State Security Lens:', error.message));
    },
    { capture: true, signal },
  );
  return openForSelection;
}

import type { SavedHighlight } from '../../lib/db/schema';

/** A text fragment (#:~:text=) scrolls the browser to the passage even before our script runs. */
export const highlightAddress = (highlight: SavedHighlight) =>
  `${highlight.url}#:~:text=${encodeURIComponent(highlight.quote.exact.slice(0, 300))}`;

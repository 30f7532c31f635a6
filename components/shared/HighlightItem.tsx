import type { SavedHighlight } from '../../lib/db/schema';
import type { Term } from '../../lib/dictionary/schema';
import { ItemActions } from './ItemActions';
import { NoteEditor } from './NoteEditor';

interface HighlightItemProps {
  highlight: SavedHighlight;
  term?: Term;
  /** The passage could not be found on the page as it is now. */
  missing?: boolean;
  /** Shown in the library, where highlights of many pages are listed together. */
  showPage?: boolean;
  onNote(note: string): Promise<unknown>;
  onDelete(): void;
  onOpen(): void;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function HighlightItem({ highlight, term, missing, showPage, onNote, onDelete, onOpen }: HighlightItemProps) {
  return (
    <li class={`highlight${missing ? ' missing' : ''}`}>
      <blockquote class="highlight-quote">{highlight.quote.exact}</blockquote>
      <p class="highlight-meta">
        {term && <span class="highlight-term">{term.label}</span>}
        {showPage && <span class="highlight-page">{highlight.pageTitle || highlight.url}</span>}
        <time dateTime={highlight.createdAt}>{dateFormat.format(new Date(highlight.createdAt))}</time>
        {missing && <span class="highlight-missing">Not found on the page as it is now</span>}
      </p>
      <NoteEditor label={`Note on “${highlight.quote.exact.slice(0, 40)}”`} value={highlight.note} placeholder="Add a note…" onSave={onNote} />
      <ItemActions label={showPage ? 'Open page' : 'Show on page'} onAct={onOpen} onDelete={onDelete} />
    </li>
  );
}

import type { ComponentChildren } from 'preact';

export type LibraryView = 'highlights' | 'terms';

/** The library's two views, addressed by fragment (library.html#terms) so that links reach either. */
export const libraryViewOf = (hash: string): LibraryView => (hash === '#terms' ? 'terms' : 'highlights');

export function LibraryTabs({ view, children }: { view: LibraryView; children: ComponentChildren }) {
  const tab = (id: LibraryView, label: string) => (
    <a href={`#${id}`} class="library-tab" aria-current={view === id ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <>
      <nav class="library-tabs" aria-label="Library">
        {tab('highlights', 'Highlights')}
        {tab('terms', 'Terms')}
      </nav>
      {children}
    </>
  );
}

import { PageAnnotator } from '../../lib/page/annotator';
import { type HighlightLayer, type HighlightNames, styleTerms } from '../../lib/page/highlights';
import { annotateLivePage, type LiveAnnotation } from '../../lib/page/mutations';
import { readsPage, type Settings } from '../../lib/settings';
import type { SavedHighlights } from './saved-highlights';
import { matcherForKinds, type TermSource } from './term-matcher';

/**
 * What the page shows, kept in step with the reader's settings: the extension switched off or
 * paused on this site reads nothing; other kinds of terms mean reading the page again; a new
 * highlight style only repaints.
 */
export class PageSession {
  readonly annotator: PageAnnotator;
  private live?: LiveAnnotation;
  private savedLoaded: Promise<void> = Promise.resolve();
  private kinds = '';

  constructor(
    private readonly source: TermSource,
    readonly terms: HighlightLayer,
    private readonly saved: SavedHighlights,
    private readonly names: HighlightNames,
    onChange: (annotator: PageAnnotator) => void,
  ) {
    this.annotator = new PageAnnotator(matcherForKinds(source, []), terms, () => onChange(this.annotator));
  }

  /** Resolves when the page as read so far is annotated (at once when nothing is read). */
  settled(): Promise<void> {
    return this.live?.settled() ?? Promise.resolve();
  }

  /** Resolves when the saved highlights are painted. */
  savedReady(): Promise<void> {
    return this.savedLoaded;
  }

  apply(settings: Settings): void {
    styleTerms(this.terms, settings.highlightStyle, this.names);
    if (!readsPage(settings, location.href)) return this.stop();
    const kinds = settings.kinds.join();
    if (this.live && kinds === this.kinds) return;
    this.kinds = kinds;
    this.live?.stop();
    this.annotator.reset(matcherForKinds(this.source, settings.kinds));
    this.live = annotateLivePage(document, this.annotator);
    this.savedLoaded = this.live.settled().then(() => this.saved.load());
    this.savedLoaded.catch((error) => console.warn('State Security Lens: saved highlights not loaded', error));
  }

  /** Reads nothing more and unpaints everything (paused, or the extension gone). */
  stop(): void {
    this.live?.stop();
    this.live = undefined;
    this.kinds = '';
    this.annotator.reset();
    this.saved.clear();
  }
}

import { PageAnnotator } from '../../../lib/page/annotator';
import { type HighlightLayer, styleTerms } from '../../../lib/page/highlights';
import type { PrivateOverlay } from '../../../lib/page/overlay/overlay';
import { annotateLivePage, type LiveAnnotation } from '../../../lib/page/mutations';
import type { WalkAhead } from '../../../lib/page/walk-ahead';
import { WatchLayers } from '../../../lib/page/watch-layers';
import { readsPage, type Settings } from '../../../lib/settings';
import type { SavedHighlights } from './saved-highlights';
import { matcherForPacks, type TermSource } from './term-matcher';

/**
 * What the page shows, kept in step with the reader's settings and lists: the extension
 * switched off or paused on this site reads nothing; other packs switched off, or a change of the
 * reader's lists, mean reading the page again; a new highlight style only repaints.
 */
export class PageSession {
  readonly annotator: PageAnnotator;
  private readonly layers: WatchLayers;
  private live?: LiveAnnotation;
  private savedLoaded: Promise<void> = Promise.resolve();
  private settings?: Settings;
  /** The packs switched off and the terms the page was last read with. */
  private readWith?: { packsOff: string; source: TermSource };

  constructor(
    private source: TermSource,
    readonly terms: HighlightLayer,
    private readonly overlay: PrivateOverlay,
    private readonly saved: SavedHighlights,
    onChange: (annotator: PageAnnotator) => void,
    /** The page walked while its terms are on their way, for the first read. */
    private walkAhead?: WalkAhead,
  ) {
    this.layers = new WatchLayers(terms, (role) => overlay.layer(role));
    this.annotator = new PageAnnotator(matcherForPacks(source, []), this.layers, () => onChange(this.annotator));
  }

  /** The terms the page is read with (a term's list colour, shared names). */
  get termSource(): TermSource {
    return this.source;
  }

  /** Resolves when the page as read so far is annotated (at once when nothing is read). */
  settled(): Promise<void> {
    return this.live?.settled().then(() => this.annotator.painted()) ?? Promise.resolve();
  }

  /** Resolves when the saved highlights are painted. */
  savedReady(): Promise<void> {
    return this.savedLoaded;
  }

  apply(settings: Settings): void {
    this.settings = settings;
    styleTerms(this.terms, settings.highlightStyle);
    this.overlay.showLists(settings.highlightStyle !== 'hover');
    this.refresh();
  }

  /** The reader's lists changed: their terms, in their colours. */
  use(source: TermSource): void {
    this.source = source;
    this.refresh();
  }

  private refresh(): void {
    const { settings, source } = this;
    if (!settings) return;
    if (!readsPage(settings, location.href)) return this.stop();
    const packsOff = [...settings.packsOff].sort().join();
    if (this.live && this.readWith?.packsOff === packsOff && this.readWith.source === source) return;
    this.readWith = { packsOff, source };
    this.live?.stop();
    this.layers.colour(source.matcher.slotOf);
    this.annotator.reset(matcherForPacks(source, settings.packsOff));
    this.live = annotateLivePage(document, this.annotator, this.walkAhead?.take());
    this.walkAhead = undefined;
    this.savedLoaded = this.live.settled().then(() => this.saved.load());
    this.savedLoaded.catch((error) => console.warn('State Security Lens: saved highlights not loaded', error));
  }

  /** Reads nothing more and unpaints everything (paused, or the extension gone). */
  stop(): void {
    // A walk never read (the page paused first) stops watching the page.
    this.walkAhead?.take();
    this.walkAhead = undefined;
    this.live?.stop();
    this.live = undefined;
    this.readWith = undefined;
    this.annotator.reset();
    this.saved.clear();
  }
}

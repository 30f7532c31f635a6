import type { TermCardProps } from '../../../components/card/TermCard';
import type { CorrectionScope } from '../../../lib/db/corrections-schema';
import type { WatchCardPartProps } from '../../../components/card/WatchCardPart';
import type { Dictionary, Term } from '../../../lib/dictionary/schema';
import { explain, type Reason } from '../../../lib/match/explain';
import type { SeenElsewhere } from '../../../lib/db/sightings-schema';
import type { CardView } from '../card/card-view';
import { loadCardView } from '../card/card-view-script';

/** The note field's page, web-accessible at this session's address, and the extension's origin. */
const NOTE_FIELD = {
  url: browser.runtime.getURL('/note-field.html'),
  origin: new URL(browser.runtime.getURL('/')).origin,
};

export interface CardRequest {
  termId: string;
  anchor: Range;
  /** Opened from the keyboard: the card takes focus, as a dialog does. */
  focus: boolean;
  position?: string;
  /** The card is about the anchored occurrence itself (not a related term): it can be saved. */
  saveable: boolean;
  /** The occurrence's text, and the rule that let it count, for the card to explain. */
  text?: string;
  reason?: Reason;
}

export interface CardHostEvents {
  countOf(termId: string): number;
  isSaved(anchor: Range): boolean;
  save(anchor: Range, termId: string, note: string): Promise<unknown>;
  /** The reader says the occurrence at `anchor` is not this term. */
  notThis(anchor: Range, scope: CorrectionScope): Promise<unknown>;
  /** Where else the term was seen (asked of the background when a card opens). */
  seenElsewhere(termId: string): Promise<SeenElsewhere | undefined>;
  openTermPage(termId: string): void;
  onPointerInside(inside: boolean): void;
  onClosed(): void;
  /** The other half of a term the dictionary and a reader's list share, if any. */
  companionsOf(termId: string): readonly string[];
  /** The reader's part of a card (their term and its list, and the namesakes of `text`), fetched when the card opens. */
  watchPart(termId: string, text?: string): Promise<WatchCardPartProps | undefined>;
  /** The closed shadow root the card is drawn in (the overlay's). */
  uiRoot(): ShadowRoot;
}

const isReadersTerm = (termId: string) => termId.startsWith('wt-');

/**
 * Which card is open, what it says, and where focus returns when it closes. The card itself
 * (Preact, its positioning, the shadow root that keeps the page's CSS out) is the card view,
 * loaded the first time a card is needed (card-view-script.ts).
 */
export class CardHost {
  private view?: CardView;
  private viewReady?: Promise<CardView>;
  private request?: CardRequest;
  private focusBefore: Element | null = null;
  private prepared = false;
  /** The dictionary's text, which comes with the card view. */
  private terms = new Map<string, Term>();
  private sources = new Map<string, Dictionary['sources'][number]>();

  constructor(private readonly events: CardHostEvents) {}

  get openTermId(): string | undefined {
    return this.request?.termId;
  }

  get openedByKeyboard(): boolean {
    return !!this.request?.focus;
  }

  get engaged(): boolean {
    return !!this.view?.engaged();
  }

  contains(event: Event): boolean {
    return !!this.view?.contains(event);
  }

  /**
   * Gets the card view ready, the first time a card is likely soon (the pointer rests on a
   * term): loaded, and rehearsed with the card that `request` would show.
   */
  prepare(request: CardRequest): void {
    if (this.prepared) return;
    this.prepared = true;
    void this.loadView().then((view) => {
      const props = this.cardProps(request);
      if (props) view?.rehearse(props);
    });
  }

  /** Shows a card; resolves once it is rendered (still to be placed). */
  async show(request: CardRequest): Promise<void> {
    // Focus returns where it was before the first keyboard card, however many cards followed.
    if (!this.request?.focus) this.focusBefore = document.activeElement;
    this.request = request;
    const readers = [request.termId, ...this.events.companionsOf(request.termId)].find(isReadersTerm);
    const [view, watch] = await Promise.all([this.loadView(), readers ? this.events.watchPart(readers, request.text) : undefined]);
    const props = this.cardProps(request, watch);
    // Another card, or none, may have been asked for while the view was loading.
    if (view && props && this.request === request) {
      view.show(props, request.anchor, request.focus);
      void this.addSeenElsewhere(request, watch, props.term?.id ?? props.watch?.term.id ?? request.termId);
    }
  }

  /** The card opens at once; where else its term was seen follows a moment later. */
  private async addSeenElsewhere(request: CardRequest, watch: WatchCardPartProps | undefined, termId: string): Promise<void> {
    const seen = await this.events.seenElsewhere(termId);
    const props = seen && this.request === request ? this.cardProps(request, watch) : undefined;
    if (props) this.view?.update({ ...props, seen });
  }

  /** A short message on the page, in the card's closed shadow root (saves without a card). */
  notify(message: string, failed = false): void {
    void this.loadView().then((view) => view?.notify(message, failed));
  }

  close(): void {
    if (!this.request) return;
    const { focus } = this.request;
    this.request = undefined;
    this.view?.clear();
    if (focus && this.focusBefore instanceof HTMLElement) this.focusBefore.focus({ preventScroll: true });
    this.events.onClosed();
  }

  /** Closes the card and takes it off the page (the extension is gone). */
  remove(): void {
    this.close();
    this.view?.remove();
  }

  /** The card view and the dictionary's text, loaded once; undefined (and tried again next time) if it failed to load. */
  private loadView(): Promise<CardView | undefined> {
    this.viewReady ??= loadCardView().then(({ createCardView, dictionary }) => {
      this.terms = new Map(dictionary.terms.map((term) => [term.id, term]));
      this.sources = new Map(dictionary.sources.map((source) => [source.id, source]));
      return (this.view = createCardView((inside) => this.events.onPointerInside(inside), () => this.events.uiRoot()));
    });
    return this.viewReady.catch((error: unknown) => {
      this.viewReady = undefined;
      console.warn('State Security Lens: the card could not be loaded', error);
      return undefined;
    });
  }

  /** One card for a term, and for its other half when a list shares its name with the dictionary. */
  private cardProps(request: CardRequest, watch?: WatchCardPartProps): TermCardProps | undefined {
    const ids = [request.termId, ...this.events.companionsOf(request.termId)];
    const term = ids.map((id) => this.terms.get(id)).find((found) => found !== undefined);
    if (!term && !watch) return undefined;
    const termId = term?.id ?? request.termId;
    const label = term?.label ?? watch!.term.label;
    return {
      term,
      watch,
      sources: this.sources,
      terms: this.terms,
      related: term?.related.flatMap((id) => this.terms.get(id) ?? []) ?? [],
      count: ids.reduce((sum, id) => sum + this.events.countOf(id), 0),
      position: request.position,
      save: request.saveable
        ? {
            saved: this.events.isSaved(request.anchor),
            onSave: (note) => this.events.save(request.anchor, termId, note),
            noteField: NOTE_FIELD,
          }
        : undefined,
      nameOnPage: request.saveable ? request.text : undefined,
      why: request.saveable && request.reason && request.text ? explain(request.reason, request.text, label) : undefined,
      notThis:
        request.saveable && request.text
          ? { text: request.text, onNotThis: (scope) => this.events.notThis(request.anchor, scope) }
          : undefined,
      onAllSightings: () => this.events.openTermPage(termId),
      onOpenTerm: (termId) => void this.show({ ...request, termId, position: undefined, saveable: false }),
      onClose: () => this.close(),
    };
  }
}

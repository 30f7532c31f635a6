import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { TermCard } from '../../components/TermCard';
import cardCss from '../../components/term-card.css?inline';
import type { Dictionary, Term } from '../../lib/dictionary/schema';
import { UI_HOST_TAG } from '../../lib/page/skip-rules';

export interface CardRequest {
  termId: string;
  anchor: Range;
  /** Opened from the keyboard: the card takes focus, as a dialog does. */
  focus: boolean;
  position?: string;
  /** The card is about the anchored occurrence itself (not a related term): it can be saved. */
  saveable: boolean;
}

export interface CardHostEvents {
  countOf(termId: string): number;
  isSaved(anchor: Range): boolean;
  save(anchor: Range, termId: string, note: string): Promise<unknown>;
  onPointerInside(inside: boolean): void;
  onClosed(): void;
}

/**
 * The one element the extension adds to a page: a host whose shadow root holds the card, so
 * that the page's CSS cannot reach the card and the card's CSS cannot reach the page. It is
 * created when the first card is needed.
 */
export class CardHost {
  private mount?: HTMLElement;
  private request?: CardRequest;
  private stopPositioning?: () => void;
  private focusBefore: Element | null = null;
  private focusOnPlace = false;
  private readonly terms: Map<string, Term>;
  private readonly sources: Map<string, Dictionary['sources'][number]>;

  constructor(dictionary: Dictionary, private readonly events: CardHostEvents) {
    this.terms = new Map(dictionary.terms.map((term) => [term.id, term]));
    this.sources = new Map(dictionary.sources.map((source) => [source.id, source]));
  }

  get openTermId(): string | undefined {
    return this.request?.termId;
  }

  get openedByKeyboard(): boolean {
    return !!this.request?.focus;
  }

  /** Is the reader working in the card (typing a note, on a button)? */
  get hasFocus(): boolean {
    return !!this.mount && (this.mount.getRootNode() as ShadowRoot).activeElement !== null;
  }

  /** Is this event's target inside the card? (Events from the shadow root are retargeted.) */
  contains(event: Event): boolean {
    return !!this.mount && event.composedPath().includes(this.mount);
  }

  show(request: CardRequest): void {
    // Focus returns where it was before the first keyboard card, however many cards followed.
    if (!this.request?.focus) this.focusBefore = document.activeElement;
    this.stopPositioning?.();
    this.request = request;
    const mount = this.ensureMount();
    this.renderCard();
    const card = mount.firstElementChild as HTMLElement;
    // Positioning is asynchronous: unseen until placed, the card never flashes elsewhere.
    card.style.visibility = 'hidden';
    this.focusOnPlace = request.focus;
    this.stopPositioning = autoUpdate(this.reference(request.anchor), card, () => this.place(card));
  }

  close(): void {
    if (!this.request || !this.mount) return;
    const { focus } = this.request;
    this.stopPositioning?.();
    render(null, this.mount);
    this.request = undefined;
    if (focus && this.focusBefore instanceof HTMLElement) this.focusBefore.focus({ preventScroll: true });
    this.events.onClosed();
  }

  private renderCard(): void {
    const request = this.request!;
    const term = this.terms.get(request.termId)!;
    const related = term.related.flatMap((id) => this.terms.get(id) ?? []);
    render(
      <TermCard
        term={term}
        sources={this.sources}
        related={related}
        count={this.events.countOf(term.id)}
        position={request.position}
        save={
          request.saveable
            ? {
                saved: this.events.isSaved(request.anchor),
                onSave: (note) => this.events.save(request.anchor, term.id, note),
              }
            : undefined
        }
        onOpenTerm={(termId) => this.show({ ...request, termId, position: undefined, saveable: false })}
        onClose={() => this.close()}
      />,
      this.mount!,
    );
  }

  private reference(anchor: Range) {
    return {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
  }

  private async place(card: HTMLElement): Promise<void> {
    const anchor = this.request?.anchor;
    if (!anchor) return;
    const { x, y } = await computePosition(this.reference(anchor), card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Never taller than the room left beside the term: the card scrolls instead.
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            card.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    });
    card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    card.style.visibility = 'visible';
    // A hidden element cannot take focus: a keyboard card takes it once it is placed.
    if (this.focusOnPlace) {
      this.focusOnPlace = false;
      card.focus();
    }
  }

  private ensureMount(): HTMLElement {
    if (this.mount?.isConnected) return this.mount;
    const host = document.createElement(UI_HOST_TAG.toLowerCase());
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    const layer = document.createElement('div');
    layer.className = 'layer';
    // Enter and leave events reach the layer for its card, and not for moves inside the card.
    layer.addEventListener('pointerenter', () => this.events.onPointerInside(true));
    layer.addEventListener('pointerleave', () => this.events.onPointerInside(false));
    shadow.append(style, layer);
    document.documentElement.append(host);
    this.mount = layer;
    return layer;
  }
}

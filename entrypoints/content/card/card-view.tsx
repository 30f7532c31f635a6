import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { TermCard, type TermCardProps } from '../../../components/card/TermCard';
import cardCss from '../../../components/card/term-card.css?inline';
import { trusted } from '../../../components/card/trusted';
import { later } from '../../../lib/scheduling/timers';

/**
 * The card on screen: Preact, the card and its positioning. Built as a script of its own
 * (entrypoints/card-view.ts) that the content script loads the first time a card is needed,
 * so that a page with no terms never evaluates any of it.
 */
export interface CardView {
  /** Shows the card beside `anchor`, unseen until placed; it takes focus once placed when `focus`. */
  show(card: TermCardProps, anchor: Range, focus: boolean): void;
  /** Renders the open card again with more to say, where it is. */
  update(card: TermCardProps): void;
  clear(): void;
  /**
   * Has the reader worked in the card since it opened (clicked in it, or moved focus into it)?
   * Such a card is theirs to close: the pointer leaving it, as it shrinks after a save, is not.
   */
  engaged(): boolean;
  /**
   * Is this event's target inside the card? (Events from the shadow root are retargeted.) To be
   * asked while the event is dispatched: afterwards its composed path is empty, and the answer no.
   */
  contains(event: Event): boolean;
  /** Takes the card's layer off the page. */
  remove(): void;
  /** Tells the reader, for a few seconds, how a save made without a card went (keyboard, menu). */
  notify(message: string, failed: boolean): void;
  /**
   * Renders a card off the page and drops it, while the hover delay runs: the first real card
   * then finds the card's code compiled and its styles parsed, and paints within a frame.
   */
  rehearse(card: TermCardProps): void;
}

/** `root`: the closed shadow root the card is drawn in (the overlay's: lib/page/overlay/overlay.ts), under `<html>`. */
export type CreateCardView = (onPointerInside: (inside: boolean) => void, root: () => ShadowRoot) => CardView;

const reference = (anchor: Range) => ({
  getBoundingClientRect: () => anchor.getBoundingClientRect(),
  getClientRects: () => anchor.getClientRects(),
  contextElement: anchor.startContainer.parentElement ?? undefined,
});

async function place(card: HTMLElement, anchor: Range): Promise<void> {
  const { x, y } = await computePosition(reference(anchor), card, {
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
}

interface Mount {
  host: Element;
  shadow: ShadowRoot;
  layer: HTMLElement;
}

/**
 * The card's layer, in the closed shadow root of the one element the extension adds to a page
 * (the overlay's host: a plain `div`, no custom element a page could define first, no telling
 * name), so that the page's scripts cannot reach into the card (`host.shadowRoot` is null to
 * them), and a card opening adds nothing to the page's DOM. Only the reader's own pointer counts
 * (trusted events); the host takes no pointer, the card's layer does.
 */
function createMount(shadow: ShadowRoot, styles: CSSStyleSheet, onPointerInside: (inside: boolean) => void, onEngage: () => void): Mount {
  // Before the overlay's own: its rules for the host come last, and win.
  if (!shadow.adoptedStyleSheets.includes(styles)) shadow.adoptedStyleSheets = [styles, ...shadow.adoptedStyleSheets];
  const layer = document.createElement('div');
  layer.className = 'layer';
  // Enter and leave events reach the layer for its card, and not for moves inside the card.
  layer.addEventListener('pointerenter', trusted(() => onPointerInside(true)));
  layer.addEventListener('pointerleave', trusted(() => onPointerInside(false)));
  layer.addEventListener('pointerdown', trusted(onEngage));
  layer.addEventListener('focusin', trusted(onEngage));
  shadow.append(layer);
  return { host: shadow.host, shadow, layer };
}

const TOAST_MS = 4000;

/** A short message at the foot of the window, in the shadow root beside the card's layer. */
function showToast(shadow: ShadowRoot, message: string, failed: boolean): () => void {
  const layer = document.createElement('div');
  layer.className = 'layer';
  const toast = document.createElement('p');
  toast.className = failed ? 'toast failed' : 'toast';
  toast.setAttribute('role', failed ? 'alert' : 'status');
  toast.textContent = message;
  layer.append(toast);
  shadow.append(layer);
  const cancel = later(TOAST_MS, () => layer.remove());
  return () => {
    cancel();
    layer.remove();
  };
}

export const createCardView: CreateCardView = (onPointerInside, root) => {
  let mount: Mount | undefined;
  let stopPositioning: (() => void) | undefined;
  let engaged = false;
  let removeToast: (() => void) | undefined;
  const ensureMount = () => {
    const shadow = root();
    if (!mount?.layer.isConnected || mount.shadow !== shadow) mount = createMount(shadow, styles, onPointerInside, () => (engaged = true));
    return mount;
  };
  // Parsed once, now, rather than in a <style> of the shadow root when the first card opens.
  const styles = new CSSStyleSheet();
  styles.replaceSync(cardCss);
  return {
    show(card, anchor, focus) {
      stopPositioning?.();
      const { layer } = ensureMount();
      render(<TermCard {...card} />, layer);
      const element = layer.firstElementChild as HTMLElement;
      // Positioning is asynchronous: unseen until placed, the card never flashes elsewhere.
      element.style.visibility = 'hidden';
      let focusOnPlace = focus;
      stopPositioning = autoUpdate(reference(anchor), element, async () => {
        await place(element, anchor);
        // A hidden element cannot take focus: a keyboard card takes it once it is placed.
        if (focusOnPlace) element.focus();
        focusOnPlace = false;
      });
    },
    update(card) {
      // Positioning follows the card's new size (autoUpdate watches it).
      if (mount?.layer.firstElementChild) render(<TermCard {...card} />, mount.layer);
    },
    clear() {
      stopPositioning?.();
      stopPositioning = undefined;
      engaged = false;
      if (mount) render(null, mount.layer);
    },
    remove() {
      this.clear();
      removeToast?.();
      mount?.layer.remove();
    },
    rehearse(card) {
      const stage = document.createElement('div');
      render(<TermCard {...card} />, stage);
      render(null, stage);
    },
    engaged: () => engaged,
    // Outside a closed shadow root an event's path stops at the host.
    contains: (event) => !!mount && event.composedPath().includes(mount.host),
    notify(message, failed) {
      removeToast?.();
      removeToast = showToast(ensureMount().shadow, message, failed);
    },
  };
};

/**
 * When a hover opens or closes a card, after Wikipedia's Page Previews: a short delay before
 * opening so that a pointer passing over a term does not flash a card, and a grace period
 * after leaving so that the pointer can travel from the term into the card.
 */
export const OPEN_DELAY_MS = 150;
export const CLOSE_DELAY_MS = 300;

export interface HoverTarget {
  key: unknown;
  open(): void;
}

export class HoverIntent {
  private current: unknown;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: 'open' | 'close';

  constructor(private readonly close: () => void) {}

  /** The pointer is now over `target`, or over no term. */
  pointAt(target: HoverTarget | undefined): void {
    const key = target?.key;
    if (key === this.current) {
      // Back on the same term during the grace period: keep its card.
      if (key !== undefined && this.pending === 'close') this.cancel();
      return;
    }
    this.current = key;
    if (target) this.schedule('open', target.open, OPEN_DELAY_MS);
    else this.schedule('close', this.close, CLOSE_DELAY_MS);
  }

  enterCard(): void {
    if (this.pending === 'close') this.cancel();
  }

  leaveCard(): void {
    this.current = undefined;
    this.schedule('close', this.close, CLOSE_DELAY_MS);
  }

  /** The card was closed another way (Escape, a click): forget what the pointer was on. */
  reset(): void {
    this.cancel();
    this.current = undefined;
  }

  private schedule(kind: 'open' | 'close', run: () => void, delay: number): void {
    this.cancel();
    this.pending = kind;
    this.timer = setTimeout(() => {
      this.pending = undefined;
      run();
    }, delay);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
  }
}

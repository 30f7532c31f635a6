import { later } from '../../../lib/scheduling/timers';

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
  /** The term under the pointer, and the term whose card is open. */
  private current: unknown;
  private shown: unknown;
  /** The pointer is inside the open card: nothing said about terms closes it then. */
  private inCard = false;
  private cancelTimer?: () => void;
  private pending?: 'open' | 'close';

  constructor(
    private readonly close: () => void,
    /** The reader's setting, read at each hover. */
    private readonly openDelay: () => number = () => OPEN_DELAY_MS,
  ) {}

  /** The pointer is now over `target`, or over no term. */
  pointAt(target: HoverTarget | undefined): void {
    // Over the card the pointer is over no term: a check that ran late (a frame after the
    // pointer arrived in one quick move) must not take that for leaving.
    if (this.inCard && !target) return;
    const key = target?.key;
    if (key === this.current) return;
    this.current = key;
    if (key !== undefined && key === this.shown) return this.cancel();
    if (target) this.schedule('open', () => this.open(target), this.openDelay());
    else if (this.shown !== undefined) this.scheduleClose();
    else this.cancel();
  }

  enterCard(): void {
    this.inCard = true;
    if (this.pending === 'close') this.cancel();
  }

  leaveCard(): void {
    this.inCard = false;
    this.current = undefined;
    this.scheduleClose();
  }

  /** The card was closed another way (Escape, a click): forget what the pointer was on. */
  reset(): void {
    this.cancel();
    this.inCard = false;
    this.current = undefined;
    this.shown = undefined;
  }

  private open(target: HoverTarget): void {
    this.shown = target.key;
    target.open();
  }

  private scheduleClose(): void {
    this.schedule('close', () => {
      this.shown = undefined;
      this.close();
    }, CLOSE_DELAY_MS);
  }

  private schedule(kind: 'open' | 'close', run: () => void, delay: number): void {
    this.cancel();
    this.pending = kind;
    this.cancelTimer = later(delay, () => {
      this.pending = undefined;
      run();
    });
  }

  private cancel(): void {
    this.cancelTimer?.();
    this.pending = undefined;
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY_MS, HoverIntent, OPEN_DELAY_MS } from '../../entrypoints/content/reader/hover';

describe('HoverIntent', () => {
  let opened: string[];
  let closed: number;
  let hover: HoverIntent;
  const term = (key: string) => ({ key, open: () => opened.push(key) });

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    hover = new HoverIntent(() => closed++);
  });
  afterEach(() => vi.useRealTimers());

  it('opens a card only once the pointer has rested on a term', () => {
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(opened).toEqual([]);
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['mss']);
  });

  it('does not open a card for a term the pointer only passed over', () => {
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    hover.pointAt(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(opened).toEqual([]);
  });

  it('keeps the card while the pointer travels into it, and closes it after leaving', () => {
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    hover.pointAt(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY_MS / 2);
    hover.enterCard();
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(closed).toBe(0);
    hover.leaveCard();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(closed).toBe(1);
  });

  it('keeps the card when the pointer reached it in one move and the check of that move comes after', () => {
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    // The card's pointerenter comes first; the frame's check then finds no term under the pointer.
    hover.enterCard();
    hover.pointAt(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(closed).toBe(0);
    hover.leaveCard();
    hover.pointAt(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(closed).toBe(1);
  });

  it('keeps the card when the pointer comes back to its term within the grace period', () => {
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    hover.pointAt(undefined);
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(closed).toBe(0);
    expect(opened).toEqual(['mss']);
  });

  it('closes the card when the pointer leaves its term for good', () => {
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    hover.pointAt(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 1);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
  });

  it('waits as long as the reader set', () => {
    hover = new HoverIntent(() => closed++, () => 400);
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(399);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['mss']);
  });

  it('switches to another term after the open delay', () => {
    hover.pointAt(term('mss'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    hover.pointAt(term('mi5'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(opened).toEqual(['mss', 'mi5']);
  });
});

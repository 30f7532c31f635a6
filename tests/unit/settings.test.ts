import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_HOVER_DELAY_MS, parseSettings, readsPage, remembersSightings, withPausedSite } from '../../lib/settings';

describe('settings', () => {
  it('gives a new reader the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ enabled: true, highlightStyle: 'background', hoverDelayMs: 150, cardTrigger: 'hover', badge: true, rememberSightings: true });
    expect(DEFAULT_SETTINGS.kinds).toContain('agency');
  });

  it('keeps valid stored settings as they are', () => {
    const stored = { ...DEFAULT_SETTINGS, highlightStyle: 'underline', hoverDelayMs: 400, pausedSites: ['bbc.co.uk'] };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('falls back to the default for each bad field, and keeps the good ones', () => {
    const stored = { enabled: 'yes', highlightStyle: 'neon', hoverDelayMs: -5, badge: false, kinds: ['agency', 'weather'], pausedSites: ['theguardian.com'] };
    expect(parseSettings(stored)).toEqual({
      ...DEFAULT_SETTINGS,
      badge: false,
      pausedSites: ['theguardian.com'],
    });
  });

  it('drops fields it does not know (from an older or newer version) and keeps the rest', () => {
    const stored = { ...DEFAULT_SETTINGS, cardTrigger: 'click', alwaysSites: ['example.org'], theme: 'dark' };
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, cardTrigger: 'click' });
  });

  it('refuses paused sites that are not host names, and hover delays out of range', () => {
    expect(parseSettings({ pausedSites: ['https://bbc.co.uk/'] }).pausedSites).toEqual([]);
    expect(parseSettings({ hoverDelayMs: 5000 }).hoverDelayMs).toBe(150);
    // The settings page's slider ends where the schema does: no stored value it cannot show.
    expect(parseSettings({ hoverDelayMs: MAX_HOVER_DELAY_MS }).hoverDelayMs).toBe(MAX_HOVER_DELAY_MS);
    expect(parseSettings({ hoverDelayMs: MAX_HOVER_DELAY_MS + 50 }).hoverDelayMs).toBe(150);
    expect(parseSettings({ hoverDelayMs: 12.5 }).hoverDelayMs).toBe(150);
    expect(parseSettings({ kinds: [] }).kinds).toEqual([]);
  });

  it('survives stored values that are not settings at all', () => {
    for (const junk of [null, 42, 'settings', [], { __proto__: { enabled: false } }]) {
      expect(parseSettings(junk)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('reads a page unless switched off or paused on its site', () => {
    const url = 'https://www.bbc.co.uk/news/articles/1';
    expect(readsPage(DEFAULT_SETTINGS, url)).toBe(true);
    expect(readsPage({ ...DEFAULT_SETTINGS, enabled: false }, url)).toBe(false);
    expect(readsPage(withPausedSite(DEFAULT_SETTINGS, 'bbc.co.uk', true), url)).toBe(false);
    expect(readsPage(withPausedSite(DEFAULT_SETTINGS, 'theguardian.com', true), url)).toBe(true);
  });

  it('remembers where terms appear only where it reads the page, and not once turned off', () => {
    const url = 'https://www.bbc.co.uk/news/articles/1';
    expect(remembersSightings(DEFAULT_SETTINGS, url)).toBe(true);
    expect(remembersSightings({ ...DEFAULT_SETTINGS, rememberSightings: false }, url)).toBe(false);
    expect(remembersSightings({ ...DEFAULT_SETTINGS, enabled: false }, url)).toBe(false);
    expect(remembersSightings(withPausedSite(DEFAULT_SETTINGS, 'bbc.co.uk', true), url)).toBe(false);
  });

  it('adds and removes sites without duplicates', () => {
    const paused = withPausedSite(withPausedSite(DEFAULT_SETTINGS, 'ft.com', true), 'ft.com', true);
    expect(paused.pausedSites).toEqual(['ft.com']);
    expect(withPausedSite(paused, 'ft.com', false).pausedSites).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/bundled';
import { PACK_OF_KIND } from '../../lib/dictionary/packs';
import { Pack, TermKind } from '../../lib/dictionary/schema';
import { DEFAULT_SETTINGS, MAX_HOVER_DELAY_MS, packsOffForKinds, parseSettings, readsPage, remembersSightings, withPausedSite } from '../../lib/settings';

/** Every kind but these: a choice saved by a version with a switch per kind. */
const kindsBut = (...hidden: TermKind[]) => TermKind.options.filter((kind) => !hidden.includes(kind));

describe('settings', () => {
  it('gives a new reader the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ enabled: true, highlightStyle: 'background', hoverDelayMs: 150, cardTrigger: 'hover', badge: true, rememberSightings: true });
    expect(DEFAULT_SETTINGS.packsOff).toEqual([]);
  });

  it('keeps valid stored settings as they are', () => {
    const stored = { ...DEFAULT_SETTINGS, highlightStyle: 'underline', hoverDelayMs: 400, pausedSites: ['bbc.co.uk'] };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('falls back to the default for each bad field, and keeps the good ones', () => {
    const stored = { enabled: 'yes', highlightStyle: 'neon', hoverDelayMs: -5, badge: false, packsOff: ['groups', 'weather'], pausedSites: ['theguardian.com'] };
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
    expect(parseSettings({ packsOff: [] }).packsOff).toEqual([]);
    expect(parseSettings({ packsOff: 'groups' }).packsOff).toEqual([]);
  });

  it('keeps the packs switched off', () => {
    expect(parseSettings({ packsOff: ['groups', 'laws'] }).packsOff).toEqual(['groups', 'laws']);
    expect(parseSettings({ packsOff: [...Pack.options] }).packsOff).toEqual(Pack.options);
  });

  describe("an earlier version's switches by kind", () => {
    it('switch off the pack named after each kind hidden, and nothing else', () => {
      expect(parseSettings({ kinds: kindsBut('hacking group') }).packsOff).toEqual(['groups']);
      expect(parseSettings({ kinds: kindsBut('company') }).packsOff).toEqual(['companies']);
      expect(parseSettings({ kinds: kindsBut('agency', 'law') }).packsOff).toEqual(['services', 'laws']);
      expect(parseSettings({ kinds: kindsBut('spyware', 'malware') }).packsOff).toEqual(['spyware']);
      // People, places, bodies and policies are spread over several packs: none goes off for them.
      expect(parseSettings({ kinds: kindsBut('person', 'place', 'people', 'government body', 'policy', 'institution', 'platform') }).packsOff).toEqual([]);
      expect(parseSettings({ kinds: [] }).packsOff).toEqual(['services', 'groups', 'spyware', 'companies', 'laws']);
      expect(parseSettings({ kinds: [...TermKind.options] }).packsOff).toEqual([]);
    });

    it('keep the rest of the settings, and the old field goes', () => {
      const stored = { enabled: false, kinds: kindsBut('company'), highlightStyle: 'underline', pausedSites: ['ft.com'] };
      const settings = parseSettings(stored);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, packsOff: ['companies'], highlightStyle: 'underline', pausedSites: ['ft.com'] });
      expect(settings).not.toHaveProperty('kinds');
      // Beside a damaged field, the carried-over choice is kept as the other good fields are.
      expect(parseSettings({ ...stored, hoverDelayMs: 'slow' }).packsOff).toEqual(['companies']);
    });

    it('give way to the packs once those are saved, and count for nothing when damaged', () => {
      expect(parseSettings({ kinds: kindsBut('company'), packsOff: ['groups'] }).packsOff).toEqual(['groups']);
      expect(parseSettings({ kinds: kindsBut('company'), packsOff: [] }).packsOff).toEqual([]);
      expect(parseSettings({ kinds: ['agency', 'weather'] }).packsOff).toEqual([]);
      expect(parseSettings({ kinds: 'all' }).packsOff).toEqual([]);
    });

    it('map each kind to the pack that holds most of its concepts', () => {
      for (const [kind, pack] of Object.entries(PACK_OF_KIND)) {
        const ofKind = bundledDictionary.terms.filter((term) => term.kind === kind);
        const inPack = ofKind.filter((term) => term.pack === pack);
        expect(inPack.length, `${kind} → ${pack}`).toBeGreaterThan(ofKind.length / 2);
      }
      expect(packsOffForKinds(kindsBut(...(Object.keys(PACK_OF_KIND) as TermKind[])))).toEqual(Pack.options.filter((pack) => pack !== 'context'));
    });
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

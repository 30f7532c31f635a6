import { z } from 'zod/mini';
import { PACK_OF_KIND } from './dictionary/packs';
import { Pack, TermKind } from './dictionary/schema';
import { HIGHLIGHT_STYLES } from './page/highlights';
import { siteOf } from './url';
import { checked } from './checks/checked';

export const HighlightStyle = z.enum(HIGHLIGHT_STYLES);
export type HighlightStyle = z.infer<typeof HighlightStyle>;

export const CardTrigger = z.enum(['hover', 'click']);
export type CardTrigger = z.infer<typeof CardTrigger>;

/** Sites as the reader sees them: a host name without "www.". */
const Site = checked(z.string(), z.regex(/^[a-z0-9.-]+$/, 'a host name'));

/** The longest hover delay the settings page offers and the schema accepts. */
export const MAX_HOVER_DELAY_MS = 1000;

/** The reader's settings, each with the default a new reader gets. */
export const Settings = z.object({
  /** The global switch: off, no page is read. */
  enabled: z._default(z.boolean(), true),
  /**
   * The packs of the bundled knowledge the reader switched off (dictionary/packs.ts). Stored as
   * those off, so that a pack added later is on for every reader.
   */
  packsOff: z._default(z.array(Pack), []),
  highlightStyle: z._default(HighlightStyle, 'background'),
  /** Wikipedia's Page Previews wait 150 ms before opening a card. */
  hoverDelayMs: z._default(checked(z.int(), z.minimum(0), z.maximum(MAX_HOVER_DELAY_MS)), 150),
  cardTrigger: z._default(CardTrigger, 'hover'),
  badge: z._default(z.boolean(), true),
  /** Keep, on this machine, the pages each term was seen on (lib/sightings/). */
  rememberSightings: z._default(z.boolean(), true),
  /** Sites where the reader paused the extension. */
  pausedSites: z._default(z.array(Site), []),
  // The sites annotated always are not a setting: they are the host permissions the reader
  // granted, which the browser keeps (and lets the reader revoke in its own settings too).
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The switches of versions before the packs: the kinds of terms to highlight. */
const KindsShown = z.array(TermKind);

/**
 * The packs to switch off for a reader who chose kinds in an earlier version: each pack named
 * after a kind the reader had hidden (PACK_OF_KIND). Hiding companies switches off "Companies on
 * security lists"; hiding people, whose concepts are spread over packs, carries over to none.
 */
export function packsOffForKinds(kinds: readonly TermKind[]): Pack[] {
  const shown = new Set(kinds);
  return Pack.options.filter((pack) => TermKind.options.some((kind) => PACK_OF_KIND[kind] === pack && !shown.has(kind)));
}

/**
 * Settings from storage: a bad or outdated field falls back to its default, and the fields
 * that are still valid are kept, so that one broken value never breaks the extension. An
 * earlier version's `kinds` stands for `packsOff` until the settings are next saved.
 */
export function parseSettings(stored: unknown): Settings {
  // Own fields only: nothing inherited through a prototype counts as a setting.
  const record: Record<string, unknown> = isRecord(stored) ? Object.fromEntries(Object.entries(stored)) : {};
  if (record.packsOff === undefined) {
    const kinds = KindsShown.safeParse(record.kinds);
    if (kinds.success) record.packsOff = packsOffForKinds(kinds.data);
  }
  const whole = Settings.safeParse(record);
  if (whole.success) return whole.data;
  const fields = Object.entries(Settings.shape).map(([key, field]) => {
    const value = field.safeParse(record[key]);
    return [key, value.success ? value.data : DEFAULT_SETTINGS[key as keyof Settings]];
  });
  return Object.fromEntries(fields) as Settings;
}

/** Is the extension to read this page, given the reader's switches? */
export function readsPage(settings: Settings, url: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(siteOf(url));
}

/** Is the extension to remember where terms appear on this page? Only where it reads it. */
export function remembersSightings(settings: Settings, url: string): boolean {
  return settings.rememberSightings && readsPage(settings, url);
}

/** The settings with the extension paused, or resumed, on a site. */
export function withPausedSite(settings: Settings, site: string, paused: boolean): Settings {
  const others = settings.pausedSites.filter((entry) => entry !== site);
  return { ...settings, pausedSites: paused ? [...others, site].sort() : others };
}

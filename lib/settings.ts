import { z } from 'zod/mini';
import { TermKind } from './dictionary/schema';
import { siteOf } from './url';

export const HighlightStyle = z.enum(['background', 'underline', 'hover']);
export type HighlightStyle = z.infer<typeof HighlightStyle>;

export const CardTrigger = z.enum(['hover', 'click']);
export type CardTrigger = z.infer<typeof CardTrigger>;

/** Sites as the reader sees them: a host name without "www.". */
const Site = z.string().check(z.regex(/^[a-z0-9.-]+$/, 'a host name'));

/** The longest hover delay the settings page offers and the schema accepts. */
export const MAX_HOVER_DELAY_MS = 1000;

/** The reader's settings, each with the default a new reader gets. */
export const Settings = z.object({
  /** The global switch: off, no page is read. */
  enabled: z._default(z.boolean(), true),
  /** Kinds of terms to highlight. */
  kinds: z._default(z.array(TermKind), [...TermKind.options]),
  highlightStyle: z._default(HighlightStyle, 'background'),
  /** Wikipedia's Page Previews wait 150 ms before opening a card. */
  hoverDelayMs: z._default(z.int().check(z.minimum(0), z.maximum(MAX_HOVER_DELAY_MS)), 150),
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

/**
 * Settings from storage: a bad or outdated field falls back to its default, and the fields
 * that are still valid are kept, so that one broken value never breaks the extension.
 */
export function parseSettings(stored: unknown): Settings {
  // Own fields only: nothing inherited through a prototype counts as a setting.
  const record: Record<string, unknown> = isRecord(stored) ? Object.fromEntries(Object.entries(stored)) : {};
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

import { siteOf } from './url';

/**
 * What the first look at a page needs of the stored settings: whether to read this page at
 * all. It reads the two fields that decide it the way the zod schema in settings.ts would
 * (a field of the wrong type falls back to its default: on, no site paused), without loading
 * zod on every page; the full settings are parsed by the schema once a page holds a term.
 * A unit test checks that both always agree.
 */
export function readsPageStored(stored: unknown, url: string): boolean {
  // Own enumerable fields only, as parseSettings reads them.
  const record: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? Object.fromEntries(Object.entries(stored)) : {};
  const enabled = typeof record.enabled === 'boolean' ? record.enabled : true;
  return enabled && !pausedSites(record).includes(siteOf(url));
}

const SITE = /^[a-z0-9.-]+$/;

function pausedSites(record: Record<string, unknown>): string[] {
  const value = record.pausedSites;
  // One bad entry makes the whole list fall back to its default, as the schema does.
  return Array.isArray(value) && value.every((site) => typeof site === 'string' && SITE.test(site)) ? value : [];
}

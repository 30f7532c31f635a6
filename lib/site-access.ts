import { isNewsSite } from './sites';
import { siteOf } from './url';

/**
 * Where the extension may read pages beyond the news sites: the rules between a site as the
 * reader sees it ("example.org") and the match patterns the browser grants and runs scripts on.
 */

/** The site of a page the extension could annotate (web pages only), or null. */
export function annotatableSite(url: string | undefined): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  return siteOf(url) || null;
}

/**
 * The host permissions that "Always annotate this site" asks for: the site and its subdomains
 * (`*.` also matches the bare domain), over https and http.
 */
export function originsForSite(site: string): string[] {
  return [`https://*.${site}/*`, `http://*.${site}/*`];
}

const SITE_ORIGIN = /^(?:https?|\*):\/\/\*\.([a-z0-9.-]+)\/\*$/;

/**
 * The sites the reader granted, from the browser's list of granted origins. That list also
 * holds the content script's own news-site patterns, which are not the reader's choice, and
 * may hold broad grants made in the browser's settings ("on all sites"), which name no site.
 */
export function grantedSites(origins: readonly string[]): string[] {
  const sites = origins.flatMap((origin) => SITE_ORIGIN.exec(origin)?.[1] ?? []);
  return [...new Set(sites)].filter((site) => !isNewsSite(site)).sort();
}

/** How a page stands with the extension, before any setting. */
export type SiteCoverage = 'news' | 'granted' | 'none' | 'unavailable';

export function coverageOf(url: string | undefined, granted: readonly string[]): SiteCoverage {
  const site = annotatableSite(url);
  if (!site) return 'unavailable';
  // The content script's matches are https only (lib/sites.ts).
  if (url!.startsWith('https:') && isNewsSite(site)) return 'news';
  return granted.some((entry) => site === entry || site.endsWith(`.${entry}`)) ? 'granted' : 'none';
}

/** Registered content scripts for granted sites are named after their site. */
const SCRIPT_ID_PREFIX = 'site:';
export const scriptIdFor = (site: string): string => `${SCRIPT_ID_PREFIX}${site}`;

/**
 * What to change so that exactly the granted sites have a registered content script: the ids
 * of ours whose permission is gone, and the granted sites without one. Scripts registered
 * under other ids are not ours to touch.
 */
export function siteScriptChanges(
  origins: readonly string[],
  registeredIds: readonly string[],
): { unregister: string[]; register: string[] } {
  const sites = grantedSites(origins);
  const wanted = new Set(sites.map(scriptIdFor));
  const ours = registeredIds.filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
  return {
    unregister: ours.filter((id) => !wanted.has(id)),
    register: sites.filter((site) => !ours.includes(scriptIdFor(site))),
  };
}

import { grantedSites, originsForSite } from '../lib/site-access';

/**
 * The sites the reader annotates always are the host permissions the browser granted them.
 * The background registers and unregisters the content script as these change.
 */
export async function alwaysAnnotatedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return grantedSites(origins);
}

/** Asks the browser (and so the reader) for one site. Call it straight from a click. */
export function requestSite(site: string): Promise<boolean> {
  return browser.permissions.request({ origins: originsForSite(site) });
}

export function removeSite(site: string): Promise<boolean> {
  return browser.permissions.remove({ origins: originsForSite(site) });
}

/** Calls back when the reader grants or revokes a site, here or in the browser's settings. */
export function watchSites(callback: () => void): void {
  browser.permissions.onAdded.addListener(callback);
  browser.permissions.onRemoved.addListener(callback);
}

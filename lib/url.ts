/**
 * One article, one address: fragments, default ports and tracking parameters are dropped so
 * that a story opened from a newsletter, a share button and the front page is one page.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid',
  'yclid', 'twclid', 'li_fat_id', '_ga', '_gl', 'ocid', 'cmpid', 'smid', 'smtyp', 'guccounter',
  'guce_referrer', 'guce_referrer_sig', 'ito', 'xtor', 'ncid', 'sr_share', 'share',
]);
// utm_* (Google Analytics), at_* (BBC and others' AT Internet tags), pk_* (Matomo).
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_'];

const isTracking = (name: string) => {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
};

/** The canonical form of a page's address, or the input unchanged when it is not a URL. */
export function normalizeUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}

/** The site a page belongs to, for filters: its host without "www.". */
export function siteOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

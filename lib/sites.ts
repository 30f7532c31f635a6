/**
 * The news sites the content script runs on by default: major outlets that cover state
 * security. Nowhere else is read unless the reader asks.
 */
const NEWS_DOMAINS = [
  'bbc.co.uk', 'bbc.com', 'theguardian.com', 'reuters.com', 'ft.com', 'apnews.com',
  'politico.com', 'politico.eu', 'telegraph.co.uk', 'thetimes.co.uk', 'thetimes.com',
  'independent.co.uk', 'news.sky.com', 'cnn.com', 'nytimes.com', 'washingtonpost.com',
  'bloomberg.com', 'economist.com', 'aljazeera.com', 'scmp.com', 'benzinga.com',
  'theregister.com', 'wsj.com', 'axios.com', 'npr.org', 'theatlantic.com', 'foreignpolicy.com',
  'lemonde.fr', 'dw.com', 'france24.com', 'abc.net.au', 'cbc.ca', 'nikkei.com', 'japantimes.co.jp',
  'theconversation.com', 'wired.com', 'arstechnica.com', 'therecord.media', 'bellingcat.com',
];

/** Match patterns for the manifest: `*.` matches the domain itself and its subdomains. */
export const NEWS_SITE_PATTERNS: string[] = NEWS_DOMAINS.map((domain) => `https://*.${domain}/*`);

/** Is this site (a host name without "www.") one of the news sites, or under one? */
export function isNewsSite(site: string): boolean {
  return NEWS_DOMAINS.some((domain) => site === domain || site.endsWith(`.${domain}`));
}

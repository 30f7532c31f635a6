/**
 * A page's headline from its `document.title`, without what sites add after it: the site's
 * name and its section ("Whitehall widens its review | UK news | The Guardian", "… - BBC
 * News"). The record keeps the title as the page gave it (search finds the site's words too);
 * this is how it is shown.
 */

/** Between a headline and a site's additions: a bar, a dash or a middle dot, spaced. */
const SEPARATORS = /\s+([|–—·•]|::|-)\s+/g;
/** A part after a bar this short is a section or a site's name, not part of the headline. */
const MAX_ADDED_WORDS = 4;
const MAX_ADDED_CHARS = 32;

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The names in a site's host: "theguardian" of theguardian.com, "bbc" of bbc.co.uk,
 * "committees" and "parliament" of committees.parliament.uk. Labels of three letters or fewer
 * are left out ("www", "com", "co", "uk"), unless the site's own name is that short ("bbc",
 * "ft"): the label before the public suffix always counts.
 */
function siteNames(site: string): string[] {
  const labels = site.toLowerCase().split('.').map(letters);
  // The public suffix: a two-letter country code with its second level (co.uk, com.au), or the last label.
  const suffix = labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 2 : 1;
  const own = labels.at(-suffix - 1) ?? labels[0]!;
  const others = labels.slice(0, -suffix - 1).filter((label) => label.length > 3);
  return [own, ...others].filter((label) => label.length > 1);
}

/** Does this part name the site ("The Guardian" on theguardian.com, "BBC News" on bbc.co.uk)? */
function namesSite(part: string, site: string): boolean {
  const compact = letters(part);
  return compact.length > 2 && siteNames(site).some((name) => compact.includes(name) || name.includes(compact));
}

const isShort = (part: string) => part.length <= MAX_ADDED_CHARS && part.split(/\s+/).length <= MAX_ADDED_WORDS;

const DASHES = new Set(['-', '–', '—']);

/** The headline of a page's title, for showing; the title itself when nothing was added to it. */
export function readableTitle(title: string, site: string): string {
  const text = title.trim();
  let end = text.length;
  // From the end: each part after a separator that is the site's, or a short section name.
  for (const separator of [...text.matchAll(SEPARATORS)].reverse()) {
    const part = text.slice(separator.index + separator[0].length, end);
    // A dash is often the headline's own ("Hikvision - the camera maker"): only the site's name goes.
    const added = namesSite(part, site) || (!DASHES.has(separator[1]!) && isShort(part));
    if (!added) break;
    end = separator.index;
  }
  return text.slice(0, end);
}

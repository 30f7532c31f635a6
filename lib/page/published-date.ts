/**
 * The date a page says it was published, as the calendar day the publisher wrote
 * ("2025-11-19"), or undefined when the page does not say. The day is taken as written, not
 * converted to the reader's time zone: "2025-11-19T23:30:00-05:00" was published on the 19th.
 *
 * Sources, most explicit first: the Open Graph article meta tag (ogp.me, "article"), JSON-LD
 * `datePublished` (schema.org CreativeWork, also inside `@graph` and arrays), then a
 * `<time datetime>` in the article.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
/** A JSON-LD block this big is not a page's metadata: not worth parsing on the reader's time. */
const MAX_JSON_LD_CHARS = 200_000;
/** How deep into nested JSON-LD to look (graphs of graphs are rare, cycles impossible in JSON). */
const MAX_JSON_LD_DEPTH = 8;

/** The calendar day of an ISO 8601 date or date-time, if it is a real one. */
export function calendarDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DAY.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  // Rejects "2025-02-30" and the like, which Date would roll over into March.
  if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return undefined;
  return match[0].slice(0, 10);
}

function fromMeta(document: Document): string | undefined {
  const selectors = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]'];
  for (const selector of selectors) {
    const day = calendarDay(document.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  return undefined;
}

/** `datePublished` of the first node that has one: the node itself, its `@graph`, array items. */
function datePublishedIn(node: unknown, depth = 0): string | undefined {
  if (depth > MAX_JSON_LD_DEPTH || typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const day = datePublishedIn(item, depth + 1);
      if (day) return day;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  return calendarDay(record.datePublished) ?? datePublishedIn(record['@graph'], depth + 1);
}

function fromJsonLd(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      const day = datePublishedIn(JSON.parse(text));
      if (day) return day;
    } catch {
      // Malformed JSON-LD is common on real pages; the other sources may still say.
    }
  }
  return undefined;
}

/** A `<time datetime>` inside the article: the byline's date, on most news pages. */
function fromTimeElement(document: Document): string | undefined {
  const article = document.querySelector('article, [role="article"], main, [role="main"]');
  if (!article) return undefined;
  for (const time of article.querySelectorAll('time[datetime]')) {
    const day = calendarDay(time.getAttribute('datetime'));
    if (day) return day;
  }
  return undefined;
}

export function publishedDate(document: Document): string | undefined {
  return fromMeta(document) ?? fromJsonLd(document) ?? fromTimeElement(document);
}

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { calendarDay, publishedDate } from '../../lib/page/published-date';

const page = (head: string, body = '') => {
  const document = new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  return document as unknown as Document;
};

const jsonLd = (value: unknown) => `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;

describe('publishedDate', () => {
  it('reads the Open Graph article:published_time, as the day the publisher wrote', () => {
    // The Guardian's head: a time with an offset late in the day stays on that day.
    const document = page(`
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-11-19T23:30:00-05:00">
      <meta property="article:modified_time" content="2025-11-20T09:00:00Z">`);
    expect(publishedDate(document)).toBe('2025-11-19');
  });

  it('reads JSON-LD datePublished of a NewsArticle (the BBC, Reuters)', () => {
    const document = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'MI5 flags China espionage threat',
        datePublished: '2025-11-18T06:05:12.000Z',
        dateModified: '2025-11-18T10:00:00.000Z',
      }),
    );
    expect(publishedDate(document)).toBe('2025-11-18');
  });

  it('finds datePublished inside @graph (Yoast and other WordPress sites) and inside arrays', () => {
    const graph = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'ProductiveClue' },
          { '@type': 'BreadcrumbList', itemListElement: [] },
          { '@type': 'Article', datePublished: '2025-11-21T08:00:00+00:00' },
        ],
      }),
    );
    expect(publishedDate(graph)).toBe('2025-11-21');
    const array = page(jsonLd([{ '@type': 'Organization', name: 'Benzinga' }, { '@type': 'NewsArticle', datePublished: '2022-11-24' }]));
    expect(publishedDate(array)).toBe('2022-11-24');
  });

  it('ignores malformed JSON-LD and takes the next block that says', () => {
    const document = page(`${jsonLd('{"@type": "NewsArticle", "datePublished": "2025-01-02",}')}${jsonLd({ '@type': 'NewsArticle', datePublished: '2025-03-04' })}`);
    expect(publishedDate(document)).toBe('2025-03-04');
  });

  it('prefers the meta tag over JSON-LD and JSON-LD over a <time>', () => {
    const document = page(
      `<meta property="article:published_time" content="2025-05-01T10:00:00Z">${jsonLd({ datePublished: '2025-06-01' })}`,
      '<article><time datetime="2025-07-01">1 July</time></article>',
    );
    expect(publishedDate(document)).toBe('2025-05-01');
  });

  it('falls back to a <time datetime> in the article, not one in the page chrome', () => {
    const document = page(
      '',
      `<header><time datetime="2026-01-01">Today</time></header>
       <article><h1>Headline</h1><p class="byline">By Staff <time datetime="2025-09-12T07:00:00+01:00">12 September 2025</time></p></article>`,
    );
    expect(publishedDate(document)).toBe('2025-09-12');
  });

  it('says nothing when the page does not state a date, or states one that is not a date', () => {
    expect(publishedDate(page('<title>No date</title>', '<article><p>Text</p></article>'))).toBeUndefined();
    expect(publishedDate(page('<meta property="article:published_time" content="yesterday">', '<article><time datetime="soon">x</time></article>'))).toBeUndefined();
    expect(publishedDate(page('', '<aside><time datetime="2025-01-01">x</time></aside>'))).toBeUndefined();
  });
});

describe('calendarDay', () => {
  it('takes the day of a date or date-time and refuses days that do not exist', () => {
    expect(calendarDay('2025-11-19')).toBe('2025-11-19');
    expect(calendarDay(' 2024-02-29T12:00:00Z ')).toBe('2024-02-29');
    expect(calendarDay('2025-02-30')).toBeUndefined();
    expect(calendarDay('2025-11-19junk')).toBeUndefined();
    expect(calendarDay(20251119)).toBeUndefined();
  });
});

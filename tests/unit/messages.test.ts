import { describe, expect, it } from 'vitest';
import { BackgroundRequest, ContentRequest, PageMatches, malformed } from '../../lib/messages';

describe('messages between contexts', () => {
  it('accepts the popup’s request for the page’s matches', () => {
    expect(ContentRequest.parse({ type: 'getPageMatches' })).toEqual({ type: 'getPageMatches' });
  });

  it('refuses unknown or malformed requests with a clear error', () => {
    const unknown = ContentRequest.safeParse({ type: 'deleteEverything' });
    expect(unknown.success).toBe(false);
    expect(malformed(unknown.error!).message).toMatch(/^Malformed request: .*type/s);
    const badCount = BackgroundRequest.safeParse({ type: 'pageMatchCount', count: -3 });
    expect(badCount.success).toBe(false);
    expect(malformed(badCount.error!).message).toContain('count');
  });

  it('asks the background to annotate one tab, by a valid tab id', () => {
    expect(BackgroundRequest.parse({ type: 'annotateTab', tabId: 12 })).toEqual({ type: 'annotateTab', tabId: 12 });
    expect(BackgroundRequest.safeParse({ type: 'annotateTab', tabId: -1 }).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'annotateTab', tabId: '12' }).success).toBe(false);
  });

  it('checks the shape of the page’s matches', () => {
    const answer = { url: 'https://www.bbc.co.uk/news/1', title: 'T', matches: [{ termId: 'mss', text: 'MSS' }] };
    expect(PageMatches.parse(answer)).toEqual(answer);
    expect(PageMatches.safeParse({ ...answer, matches: [{ termId: 'Not An Id', text: 'x' }] }).success).toBe(false);
  });

  it('takes a page visit’s sightings in one message, and refuses a malformed one', () => {
    const visit = {
      type: 'recordSightings',
      page: { url: 'https://www.bbc.co.uk/news/1', title: 'MI5 alert', publishedAt: '2025-11-18' },
      terms: [{ termId: 'mi5', count: 2 }],
    };
    expect(BackgroundRequest.parse(visit)).toEqual(visit);
    const refused = [
      { ...visit, page: { ...visit.page, url: 'javascript:alert(1)' } },
      { ...visit, page: { ...visit.page, publishedAt: 'yesterday' } },
      { ...visit, terms: [] },
      { ...visit, terms: [{ termId: 'mi5', count: 0 }] },
      { ...visit, terms: Array.from({ length: 10_001 }, () => ({ termId: 'mi5', count: 1 })) },
    ];
    for (const message of refused) expect(BackgroundRequest.safeParse(message).success).toBe(false);
  });
});

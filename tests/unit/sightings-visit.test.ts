import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../lib/sightings/throttle';
import { pageVisit, reportsOwnPage } from '../../lib/sightings/visit';

const URL_SEEN = 'https://www.theguardian.com/world/2025/mar/04/hikvision?utm_source=twitter#comments';
const PAGE = 'https://www.theguardian.com/world/2025/mar/04/hikvision';

describe('pageVisit', () => {
  it('reports the page once, with each term and its count, at its normalised address', () => {
    const occurrences = ['hikvision', 'dahua', 'hikvision', 'xinjiang', 'hikvision'].map((termId) => ({ termId }));
    expect(pageVisit({ url: URL_SEEN, title: '  Hikvision cameras | The Guardian ', publishedAt: '2025-03-04' }, occurrences)).toEqual({
      page: { url: PAGE, title: 'Hikvision cameras | The Guardian', publishedAt: '2025-03-04' },
      terms: [
        { termId: 'hikvision', count: 3 },
        { termId: 'dahua', count: 1 },
        { termId: 'xinjiang', count: 1 },
      ],
    });
  });

  it('reports nothing for a page with no term, or one that is not a web page', () => {
    expect(pageVisit({ url: PAGE, title: 'x' }, [])).toBeUndefined();
    expect(pageVisit({ url: 'file:///home/me/article.html', title: 'x' }, [{ termId: 'mi5' }])).toBeUndefined();
  });

  it('cuts a very long title', () => {
    expect(pageVisit({ url: PAGE, title: 'x'.repeat(10_000) }, [{ termId: 'mi5' }])!.page.title).toHaveLength(500);
  });
});

describe('reportsOwnPage', () => {
  const visit = pageVisit({ url: PAGE, title: 'x' }, [{ termId: 'mi5' }])!;
  it('accepts a report from the page it is about, under any of its addresses', () => {
    expect(reportsOwnPage(URL_SEEN, visit)).toBe(true);
  });
  it('refuses a report about another page, or from no page', () => {
    expect(reportsOwnPage('https://evil.example.com/', visit)).toBe(false);
    expect(reportsOwnPage(undefined, visit)).toBe(false);
  });
});

describe('throttle (a live page reports at most every few seconds)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once, then gathers the requests of an interval into one run at its end', () => {
    const task = vi.fn();
    const reports = throttle(task, 5000);
    reports.request();
    expect(task).toHaveBeenCalledTimes(1);
    for (let second = 0; second < 4; second++) {
      vi.advanceTimersByTime(1000);
      reports.request();
    }
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(2);
    // Nothing asked since: nothing runs.
    vi.advanceTimersByTime(20_000);
    expect(task).toHaveBeenCalledTimes(2);
    // Long after the last run, a request runs at once again.
    reports.request();
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('drops a pending run when cancelled', () => {
    const task = vi.fn();
    const reports = throttle(task, 5000);
    reports.request();
    reports.request();
    reports.cancel();
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

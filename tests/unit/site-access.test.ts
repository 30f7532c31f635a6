import { describe, expect, it } from 'vitest';
import { annotatableSite, coverageOf, grantedSites, originsForSite, siteScriptChanges } from '../../lib/site-access';
import { NEWS_SITE_PATTERNS, isNewsSite } from '../../lib/sites';

describe('site rules', () => {
  it('knows the news sites and their subdomains, and nothing that merely ends alike', () => {
    expect(isNewsSite('bbc.co.uk')).toBe(true);
    expect(isNewsSite('news.bbc.co.uk')).toBe(true);
    expect(isNewsSite('notbbc.co.uk')).toBe(false);
    expect(isNewsSite('example.org')).toBe(false);
  });

  it('annotates web pages only', () => {
    expect(annotatableSite('https://www.example.org/a?b#c')).toBe('example.org');
    expect(annotatableSite('http://blog.example.org/')).toBe('blog.example.org');
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', 'not a url', undefined]) {
      expect(annotatableSite(url)).toBeNull();
    }
  });

  it('asks for one site and its subdomains, over https and http', () => {
    expect(originsForSite('example.org')).toEqual(['https://*.example.org/*', 'http://*.example.org/*']);
  });

  it('reads the sites the reader granted from the browser’s origins, without the news sites or broad grants', () => {
    const origins = [
      ...NEWS_SITE_PATTERNS,
      ...originsForSite('example.org'),
      'https://*.blog.example.net/*',
      'https://*/*',
      '<all_urls>',
      'https://exact.example.com/path/*',
    ];
    expect(grantedSites(origins)).toEqual(['blog.example.net', 'example.org']);
  });

  it('tells how a page stands: news site, granted site, neither, or not a web page', () => {
    const granted = ['example.org'];
    expect(coverageOf('https://www.bbc.co.uk/news/1', granted)).toBe('news');
    // The content script's news-site matches are https only.
    expect(coverageOf('http://www.bbc.co.uk/news/1', granted)).toBe('none');
    expect(coverageOf('https://www.example.org/a', granted)).toBe('granted');
    expect(coverageOf('https://docs.example.org/a', granted)).toBe('granted');
    expect(coverageOf('https://example.com/a', granted)).toBe('none');
    expect(coverageOf('chrome://newtab/', granted)).toBe('unavailable');
  });

  it('registers a script for each newly granted site and unregisters those whose grant is gone', () => {
    const origins = [...NEWS_SITE_PATTERNS, ...originsForSite('example.org'), ...originsForSite('blog.example.net')];
    expect(siteScriptChanges(origins, [])).toEqual({ unregister: [], register: ['blog.example.net', 'example.org'] });
    expect(siteScriptChanges(origins, ['site:example.org', 'site:gone.example.com', 'someone-else'])).toEqual({
      unregister: ['site:gone.example.com'],
      register: ['blog.example.net'],
    });
    expect(siteScriptChanges(NEWS_SITE_PATTERNS, ['site:example.org'])).toEqual({ unregister: ['site:example.org'], register: [] });
  });
});

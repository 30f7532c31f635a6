import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '../../lib/url';

describe('normalizeUrl', () => {
  it('drops fragments and tracking parameters', () => {
    expect(normalizeUrl('https://www.bbc.co.uk/news/articles/c1?utm_source=x&utm_medium=email#comments')).toBe(
      'https://www.bbc.co.uk/news/articles/c1',
    );
    expect(normalizeUrl('https://www.ft.com/content/abc?fbclid=1&gclid=2&at_medium=social&xtor=AL-1')).toBe(
      'https://www.ft.com/content/abc',
    );
  });

  it('keeps parameters that select the content, in a stable order', () => {
    expect(normalizeUrl('https://example.com/story?page=2&id=7&utm_campaign=z')).toBe('https://example.com/story?id=7&page=2');
  });

  it('makes hosts lower case and drops default ports', () => {
    expect(normalizeUrl('HTTPS://WWW.Reuters.COM:443/world/')).toBe('https://www.reuters.com/world/');
  });

  it('returns what is not a URL as it is', () => {
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('siteOf', () => {
  it('names the site without www', () => {
    expect(siteOf('https://www.theguardian.com/uk')).toBe('theguardian.com');
    expect(siteOf('https://news.sky.com/story/1')).toBe('news.sky.com');
    expect(siteOf('nonsense')).toBe('');
  });
});

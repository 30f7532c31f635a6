import { normalizeUrl } from './url';

/**
 * Which pages hold passages the reader saved, as every page can ask it without a message to
 * the background: a record in the extension's local storage (read with the settings, in one
 * read), of a short hash of each page's address. A page whose hash is not in it holds none; one
 * whose hash is (or any page, while there is no record yet) asks the background, as before. A
 * hash shared by two addresses only costs that question, never a passage unpainted.
 */
export const SAVED_PAGES_KEY = 'savedPages';

/** FNV-1a (32 bits) of a page's canonical address, as 8 hex digits. */
export function pageKey(url: string): string {
  const address = normalizeUrl(url);
  let hash = 0x811c9dc5;
  for (let i = 0; i < address.length; i++) hash = Math.imul(hash ^ address.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The record of the pages these addresses name: each page's key, between spaces. */
export function savedPagesRecord(urls: Iterable<string>): string {
  const keys = [...new Set([...urls].map(pageKey))].sort();
  return ` ${keys.map((key) => `${key} `).join('')}`;
}

const RECORD = /^ (?:[0-9a-f]{8} )*$/;

/**
 * Does the reader hold passages of this page, by the record? undefined when there is no record
 * (or not one of these), and the background must be asked.
 */
export function holdsSavedPassages(stored: unknown, url: string): boolean | undefined {
  if (typeof stored !== 'string' || !RECORD.test(stored)) return undefined;
  return stored.includes(` ${pageKey(url)} `);
}

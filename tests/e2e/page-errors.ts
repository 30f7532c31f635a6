/**
 * Errors a page's scripts left uncaught, in any world of the page: the page's own and the
 * content script's (Chromium reports an isolated world's uncaught errors on the page's console
 * as well as through `pageerror`).
 */
import type { Page } from '@playwright/test';

export function collectErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return () => errors;
}

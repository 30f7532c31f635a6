import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the built extension (`npm run build` first). Each test starts its
 * own Chromium with the extension (tests/e2e/extension.ts); the fixture pages are served at
 * real news addresses with no network (tests/fixtures/news-sites.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Two workers for a two-core machine: each test runs a browser of its own.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: {
    actionTimeout: 10_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});

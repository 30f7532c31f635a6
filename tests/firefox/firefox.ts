/**
 * Starting Firefox with the built extension (.output/firefox-mv2; `npm run build:firefox`
 * first) over WebDriver BiDi with puppeteer-core, and reaching the extension the way a reader
 * does: its pages, its shortcut, the news pages it reads (served with no network).
 *
 * Node runs this file directly (type stripping): erasable syntax only, `.ts` on relative imports.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { ServedPages } from '../fixtures/news-sites.ts';

/** Where `npm run build:firefox` writes the Firefox build. */
const EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
/** browser_specific_settings.gecko.id in wxt.config.ts. */
const ADDON_ID = 'state-security-lens@state-security-lens.org';
/** Fixed by a pref below, so that the extension's pages have a known moz-extension:// origin. */
const EXTENSION_UUID = '6f1d0c52-3a8e-4b7a-9c1e-5d2f7a9b0e44';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * The Firefox to run: $FIREFOX_PATH (the runner sets it for each Firefox it checks), else
 * Debian's firefox-esr, else /usr/bin/firefox. None is an error, never a skipped suite.
 */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Firefox found: set FIREFOX_PATH, or run ./scripts/test, which installs Debian\u2019s firefox-esr');
  }
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  /** The first tab: the one the tests read news in. */
  page: Page;
  /** Where the browser saves downloads (the extension's exports). */
  downloadDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile to keep across launches (a restart); by default a fresh one, removed on close. */
  profileDir?: string;
  /** More preferences (`javascript.enabled: false`: pages' own JavaScript blocked). */
  prefs?: Record<string, unknown>;
}

function prefs(downloadDir: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    // Downloads (exports) go straight to a folder the test reads, with no dialog.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
  };
}

/** Firefox with the built extension installed, and the first tab sized as the Chromium suite's. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const executablePath = firefoxPath();
  const downloadDir = await mkdtemp(join(tmpdir(), 'sst-firefox-downloads-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: options.profileDir,
      // Needed for extension pages (moz-extension://) and the browser window's chrome context.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { ...prefs(downloadDir), ...options.prefs },
    });
  } catch (error) {
    throw new Error(`Firefox at ${executablePath} could not be started: ${(error as Error).message}`, { cause: error });
  }
  try {
    await browser.installExtension(EXTENSION_DIR);
    const [page] = await browser.pages();
    await sizeFirstTab(browser);
    return {
      browser,
      page: page!,
      downloadDir,
      close: async () => {
        await browser.close();
        await rm(downloadDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Puppeteer's own WebDriver BiDi connection (not in its public types), for the commands it has
 * no method for: Firefox takes one WebDriver session at a time.
 */
export function bidiConnection(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/**
 * Sizes the first tab as the Chromium suite's pages (1280 × 900): it ignores puppeteer's default
 * viewport, and puppeteer's `setViewport` also sends a screen-orientation command that Firefox
 * 140 does not know, so the BiDi command is sent on its own.
 */
async function sizeFirstTab(browser: Browser): Promise<void> {
  const connection = bidiConnection(browser);
  const { result } = await connection.send('browsingContext.getTree', {});
  const [tab] = (result as { contexts: Array<{ context: string }> }).contexts;
  if (!tab) throw new Error('Firefox opened no tab');
  await connection.send('browsingContext.setViewport', { context: tab.context, viewport: { width: 1280, height: 900 } });
}

/**
 * Answers the tab's http(s) requests with the given pages by address, and aborts every other
 * one, so that nothing reaches the network; the extension's own files pass.
 */
export async function servePages(page: Page, pages: ServedPages): Promise<void> {
  const withoutHash = (url: string) => url.split('#')[0]!;
  const bodies = new Map(Object.entries(pages).map(([url, html]) => [withoutHash(url), html]));
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const body = bodies.get(withoutHash(url));
    if (body === undefined) return void request.abort('internetdisconnected');
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/** Polls `read` until `done` holds for its value; returns that value, or fails saying what it saw. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (caught) {
      error = caught; // A page between two documents: ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}${error ? ` (${error})` : ''}`);
}

/**
 * Loads an extension page (`/library.html`) in `page`. Puppeteer never sees a moz-extension://
 * load finish, so the navigation is started and the document polled; the old one is marked
 * first, so that a reload of the same address is not taken for done before it starts.
 */
export async function gotoExtensionPage(page: Page, path: string): Promise<void> {
  const url = `${EXTENSION_ORIGIN}${path}`;
  await page.evaluate(() => ((window as unknown as { sstOld: boolean }).sstOld = true)).catch(() => undefined);
  void page.goto(url).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => [location.href, document.readyState, 'sstOld' in window] as const),
    ([href, state, old]) => href === url && state === 'complete' && !old,
    `${url} to load`,
  );
}

/** A new tab showing an extension page. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await gotoExtensionPage(page, path);
  return page;
}

/** The WebExtension id of the tab at `index` in the window, asked from an extension page. */
export async function tabIdAt(extensionPage: Page, index: number): Promise<number> {
  return extensionPage.evaluate(async (at) => {
    const { browser } = globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id: number; index: number }>> } } };
    const tab = (await browser.tabs.query({ currentWindow: true })).find((t) => t.index === at);
    if (!tab) throw new Error(`No tab at index ${at}`);
    return tab.id;
  }, index);
}

/** Sends the content script of a tab a message from an extension page, as the popup does. */
export async function sendToTab(extensionPage: Page, tabId: number, message: object): Promise<unknown> {
  return extensionPage.evaluate(
    async (id, request) => {
      const { browser } = globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } };
      return browser.tabs.sendMessage(id, request);
    },
    tabId,
    message,
  );
}

/** The id Firefox gives the add-on's `<keyset>` of command shortcuts (its widget id). */
const KEYSET_ID = `ext-keyset-id-${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;

/**
 * Runs one of the extension's keyboard commands (manifest `commands`) as its shortcut would.
 * BiDi key presses never reach browser shortcuts, so the command's `<key>` element in the
 * browser window is run with `doCommand()` in the window's chrome context; Firefox then gives
 * the extension the same activeTab grant as the keys do. The `<key>` has no id or name, only
 * its keys (`shortcut`, as Firefox writes them: key "A", modifiers "alt,shift"), and appears a
 * moment after the add-on starts.
 */
export async function runShortcut(browser: Browser, shortcut: { key: string; modifiers: string }): Promise<void> {
  const connection = bidiConnection(browser);
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = (result as { contexts: Array<{ context: string; url: string }> }).contexts.find((context) =>
    context.url.startsWith('chrome://browser/'),
  );
  if (!window) throw new Error('No browser window in the chrome scope');
  const press = () =>
    connection.send('script.evaluate', {
      expression: `(() => {
        const key = document.querySelector(${JSON.stringify(`#${KEYSET_ID} > key[key="${shortcut.key}"][modifiers="${shortcut.modifiers}"]`)});
        if (!key) return 'no key';
        key.doCommand();
        return 'pressed';
      })()`,
      target: { context: window.context },
      awaitPromise: false,
    });
  await waitFor(
    async () => ((await press()).result as { result?: { value?: unknown } }).result?.value,
    (outcome) => outcome === 'pressed',
    `the extension's ${shortcut.modifiers}+${shortcut.key} key in the browser window`,
  );
}

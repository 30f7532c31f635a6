/**
 * Starting Chromium with the built extension, shared by the end-to-end tests
 * (tests/e2e/extension.ts) and the demo (scripts/demo.ts), and driving the page the way a
 * reader does (hovering a highlighted term).
 *
 * Node runs this file directly for the demo (type stripping): erasable syntax only, and
 * relative imports with their `.ts` extension.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, expect, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { PageMatches } from '../../lib/messages.ts';
import { cardIn, registerCardSelector } from './card-root.ts';
import { isMarkRole, layerName, markedTexts, type HighlightRole } from './highlight-names.ts';

/** Where `npm run build` writes the Chrome build. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/**
 * The Chromium to use: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined, which
 * means Playwright's own browser (`npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

// --no-sandbox: Chromium refuses to start as root without it (containers, CI).
// The --disable-* flags keep Chromium from calling home at every start: the tests have no network.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** Default true. Chromium's new headless mode keeps extensions. */
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  /** More Chromium flags (`--enable-unsafe-extension-debugging` for CDP's Extensions domain). */
  args?: string[];
  /** A profile to start from (its `Default/Preferences`: site settings); a fresh one when not given. */
  userDataDir?: string;
  /** The time zone of the pages (extension pages and content scripts too), e.g. America/New_York. */
  timezoneId?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  /** The background service worker; its URL holds the extension id. */
  serviceWorker: Worker;
  extensionId: string;
}

/** A persistent context (extensions need one) with the built extension loaded. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  await registerCardSelector();
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    ...(options.timezoneId && { timezoneId: options.timezoneId }),
    // Playwright adds --disable-extensions unless --disable-extensions-except names the build.
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS, ...(options.args ?? [])],
  });
  try {
    const serviceWorker = await extensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, serviceWorker, extensionId };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
}

/** The same Chromium without any extension: what a page looks like untouched. */
export async function launchPlain(options: { headless?: boolean } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: options.headless ?? true, args: QUIET_FLAGS });
}

// ---------------------------------------------------------------------------------------------
// Asking a page's content script, from the service worker, as the popup does.

interface TabInfo {
  id?: number;
}
/** The few chrome.* calls made inside the service worker (the project has no @types/chrome). */
interface ChromeTabs {
  tabs: {
    query(filter: { active?: boolean; lastFocusedWindow?: boolean }): Promise<TabInfo[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}
type TabFilter = { active?: boolean; lastFocusedWindow?: boolean };

/** sendMessage's error while the tab has no content script listening (yet). */
export const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/;

async function tabIds(serviceWorker: Worker, filter: TabFilter): Promise<number[]> {
  return serviceWorker.evaluate(async (query) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    const tabs = await chrome.tabs.query(query);
    return tabs.map((tab) => tab.id).filter((id): id is number => typeof id === 'number');
  }, filter);
}

async function sendToTab(serviceWorker: Worker, tabId: number): Promise<PageMatches> {
  return serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    return (await chrome.tabs.sendMessage(id, { type: 'getPageMatches' })) as PageMatches;
  }, tabId);
}

/**
 * Asks the page's content script for its matches, once (rejects with NO_RECEIVER while the
 * content script is not listening yet). The content script answers after the whole page has
 * been read. Without the `tabs` permission the worker cannot read tab URLs, so the page is
 * brought to the front and the active tab asked; the answer's own `url` confirms the tab. If it
 * is another (another window focused), every tab is asked and the one with the page's URL taken.
 */
export async function askPageMatches(serviceWorker: Worker, page: Page): Promise<PageMatches> {
  await page.bringToFront();
  const [active] = await tabIds(serviceWorker, { active: true, lastFocusedWindow: true });
  if (active !== undefined) {
    const answer = await sendToTab(serviceWorker, active);
    if (answer.url === page.url()) return answer;
  }
  const answers: PageMatches[] = [];
  for (const id of await tabIds(serviceWorker, {})) {
    const answer = await sendToTab(serviceWorker, id).catch(() => undefined);
    if (answer?.url === page.url()) answers.push(answer);
  }
  if (answers.length !== 1) throw new Error(`${answers.length} tabs answered for ${page.url()}`);
  return answers[0]!;
}

// ---------------------------------------------------------------------------------------------
// Pointing at terms.

export interface Point {
  x: number;
  y: number;
}

/**
 * Scrolls the first occurrence of `text` in the page into view (from `nth`, in document order) and
 * returns the middle of its first line; null when the page does not hold it.
 */
export function textPoint(page: Page, text: string, nth = 0): Promise<Point | null> {
  return page.evaluate(
    ([wanted, nth]) => {
      let seen = 0;
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0 || seen++ < nth) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }
      return null;
    },
    [text, nth] as const,
  );
}

/**
 * Scrolls the first highlighted occurrence whose text is `text` into view and returns the
 * middle of its first line: for the bundled terms read from `CSS.highlights` (the page's world
 * sees the ranges too); for the overlay's roles (a list's colour), the page's first such text
 * once the overlay marks it. Terms are painted near the screen only (lib/page/near-painter.ts):
 * a text painted nowhere yet is first scrolled to where the page holds it, and looked for again
 * once it is painted.
 */
export async function highlightedTermPoint(page: Page, text: string, role: HighlightRole = 'term'): Promise<Point | null> {
  if (isMarkRole(role)) {
    if (!(await textPoint(page, text))) return null;
    await expect.poll(() => markedTexts(page, role), { message: `the overlay marks "${text}" as ${role}` }).toContain(text);
    return textPoint(page, text);
  }
  const name = await layerName(page, role);
  const find = () =>
    page.evaluate(([wanted, name]) => {
      const highlight = CSS.highlights.get(name!);
      if (!highlight) return null;
      for (const painted of highlight.values()) {
        // Terms are painted as StaticRanges: read each as a live Range.
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    }, [text, name]);
  const point = await find();
  if (point) return point;
  // Where the page holds the text (a term hidden until hovered is painted under no name at all).
  if (!(await textPoint(page, text))) return null;
  for (let tries = 0; tries < 10; tries++) {
    await page.waitForTimeout(100);
    const found = await find();
    if (found) return found;
  }
  return textPoint(page, text);
}

/** Rests the pointer on a highlighted term until its context card is open; returns the card. */
export async function openCardByHover(page: Page, text: string, role?: HighlightRole) {
  const point = await highlightedTermPoint(page, text, role);
  if (!point) throw new Error(`No highlighted "${text}" on ${page.url()}`);
  // Arrive from a little way off, as a pointer does: the hover intent waits for the pointer to rest.
  await page.mouse.move(point.x - 40, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 8 });
  const card = await cardIn(page);
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return card;
}

// ---------------------------------------------------------------------------------------------
// Filling the extension's database.

/** Saved records, as the database keeps them (lib/db/schema.ts). */
export interface SavedRecords {
  highlights: readonly object[];
  pages: readonly object[];
  /** Where terms were seen, and the terms seen on each page (lib/sightings/). */
  sightings?: readonly object[];
  sightingPages?: readonly object[];
  sightingTerms?: readonly object[];
  sightingCompany?: readonly object[];
}

/**
 * Writes records straight into the extension's IndexedDB from one of its pages (which opened
 * the database and made its schema): thousands at once, faster than saving them one by one.
 * Pages that follow the database live do not see these writes: reload them.
 */
export async function writeRecords(extensionPage: Page, records: SavedRecords): Promise<void> {
  await extensionPage.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('state-security-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(stores), 'readwrite');
    for (const [store, records] of Object.entries(stores)) {
      for (const record of records ?? []) tx.objectStore(store).put(record);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** The reader's lists as the benchmarks make them: generated terms in one enabled list, switched on and off. */
import type { BrowserContext, Page } from '@playwright/test';
import type { GeneratedTerm } from './generate-dictionary.ts';

type WatchedTerm = Pick<GeneratedTerm, 'label'> & { aliases: readonly Pick<GeneratedTerm['aliases'][number], 'text'>[] };

/** The terms as the database keeps them, in one enabled list; ids numbered from `first`. */
function watchRecords(terms: readonly WatchedTerm[], first: number) {
  const time = new Date().toISOString();
  const listId = 'wl-00000000-0000-4000-8000-000000000001';
  const list = { id: listId, name: 'Bench', colour: 0, enabled: true, createdAt: time, updatedAt: time };
  const records = terms.map((term, i) => ({
    id: `wt-00000000-0000-4000-8000-${(first + i).toString(16).padStart(12, '0')}`,
    listId,
    label: term.label,
    aliases: term.aliases.map((alias) => alias.text).filter((alias) => alias !== term.label),
    caseRule: 'auto',
    note: '',
    links: [],
    createdAt: time,
    updatedAt: time,
  }));
  return { list, records };
}

/** The watchlists page, which opens the database (and makes its schema). */
export async function managerPage(context: BrowserContext): Promise<Page> {
  const worker = context.serviceWorkers()[0]!;
  const page = await context.newPage();
  await page.goto(`${worker.url().replace(/\/[^/]*$/, '')}/watchlists.html`);
  await page.waitForFunction(() => document.querySelector('h1') !== null);
  return page;
}

/**
 * Writes the terms straight into IndexedDB (ids numbered from `first`: terms of other ids are
 * kept), then asks the background to compile, as an import does: returns its time.
 */
export async function loadTerms(manager: Page, terms: readonly WatchedTerm[], first = 0): Promise<number> {
  const { list, records } = watchRecords(terms, first);
  for (let at = 0; at < records.length || at === 0; at += 20_000) {
    await manager.evaluate(
      async ({ list, chunk }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('state-security-lens');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['watchlists', 'watchTerms'], 'readwrite');
        tx.objectStore('watchlists').put(list);
        for (const term of chunk) tx.objectStore('watchTerms').put(term);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { list, chunk: records.slice(at, at + 20_000) },
    );
  }
  return manager.evaluate(async () => {
    const started = performance.now();
    await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'watchlistsChanged' });
    return performance.now() - started;
  });
}

/**
 * Switches the lists off and on for new pages without touching them: the stored state every
 * tab reads first (utils/watch-state.ts). Off, a page is read with the bundled terms alone,
 * exactly as with no list, so that each run measures both in the same browser, moments apart.
 */
export async function setListsActive(manager: Page, active: boolean): Promise<void> {
  await manager.evaluate(async (on) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { revision: string }>>; set(items: object): Promise<void> } } } };
    const { watchlists } = await chrome.storage.local.get('watchlists');
    await chrome.storage.local.set({ watchlists: { ...watchlists, active: on } });
  }, active);
}

/**
 * Pages that change themselves: regions the annotator skips stay skipped when the page writes
 * into them, and a deeply nested change is read again (issue 10, items 9 and 13). How much of
 * the main thread a busy live page leaves to its own timers is a speed figure: `npm run bench`
 * measures it (BENCH_ONLY=ticker).
 */
import { servePages } from '../fixtures/news-sites.ts';
import { badgeText, tabIdOf, termTexts } from './extension-pages.ts';
import { expect, test } from './extension.ts';

const page = (body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body><main><article>${body}</article></main><script>${script}</script></body></html>`;

const SKIPPED_URL = 'https://www.theguardian.com/world/2025/nov/21/skipped-regions';
const NESTED_URL = 'https://www.theguardian.com/world/2025/nov/21/deeply-nested';

test('skipped regions stay unannotated when the page writes into them, and never count in the badge', async ({
  context,
  page: tab,
  serviceWorker,
  getPageMatches,
}) => {
  const body = `<p>Hikvision is named here.</p>
    <div id="hidden" hidden></div>
    <p id="decor" aria-hidden="true"></p>
    <div class="share-bar" id="share"></div>
    <div id="editor" contenteditable="true"><p id="typed">Draft:</p></div>
    <p id="visible"></p>`;
  await servePages(context, { [SKIPPED_URL]: page(body) });
  await tab.goto(SKIPPED_URL);
  await expect.poll(() => termTexts(tab)).toEqual(['Hikvision']);
  await tab.evaluate(() => {
    document.getElementById('hidden')!.textContent = 'MI5 in a hidden div.';
    document.getElementById('decor')!.append('MI5 in an aria-hidden paragraph.');
    document.getElementById('share')!.append(Object.assign(document.createElement('span'), { textContent: 'Share on LinkedIn' }));
    // What the reader types in an editable region: its text node changes.
    (document.getElementById('typed')!.firstChild as Text).appendData(' the Ministry of State Security');
  });
  await tab.locator('#typed').click();
  await tab.keyboard.type(' and MI5');
  // A change the annotator does read, after the others: once it is painted, they were read too.
  await tab.evaluate(() => document.getElementById('visible')!.append('Dahua too.'));
  await expect.poll(() => termTexts(tab)).toEqual(['Hikvision', 'Dahua']);
  expect((await getPageMatches(tab)).matches.map((match) => match.text)).toEqual(['Hikvision', 'Dahua']);
  await expect.poll(async () => badgeText(serviceWorker, await tabIdOf(serviceWorker, tab))).toBe('2');
});

test('5,000 nested inline elements: the term at the bottom is found, and changing it is read again', async ({ context, page: tab }) => {
  const depth = 5000;
  const html = `<p id="deep">${'<span>a '.repeat(depth)}<b id="bottom">Hikvision</b>${'</span>'.repeat(depth)}</p>`;
  await servePages(context, { [NESTED_URL]: page(html) });
  await tab.goto(NESTED_URL);
  await expect.poll(() => termTexts(tab), { timeout: 20_000 }).toEqual(['Hikvision']);
  await tab.evaluate(() => {
    document.getElementById('bottom')!.textContent = 'Dahua';
  });
  await expect.poll(() => termTexts(tab), { timeout: 20_000 }).toEqual(['Dahua']);
});

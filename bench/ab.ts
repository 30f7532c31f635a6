/**
 * `npm run bench:ab -- <build A> <build B> [rounds]`: two builds of the extension (directories
 * made by `SST_TIMING=1 wxt build`, copied aside) compared on the 1 MB page with 10,000 terms,
 * with the lists off and on. Separate runs of `bench:watchlists` differ by more than most
 * single changes do (the bundled-alone time moves 20–30 ms between runs), so both builds run
 * side by side, in two browsers, and take turns visit by visit: whatever slows the machine
 * slows both. Prints each build's medians and the median of B − A over the rounds.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launch, measures, open, pause } from './browser.ts';
import { generateTerms } from './generate-dictionary.ts';
import * as pages from './pages.ts';
import { loadTerms, managerPage, setListsActive } from './watchlist-setup.ts';

const [buildA, buildB, rounds = '12'] = process.argv.slice(2);
if (!buildA || !buildB) throw new Error('Usage: npm run bench:ab -- <build A> <build B> [rounds]');

const terms = generateTerms(10_000);
const mega = pages.megaPage(pages.sprinkledNames(terms));

interface Build {
  name: string;
  context: BrowserContext;
  manager: Page;
  off: number[];
  on: number[];
}

async function start(dir: string): Promise<Build> {
  const context = await launch(dir, [mega]);
  const manager = await managerPage(context);
  await loadTerms(manager, terms);
  return { name: dir, context, manager, off: [], on: [] };
}

/** One load of the 1 MB page: script start → highlights. */
async function annotation(context: BrowserContext): Promise<number> {
  const tab = await open(context, mega);
  try {
    return (await measures(tab, 'sst:annotate'))[0]!.duration;
  } finally {
    await tab.close();
    // The background settles (sightings, the next page's naming) before the next load.
    await pause(1200);
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const builds = [await start(buildA), await start(buildB)];
try {
  for (let round = 0; round < Number(rounds); round++) {
    for (const build of builds) {
      await setListsActive(build.manager, false);
      build.off.push(await annotation(build.context));
      await setListsActive(build.manager, true);
      build.on.push(await annotation(build.context));
    }
  }
  for (const [label, { name, off, on }] of [['A', builds[0]!], ['B', builds[1]!]] as const) {
    const ratio = median(on.map((value, i) => value / off[i]!));
    console.log(`${label} ${name}: bundled alone ${ms(median(off))}, 10,000 terms ${ms(median(on))}, ratio ${ratio.toFixed(2)}× (median of ${rounds} rounds)`);
  }
  const [a, b] = builds as [Build, Build];
  console.log(`B − A: bundled alone ${ms(median(b.off.map((value, i) => value - a.off[i]!)))}, 10,000 terms ${ms(median(b.on.map((value, i) => value - a.on[i]!)))} (median of the rounds' differences)`);
} finally {
  for (const build of builds) await build.context.close();
}

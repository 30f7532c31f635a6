/**
 * `npm run test:firefox`: the Firefox suite (tests/firefox/*.test.ts, node's own test runner,
 * one Firefox per file) against the Firefox build (.output/firefox-mv2), in each Firefox to
 * check: $FIREFOX_PATH (else Debian's firefox-esr), then $FIREFOX_OLDEST_PATH when set
 * (Firefox 140 ESR, the oldest the manifest admits; ./scripts/test fetches it).
 *
 * Node runs this file directly (type stripping): erasable syntax only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firefoxPath } from './firefox.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => here + name);

function firefoxes(): string[] {
  try {
    const oldest = process.env.FIREFOX_OLDEST_PATH;
    return oldest ? [firefoxPath(), oldest] : [firefoxPath()];
  } catch (error) {
    console.error(`The Firefox suite cannot run: ${(error as Error).message}`);
    process.exit(1);
  }
}

let failed = false;
for (const executable of firefoxes()) {
  let version: string;
  try {
    version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    console.error(`The Firefox suite cannot run: ${executable} does not start (${(error as Error).message})`);
    process.exit(1);
  }
  console.log(`\nFirefox suite in ${version} (${executable})`);
  // One file at a time: each starts a Firefox of its own, and the machine has two cores.
  const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, FIREFOX_PATH: executable },
  });
  if (run.status !== 0) failed = true;
}
if (!process.env.FIREFOX_OLDEST_PATH) {
  console.log('\nFirefox 140 ESR, the oldest the manifest admits, was not checked: set FIREFOX_OLDEST_PATH (./scripts/test does).');
}
process.exit(failed ? 1 : 0);

// Runs before `npm test` and `npm run demo` (pretest, predemo). On an older Node they fail far
// from the cause (Map.groupBy in the unit tests, vitest's reporter, a `.ts` script), so this says
// it first. Plain ES5 in a .cjs file, so that any Node can run it.
var major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error('State Security Lens needs Node 24 or later: run ./scripts/test (or ./scripts/demo), or `nvm use`.');
  process.exit(1);
}

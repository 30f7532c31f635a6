import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of lib/ (docs/architecture.md, lib/README.md), bottom to top. A unit (a folder of
 * lib/, or a file directly in it) may import its own files and the units of lower tiers only:
 * never a unit of its own tier or of a higher one. So no import runs back up, and no two
 * folders can tie each other in a circle; circles between files are looked for below.
 */
const TIERS: ReadonlyArray<{ layer: string; units: readonly string[] }> = [
  { layer: 'ground', units: ['text', 'url', 'dates', 'sites', 'save-errors', 'checks', 'scheduling'] },
  { layer: 'ground', units: ['dictionary', 'day-input'] },
  { layer: 'ground', units: ['match'] },
  { layer: 'ground', units: ['page'] },
  { layer: 'ground', units: ['anchoring'] },
  { layer: 'storage', units: ['db'] },
  { layer: 'features', units: ['settings', 'saved-pages', 'reading-switch', 'site-access', 'sightings', 'watchlists'] },
  { layer: 'archive', units: ['export'] },
  { layer: 'protocol', units: ['messages'] },
];

/** lib/ runs in vitest and in every context: it never reaches for the extension's APIs or the code that does. */
const FORBIDDEN_PACKAGES = [/^wxt(\/|$)/, /^@wxt-dev\//, /^webextension-polyfill$/, /^#imports$/];
const FORBIDDEN_FOLDERS = ['entrypoints', 'components', 'utils'];
/** The extension APIs as globals (WXT declares `browser` without an import). */
const EXTENSION_GLOBAL = /\b(?:browser|chrome)\.[A-Za-z]/;

const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '../..'));
const LIB = join(ROOT, 'lib');

interface Import {
  from: string;
  specifier: string;
  /** The lib/ file it reaches, relative to the project ('lib/match/matcher.ts'); undefined for a package. */
  target?: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Comments out of the way (an import named in a comment is no import): those that begin a line
 * only, so that a string holding `/*` or `//` (an address, a match pattern) is left whole.
 */
const withoutComments = (source: string) => source.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');

/** A source without its comments and the text of its strings (a name in a message is no identifier). */
const codeOf = (source: string) => withoutComments(source).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
const BROWSER = /\bbrowser\b/;

/** `import … from 'x'`, `import 'x'`, `export … from 'x'`, `import('x')` and `typeof import('x')`. */
const IMPORT = /(?:^|[^\w.$])(?:import|export)\s*(?:type\s+)?(?:\(\s*|[\w*{}\s,$]*?\bfrom\s*|)(['"])([^'"]+)\1/g;

function resolveFile(path: string): string | undefined {
  const bare = path.replace(/\?.*$/, '');
  return [bare, `${bare}.ts`, `${bare}.tsx`, join(bare, 'index.ts'), join(bare, 'index.tsx')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function importsOf(file: string, source: string): Import[] {
  const from = relative(ROOT, file);
  return [...withoutComments(source).matchAll(IMPORT)].map(([, , specifier]) => {
    if (!specifier!.startsWith('.')) return { from, specifier: specifier! };
    const resolved = resolveFile(join(dirname(file), specifier!));
    return { from, specifier: specifier!, target: relative(ROOT, resolved ?? join(dirname(file), specifier!)) };
  });
}

/** The unit a lib/ file belongs to: its folder under lib/, or its own name for a file in lib/. */
const unitOf = (path: string): string => path.split('/')[1]!.replace(/\.tsx?$/, '');
const tierOf = (unit: string): number => TIERS.findIndex((tier) => tier.units.includes(unit));

/** What is wrong with one import: it leaves lib/, reaches an extension API, or runs up or across the layers. */
function layerProblem({ from, specifier, target }: Import): string | undefined {
  if (target === undefined) {
    return FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier)) ? `${from} imports the extension's API (${specifier})` : undefined;
  }
  const top = target.split('/')[0]!;
  if (FORBIDDEN_FOLDERS.includes(top)) return `${from} imports ${target}: lib/ never imports ${FORBIDDEN_FOLDERS.join(', ')}`;
  if (top !== 'lib') return `${from} imports ${target}, outside lib/`;
  const [fromUnit, toUnit] = [unitOf(from), unitOf(target)];
  if (fromUnit === toUnit) return undefined;
  const [fromTier, toTier] = [tierOf(fromUnit), tierOf(toUnit)];
  if (toTier < fromTier) return undefined;
  const where = toTier === fromTier ? 'its own tier' : `a higher layer (${TIERS[toTier]!.layer})`;
  return `${from} (${TIERS[fromTier]!.layer}) imports ${target}, of ${where}`;
}

/** The circles among files (strongly connected components of more than one file, or a file importing itself). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const circle: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      circle.push(member);
    } while (member !== file);
    if (circle.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(circle.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

const files = sourceFiles(LIB);
const sources = new Map(files.map((file) => [relative(ROOT, file), readFileSync(file, 'utf8')]));
const imports = files.flatMap((file) => importsOf(file, sources.get(relative(ROOT, file))!));

describe('the layers of lib/', () => {
  it('reads the imports it checks', () => {
    // The parser must see what it judges: a known import of each kind.
    expect(imports).toContainEqual({ from: 'lib/match/matcher.ts', specifier: './page-facts', target: 'lib/match/page-facts.ts' });
    expect(imports).toContainEqual({ from: 'lib/db/database.ts', specifier: 'dexie' });
    expect(importsOf(join(LIB, 'x.ts'), "import type {\n  A,\n  B,\n} from './match/matcher';\n// import { C } from './messages';\nexport * from './url';\nconst d: typeof import('./dates') = 0;"))
      .toEqual([
        { from: 'lib/x.ts', specifier: './match/matcher', target: 'lib/match/matcher.ts' },
        { from: 'lib/x.ts', specifier: './url', target: 'lib/url.ts' },
        { from: 'lib/x.ts', specifier: './dates', target: 'lib/dates.ts' },
      ]);
  });

  it('places every folder and file of lib/ in a layer', () => {
    const units = [...new Set([...sources.keys()].map(unitOf))];
    expect(units.filter((unit) => tierOf(unit) < 0)).toEqual([]);
  });

  it('gives every folder a README saying what it is for and what it may import', () => {
    const folders = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isDirectory());
    expect(folders.filter((folder) => !existsSync(join(LIB, folder, 'README.md')))).toEqual([]);
  });

  it('has no import from a lower layer up, or across a tier, and none out of lib/', () => {
    expect(imports.map(layerProblem).filter(Boolean)).toEqual([]);
  });

  it('has no circle of imports between files', () => {
    const graph = new Map<string, string[]>([...sources.keys()].map((file) => [file, []]));
    for (const { from, target } of imports) if (target) graph.get(from)!.push(target);
    expect(circles(graph)).toEqual([]);
  });

  it('never calls the extension APIs', () => {
    const callers = [...sources].filter(([, source]) => EXTENSION_GLOBAL.test(withoutComments(source))).map(([file]) => file);
    expect(callers).toEqual([]);
  });

  it('never names `browser`, not even a parameter: WXT would import webextension-polyfill there, and into every script that imports it', () => {
    expect(codeOf('const pick = (browser: string) => browser;')).toMatch(BROWSER);
    expect(codeOf("const text = 'your browser';\n// the browser")).not.toMatch(BROWSER);
    expect([...sources].filter(([, source]) => BROWSER.test(codeOf(source))).map(([file]) => file)).toEqual([]);
  });

  it('adds checks to schemas with checked() (lib/checks/checked.ts), which an unused schema does not keep in a bundle', () => {
    const chained = [...sources].filter(([file, source]) => file !== 'lib/checks/checked.ts' && /\.check\(/.test(codeOf(source)));
    expect(chained.map(([file]) => file)).toEqual([]);
  });
});

/**
 * `npm run bench:size`: what the content script is made of. Builds a copy with a source map
 * (.output/bench-size) and attributes every byte of first-look.js to the module it came from,
 * grouped by package; gzip sizes are of each group alone (they add up to more than the whole).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'wxt';

await build({ outDirTemplate: 'bench-size', vite: () => ({ build: { sourcemap: true } }) });
const dir = new URL('../.output/bench-size/', import.meta.url);
const code = readFileSync(new URL('first-look.js', dir), 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(new URL('first-look.js.map', dir), 'utf8')));

const mappings: { line: number; column: number; source: string }[] = [];
map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(runtime)' }));
mappings.sort((a, b) => a.line - b.line || a.column - b.column);

/** node_modules/@scope/name/… → @scope/name; node_modules/name/… → name; our own files as they are. */
const group = (source: string) => {
  const inModules = source.split('node_modules/').pop()!;
  if (inModules === source) return source.replace(/^(\.\.\/)+/, '');
  return inModules.split('/').slice(0, inModules.startsWith('@') ? 2 : 1).join('/');
};

const parts = new Map<string, string[]>();
const append = (source: string, text: string) => (parts.get(source) ?? parts.set(source, []).get(source)!).push(text);
let current = '(runtime)';
let next = 0;
code.split('\n').forEach((line, index) => {
  let from = 0;
  while (next < mappings.length && mappings[next]!.line === index + 1) {
    append(current, line.slice(from, mappings[next]!.column));
    from = mappings[next]!.column;
    current = group(mappings[next]!.source);
    next++;
  }
  append(current, `${line.slice(from)}\n`);
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
console.log(`first-look.js: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip\n`);
const rows = [...parts].map(([name, texts]) => {
  const text = texts.join('');
  return { name, raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
});
for (const row of rows.sort((a, b) => b.gzip - a.gzip).slice(0, 60)) console.log(`${kb(row.raw)} ${kb(row.gzip)}  ${row.name}`);

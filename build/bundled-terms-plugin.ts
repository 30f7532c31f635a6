import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { TermIndexSource } from '../lib/match/term-index';

/** The bundled terms' index, for the reader (lib/match/term-index.ts). */
export const BUNDLED_TERMS_MODULE = 'virtual:sst-bundled-terms';
/** The bundled terms' detector, for the first look (lib/page/first-term.ts). */
export const TERM_DETECTOR_MODULE = 'virtual:sst-term-detector';
const MODULES = [BUNDLED_TERMS_MODULE, TERM_DETECTOR_MODULE];
const SOURCE = fileURLToPath(new URL('../lib/match/term-index-source.ts', import.meta.url));

type SourceModule = { bundledTermIndexSource(): TermIndexSource; bundledDetectorSource(): string };

/**
 * Compiles the bundled dictionary's matcher when the extension is built, not on every page:
 * `virtual:sst-bundled-terms` is the term index (the compiled matcher's bytes, each term's kind
 * and pack) and `virtual:sst-term-detector` the first look's detector, made by running
 * lib/match/term-index-source.ts with the dictionary as it is (`dictionaryPlugins` may put
 * another in its place: the benchmark's). A term added to the dictionary needs no change here.
 * Compiled once per build, however many entrypoints import it.
 */
export function bundledTermsPlugin(dictionaryPlugins: Plugin[] = []): Plugin {
  let compiled: Promise<{ code: Record<string, string>; files: string[] }> | undefined;
  const compile = async () => {
    const { module, dependencies } = await runnerImport<SourceModule>(SOURCE, { configFile: false, logLevel: 'error', plugins: dictionaryPlugins });
    const code: Record<string, string> = {
      [BUNDLED_TERMS_MODULE]: `export default ${JSON.stringify(module.bundledTermIndexSource())};\n`,
      [TERM_DETECTOR_MODULE]: `export default ${JSON.stringify(module.bundledDetectorSource())};\n`,
    };
    return { code, files: dependencies };
  };
  return {
    name: 'sst-bundled-terms',
    resolveId: (id) => (MODULES.includes(id) ? `\0${id}` : null),
    async load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || !MODULES.includes(name)) return null;
      const { code, files } = await (compiled ??= compile());
      for (const file of files) this.addWatchFile(file);
      return code[name];
    },
    // In `wxt dev`, a change to the dictionary or the matcher compiles it again.
    watchChange(file) {
      if (compiled) void compiled.then(({ files }) => files.includes(file) && (compiled = undefined));
    },
  };
}

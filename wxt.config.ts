import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * `SST_DICTIONARY=bench` builds the benchmark's copy of the extension into `.output/bench-10k`:
 * the same code, reading the generated 10,000-term dictionary (written by `npm run bench`)
 * wherever it would import the bundled terms.
 */
const benchDictionary = process.env.SST_DICTIONARY === 'bench';
const bundledTerms = fileURLToPath(new URL('./lib/dictionary/terms.ts', import.meta.url));
const generatedTerms = fileURLToPath(new URL('./bench-output/dictionary-10k/terms.js', import.meta.url));

const replaceBundledTerms = (): Plugin => ({
  name: 'sst-bench-dictionary',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === bundledTerms ? generatedTerms : null;
  },
});

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: benchDictionary ? 'bench-10k' : undefined,
  vite: () => ({ plugins: benchDictionary ? [replaceBundledTerms(), preact()] : [preact()] }),
  manifest: {
    name: 'State Security Lens',
    description:
      'Highlights agencies, companies, laws and people in news about state security threats, with sourced context cards. Nothing leaves your machine.',
    // contextMenus: "Save highlight" on selected text. Nothing else: the content script's
    // matches are its only host access, and the database lives in the extension's origin.
    permissions: ['contextMenus'],
  },
});

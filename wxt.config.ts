import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { NEWS_SITE_PATTERNS } from './lib/sites';
import { bundledTermsPlugin } from './build/bundled-terms-plugin';
import { highlightScope, highlightStyles } from './lib/page/highlights';

/**
 * `SST_DICTIONARY=<name>` builds a benchmark's copy of the extension into `.output/bench-<name>`:
 * the same code with another dictionary. `sources`: the source articles' twenty concepts alone,
 * the knowledge packs left out (the bundled dictionary before issue 28). `10k`: a generated
 * dictionary (written by the bench into `bench-output/dictionary-10k/terms.js`) wherever the
 * source articles' terms would be imported, the knowledge packs kept.
 */
const benchDictionary = process.env.SST_DICTIONARY;
const sourceArticleTerms = fileURLToPath(new URL('./lib/dictionary/terms.ts', import.meta.url));
const knowledgePacks = fileURLToPath(new URL('./lib/dictionary/knowledge/index.ts', import.meta.url));
const generatedTerms = fileURLToPath(new URL(`./bench-output/dictionary-${benchDictionary}/terms.js`, import.meta.url));
const NO_KNOWLEDGE = '\0sst-bench-no-knowledge';

/**
 * User-timing entries (`sst:…`) are recorded only in the benchmark's builds: a page can read
 * them, and they would tell it when the reader opens a card. `SST_TIMING=1` builds with them,
 * into `.output/bench-bundled` (or `.output/bench-<name>-timing` with another dictionary).
 */
const timing = process.env.SST_TIMING === '1';
const outDir = benchDictionary ? `bench-${benchDictionary}${timing ? '-timing' : ''}` : timing ? 'bench-bundled' : undefined;

const replaceBundledTerms = (): Plugin => ({
  name: 'sst-bench-dictionary',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source === NO_KNOWLEDGE) return NO_KNOWLEDGE;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (benchDictionary === 'sources') return resolved?.id === knowledgePacks ? NO_KNOWLEDGE : null;
    return resolved?.id === sourceArticleTerms ? generatedTerms : null;
  },
  load: (id) => (id === NO_KNOWLEDGE ? 'export const knowledge = [];\n' : null),
});

/** One instance for every entrypoint's build, so that the dictionary is compiled once. */
const bundledTermIndex = bundledTermsPlugin(benchDictionary ? [replaceBundledTerms()] : []);

/** The bundled terms' `::highlight()` rules, listed beside the content script (lib/page/highlights.ts). */
const HIGHLIGHT_SHEET = 'highlights.css';
const highlightTemplate = readFileSync(new URL('./lib/page/highlight-styles.css', import.meta.url), 'utf8');

/** Optional host access, granted a site at a time ("Always annotate this site"). */
const ANY_SITE = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: outDir,
  vite: () => ({
    define: { 'import.meta.env.SST_TIMING': JSON.stringify(timing) },
    plugins: benchDictionary ? [replaceBundledTerms(), bundledTermIndex, preact()] : [bundledTermIndex, preact()],
  }),
  // The sources archive Firefox's reviewers rebuild the add-on from (`npm ci && npm run
  // build:firefox`): WXT already leaves out node_modules, .output, dot-folders (.tools, .wxt,
  // .git) and test files; these are outputs or tooling a rebuild does not need.
  zip: {
    includeSources: ['**/*', '.nvmrc'],
    excludeSources: ['tests/**', 'bench/**', 'scripts/**', '*-output/**', 'test-results/**', 'playwright-report/**', 'playwright.config.ts', 'vitest.config.ts'],
  },
  hooks: {
    'build:publicAssets': (wxt, assets) => {
      assets.push({ relativeDest: HIGHLIGHT_SHEET, contents: highlightStyles(highlightTemplate, highlightScope(wxt.config.browser)) });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'State Security Lens',
    description:
      'Highlights agencies, companies, laws and people in news about state security threats, with sourced context cards. Nothing leaves your machine.',
    // docs/security.md (Permissions) says why each one is needed. Host access beyond the
    // news sites (the content script's matches) is only ever asked for one site at a time.
    permissions: ['contextMenus', 'storage', 'activeTab', 'scripting'],
    // The news sites the content script runs on by itself (the same list, so no new warning):
    // host access lets the background bring the new content script to the tabs already open on
    // them after an update (an orphaned old one stops).
    host_permissions: NEWS_SITE_PATTERNS,
    // "Always annotate this site" asks for one site's address at that moment. Manifest V2 (Firefox)
    // lists optional hosts among optional_permissions; WXT drops optional_host_permissions there.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ANY_SITE }
      : { optional_permissions: ANY_SITE }),
    // The reader's code (loaded by the content script once a page holds a term), the card's
    // (loaded when the first card is needed) and the card's note field (a frame, so that the page
    // cannot read the keys typed in it), at an address that changes every session so that pages
    // cannot probe for the extension.
    // The content script: a plain script (entrypoints/first-look.ts), not a WXT content script.
    // Its stylesheet is the highlights' rules: there before the page is first styled, they cost
    // no second pass over every element's style when a page turns out to hold a term.
    content_scripts: [{ matches: NEWS_SITE_PATTERNS, js: ['first-look.js'], css: [HIGHLIGHT_SHEET], run_at: 'document_idle' }],
    web_accessible_resources: [
      { resources: ['card-view.js', 'page-reader.js', 'note-field.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    commands: {
      'annotate-page': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Annotate this page',
      },
    },
    // Messages between the extension's parts are structured clones, as Firefox's always are, not
    // JSON (Chrome 148+): a page's text reaches the background at a fraction of the cost.
    ...(browser !== 'firefox' && { message_serialization: 'structured_clone' }),
    // Firefox only reads this; Chrome would list it as an unrecognised key.
    // The oldest Firefox the Firefox suite passed in: 153 ESR. In 140 ESR (the CSS Custom
    // Highlight API's first version) terms are highlighted but no card opens: a content script
    // there cannot assign a shadow root's adoptedStyleSheets (Mozilla bug 1928865).
    ...(browser === 'firefox' && { browser_specific_settings: {
      gecko: {
        id: 'state-security-lens@state-security-lens.org',
        strict_min_version: '153.0',
        // Firefox's required declaration: the extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      // The same engine on Android (which reads data_collection_permissions from version 142).
      gecko_android: { strict_min_version: '153.0' },
    } }),
  }),
});

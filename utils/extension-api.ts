/**
 * The browser's own extension API, for the code every page runs (the first look and what it
 * loads with): Firefox's `browser` and Chromium's `chrome` (Manifest V3: promises, and
 * `runtime.onMessage` listeners may answer with a promise since Chromium 146) answer what the
 * first look asks alike. webextension-polyfill, which the rest of the extension uses as
 * `browser`, costs every page a few milliseconds to set up (its wrapper's properties copied
 * when the module loads): the reader, loaded once a page holds a term, keeps it.
 */
type ExtensionApi = typeof browser;

const globals = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

export const extensionApi: ExtensionApi = (globals.browser?.runtime?.id !== undefined ? globals.browser : globals.chrome) as ExtensionApi;

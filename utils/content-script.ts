/**
 * The content script as the background injects or registers it beyond the news sites: the same
 * files the manifest lists for the news sites (its flag, so that it never runs twice in one page,
 * is utils/running-flag.ts).
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

export interface ScriptFiles {
  js: ScriptPublicPath[];
  css: string[];
}

/** The files WXT built for the content script, as the manifest names them. */
export function contentScriptFiles(): ScriptFiles {
  const [entry] = browser.runtime.getManifest().content_scripts ?? [];
  if (!entry?.js) throw new Error('The manifest lists no content script');
  // The manifest is WXT's own output: its paths are the built files.
  return { js: entry.js as ScriptPublicPath[], css: entry.css ?? [] };
}

import './content/first-look/started';
import { announceStart } from '../utils/orphan';
import { RUNNING_FLAG } from '../utils/running-flag';
import { firstLook } from './content/first-look/first-look';

/** An HTML page (not an SVG image or an XML feed), known without the HTMLHtmlElement interface, which a new world makes at its first use. */
const isHtmlPage = () => document.body !== null && document.documentElement.namespaceURI === 'http://www.w3.org/1999/xhtml';

/**
 * The content script (entrypoints/content/first-look/first-look.ts): the manifest injects it into the news
 * sites (wxt.config.ts), the background into a site the reader always annotates and a page the
 * reader asks to annotate. Built as a plain script, not a WXT content script: WXT's
 * content-script runtime (its context, its location watcher, webextension-polyfill) cost every
 * page several milliseconds, and none of it is needed here.
 */
export default defineUnlistedScript(() => {
  // Once per page: the manifest (news sites), a site the reader always annotates and "Annotate
  // this page" can each bring the script to the same page. Only HTML pages: an SVG image or an
  // XML feed at a news address has no body to read.
  if (RUNNING_FLAG in globalThis || !isHtmlPage()) return;
  Object.assign(globalThis, { [RUNNING_FLAG]: true });
  announceStart();
  firstLook();
});

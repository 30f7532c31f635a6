import './started';
import { supportsHighlights } from '../../lib/page/highlights';
import { NEWS_SITE_PATTERNS } from '../../lib/sites';
import { RUNNING_FLAG } from '../../utils/content-script';
import { firstLook } from './first-look';

const isHtmlPage = () => document.documentElement instanceof HTMLHtmlElement && document.body !== null;

export default defineContentScript({
  matches: NEWS_SITE_PATTERNS,
  runAt: 'document_idle',
  // WXT would otherwise post a "content script started" message, with the extension's id, to
  // every page's window (issue 10, item 7).
  noScriptStartedPostMessage: true,
  main() {
    // Once per page: the manifest (news sites), a site the reader always annotates and
    // "Annotate this page" can each bring the script to the same page. Only HTML pages: an SVG
    // image or an XML feed at a news address has no body to read.
    if (RUNNING_FLAG in globalThis || !supportsHighlights() || !isHtmlPage()) return;
    Object.assign(globalThis, { [RUNNING_FLAG]: true });
    firstLook();
  },
});

import './highlights.css';
import './started';
import { supportsHighlights } from '../../lib/page/highlights';
import { NEWS_SITE_PATTERNS } from '../../lib/sites';
import { RUNNING_FLAG } from '../../utils/content-script';
import { firstLook } from './first-look';

export default defineContentScript({
  matches: NEWS_SITE_PATTERNS,
  cssInjectionMode: 'manifest',
  runAt: 'document_idle',
  main() {
    // Once per page: the manifest (news sites), a site the reader always annotates and
    // "Annotate this page" can each bring the script to the same page.
    if (RUNNING_FLAG in globalThis || !supportsHighlights()) return;
    Object.assign(globalThis, { [RUNNING_FLAG]: true });
    firstLook();
  },
});

import { startReader } from './content/reader/reader';
import { READER_GLOBAL } from './content/first-look/reader-script';

/** Everything the content script does once a page holds a term, loaded by its first look. */
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [READER_GLOBAL]: startReader });
});

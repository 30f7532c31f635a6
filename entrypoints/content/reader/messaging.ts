import { ContentRequest, malformed, type PageMatchCount } from '../../../lib/messages';
import type { PageAnnotator } from '../../../lib/page/annotator';

type Handlers = {
  [Type in ContentRequest['type']]: (request: Extract<ContentRequest, { type: Type }>) => unknown;
};

/**
 * Answers the popup, the background and tests, each request parsed with zod first. The first
 * look (first-look.ts) listens, and checks that the message comes from this extension.
 */
export function requestAnswerer(handlers: Handlers): (message: unknown) => Promise<unknown> {
  return (message) => {
    const request = ContentRequest.safeParse(message);
    if (!request.success) return Promise.reject(malformed(request.error));
    const handle = handlers[request.data.type] as (request: ContentRequest) => unknown;
    return Promise.resolve().then(() => handle(request.data));
  };
}

/**
 * Tells the background how many terms the page holds, for the toolbar badge (0 when the reader
 * turned the badge off), when it changes or when `force`d (the settings changed).
 */
export function countReporter(badge: () => boolean): (annotator: PageAnnotator, force?: boolean) => void {
  let reported = -1;
  return (annotator, force = false) => {
    const count = badge() ? annotator.count : 0;
    if (count === reported && !force) return;
    reported = count;
    const message: PageMatchCount = { type: 'pageMatchCount', count };
    // Through a promise: an orphaned script's sendMessage throws at once rather than rejecting.
    Promise.resolve(message).then((request) => browser.runtime.sendMessage(request)).catch(() => {
      // The background may be restarting; the next change reports again.
      reported = -1;
    });
  };
}

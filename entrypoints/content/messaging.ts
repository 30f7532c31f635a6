import { ContentRequest, malformed, type PageMatchCount } from '../../lib/messages';
import type { PageAnnotator } from '../../lib/page/annotator';

type Handlers = {
  [Type in ContentRequest['type']]: (request: Extract<ContentRequest, { type: Type }>) => unknown;
};

/** Answers the popup, the background and tests, each request parsed with zod first. */
export function answerRequests(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = ContentRequest.safeParse(message);
    if (!request.success) return Promise.reject(malformed(request.error));
    const handle = handlers[request.data.type] as (request: ContentRequest) => unknown;
    return Promise.resolve().then(() => handle(request.data));
  });
}

/** Tells the background how many terms the page holds (for the toolbar badge) when it changes. */
export function countReporter(): (annotator: PageAnnotator) => void {
  let reported = -1;
  return (annotator) => {
    if (annotator.count === reported) return;
    reported = annotator.count;
    const message: PageMatchCount = { type: 'pageMatchCount', count: reported };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next change reports again.
      reported = -1;
    });
  };
}

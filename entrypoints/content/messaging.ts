import { ContentRequest, malformed, type PageMatchCount, type PageMatches } from '../../lib/messages';
import type { PageAnnotator } from '../../lib/page/annotator';
import type { LiveAnnotation } from '../../lib/page/mutations';

/** Answers the popup (and tests): what was found on this page, once the page is read. */
export function answerRequests(annotator: PageAnnotator, live: LiveAnnotation): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = ContentRequest.safeParse(message);
    if (!request.success) return Promise.reject(malformed(request.error));
    return live.settled().then((): PageMatches => ({
      url: location.href,
      title: document.title,
      matches: annotator.occurrences().map(({ termId, text }) => ({ termId, text })),
    }));
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

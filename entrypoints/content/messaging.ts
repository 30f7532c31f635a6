import { ContentRequest, type PageMatchCount, type PageMatches } from '../../lib/messages';
import type { PageAnnotator } from '../../lib/page/annotator';
import type { LiveAnnotation } from '../../lib/page/mutations';

/** Answers the popup (and tests): what was found on this page, once the page is read. */
export function answerRequests(annotator: PageAnnotator, live: LiveAnnotation): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = ContentRequest.safeParse(message);
    if (!request.success) return undefined;
    return live.settled().then((): PageMatches => ({
      url: location.href,
      title: document.title,
      matches: annotator.occurrences().map(({ termId, text }) => ({ termId, text })),
    }));
  });
}

/** Tells the background how many terms the page holds, for the toolbar badge. */
export function reportCount(annotator: PageAnnotator): void {
  const message: PageMatchCount = { type: 'pageMatchCount', count: annotator.count };
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the next change reports again.
  });
}

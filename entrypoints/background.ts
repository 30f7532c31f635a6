import { BackgroundRequest, malformed } from '../lib/messages';

/** Keeps the toolbar badge showing how many terms the content script found in each tab. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined) return undefined;
    const request = BackgroundRequest.safeParse(message);
    if (!request.success) return Promise.reject(malformed(request.error));
    const { count } = request.data;
    // Firefox's Manifest V2 build has browserAction where Manifest V3 has action.
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeBackgroundColor({ tabId, color: '#8a5300' });
    void action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    return undefined;
  });
});

import { BackgroundRequest } from '../lib/messages';

/** Keeps the toolbar badge showing how many terms the content script found in each tab. */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined) return undefined;
    const request = BackgroundRequest.safeParse(message);
    if (!request.success) return undefined;
    const { count } = request.data;
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5300' });
    void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    return undefined;
  });
});

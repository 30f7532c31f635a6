import type { Browser } from 'wxt/browser';
import type { LensDatabase } from '../../lib/db/database';
import type { RecordSightings, SeenElsewhereRequest } from '../../lib/messages';
import { remembersSightings } from '../../lib/settings';
import { recordVisit, seenElsewhere } from '../../lib/sightings/store';
import { reportsOwnPage } from '../../lib/sightings/visit';
import { normalizeUrl } from '../../lib/url';
import { loadSettings } from '../../utils/settings-store';

/**
 * A page visit reported by a content script, written if it comes from the top frame of a tab
 * showing that very page, and if the reader's settings say to remember it (checked here too:
 * a tab paused a moment ago may still be sending).
 */
export async function recordFromTab(db: LensDatabase, { page, terms }: RecordSightings, sender: Browser.runtime.MessageSender): Promise<void> {
  const visit = { page, terms };
  if (!sender.tab || sender.frameId !== 0 || !reportsOwnPage(sender.url ?? sender.tab.url, visit)) {
    throw new Error('Sightings are recorded only for the page that reports them.');
  }
  if (!remembersSightings(await loadSettings(), page.url)) return;
  await recordVisit(db, visit);
}

export function seenElsewhereFor(db: LensDatabase, { termId, url }: SeenElsewhereRequest) {
  return seenElsewhere(db, termId, normalizeUrl(url));
}

/** The term's page, `term.html#<termId>`, in a new tab. */
export async function openTermPage(termId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/term.html#${termId}`) });
}

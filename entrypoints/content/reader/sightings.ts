import type { OpenTermPage, RecordSightings, SeenElsewhereRequest } from '../../../lib/messages';
import type { PageAnnotator } from '../../../lib/page/annotator';
import { publishedDate } from '../../../lib/page/published-date';
import { SeenElsewhere } from '../../../lib/db/sightings-schema';
import { throttle } from '../../../lib/sightings/throttle';
import { pageVisit } from '../../../lib/sightings/visit';

/** A live page (a live blog, infinite scroll) reports its terms at most this often. */
export const SIGHTINGS_INTERVAL_MS = 5000;

/**
 * Where terms were seen, from the page's side: one message per visit once the page's
 * annotation has settled, then, as a live page changes, at most one every few seconds. The
 * background owns the database and writes it; this script never opens it.
 */
export class SightingsReporter {
  private started = false;
  private forgotten = false;
  private lastReport = '';
  private readonly reports = throttle(() => void this.report(), SIGHTINGS_INTERVAL_MS);

  constructor(
    private readonly annotator: PageAnnotator,
    /** The reader's settings allow it here (extension on, site not paused, sightings kept). */
    private readonly allowed: () => boolean,
    private readonly settled: () => Promise<void>,
  ) {}

  /** The page's first annotation settled: report it, and follow its changes from now on. */
  start(): void {
    this.started = true;
    this.pageChanged();
  }

  /** The terms on the page changed (more of a live page read, other kinds chosen). */
  pageChanged(): void {
    if (this.started && !this.forgotten && this.allowed()) this.reports.request();
  }

  /** "Forget this page": nothing more of this visit is reported. */
  forget(): void {
    this.forgotten = true;
    this.reports.cancel();
  }

  private async report(): Promise<void> {
    await this.settled();
    if (this.forgotten || !this.allowed()) return;
    const facts = { url: location.href, title: document.title, publishedAt: publishedDate(document) };
    const visit = pageVisit(facts, this.annotator.shown());
    if (!visit) return;
    // A change that left every count as it was (a paragraph with no term) is not worth a write.
    const report = JSON.stringify(visit);
    if (report === this.lastReport) return;
    this.lastReport = report;
    const message: RecordSightings = { type: 'recordSightings', ...visit };
    await browser.runtime.sendMessage(message).catch((error: Error) => {
      this.lastReport = '';
      console.warn('State Security Lens: sightings not recorded', error.message);
    });
  }
}

/** Asks the background where else a term was seen; undefined when it cannot say. */
export async function askSeenElsewhere(termId: string): Promise<SeenElsewhere | undefined> {
  const request: SeenElsewhereRequest = { type: 'getSeenElsewhere', termId, url: location.href };
  try {
    return SeenElsewhere.parse(await browser.runtime.sendMessage(request));
  } catch {
    return undefined;
  }
}

export function openTermPage(termId: string): void {
  const request: OpenTermPage = { type: 'openTermPage', termId };
  void browser.runtime.sendMessage(request);
}

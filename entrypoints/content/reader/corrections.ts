import { Correction, correctedOn, type CorrectionScope } from '../../../lib/db/corrections-schema';
import { PageCorrections, type AddCorrectionRequest, type PageCorrectionsRequest } from '../../../lib/messages';
import type { Occurrence, PageAnnotator } from '../../../lib/page/annotator';
import { normalizeUrl, siteOf } from '../../../lib/url';

/**
 * The reader's "Not this" on this page: the corrections that hold here, fetched from the
 * background before the page is painted, and new ones applied at once, then kept.
 */
export class ReaderCorrections {
  private corrections: Correction[] = [];

  constructor(private readonly annotator: PageAnnotator) {}

  private get url(): string {
    return normalizeUrl(location.href);
  }

  /** Fetches the page's corrections; without them (the background restarting) the page is still read. */
  async load(): Promise<void> {
    try {
      const request: PageCorrectionsRequest = { type: 'getPageCorrections', url: this.url };
      this.corrections = PageCorrections.parse(await browser.runtime.sendMessage(request));
      this.apply();
    } catch (error) {
      console.warn('State Security Lens: corrections not loaded', error);
    }
  }

  /** Hides every occurrence of the term written as this one is, at once, and keeps the choice. */
  async add({ termId, text }: Occurrence, scope: CorrectionScope): Promise<void> {
    const request: AddCorrectionRequest = { type: 'addCorrection', correction: { termId, text, scope, url: this.url } };
    // Gone before the background answers: the reader asked for it now.
    const pending: Correction = { ...request.correction, id: 'pending', site: siteOf(this.url), createdAt: new Date().toISOString() };
    this.corrections.push(pending);
    this.apply();
    const kept = Correction.parse(await browser.runtime.sendMessage(request));
    this.corrections = this.corrections.map((correction) => (correction === pending ? kept : correction));
  }

  private apply(): void {
    const corrected = correctedOn(this.corrections, location.href);
    this.annotator.dismiss((occurrence) => corrected(occurrence.termId, occurrence.text));
  }
}

import type { PaintHighlights } from '../../../lib/messages';
import { randomHighlightNames } from '../../../lib/page/highlights';
import { extensionApi } from '../../../utils/extension-api';

/**
 * This page load's random highlight names, and the background asked (once) to insert their
 * `::highlight()` rules, as the reader wakes. The names are also the value of the running flag,
 * in the extension's isolated world (reader.ts).
 */
export class HighlightStyles {
  readonly names = randomHighlightNames();
  private inserted?: Promise<void>;

  insert(): Promise<void> {
    const request: PaintHighlights = { type: 'paintHighlights', names: this.names };
    this.inserted ??= extensionApi.runtime.sendMessage(request).then(
      () => undefined,
      (error) => console.warn('State Security Lens: highlights not styled', error),
    );
    return this.inserted;
  }
}

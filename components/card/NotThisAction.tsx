import { useState } from 'preact/hooks';
import type { CorrectionScope } from '../../lib/db/corrections-schema';
import { trusted } from './trusted';

export interface NotThisActionProps {
  /** The text on the page, as the reader sees it ("Cabinet Office"). */
  text: string;
  onNotThis(scope: CorrectionScope): Promise<unknown>;
}

/**
 * "Not this": the reader says this highlight is not the term, on this page or on the whole
 * site. The highlight goes at once; the card closes with it.
 */
export function NotThisAction({ text, onNotThis }: NotThisActionProps) {
  const [choosing, setChoosing] = useState(false);
  const [failure, setFailure] = useState('');
  const choose = (scope: CorrectionScope) =>
    onNotThis(scope).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  return (
    <div class="not-this">
      {choosing ? (
        <div class="buttons" role="group" aria-label={`“${text}” is not this term`}>
          <span class="not-this-label">Not this:</span>
          <button type="button" class="secondary" onClick={trusted(() => choose('page'))}>
            On this page
          </button>
          <button type="button" class="secondary" onClick={trusted(() => choose('site'))}>
            On this site
          </button>
        </div>
      ) : (
        <button type="button" class="link" aria-expanded="false" onClick={trusted(() => setChoosing(true))}>
          Not this?
        </button>
      )}
      {failure && (
        <p class="error" role="alert">
          Could not keep the correction: {failure}
        </p>
      )}
    </div>
  );
}

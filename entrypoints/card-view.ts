import { createCardView } from './content/card-view';
import { CARD_VIEW_GLOBAL } from './content/card-view-script';

/** The card's UI, loaded by the content script when the first card is needed. */
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [CARD_VIEW_GLOBAL]: createCardView });
});

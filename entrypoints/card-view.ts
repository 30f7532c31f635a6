import { bundledDictionary } from '../lib/dictionary/bundled';
import { createCardView } from './content/card/card-view';
import { CARD_VIEW_GLOBAL, type CardViewScript } from './content/card/card-view-script';

/** The card's UI and the dictionary's text, loaded by the content script when the first card is needed. */
export default defineUnlistedScript(() => {
  const script: CardViewScript = { createCardView, dictionary: bundledDictionary };
  Object.assign(globalThis, { [CARD_VIEW_GLOBAL]: script });
});

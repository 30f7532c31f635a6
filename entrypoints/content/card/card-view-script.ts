import type { Dictionary } from '../../../lib/dictionary/schema';
import type { CreateCardView } from './card-view';
import { loadExtensionScript } from '../first-look/extension-script';

/**
 * The card view is a script of its own (entrypoints/card-view.ts), loaded by the reader the
 * first time a card is needed; it leaves under this name its factory and the bundled
 * dictionary's text (summaries, facts, links, attributions), which no page needs before a card.
 */
export const CARD_VIEW_SCRIPT = '/card-view.js';
export const CARD_VIEW_GLOBAL = '__stateSecurityLensCardView';

export interface CardViewScript {
  createCardView: CreateCardView;
  dictionary: Dictionary;
}

/** Loads the card view and the dictionary's text (CardHost loads them once). */
export const loadCardView = (): Promise<CardViewScript> => loadExtensionScript(CARD_VIEW_SCRIPT, CARD_VIEW_GLOBAL, 'sst:card-view');

import type { CreateCardView } from './card-view';
import { loadExtensionScript } from './extension-script';

/**
 * The card view is a script of its own (entrypoints/card-view.ts), loaded by the reader the
 * first time a card is needed; it leaves its factory under this name.
 */
export const CARD_VIEW_SCRIPT = '/card-view.js';
export const CARD_VIEW_GLOBAL = '__stateSecurityLensCardView';

/** Loads the card view and returns its factory (CardHost loads it once). */
export const loadCardView = (): Promise<CreateCardView> => loadExtensionScript(CARD_VIEW_SCRIPT, CARD_VIEW_GLOBAL, 'sst:card-view');

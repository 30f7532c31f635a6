import type { Source } from './schema';

/**
 * The articles the dictionary's facts quote, kept beside it in `sources/<id>.txt`.
 * Quotes are short extracts credited to their publishers: ProductiveClue and Benzinga.
 */
export const sources: Source[] = [
  {
    id: 'productiveclue-2025-mi5-espionage',
    title: 'UK Bolsters Defenses After MI5 Flags China Espionage Threat',
    publisher: 'ProductiveClue',
    published: '2025-11',
    url: 'https://productiveclue.com/uk-bolsters-defenses-after-mi5-flags-china-espionage-threat/',
  },
  {
    id: 'benzinga-2022-uk-surveillance',
    title: 'China On Slippery Grounds As UK Restricts Chinese-Made Surveillance Systems',
    publisher: 'Benzinga',
    published: '2022-11',
    url: 'https://www.benzinga.com/z/29857570',
  },
];

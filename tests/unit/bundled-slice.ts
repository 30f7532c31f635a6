import { bundledDictionary } from '../../lib/dictionary/bundled';
import type { Dictionary } from '../../lib/dictionary/schema';

/**
 * The bundled terms with a name made only of these words, as a dictionary: the only bundled
 * terms a page built of these words can name. Property tests that compile the bundled terms on
 * every run use it, since the whole dictionary (some 370 concepts) costs a few hundred
 * milliseconds a run and their pages cannot name the rest.
 */
export function bundledTermsNaming(words: readonly string[]): Dictionary {
  const known = new Set(words.map((word) => word.toLowerCase()));
  const madeOfWords = (text: string) => text.toLowerCase().split(/\s+/).every((word) => known.has(word));
  return { ...bundledDictionary, terms: bundledDictionary.terms.filter((term) => term.aliases.some((alias) => madeOfWords(alias.text))) };
}

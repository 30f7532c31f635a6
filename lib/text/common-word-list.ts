/**
 * Picks the ordinary English words from a frequency list (SUBTLEX: words of spoken English,
 * most frequent first): the most frequent `size` distinct words of letters only, lower-cased.
 * Run at build time (scripts/common-words.ts), never by the extension.
 */
export function commonWordList(frequencies: ReadonlyArray<{ word: string }>, size: number): string[] {
  const words = new Set<string>();
  for (const { word } of frequencies) {
    if (words.size >= size) break;
    if (/^\p{L}+$/u.test(word)) words.add(word.toLowerCase());
  }
  return [...words];
}

/** How many of the most frequent words count as ordinary ("alliance" is 4,662nd, "typhoon" 14,184th). */
export const COMMON_WORD_COUNT = 15_000;

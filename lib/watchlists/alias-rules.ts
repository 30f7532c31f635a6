import type { CaseRule } from '../dictionary/schema';
import { foldPhrase } from '../text/characters';
import type { MatchableAlias, MatchableTerm } from '../match/matcher';
import { COMMON_WORDS } from '../text/common-words';
import type { WatchCaseRule, WatchTerm } from '../db/watchlists-schema';

let common: Set<string> | undefined;
/** Ordinary English words (built from a word-frequency list by scripts/common-words.ts). */
const commonWords = () => (common ??= new Set(COMMON_WORDS.split(' ')));

const isAllCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/**
 * Scripts whose one character is a syllable or a word (Chinese, Korean, Japanese kana, Yi):
 * 王强 is a full name in two, where two Latin letters ("Xi") are too few to tell a name from a
 * word. Such a character counts as two letters.
 */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Yi}]/u;

/** A name's letters and digits, and what they are worth (a syllabic character two), counted up to what the rules ask. */
function measure(text: string): { characters: number; worth: number } {
  let characters = 0;
  let worth = 0;
  for (const character of text) {
    if (!WORD_CHARACTER.test(character)) continue;
    characters++;
    worth += SYLLABIC.test(character) ? 2 : 1;
    if (worth > SHORT_WORTH && characters >= 2) break;
  }
  return { characters, worth };
}

/**
 * A name in capitals worth this much or less is an acronym ("UFWD", "IRGC", "ВТБ"): matched only
 * in capitals, since in lower case it is often a word or nothing. Longer names in capitals are
 * how sanctions lists write names (OFAC's "ZOLOTAYA ZARYA", "SOVCOMFLOT"); the press writes
 * them "Zolotaya Zarya", "Sovcomflot".
 */
const SHORT_WORTH = 4;

/**
 * Why a name is held back:
 * - `one character`, `two letters, not capitals`: kept in the term, never highlighted ("X",
 *   "Xi"; "EU" and 王强 are highlighted);
 * - `an ordinary word`: a single ordinary English word ("Alliance", "Apple"), highlighted only
 *   as written;
 * - `ordinary words in capitals`: a name in capitals made only of ordinary words ("GOLDEN
 *   DAWN"), highlighted only in capitals.
 */
export type HoldReason = 'one character' | 'two letters, not capitals' | 'an ordinary word' | 'ordinary words in capitals';

/** A name held back, and whether it is never highlighted or only as written. */
export interface HeldBackName {
  name: string;
  reason: HoldReason;
  highlighted: 'never' | 'as written';
}

/** A name with its folded form (lib/text/characters.ts), worked out once per name. */
interface Name {
  text: string;
  folded: string;
}

const isOrdinary = (folded: string) => folded.split(/[\s-]+/).every((word) => commonWords().has(word));

/** Why a name cannot be highlighted freely, if it cannot; undefined when its case rule alone decides. */
function holdOf({ text, folded }: Name): HoldReason | undefined {
  const { characters, worth } = measure(text);
  if (characters < 2) return 'one character';
  if (worth < 3 && !isAllCapitals(text)) return 'two letters, not capitals';
  if (!folded.includes(' ') && commonWords().has(folded)) return 'an ordinary word';
  if (isAllCapitals(text) && worth > SHORT_WORTH && isOrdinary(folded)) return 'ordinary words in capitals';
  return undefined;
}

const isNeverHighlighted = (reason: HoldReason | undefined) => reason === 'one character' || reason === 'two letters, not capitals';

const nameOf = (text: string): Name => ({ text, folded: foldPhrase(text) });

/**
 * The case a name is matched in under the `auto` rule: an ordinary word as written, a short name
 * in capitals (an acronym) and a name in capitals of ordinary words only in capitals, every
 * other name in any case (a sanctions list's capitals included).
 */
function caseOf(name: Name, reason: HoldReason | undefined, rule: WatchCaseRule): CaseRule {
  if (rule !== 'auto') return rule;
  if (reason) return 'exact';
  return isAllCapitals(name.text) && measure(name.text).worth <= SHORT_WORTH ? 'exact' : 'any';
}

/** The case an alias is matched in (see caseOf). */
export function aliasCase(alias: string, rule: WatchCaseRule): CaseRule {
  const name = nameOf(alias);
  return caseOf(name, holdOf(name), rule);
}

/** Why an alias is held back, if it is (see HoldReason). */
export const holdReason = (alias: string): HoldReason | undefined => holdOf(nameOf(alias));

/** The label and aliases, without repeats (as the matcher reads them: folded). */
function distinctNames(term: Pick<WatchTerm, 'label' | 'aliases'>): Name[] {
  const seen = new Set<string>();
  return [term.label, ...term.aliases].map(nameOf).filter(({ folded }) => !seen.has(folded) && !!seen.add(folded));
}

export const namesOf = (term: Pick<WatchTerm, 'label' | 'aliases'>): string[] => distinctNames(term).map((name) => name.text);

/** The names of a term that are kept but never highlighted, or highlighted only as written (a term in any case holds back only the first). */
export function heldBackNames(term: Pick<WatchTerm, 'label' | 'aliases' | 'caseRule'>): HeldBackName[] {
  return distinctNames(term).flatMap((name) => {
    const reason = holdOf(name);
    if (!reason) return [];
    const highlighted = isNeverHighlighted(reason) ? 'never' : 'as written';
    return highlighted === 'as written' && term.caseRule !== 'auto' ? [] : [{ name: name.text, reason, highlighted }];
  });
}

/** A reader's term as the matcher takes it: its names that can be highlighted, with their case rules. */
export function matchableTerm(term: Pick<WatchTerm, 'id' | 'label' | 'aliases' | 'caseRule'>): MatchableTerm {
  const aliases: MatchableAlias[] = [];
  for (const name of distinctNames(term)) {
    const reason = holdOf(name);
    if (!isNeverHighlighted(reason)) aliases.push({ text: name.text, case: caseOf(name, reason, term.caseRule), plural: false });
  }
  return { id: term.id, aliases };
}

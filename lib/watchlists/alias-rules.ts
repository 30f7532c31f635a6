import type { Alias, CaseRule } from '../dictionary/schema';
import { foldPhrase } from '../match/characters';
import type { MatchableTerm } from '../match/matcher';
import { COMMON_WORDS } from './common-words';
import type { WatchCaseRule, WatchTerm } from './schema';

let common: Set<string> | undefined;
/** Ordinary English words (built from a word-frequency list by scripts/common-words.ts). */
const commonWords = () => (common ??= new Set(COMMON_WORDS.split(' ')));

const isAllCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
const wordCharacters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * How safely an alias can be highlighted:
 * - `tooShort`: one letter or digit, or two that are not both capitals ("EU" counts, "Xi"
 *   does not): kept in the term, never matched;
 * - `common`: a single ordinary English word ("Alliance", "Apple"): matched only as written;
 * - `safe`: matched by the term's case rule.
 */
export type AliasSafety = 'tooShort' | 'common' | 'safe';

export function aliasSafety(alias: string): AliasSafety {
  const length = wordCharacters(alias);
  if (length < 2 || (length === 2 && !isAllCapitals(alias))) return 'tooShort';
  const folded = foldPhrase(alias);
  return !folded.includes(' ') && commonWords().has(folded) ? 'common' : 'safe';
}

/** The case an alias is matched in; `auto`: all capitals exactly ("UFWD"), others any case. */
export function aliasCase(alias: string, rule: WatchCaseRule): CaseRule {
  if (rule !== 'auto') return rule;
  return isAllCapitals(alias) || aliasSafety(alias) === 'common' ? 'exact' : 'any';
}

/** The label and aliases, without repeats (as the matcher reads them: folded). */
export function namesOf(term: Pick<WatchTerm, 'label' | 'aliases'>): string[] {
  const seen = new Set<string>();
  return [term.label, ...term.aliases].filter((name) => {
    const folded = foldPhrase(name);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** The names of a term that are kept but never highlighted, and those highlighted only as written. */
export function unsafeNames(term: Pick<WatchTerm, 'label' | 'aliases' | 'caseRule'>): { tooShort: string[]; asWritten: string[] } {
  const names = namesOf(term);
  return {
    tooShort: names.filter((name) => aliasSafety(name) === 'tooShort'),
    asWritten: term.caseRule === 'any' ? [] : names.filter((name) => aliasSafety(name) === 'common'),
  };
}

/** A reader's term as the matcher takes it: its safe names with their case rules. */
export function matchableTerm(term: Pick<WatchTerm, 'id' | 'label' | 'aliases' | 'caseRule'>): MatchableTerm {
  const aliases = namesOf(term)
    .filter((name) => aliasSafety(name) !== 'tooShort')
    .map((text): Alias => ({ text, case: aliasCase(text, term.caseRule), plural: false }));
  return { id: term.id, aliases };
}

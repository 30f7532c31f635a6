import type { CaseRule } from '../dictionary/schema';
import { foldPhrase } from '../match/characters';
import type { MatchableAlias, MatchableTerm } from '../match/matcher';
import { COMMON_WORDS } from './common-words';
import type { WatchCaseRule, WatchTerm } from './schema';

let common: Set<string> | undefined;
/** Ordinary English words (built from a word-frequency list by scripts/common-words.ts). */
const commonWords = () => (common ??= new Set(COMMON_WORDS.split(' ')));

const isAllCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Letters and digits in a name, counted up to three: all the rules need to know. */
function wordCharacters(text: string): number {
  let count = 0;
  for (const character of text) if (WORD_CHARACTER.test(character) && ++count === 3) break;
  return count;
}

/**
 * How safely an alias can be highlighted:
 * - `tooShort`: one letter or digit, or two that are not both capitals ("EU" counts, "Xi"
 *   does not): kept in the term, never matched;
 * - `common`: a single ordinary English word ("Alliance", "Apple"): matched only as written;
 * - `safe`: matched by the term's case rule.
 */
export type AliasSafety = 'tooShort' | 'common' | 'safe';

/** A name with its folded form (lib/match/characters.ts), worked out once per name. */
interface Name {
  text: string;
  folded: string;
}

function safetyOf({ text, folded }: Name): AliasSafety {
  const length = wordCharacters(text);
  if (length < 2 || (length === 2 && !isAllCapitals(text))) return 'tooShort';
  return !folded.includes(' ') && commonWords().has(folded) ? 'common' : 'safe';
}

const nameOf = (text: string): Name => ({ text, folded: foldPhrase(text) });

export const aliasSafety = (alias: string): AliasSafety => safetyOf(nameOf(alias));

function caseOf(name: Name, safety: AliasSafety, rule: WatchCaseRule): CaseRule {
  if (rule !== 'auto') return rule;
  return isAllCapitals(name.text) || safety === 'common' ? 'exact' : 'any';
}

/** The case an alias is matched in; `auto`: all capitals exactly ("UFWD"), others any case. */
export function aliasCase(alias: string, rule: WatchCaseRule): CaseRule {
  const name = nameOf(alias);
  return caseOf(name, safetyOf(name), rule);
}

/** The label and aliases, without repeats (as the matcher reads them: folded). */
function distinctNames(term: Pick<WatchTerm, 'label' | 'aliases'>): Name[] {
  const seen = new Set<string>();
  return [term.label, ...term.aliases].map(nameOf).filter(({ folded }) => !seen.has(folded) && !!seen.add(folded));
}

export const namesOf = (term: Pick<WatchTerm, 'label' | 'aliases'>): string[] => distinctNames(term).map((name) => name.text);

/** The names of a term that are kept but never highlighted, and those highlighted only as written. */
export function unsafeNames(term: Pick<WatchTerm, 'label' | 'aliases' | 'caseRule'>): { tooShort: string[]; asWritten: string[] } {
  const names = distinctNames(term).map((name) => ({ text: name.text, safety: safetyOf(name) }));
  return {
    tooShort: names.filter((name) => name.safety === 'tooShort').map((name) => name.text),
    asWritten: term.caseRule === 'any' ? [] : names.filter((name) => name.safety === 'common').map((name) => name.text),
  };
}

/** A reader's term as the matcher takes it: its safe names with their case rules. */
export function matchableTerm(term: Pick<WatchTerm, 'id' | 'label' | 'aliases' | 'caseRule'>): MatchableTerm {
  const aliases: MatchableAlias[] = [];
  for (const name of distinctNames(term)) {
    const safety = safetyOf(name);
    if (safety !== 'tooShort') aliases.push({ text: name.text, case: caseOf(name, safety, term.caseRule), plural: false });
  }
  return { id: term.id, aliases };
}

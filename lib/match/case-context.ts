import type { CaseRule } from '../dictionary/schema';
import { qualifiesFromBefore, type Mark } from './adjacent';
import { normaliseSurface } from '../text/characters';

/**
 * How a hit is written against its alias's case rule: as the name is ('proper'), or in lower
 * case ('lower': "the entity list"), which a `proper` alias accepts only where the page shows
 * it is the name (case by context, below); null when the case rules it out.
 */
export type CaseFit = 'proper' | 'lower' | null;

export function caseFit(alias: { surface: string; case: CaseRule }, found: string): CaseFit {
  if (alias.case === 'any') return 'proper';
  const surface = normaliseSurface(found);
  if (surface === alias.surface) return 'proper';
  if (alias.case === 'exact') return null;
  // Headlines set names in capitals: "CABINET OFFICE".
  return surface === alias.surface.toUpperCase() ? 'proper' : 'lower';
}

/**
 * The owner named just before a lower-case name, or as its first words, which makes it the
 * proper name: "the Commerce Department's entity list", "china's national intelligence law",
 * "chinese ministry of state security". Owners are the term's own country and the owners the
 * dictionary lists.
 */
export function ownerBefore<M extends Mark>(text: string, owners: readonly M[], start: number): M | undefined {
  return owners.find((owner) => owner.start === start || qualifiesFromBefore(text, owner, start));
}

// "a cabinet office", "an electoral commission", "every entity list": a kind of thing, not a name.
const COMMON_NOUN_BEFORE = /(?:^|[^\p{L}])(?:a|an|any|another|each|every|no|some|such|one|own)\s+$/iu;

/** Is the lower-case name at `start` a common noun, by the word before it? */
export function commonNounAt(text: string, start: number): boolean {
  return COMMON_NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

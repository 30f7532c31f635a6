import { foldPhrase } from '../text/characters';
import { isCountryCode } from '../text/countries';
import { NAMERS } from './namers';
import { Dictionary } from './schema';

function unknownSources({ sources, terms }: Dictionary): string[] {
  const known = new Set(sources.map((source) => source.id));
  return terms.flatMap((term) =>
    term.facts
      .filter((fact) => !known.has(fact.source))
      .map((fact) => `term "${term.id}" cites unknown source "${fact.source}"`),
  );
}

function unknownRelated({ terms }: Dictionary): string[] {
  const known = new Set(terms.map((term) => term.id));
  return terms.flatMap((term) =>
    term.related
      .filter((id) => !known.has(id))
      .map((id) => `term "${term.id}" is related to unknown term "${id}"`),
  );
}

/** Ids a term points at: its parent, and the service a group is attributed to. */
function unknownLinkedTerms({ terms }: Dictionary): string[] {
  const known = new Set(terms.map((term) => term.id));
  return terms.flatMap((term) =>
    [
      ['parent', term.parent],
      ['sponsor', term.attribution?.sponsor],
    ].flatMap(([field, id]) => (id !== undefined && !known.has(id) ? [`term "${term.id}" names unknown ${field} "${id}"`] : [])),
  );
}

/** No concept without a page its facts come from: a quoted source article or a link. */
function unsourcedTerms({ terms }: Dictionary): string[] {
  return terms
    .filter((term) => term.facts.length === 0 && term.links.length === 0)
    .map((term) => `term "${term.id}" names no source: give it a link or a quoted fact`);
}

function unknownNamers({ terms }: Dictionary): string[] {
  const known = new Set<string>(NAMERS);
  return terms.flatMap((term) =>
    term.aliases.flatMap((alias) =>
      alias.by.filter((namer) => !known.has(namer)).map((namer) => `alias "${alias.text}" of "${term.id}" is named by unknown namer "${namer}" (namers.ts)`),
    ),
  );
}

function duplicateTermIds({ terms }: Dictionary): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { id } of terms) {
    if (seen.has(id)) problems.push(`term id "${id}" is used more than once`);
    seen.add(id);
  }
  return problems;
}

function duplicateAliases({ terms }: Dictionary): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const term of terms) {
    for (const { text } of term.aliases) {
      // The matcher reads aliases folded: two that fold alike would be one pattern for two terms.
      const key = foldPhrase(text);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, term.id);
      else if (owner === term.id) problems.push(`alias "${text}" is listed twice in "${term.id}"`);
      else problems.push(`alias "${text}" is claimed by both "${owner}" and "${term.id}"`);
    }
  }
  return problems;
}

function unknownCountries({ terms }: Dictionary): string[] {
  return terms
    .filter((term) => term.country !== undefined && !isCountryCode(term.country))
    .map((term) => `term "${term.id}" names country "${term.country}", which lib/text/countries.ts does not list`);
}

function sharedNamesWithoutCountry({ terms }: Dictionary): string[] {
  return terms
    .filter((term) => term.sharedName && term.country === undefined)
    .map((term) => `term "${term.id}" shares its name with other countries' bodies but names no country`);
}

/** A short reference needs a full name to follow: a term of short references only would never show. */
function shortReferencesWithoutFullName({ terms }: Dictionary): string[] {
  return terms
    .filter((term) => term.aliases.every((alias) => alias.afterFullName))
    .map((term) => `term "${term.id}" has only short references (afterFullName) and no full name`);
}

/**
 * Parses a dictionary and checks what zod cannot see: that the ids it cross-references exist
 * and that no alias text is ambiguous between terms. Throws listing every problem found.
 */
export function parseDictionary(input: unknown): Dictionary {
  const dictionary = Dictionary.parse(input);
  const problems = [
    unknownSources,
    unknownRelated,
    unknownLinkedTerms,
    unsourcedTerms,
    unknownNamers,
    duplicateTermIds,
    duplicateAliases,
    unknownCountries,
    shortReferencesWithoutFullName,
    sharedNamesWithoutCountry,
  ].flatMap(
    (check) => check(dictionary),
  );
  if (problems.length > 0) {
    throw new Error(`Invalid dictionary:\n- ${problems.join('\n- ')}`);
  }
  return dictionary;
}

export { bundledDictionary } from './bundled';

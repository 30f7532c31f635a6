import type { Alias, Dictionary, Term, TermInput } from './schema';
import { sources } from './sources';
import { knowledge } from './knowledge';
import { terms } from './terms';

/** An alias with the defaults that parsing would give it (schema.ts). */
const aliasWithDefaults = ({ context, ...alias }: TermInput['aliases'][number]): Alias => ({
  ...alias,
  plural: alias.plural ?? false,
  afterFullName: alias.afterFullName ?? false,
  by: alias.by ?? [],
  former: alias.former ?? false,
  ...(context && { context: { ...context, excludes: context.excludes ?? [] } }),
});

const termWithDefaults = (term: TermInput): Term => ({
  ...term,
  aliases: term.aliases.map(aliasWithDefaults),
  facts: term.facts ?? [],
  links: term.links ?? [],
  knownFor: term.knownFor ?? [],
  pack: term.pack ?? 'context',
  related: term.related ?? [],
  sharedName: term.sharedName ?? false,
  namesakes: term.namesakes ?? [],
  owners: term.owners ?? [],
});

/**
 * The dictionary shipped with the extension. The unit tests check that parseDictionary accepts
 * it and gives back exactly this, so it is not parsed again on every page load: the content
 * script then carries neither the dictionary's schema nor the time to run it.
 */
export const bundledDictionary: Dictionary = { sources, terms: [...terms, ...knowledge].map(termWithDefaults) };

import type { Pack, TermKind } from './schema';

/** Each pack as the reader sees it (the settings' switches, the popup's groups), in schema order. */
export const PACK_LABELS: Record<Pack, string> = {
  services: 'Agencies and units',
  groups: 'Hacking groups',
  spyware: 'Spyware',
  companies: 'Companies on security lists',
  laws: 'Laws and lists',
  context: 'People, places and bodies',
};

/**
 * The kinds of term that earlier versions had a switch for and that a pack is now named after,
 * with that pack: how an old choice of kinds carries over (lib/settings.ts). Most concepts of
 * each such kind are in its pack (a unit test checks it against the dictionary). The other kinds
 * (government body, person, place, policy, …) are spread over several packs: their switches are
 * not carried over.
 */
export const PACK_OF_KIND: Partial<Record<TermKind, Pack>> = {
  agency: 'services',
  'hacking group': 'groups',
  spyware: 'spyware',
  company: 'companies',
  law: 'laws',
};

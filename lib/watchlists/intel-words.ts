import { countryName } from './country-names';
import type { IntelRecord } from '../db/watchlists-schema';

/** STIX's object types in a reader's words (STIX 2.1, section 4). */
const STIX_TYPES: Readonly<Record<string, string>> = {
  'intrusion-set': 'Intrusion set',
  'threat-actor': 'Threat actor',
  malware: 'Malware',
  identity: 'Identity',
};

/** Where the term's record comes from: "MISP cluster “Threat Actor”", "STIX bundle". */
export const intelSource = (intel: IntelRecord): string => (intel.format === 'MISP' ? `MISP cluster${intel.cluster ? ` “${intel.cluster}”` : ''}` : 'STIX bundle');

/** What the record is: a STIX object's type ("Intrusion set"); a MISP value is what its cluster says. */
export const intelType = (intel: IntelRecord): string | undefined => (intel.format === 'STIX' ? (STIX_TYPES[intel.type] ?? intel.type) : undefined);

/** Countries by name in the reader's language where the file gives a code (`ru` → "Russia"), as written otherwise. */
export const intelCountries = (intel: IntelRecord): string[] => intel.countries.map((country) => (/^[a-z]{2}$/.test(country) ? countryName(country) : country));

/** "MITRE ATT&CK G0007": an id with the knowledge base it is in. */
export const externalIdText = ({ source, id }: IntelRecord['externalIds'][number]): string => `${source === 'mitre-attack' ? 'MITRE ATT&CK' : source} ${id}`;

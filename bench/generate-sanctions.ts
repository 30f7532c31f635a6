/**
 * An OpenSanctions `targets.simple.csv` of `rows` generated entities (the US OFAC SDN file has
 * about 20,000), in the real file's columns and conventions (several values separated by `;`),
 * for the watchlist import benchmark. Seeded: every run reads the same file.
 */
import Papa from 'papaparse';
import { generateTerms } from './generate-dictionary.ts';
import { seeded } from './random.ts';

const COLUMNS = ['id', 'schema', 'name', 'aliases', 'birth_date', 'countries', 'addresses', 'identifiers', 'sanctions', 'phones', 'emails', 'program_ids', 'dataset', 'first_seen', 'last_seen', 'last_change'];
const SCHEMAS: Record<string, string> = { person: 'Person', company: 'Company', agency: 'Organization', place: 'Vessel' };
const COUNTRIES = ['ru', 'ir', 'kp', 'cn', 'sy', 'by', 've', 'cu', 'ae', 'tr'];
const PROGRAMS = ['RUSSIA-EO14024', 'IRAN', 'SDGT', 'CYBER2', 'DPRK3', 'SYRIA', 'UKRAINE-EO13660', 'NPWMD'];

export function sanctionsCsv(rows: number): string {
  const random = seeded(4242);
  const data = generateTerms(rows, [], 777).map((term, i) => {
    const program = random.pick(PROGRAMS);
    return [
      `NK-bench-${i.toString(36)}`,
      SCHEMAS[term.kind] ?? 'LegalEntity',
      term.label,
      term.aliases.map((alias) => alias.text).filter((alias) => alias !== term.label).join(';'),
      term.kind === 'person' ? `19${50 + random.int(50)}-0${1 + random.int(9)}-1${random.int(10)}` : '',
      [random.pick(COUNTRIES), ...(random.chance(0.2) ? [random.pick(COUNTRIES)] : [])].join(';'),
      '',
      '',
      `${program} designation`,
      '',
      '',
      program,
      'US OFAC Specially Designated Nationals (SDN) List',
      '2020-01-01T00:00:00',
      '2026-11-20T00:00:00',
      '2024-01-01T00:00:00',
    ];
  });
  return `${Papa.unparse({ fields: COLUMNS, data }, { newline: '\n' })}\n`;
}

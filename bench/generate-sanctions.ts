/**
 * An OpenSanctions `targets.simple.csv` of `rows` generated entities (the US OFAC SDN file has
 * about 20,000), written as the exporter writes it (tests/fixtures/opensanctions-export.ts:
 * every field quoted, a cell of several values a small `;`-separated CSV), with what real
 * lists hold: names in capitals, namesakes (one name, several ids), sanctions texts holding
 * `;`, aliases holding quotes. Seeded: every run reads the same file.
 */
import { exporterFile, type ExportRow } from '../tests/fixtures/opensanctions-export.ts';
import { generateTerms, type GeneratedTerm } from './generate-dictionary.ts';
import { seeded } from './random.ts';

const SCHEMAS: Record<string, string> = { person: 'Person', company: 'Company', agency: 'Organization', place: 'Vessel' };
const COUNTRIES = ['ru', 'ir', 'kp', 'cn', 'sy', 'by', 've', 'cu', 'ae', 'tr'];
const PROGRAMS = ['RUSSIA-EO14024', 'IRAN', 'SDGT', 'CYBER2', 'DPRK3', 'SYRIA', 'UKRAINE-EO13660', 'NPWMD'];

/** The generated terms the file is made of, for pages that name them. */
export const sanctionsTerms = (rows: number): GeneratedTerm[] => generateTerms(rows, [], 777);

export function sanctionsCsv(rows: number): string {
  const random = seeded(4242);
  const terms = sanctionsTerms(rows);
  const entities = terms.map((term, i): ExportRow => {
    const program = random.pick(PROGRAMS);
    // OFAC writes most companies and vessels, and many people, in capitals.
    const name = term.kind !== 'person' && random.chance(0.5) ? term.label.toUpperCase() : term.label;
    // One in fifty shares the name of the entity before it: a namesake, with an id of its own.
    const label = i > 0 && random.chance(0.02) ? terms[i - 1]!.label : name;
    const aliases = term.aliases.map((alias) => alias.text).filter((alias) => alias !== label);
    return {
      id: `NK-bench-${i.toString(36)}`,
      schema: SCHEMAS[term.kind] ?? 'LegalEntity',
      name: label,
      aliases: random.chance(0.05) ? [...aliases, `AO "${term.label}"`] : aliases,
      birth_date: term.kind === 'person' ? [`19${50 + random.int(50)}-0${1 + random.int(9)}-1${random.int(10)}`] : [],
      countries: [random.pick(COUNTRIES), ...(random.chance(0.2) ? [random.pick(COUNTRIES)] : [])],
      sanctions: [random.chance(0.1) ? `Counter Terrorism Designations; ${program} designation - 2025-12-02` : `${program} designation`],
      program_ids: [program],
      dataset: ['US OFAC Specially Designated Nationals (SDN) List'],
      first_seen: '2020-01-01T00:00:00',
      last_seen: '2026-11-20T00:00:00',
      last_change: '2024-01-01T00:00:00',
    };
  });
  return exporterFile(entities);
}

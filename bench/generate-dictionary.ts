/**
 * A dictionary of 10,000 entries for the benchmark: the bundled terms plus generated people,
 * companies, agencies (with their acronyms) and places, built from name pools with a seeded
 * generator so that every run reads the same terms. The entries are shaped like the bundled
 * ones (aliases with case rules, a summary, a sourced fact) and pass `parseDictionary`.
 */
import { foldPhrase } from '../lib/text/characters.ts';
import { seeded, type Random } from './random.ts';

/** The part of a term the generator fills in (the shape of lib/dictionary/schema.ts's TermInput). */
export interface GeneratedTerm {
  id: string;
  label: string;
  kind: 'person' | 'company' | 'agency' | 'place';
  pack: 'context';
  aliases: { text: string; case: 'exact' | 'proper' | 'any'; plural?: boolean }[];
  summary: string;
  facts: { text: string; quote: string; source: string }[];
  related: string[];
}

const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Wei', 'Fang', 'Jing', 'Li', 'Min', 'Xiaoming', 'Yan', 'Hui', 'Jun', 'Lei', 'Ying', 'Zhiwei',
  'Hiroshi', 'Yuki', 'Haruto', 'Sakura', 'Kenji', 'Aiko', 'Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun',
  'Olga', 'Dmitry', 'Sergei', 'Natalia', 'Alexei', 'Irina', 'Yevgeny', 'Tatiana', 'Andriy', 'Oksana',
  'Ahmed', 'Fatima', 'Omar', 'Layla', 'Yusuf', 'Aisha', 'Karim', 'Nadia', 'Hassan', 'Leila',
  'Priya', 'Arjun', 'Ananya', 'Rahul', 'Deepika', 'Vikram', 'Kavya', 'Sanjay', 'Meera', 'Anil',
  'José', 'María', 'Luis', 'Carmen', 'Javier', 'Lucía', 'Mateo', 'Sofía', 'Diego', 'Valentina',
  'Hans', 'Greta', 'Jürgen', 'Anke', 'Klaus', 'Ingrid', 'Søren', 'Astrid', 'Lars', 'Sigrid',
  'Pierre', 'Amélie', 'François', 'Chloé', 'Étienne', 'Margaux', 'Luca', 'Giulia', 'Marco', 'Chiara',
  'Łukasz', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Piotr', 'Zofia', 'Jan', 'Eva', 'Pieter', 'Annelies',
  'Chinedu', 'Ngozi', 'Kwame', 'Ama', 'Tendai', 'Thandiwe', 'Oluwaseun', 'Folake', 'Kofi', 'Zanele',
  'Siobhan', 'Declan', 'Aoife', 'Cian', 'Rhys', 'Carys', 'Eilidh', 'Callum', 'Niamh', 'Gareth',
];

const SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clarke',
  'Wright', 'Walker', 'Robinson', 'Thompson', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris',
  'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu',
  'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Gao', 'Zheng', 'Tanaka', 'Suzuki', 'Takahashi', 'Watanabe',
  'Ito', 'Nakamura', 'Kobayashi', 'Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Ivanov',
  'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov',
  'Petrenko', 'Shevchenko', 'Bondarenko', 'Kovalenko', 'Al-Sayed', 'Haddad', 'Khalil', 'Mansour',
  'Nasser', 'Rahman', 'Hussein', 'Karimi', 'Hosseini', 'Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta',
  'Reddy', 'Iyer', 'Nair', 'Menon', 'Chatterjee', 'García', 'Rodríguez', 'Martínez', 'Hernández',
  'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Müller', 'Schmidt', 'Schneider',
  'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Jensen', 'Nielsen',
  'Hansen', 'Andersson', 'Johansson', 'Lindqvist', 'Virtanen', 'Korhonen', 'Dubois', 'Lefèvre',
  'Moreau', 'Laurent', 'Girard', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano',
  'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Novák', 'Dvořák', 'de Vries', 'van Dijk', 'Bakker',
  'Janssen', 'Visser', 'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Moyo', 'Dlamini', 'Nkosi', 'Mwangi',
  "O'Brien", "O'Connor", 'Murphy', 'Kelly', 'Byrne', 'MacLeod', 'Campbell', 'Fraser', 'Llewellyn',
  'Pritchard', 'Nguyen', 'Tran', 'Pham', 'Đặng', 'Santos', 'Oliveira', 'Silva', 'Costa', 'Yilmaz',
  'Kaya', 'Demir', 'Çelik', 'Papadopoulos', 'Georgiou', 'Horvath', 'Nagy', 'Popescu', 'Ionescu',
];

const BRAND_HEADS = [
  'Zhong', 'Hua', 'Vel', 'Tri', 'Nor', 'Sino', 'Kor', 'Ast', 'Bel', 'Cal', 'Dra', 'Eri', 'Fen',
  'Gal', 'Hel', 'Ion', 'Jas', 'Kel', 'Lum', 'Mar', 'Nex', 'Ori', 'Pax', 'Qin', 'Ros', 'Sol', 'Tel',
  'Uni', 'Vox', 'Wen', 'Xin', 'Yun', 'Zen', 'Arc', 'Bright', 'Cyber', 'Delta', 'Ever', 'Fort',
  'Grand', 'Hyper', 'Inter', 'Jade', 'Kite', 'Lotus', 'Metro', 'Nova', 'Omni', 'Penta', 'Quanta',
];
const BRAND_TAILS = [
  'tek', 'tron', 'vision', 'dyne', 'wave', 'link', 'soft', 'sys', 'net', 'gen', 'core', 'logic',
  'data', 'rix', 'ium', 'ora', 'lab', 'grid', 'path', 'star', 'view', 'sense', 'chip', 'cloud',
];
const COMPANY_KINDS = [
  'Technologies', 'Holdings', 'Group', 'Systems', 'Electronics', 'Semiconductor', 'Telecom',
  'Networks', 'Security', 'Robotics', 'Aerospace', 'Biotech', 'Software', 'Logistics', 'Energy',
];
const CITIES = [
  'Shenzhen', 'Hangzhou', 'Shanghai', 'Beijing', 'Wuhan', 'Chengdu', 'Tianjin', 'Guangzhou',
  'Nanjing', 'Xiamen', 'Seoul', 'Osaka', 'Taipei', 'Singapore', 'Moscow', 'Novosibirsk', 'Dubai',
  'Tehran', 'Bangalore', 'Cambridge', 'Eindhoven', 'Munich', 'Lyon', 'Turin', 'Gdańsk', 'Tallinn',
];

const AGENCY_SCOPES = [
  'National', 'Federal', 'State', 'Central', 'Joint', 'Defence', 'Foreign', 'Border', 'Financial',
  'Maritime', 'Strategic', 'Regional', 'Technical', 'Military', 'Civil', 'Internal', 'General',
];
const AGENCY_FIELDS = [
  'Cyber', 'Signals', 'Counter-Terrorism', 'Security', 'Intelligence', 'Investigation',
  'Protective', 'Technology', 'Export Control', 'Sanctions', 'Communications', 'Economic Security',
  'Cryptography', 'Surveillance', 'Infrastructure', 'Space', 'Critical Minerals', 'Customs',
  'Vetting', 'Threat Assessment', 'Data Protection', 'Procurement', 'Research', 'Cyber Resilience',
];
const AGENCY_BODIES = [
  'Agency', 'Directorate', 'Bureau', 'Service', 'Office', 'Command', 'Authority', 'Council',
  'Commission', 'Centre', 'Inspectorate', 'Board',
];
const COUNTRY_ADJECTIVES = [
  'Australian', 'Canadian', 'Dutch', 'Estonian', 'Finnish', 'German', 'Indian', 'Irish', 'Italian',
  'Japanese', 'Korean', 'Latvian', 'Lithuanian', 'Norwegian', 'Polish', 'Romanian', 'Swedish',
  'Swiss', 'Taiwanese', 'Czech', 'Danish', 'Belgian', 'Austrian', 'Hungarian', 'Greek', 'Turkish',
  'Brazilian', 'Mexican', 'Chilean', 'Kenyan', 'Nigerian', 'Philippine', 'Vietnamese', 'Thai',
];

const PLACE_HEADS = [
  'Ash', 'Brook', 'Kar', 'Novo', 'Zel', 'Mor', 'Tor', 'Vel', 'Bal', 'Kras', 'Lin', 'Ost', 'Rad',
  'Sar', 'Tash', 'Ulan', 'Yar', 'Zhan', 'Qing', 'Dong', 'Nan', 'Bei', 'Xi', 'Heng', 'Kir', 'Al',
  'Ben', 'Cor', 'Dun', 'Elm', 'Fal', 'Glen', 'Hal', 'Inver', 'Kil', 'Lan', 'Mil', 'New', 'Pen',
];
const PLACE_TAILS = [
  'by', 'ford', 'ovo', 'grad', 'abad', 'stan', 'ville', 'burg', 'ton', 'mouth', 'haven', 'field',
  'kent', 'shan', 'zhou', 'ning', 'yang', 'sk', 'ino', 'ka', 'port', 'wick', 'dale', 'more',
];
const PLACE_FORMS = ['Province', 'County', 'Oblast', 'Prefecture', 'Region', 'District'];

// Quotes must come from a source article verbatim; these are from the bundled sources.
const QUOTES: [source: string, quote: string][] = [
  [
    'productiveclue-2025-mi5-espionage',
    'Jarvis introduced a comprehensive package of measures aimed at addressing these espionage threats',
  ],
  [
    'benzinga-2022-uk-surveillance',
    'A security review found that "in light of the threat to the U.K. and the increasing capability and connectivity of these systems, additional controls are required."',
  ],
];

const KIND_SUMMARY: Record<GeneratedTerm['kind'], string> = {
  person: 'an official named in reporting on state security (generated for the benchmark)',
  company: 'a technology company named in reporting on state security (generated for the benchmark)',
  agency: 'a government agency named in reporting on state security (generated for the benchmark)',
  place: 'a place named in reporting on state security (generated for the benchmark)',
};

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => !['of', 'and', 'the', 'for'].includes(word))
    .map((word) => word[0]!.toUpperCase())
    .join('');

interface Candidate {
  label: string;
  kind: GeneratedTerm['kind'];
  aliases: GeneratedTerm['aliases'];
}

function person(random: Random): Candidate {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  const label = `${first} ${last}`;
  const aliases: Candidate['aliases'] = [{ text: label, case: 'any' }];
  if (random.chance(0.3)) {
    const middle = String.fromCharCode(65 + random.int(26));
    aliases.push({ text: `${first} ${middle}. ${last}`, case: 'any' });
  }
  return { label, kind: 'person', aliases };
}

function company(random: Random): Candidate {
  const brand = random.pick(BRAND_HEADS) + random.pick(BRAND_TAILS);
  const name = `${brand} ${random.pick(COMPANY_KINDS)}`;
  const label = random.chance(0.35) ? `${random.pick(CITIES)} ${name}` : name;
  const aliases: Candidate['aliases'] = [{ text: label, case: 'proper' }];
  if (label !== name) aliases.push({ text: name, case: 'proper' });
  aliases.push({ text: brand, case: 'any' });
  return { label, kind: 'company', aliases };
}

function agency(random: Random): Candidate {
  const base = `${random.pick(AGENCY_SCOPES)} ${random.pick(AGENCY_FIELDS)} ${random.pick(AGENCY_BODIES)}`;
  const label = random.chance(0.6) ? `${random.pick(COUNTRY_ADJECTIVES)} ${base}` : base;
  const aliases: Candidate['aliases'] = [{ text: label, case: 'proper' }];
  const acronym = initials(label);
  if (acronym.length >= 3) aliases.push({ text: acronym, case: 'exact', plural: true });
  return { label, kind: 'agency', aliases };
}

function place(random: Random): Candidate {
  const name = random.pick(PLACE_HEADS) + random.pick(PLACE_TAILS);
  const label = random.chance(0.5) ? `${name} ${random.pick(PLACE_FORMS)}` : name;
  const aliases: Candidate['aliases'] = [{ text: label, case: 'proper' }];
  if (label !== name) aliases.push({ text: name, case: 'proper' });
  return { label, kind: 'place', aliases };
}

const MAKERS: [make: (random: Random) => Candidate, share: number][] = [
  [person, 0.4],
  [company, 0.25],
  [agency, 0.15],
  [place, 0.2],
];

/**
 * `count` generated terms whose aliases collide with none of `taken` (folded alias keys) nor
 * with each other: an alias that would collide is dropped, and a term left without one is skipped.
 */
export function generateTerms(count: number, taken: Iterable<string> = [], seed = 20251123): GeneratedTerm[] {
  const random = seeded(seed);
  const keys = new Set([...taken].map(foldPhrase));
  const ids = new Set<string>();
  const terms: GeneratedTerm[] = [];
  for (const [make, share] of MAKERS) {
    const quota = make === place ? count - terms.length : Math.round(count * share);
    for (let made = 0, attempts = 0; made < quota && attempts < quota * 50; attempts++) {
      const candidate = make(random);
      const aliases = candidate.aliases.filter((alias) => !keys.has(foldPhrase(alias.text)));
      if (aliases.length === 0 || aliases[0]!.text !== candidate.label) continue;
      for (const alias of aliases) keys.add(foldPhrase(alias.text));
      let id = slug(candidate.label);
      if (ids.has(id)) id = `${id}-${terms.length.toString(36)}`;
      ids.add(id);
      const [source, quote] = QUOTES[terms.length % QUOTES.length]!;
      terms.push({
        id,
        label: candidate.label,
        kind: candidate.kind,
        pack: 'context',
        aliases,
        summary: `${candidate.label} is ${KIND_SUMMARY[candidate.kind]}.`,
        facts: [{ text: `${candidate.label} appears in the benchmark's synthetic news pages.`, quote, source }],
        related: [],
      });
      made++;
    }
  }
  return terms;
}

import type { Link, TermInput } from '../schema';

/**
 * The services pack: intelligence, security and counter-intelligence services, military
 * intelligence and cyber units, national cyber-security centres and the federal police that
 * state-security news names. Summaries, roles and knownFor are our own words; the links are
 * where they can be checked.
 *
 * Many of these names are short acronyms that mean other things too (MIT, CSE, BIS, ASD, CNI,
 * NIS, RGB...). Those carry a page context: the page must name the service's country, and
 * usually be about security, and must not name what else the acronym stands for. Names that
 * several countries' bodies share ("National Intelligence Service", "Federal Intelligence
 * Service") are `sharedName` with the country they belong to here.
 */

const wikipedia = (article: string, title: string): Link => ({
  url: `https://en.wikipedia.org/wiki/${article}`,
  title,
  publisher: 'Wikipedia',
});

const page = (url: string, title: string, publisher: string, published?: string): Link =>
  published ? { url, title, publisher, published } : { url, title, publisher };

// A page about spying, security, terrorism or hacking. Bare "intelligence" is fine here: every
// context that uses these also requires the service's own country on the page.
const securityCues = [
  'intelligence',
  'espionage',
  'spy',
  'spies',
  'spying',
  'spymaster',
  'counter-intelligence',
  'counterintelligence',
  'security service',
  'security services',
  'national security',
  'surveillance',
  'hackers',
  'hacking',
  'cyber',
  'cyberattack',
  'cyber-attack',
  'cybersecurity',
  'cyber security',
  'terrorism',
  'terrorist',
  'sabotage',
  'agent',
  'detained',
  'arrested',
];

// The countries whose services go by acronyms that mean other things elsewhere: the page must
// name the country before the acronym counts.
const russiaCues = ['Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin', 'Putin', 'Lubyanka'];
const chinaCues = ['China', 'Chinese', 'Beijing', 'PRC', 'CCP', 'Xi Jinping'];
const southKoreaCues = ['South Korea', 'South Korean', 'South Koreans', 'Seoul'];
const northKoreaCues = ['North Korea', 'North Korean', 'North Koreans', 'Pyongyang', 'DPRK', 'Kim Jong Un', 'Kim Jong-un'];
const ukraineCues = ['Ukraine', 'Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev', 'Zelensky', 'Zelenskyy'];
const australiaCues = ['Australia', 'Australian', 'Australians', 'Canberra'];
const canadaCues = ['Canada', 'Canadian', 'Canadians', 'Ottawa'];
const indiaCues = ['India', 'Indian', 'New Delhi', 'Delhi'];
const pakistanCues = ['Pakistan', 'Pakistani', 'Islamabad', 'Rawalpindi'];
const germanyCues = ['Germany', 'German', 'Berlin', 'Bundeswehr'];
const turkeyCues = ['Turkey', 'Türkiye', 'Turkish', 'Ankara', 'Erdogan', 'Erdoğan'];
const spainCues = ['Spain', 'Spanish', 'Madrid'];
const czechCues = ['Czech Republic', 'Czechia', 'Czech', 'Prague'];
const polandCues = ['Poland', 'Polish', 'Warsaw'];
const italyCues = ['Italy', 'Italian', 'Rome'];
const japanCues = ['Japan', 'Japanese', 'Tokyo'];
const taiwanCues = ['Taiwan', 'Taiwanese', 'Taipei'];
const swedenCues = ['Sweden', 'Swedish', 'Stockholm'];
const norwayCues = ['Norway', 'Norwegian', 'Oslo'];
const denmarkCues = ['Denmark', 'Danish', 'Copenhagen'];
const finlandCues = ['Finland', 'Finnish', 'Helsinki'];
const estoniaCues = ['Estonia', 'Estonian', 'Tallinn'];
const singaporeCues = ['Singapore', 'Singaporean'];
const egyptCues = ['Egypt', 'Egyptian', 'Cairo'];
const cubaCues = ['Cuba', 'Cuban', 'Havana'];
const rwandaCues = ['Rwanda', 'Rwandan', 'Kigali', 'Kagame'];

// Police forces are named in every kind of crime story; this pack is about state security, so
// they count only on pages about spying, terrorism, sabotage, hacking or a hostile state. The
// list leaves out "agent", "arrested" and "intelligence", which crime stories use too.
const stateSecurityCues = [
  'espionage',
  'spy',
  'spies',
  'spying',
  'spymaster',
  'counter-intelligence',
  'counterintelligence',
  'intelligence agency',
  'intelligence agencies',
  'intelligence service',
  'intelligence services',
  'intelligence officer',
  'intelligence officers',
  'national security',
  'foreign interference',
  'foreign agent',
  'terrorism',
  'terrorist',
  'counter-terrorism',
  'counterterrorism',
  'extremism',
  'extremist',
  'sabotage',
  'treason',
  'hackers',
  'hacking',
  'hacked',
  'cyber',
  'cyberattack',
  'cyber-attack',
  'cybercrime',
  'ransomware',
  'malware',
  'botnet',
  'state-sponsored',
  'state-backed',
  'China',
  'Chinese',
  'Russia',
  'Russian',
  'Iran',
  'Iranian',
  'North Korea',
  'North Korean',
  'MI5',
  'Official Secrets Act',
  'National Security Act',
  // Surveillance law and computer-crime law, in the words their stories use.
  'FISA',
  'Section 702',
  'wiretap',
  'classified',
  'national security letter',
  'NSL',
  'Computer Fraud and Abuse Act',
  'CFAA',
  'Computer Misuse Act',
];
const onSecurityPages = { requires: [stateSecurityCues] };
// The Secret Service also guards the president at golf and investigates counterfeit notes:
// it counts where its protective mission meets a threat.
const protectionPages = {
  requires: [[...stateSecurityCues, 'assassination', 'assassin', 'gunman', 'shooter', 'threat', 'threats', 'security failures']],
};

const unitedStates: TermInput[] = [
  {
    id: 'fbi',
    label: 'Federal Bureau of Investigation (FBI)',
    kind: 'agency',
    pack: 'services',
    role: 'US federal police and domestic counter-intelligence',
    aliases: [
      { text: 'FBI', case: 'exact', context: onSecurityPages },
      { text: 'Federal Bureau of Investigation', case: 'any', context: onSecurityPages },
    ],
    country: 'US',
    summary:
      'The FBI is the main federal law-enforcement agency of the United States, part of the Justice Department. It investigates espionage, terrorism and cyber crime at home and leads US counter-intelligence.',
    knownFor: [
      'Investigating spies and foreign agents in the US',
      'Court-approved takedowns of state hackers’ botnets and malware networks',
      'Joint cyber advisories with CISA and the NSA',
    ],
    links: [
      page('https://www.fbi.gov/', 'Federal Bureau of Investigation', 'FBI'),
      wikipedia('Federal_Bureau_of_Investigation', 'Federal Bureau of Investigation'),
    ],
    related: ['national-security-division', 'cisa', 'nsa', 'cia', 'espionage-act'],
  },
  {
    id: 'cia',
    label: 'Central Intelligence Agency (CIA)',
    kind: 'agency',
    pack: 'services',
    role: 'US foreign intelligence service',
    parent: 'odni',
    aliases: [
      { text: 'CIA', case: 'exact' },
      { text: 'Central Intelligence Agency', case: 'any' },
    ],
    country: 'US',
    // Information security's confidentiality-integrity-availability model.
    namesakes: ['CIA triad'],
    summary:
      'The CIA is the United States’ civilian foreign intelligence service: it recruits human sources abroad, analyses intelligence for the president and carries out covert action.',
    knownFor: [
      'Human intelligence and covert action abroad',
      'The Vault 7 leak of its hacking tools, published by WikiLeaks in 2017',
    ],
    links: [
      page('https://www.cia.gov/', 'Central Intelligence Agency', 'CIA'),
      wikipedia('Central_Intelligence_Agency', 'Central Intelligence Agency'),
    ],
    related: ['odni', 'nsa', 'fbi', 'mi6'],
  },
  {
    id: 'nsa',
    label: 'National Security Agency (NSA)',
    kind: 'agency',
    pack: 'services',
    role: 'US signals intelligence and cyber-security agency',
    aliases: [
      { text: 'NSA', case: 'exact' },
      { text: 'National Security Agency', case: 'proper' },
    ],
    country: 'US',
    // India's national security adviser is "NSA" in Indian news, and its National Security
    // Act is "the NSA" that people are detained under.
    namesakes: [
      'NSA Ajit Doval',
      'NSA Doval',
      'booked under NSA',
      'booked under the NSA',
      'detained under NSA',
      'detained under the NSA',
      'Bahraini National Security Agency',
    ],
    summary:
      'The NSA, part of the US Defense Department, intercepts and decrypts foreign communications and protects US national-security systems. Its director also commands US Cyber Command.',
    knownFor: [
      'Global surveillance programmes revealed by Edward Snowden in 2013',
      'Collection under Section 702 of FISA',
      'Cyber-security advisories on Chinese and Russian state hackers',
    ],
    links: [
      page('https://www.nsa.gov/', 'National Security Agency', 'NSA'),
      wikipedia('National_Security_Agency', 'National Security Agency'),
    ],
    related: ['cyber-command', 'nsa-tao', 'gchq', 'five-eyes', 'odni', 'fisa-section-702', 'equation-group'],
  },
  {
    id: 'nsa-tao',
    label: 'Tailored Access Operations (NSA)',
    kind: 'agency',
    pack: 'services',
    role: 'The NSA’s computer-hacking unit',
    parent: 'nsa',
    aliases: [
      { text: 'Tailored Access Operations', case: 'proper' },
      { text: 'Office of Tailored Access Operations', case: 'proper' },
    ],
    country: 'US',
    summary:
      'Tailored Access Operations is the NSA unit that breaks into foreign computer networks to collect intelligence; it has since been folded into the agency’s computer network operations directorate.',
    knownFor: ['Hacking tools leaked by the Shadow Brokers in 2016–2017', 'Linked by researchers to the Equation Group'],
    links: [wikipedia('Tailored_Access_Operations', 'Tailored Access Operations')],
    related: ['nsa', 'equation-group', 'shadow-brokers'],
  },
  {
    id: 'cisa',
    label: 'Cybersecurity and Infrastructure Security Agency (CISA)',
    kind: 'agency',
    pack: 'services',
    role: 'US civilian cyber-defence agency',
    parent: 'dhs',
    aliases: [
      { text: 'CISA', case: 'exact' },
      { text: 'Cybersecurity and Infrastructure Security Agency', case: 'any' },
    ],
    country: 'US',
    // The Cybersecurity Information Sharing Act of 2015 is "CISA 2015".
    namesakes: ['CISA 2015'],
    summary:
      'CISA, part of the Department of Homeland Security since 2018, defends US federal networks and critical infrastructure against cyber attack and publishes the government’s cyber-security advisories.',
    knownFor: [
      'Joint advisories on Volt Typhoon, Salt Typhoon and other state hackers',
      'The Known Exploited Vulnerabilities catalogue',
      'Emergency directives ordering federal agencies to patch',
    ],
    links: [
      page('https://www.cisa.gov/', 'Cybersecurity and Infrastructure Security Agency', 'CISA'),
      wikipedia('Cybersecurity_and_Infrastructure_Security_Agency', 'Cybersecurity and Infrastructure Security Agency'),
    ],
    related: ['dhs', 'fbi', 'nsa', 'ncsc-uk', 'volt-typhoon', 'salt-typhoon'],
  },
  {
    id: 'dhs',
    label: 'Department of Homeland Security (DHS)',
    kind: 'government body',
    pack: 'services',
    role: 'US ministry for homeland security',
    aliases: [
      {
        text: 'DHS',
        case: 'exact',
        // US states' departments of human services are "DHS" in local news, and immigration
        // stories are not about state security.
        context: {
          requires: [[...stateSecurityCues, 'Homeland Security', 'CISA', 'Secret Service']],
          excludes: ['Department of Human Services', 'human services'],
        },
      },
      { text: 'Department of Homeland Security', case: 'proper' },
      { text: 'Homeland Security Department', case: 'proper' },
    ],
    country: 'US',
    summary:
      'The Department of Homeland Security is the US federal department for border and immigration control, transport security, disaster response and the cyber defence of civilian networks through CISA.',
    knownFor: ['Created after the 11 September 2001 attacks', 'Oversees CISA, the Secret Service and immigration enforcement'],
    links: [
      page('https://www.dhs.gov/', 'U.S. Department of Homeland Security', 'DHS'),
      wikipedia('United_States_Department_of_Homeland_Security', 'United States Department of Homeland Security'),
    ],
    related: ['cisa', 'secret-service'],
  },
  {
    id: 'odni',
    label: 'Office of the Director of National Intelligence (ODNI)',
    kind: 'agency',
    pack: 'services',
    role: 'Head office of the US intelligence community',
    aliases: [
      { text: 'ODNI', case: 'exact' },
      { text: 'Office of the Director of National Intelligence', case: 'proper' },
      { text: 'Director of National Intelligence', case: 'proper' },
    ],
    country: 'US',
    summary:
      'The ODNI oversees the eighteen agencies of the US intelligence community. The Director of National Intelligence who leads it advises the president and publishes the annual threat assessment.',
    knownFor: ['The Annual Threat Assessment of the US intelligence community', 'Assessments of foreign interference in US elections'],
    links: [
      page('https://www.dni.gov/', 'Office of the Director of National Intelligence', 'ODNI'),
      wikipedia('Director_of_National_Intelligence', 'Director of National Intelligence'),
    ],
    related: ['cia', 'nsa', 'nctc', 'ncsc-us'],
  },
  {
    id: 'nctc',
    label: 'National Counterterrorism Center (NCTC)',
    kind: 'agency',
    pack: 'services',
    role: 'US counter-terrorism intelligence centre',
    parent: 'odni',
    aliases: [
      { text: 'NCTC', case: 'exact' },
      { text: 'National Counterterrorism Center', case: 'proper' },
    ],
    country: 'US',
    // India has debated a National Counter Terrorism Centre of its own for years.
    sharedName: true,
    summary:
      'The National Counterterrorism Center, under the ODNI, pulls together the US government’s intelligence on terrorism and keeps its central database of known and suspected terrorists.',
    knownFor: ['Founded in 2004 on the 9/11 Commission’s advice'],
    links: [wikipedia('National_Counterterrorism_Center', 'National Counterterrorism Center')],
    related: ['odni', 'fbi', 'cia'],
  },
  {
    id: 'ncsc-us',
    label: 'National Counterintelligence and Security Center (US)',
    kind: 'agency',
    pack: 'services',
    role: 'US counter-intelligence coordinator',
    parent: 'odni',
    // "NCSC" alone is the UK's cyber centre far more often: it stays with ncsc-uk.
    aliases: [{ text: 'National Counterintelligence and Security Center', case: 'proper' }],
    country: 'US',
    summary:
      'The National Counterintelligence and Security Center, part of the ODNI, leads US counter-intelligence strategy and warns companies, universities and officials about foreign spying and insider threats.',
    knownFor: ['Warnings to US businesses about Chinese intelligence laws and recruitment on professional networks'],
    links: [wikipedia('National_Counterintelligence_and_Security_Center', 'National Counterintelligence and Security Center')],
    related: ['odni', 'fbi', 'ncsc-uk'],
  },
  {
    id: 'cyber-command',
    label: 'US Cyber Command',
    kind: 'agency',
    pack: 'services',
    role: 'US military cyber command',
    aliases: [
      { text: 'Cyber Command', case: 'proper' },
      { text: 'USCYBERCOM', case: 'exact' },
      { text: 'CYBERCOM', case: 'exact' },
    ],
    country: 'US',
    sharedName: true,
    // Its own service components, and other countries' cyber commands.
    namesakes: ['Army Cyber Command', 'Fleet Cyber Command', 'Defence Cyber Command', 'Defense Cyber Command'],
    summary:
      'US Cyber Command is the Pentagon’s unified command for military operations in cyberspace, defending defence networks and attacking adversaries’ systems. It shares its commander with the NSA.',
    knownFor: ['“Hunt forward” missions in allied networks', 'Operations against Russian interference around US elections'],
    links: [
      page('https://www.cybercom.mil/', 'U.S. Cyber Command', 'US Cyber Command'),
      wikipedia('United_States_Cyber_Command', 'United States Cyber Command'),
    ],
    related: ['nsa'],
  },
  {
    id: 'dia',
    label: 'Defense Intelligence Agency (DIA)',
    kind: 'agency',
    pack: 'services',
    role: 'US military intelligence agency',
    aliases: [
      {
        text: 'DIA',
        case: 'exact',
        // Denver International Airport, and Italy's anti-mafia investigators (DIA).
        context: { requires: [securityCues], excludes: ['Denver', 'airport', 'Antimafia', 'anti-mafia'] },
      },
      { text: 'Defense Intelligence Agency', case: 'proper' },
      { text: 'Defence Intelligence Agency', case: 'proper' },
    ],
    country: 'US',
    // South Korea and India have defence intelligence agencies by the same name.
    sharedName: true,
    summary:
      'The Defense Intelligence Agency is the US Defense Department’s main agency for intelligence on foreign militaries, serving commanders and defence policy makers.',
    knownFor: ['Assessments of Chinese, Russian and Iranian military power'],
    links: [
      page('https://www.dia.mil/', 'Defense Intelligence Agency', 'DIA'),
      wikipedia('Defense_Intelligence_Agency', 'Defense Intelligence Agency'),
    ],
    related: ['odni', 'cia', 'nsa'],
  },
  {
    id: 'nro',
    label: 'National Reconnaissance Office (NRO)',
    kind: 'agency',
    pack: 'services',
    role: 'US spy-satellite agency',
    aliases: [
      {
        text: 'NRO',
        case: 'exact',
        // Indian banks' NRO accounts; Pakistan's National Reconciliation Ordinance.
        context: {
          requires: [['satellite', 'satellites', 'spy', 'intelligence', 'reconnaissance', 'Pentagon', 'Space Force', 'launch', 'rocket']],
          excludes: ['NRO account', 'NRE', 'Reconciliation Ordinance'],
        },
      },
      { text: 'National Reconnaissance Office', case: 'proper' },
    ],
    country: 'US',
    summary:
      'The National Reconnaissance Office designs, launches and runs the United States’ reconnaissance satellites for the intelligence agencies and the military.',
    knownFor: ['Building a large constellation of small spy satellites with commercial partners'],
    links: [
      page('https://www.nro.gov/', 'National Reconnaissance Office', 'NRO'),
      wikipedia('National_Reconnaissance_Office', 'National Reconnaissance Office'),
    ],
    related: ['odni', 'nga'],
  },
  {
    id: 'nga',
    label: 'National Geospatial-Intelligence Agency (NGA)',
    kind: 'agency',
    pack: 'services',
    role: 'US imagery and mapping intelligence agency',
    aliases: [{ text: 'National Geospatial-Intelligence Agency', case: 'any' }],
    country: 'US',
    summary:
      'The National Geospatial-Intelligence Agency analyses satellite and aerial imagery and produces maps and geographic intelligence for the US military and intelligence agencies.',
    links: [wikipedia('National_Geospatial-Intelligence_Agency', 'National Geospatial-Intelligence Agency')],
    related: ['nro', 'odni'],
  },
  {
    id: 'secret-service',
    label: 'United States Secret Service',
    kind: 'agency',
    pack: 'services',
    role: 'US protective service and financial-crime police',
    parent: 'dhs',
    aliases: [
      { text: 'Secret Service', case: 'proper', context: protectionPages },
      { text: 'United States Secret Service', case: 'proper', context: protectionPages },
    ],
    country: 'US',
    // Other countries' "secret service" is named by its country ("Ukraine's secret service").
    sharedName: true,
    namesakes: ['Her Majesty’s Secret Service', 'Secret Service Bureau'],
    summary:
      'The US Secret Service protects the president, other leaders and visiting heads of state, and investigates counterfeiting and financial and cyber crime. It is part of the Department of Homeland Security.',
    knownFor: ['Protection of US presidents and candidates', 'Investigations of payment-card and cryptocurrency fraud'],
    links: [
      page('https://www.secretservice.gov/', 'United States Secret Service', 'US Secret Service'),
      wikipedia('United_States_Secret_Service', 'United States Secret Service'),
    ],
    related: ['dhs', 'fbi'],
  },
  {
    id: 'national-security-division',
    label: 'National Security Division (US Justice Department)',
    kind: 'government body',
    pack: 'services',
    role: 'US Justice Department’s national-security prosecutors',
    aliases: [{ text: 'National Security Division', case: 'proper' }],
    country: 'US',
    sharedName: true,
    owners: ['Justice Department', 'Department of Justice', 'DOJ'],
    summary:
      'The National Security Division of the US Justice Department brings the government’s espionage, terrorism, sanctions and state-hacking prosecutions, and applies to the FISA court for surveillance orders.',
    knownFor: [
      'Indictments of Chinese, Russian, Iranian and North Korean state hackers',
      'Enforcing the Foreign Agents Registration Act',
    ],
    links: [
      page('https://www.justice.gov/nsd', 'National Security Division', 'US Department of Justice'),
      page(
        'https://www.justice.gov/opa/pr/seven-hackers-associated-chinese-government-charged-computer-intrusions-targeting-perceived',
        'Seven Hackers Associated with Chinese Government Charged with Computer Intrusions Targeting Perceived Critics of China and U.S. Businesses and Politicians',
        'US Department of Justice',
      ),
    ],
    related: ['fbi', 'fara', 'fisa-court'],
  },
];

const britainAndAllies: TermInput[] = [
  {
    id: 'mi6',
    label: 'MI6 (Secret Intelligence Service)',
    kind: 'agency',
    pack: 'services',
    role: 'UK foreign intelligence service',
    aliases: [
      { text: 'MI6', case: 'exact' },
      { text: 'Secret Intelligence Service', case: 'proper' },
      {
        text: 'SIS',
        case: 'exact',
        // Also the Schengen Information System, New Zealand's NZSIS and Slovakia's service.
        afterFullName: true,
        context: {
          requires: [['MI6', 'Secret Intelligence Service', 'spy', 'spies', 'intelligence']],
          excludes: ['Schengen', 'NZSIS', 'New Zealand Security Intelligence Service', 'Slovak Information Service'],
        },
      },
    ],
    country: 'GB',
    summary:
      'MI6, formally the Secret Intelligence Service, is the United Kingdom’s foreign intelligence service. It recruits agents abroad and reports to the Foreign Secretary; its head is known as “C”.',
    knownFor: ['Recruiting human sources abroad', 'Public warnings by its chief about Russia, China and Iran'],
    links: [
      page('https://www.sis.gov.uk/', 'Secret Intelligence Service MI6', 'SIS'),
      wikipedia('Secret_Intelligence_Service', 'Secret Intelligence Service'),
    ],
    related: ['mi5', 'gchq', 'cia', 'five-eyes'],
  },
  {
    id: 'gchq',
    label: 'GCHQ (Government Communications Headquarters)',
    kind: 'agency',
    pack: 'services',
    role: 'UK signals intelligence and cyber agency',
    aliases: [
      { text: 'GCHQ', case: 'exact' },
      { text: 'Government Communications Headquarters', case: 'proper' },
    ],
    country: 'GB',
    summary:
      'GCHQ is the UK’s signals intelligence and cyber-security agency, based in Cheltenham. It intercepts foreign communications, runs the National Cyber Security Centre and, with the Ministry of Defence, the National Cyber Force.',
    knownFor: ['Bulk interception programmes revealed by Edward Snowden', 'Running the National Cyber Security Centre'],
    links: [
      page('https://www.gchq.gov.uk/', 'GCHQ', 'GCHQ'),
      wikipedia('Government_Communications_Headquarters', 'Government Communications Headquarters'),
    ],
    related: ['ncsc-uk', 'mi5', 'mi6', 'nsa', 'five-eyes', 'investigatory-powers-act'],
  },
  {
    id: 'ncsc-uk',
    label: 'National Cyber Security Centre (UK)',
    kind: 'agency',
    pack: 'services',
    role: 'UK national cyber-security authority, part of GCHQ',
    parent: 'gchq',
    aliases: [
      { text: 'NCSC', case: 'exact' },
      { text: 'National Cyber Security Centre', case: 'proper' },
      { text: 'National Cyber Security Center', case: 'proper' },
    ],
    country: 'GB',
    // Ireland, the Netherlands, New Zealand, Finland and Switzerland have centres of that name,
    // and the US National Counterintelligence and Security Center is an NCSC too.
    sharedName: true,
    namesakes: ['NCSC-NL', 'NCSC-FI', 'NCSC-CH', 'NCSC-IE'],
    summary:
      'The National Cyber Security Centre, part of GCHQ since 2016, is the UK’s authority on cyber security: it handles serious cyber incidents, advises government and business, and names the states behind attacks.',
    knownFor: [
      'Attributing cyber attacks to Russian, Chinese and Iranian services',
      'Joint advisories with its Five Eyes partners',
      'The annual NCSC review of incidents',
    ],
    links: [
      page('https://www.ncsc.gov.uk/', 'National Cyber Security Centre', 'NCSC'),
      wikipedia('National_Cyber_Security_Centre_(United_Kingdom)', 'National Cyber Security Centre (United Kingdom)'),
    ],
    related: ['gchq', 'cisa', 'five-eyes', 'star-blizzard'],
  },
  {
    id: 'counter-terrorism-policing',
    label: 'Counter Terrorism Policing (UK)',
    kind: 'agency',
    pack: 'services',
    role: 'UK police network for terrorism and state threats',
    aliases: [
      { text: 'Counter Terrorism Policing', case: 'proper' },
      { text: 'Counter-Terrorism Policing', case: 'proper' },
    ],
    country: 'GB',
    summary:
      'Counter Terrorism Policing is the national network of UK police forces that investigates terrorism and, increasingly, state threats such as espionage and sabotage, working closely with MI5.',
    knownFor: ['Investigating UK spying and sabotage cases linked to Russia, China and Iran'],
    links: [
      page('https://www.counterterrorism.police.uk/', 'Counter Terrorism Policing', 'Counter Terrorism Policing'),
    ],
    related: ['counter-terrorism-command', 'metropolitan-police', 'mi5', 'national-security-act-2023'],
  },
  {
    id: 'counter-terrorism-command',
    label: 'Counter Terrorism Command (Metropolitan Police, SO15)',
    kind: 'agency',
    pack: 'services',
    role: 'The Met’s counter-terrorism and espionage unit',
    parent: 'metropolitan-police',
    aliases: [
      { text: 'Counter Terrorism Command', case: 'proper' },
      { text: 'Counter-Terrorism Command', case: 'proper' },
      { text: 'SO15', case: 'exact' },
    ],
    country: 'GB',
    sharedName: true,
    summary:
      'The Counter Terrorism Command (SO15) of London’s Metropolitan Police leads the UK’s investigations of terrorism and of official-secrets and espionage offences.',
    knownFor: ['Arrests of suspects charged under the National Security Act 2023'],
    links: [wikipedia('Counter_Terrorism_Command', 'Counter Terrorism Command')],
    related: ['metropolitan-police', 'counter-terrorism-policing', 'mi5', 'national-security-act-2023'],
  },
  {
    id: 'metropolitan-police',
    label: 'Metropolitan Police (London)',
    kind: 'agency',
    pack: 'services',
    role: 'London’s police force, lead UK force for counter-terrorism',
    aliases: [
      { text: 'Metropolitan Police', case: 'proper', context: onSecurityPages },
      { text: 'Metropolitan Police Service', case: 'proper', context: onSecurityPages },
      { text: 'Met Police', case: 'proper', context: onSecurityPages },
      { text: 'Scotland Yard', case: 'any', context: onSecurityPages },
    ],
    country: 'GB',
    // Tokyo's and Washington's forces are metropolitan police departments too.
    sharedName: true,
    namesakes: ['Metropolitan Police Department', 'Tokyo Metropolitan Police'],
    summary:
      'The Metropolitan Police Service polices Greater London from New Scotland Yard and carries national responsibility for counter-terrorism policing through its Counter Terrorism Command.',
    links: [
      page('https://www.met.police.uk/', 'Metropolitan Police', 'Metropolitan Police'),
      wikipedia('Metropolitan_Police', 'Metropolitan Police'),
    ],
    related: ['counter-terrorism-command', 'counter-terrorism-policing'],
  },
  {
    id: 'defence-intelligence-uk',
    label: 'Defence Intelligence (UK)',
    kind: 'agency',
    pack: 'services',
    role: 'UK Ministry of Defence intelligence organisation',
    aliases: [{ text: 'Defence Intelligence', case: 'proper' }],
    country: 'GB',
    // Ukraine's HUR calls itself "Defence Intelligence of Ukraine"; other countries' defence
    // intelligence bodies have longer names.
    sharedName: true,
    namesakes: [
      'Defence Intelligence Organisation',
      'Defence Intelligence Service',
      'Defence Intelligence Headquarters',
      'Defence Intelligence Directorate',
      'Defence Intelligence Command',
    ],
    summary:
      'Defence Intelligence is the UK Ministry of Defence’s intelligence organisation, which assesses foreign military capabilities and, since 2022, has published regular updates on Russia’s war in Ukraine.',
    knownFor: ['Public intelligence updates on the war in Ukraine'],
    links: [wikipedia('Defence_Intelligence', 'Defence Intelligence')],
    related: ['gchq', 'mi6'],
  },
  {
    id: 'national-crime-agency',
    label: 'National Crime Agency (UK)',
    kind: 'agency',
    pack: 'services',
    role: 'UK national law-enforcement agency for serious crime and cyber crime',
    aliases: [
      { text: 'National Crime Agency', case: 'proper', context: onSecurityPages },
      {
        text: 'NCA',
        case: 'exact',
        // Pakistan's National Command Authority (nuclear weapons), India's National Cricket Academy.
        context: {
          requires: [stateSecurityCues],
          excludes: ['National Command Authority', 'Cricket Academy', 'cricket'],
        },
      },
    ],
    country: 'GB',
    summary:
      'The National Crime Agency leads the UK’s fight against serious and organised crime, including its National Cyber Crime Unit, and works with the intelligence agencies on state-linked criminals.',
    knownFor: [
      'Operation Cronos against the LockBit ransomware gang (2024)',
      'The investigation behind the UK’s 2023 sanctions on Star Blizzard members',
    ],
    links: [
      page('https://www.nationalcrimeagency.gov.uk/', 'National Crime Agency', 'National Crime Agency'),
      page(
        'https://unn.ua/en/amp/british-foreign-office-summons-russian-ambassador-over-hacker-attacks',
        'British Foreign Office summons Russian ambassador over hacker attacks',
        'UNN',
        '2023-12-07',
      ),
    ],
    related: ['ncsc-uk', 'fsb-center-18', 'star-blizzard'],
  },
  {
    id: 'five-eyes',
    label: 'Five Eyes',
    kind: 'institution',
    pack: 'services',
    role: 'Intelligence alliance of five English-speaking countries',
    aliases: [
      {
        text: 'Five Eyes',
        case: 'proper',
        context: {
          requires: [['intelligence', 'spy', 'spies', 'espionage', 'security', 'surveillance', 'alliance', 'allies', 'partners']],
        },
      },
      { text: 'FVEY', case: 'exact' },
    ],
    summary:
      'Five Eyes is the intelligence-sharing alliance of the United States, the United Kingdom, Canada, Australia and New Zealand, rooted in their signals-intelligence agreements of the 1940s.',
    knownFor: ['Joint public attributions and advisories on state hackers', 'Shared signals intelligence among NSA, GCHQ, CSE, ASD and GCSB'],
    links: [wikipedia('Five_Eyes', 'Five Eyes')],
    related: ['nsa', 'gchq', 'cse', 'asd', 'gcsb'],
  },
];

const russia: TermInput[] = [
  {
    id: 'fsb',
    label: 'FSB (Federal Security Service of Russia)',
    kind: 'agency',
    pack: 'services',
    role: 'Russia’s domestic security and counter-intelligence service',
    aliases: [
      {
        text: 'FSB',
        case: 'exact',
        // The UK's Federation of Small Businesses and the Financial Stability Board are FSB too;
        // they talk of cyber attacks on small firms, never of spies, so the cues are about spying.
        context: {
          requires: [
            [
              ...russiaCues,
              ...ukraineCues,
              'KGB',
              'Crimea',
              'Chechnya',
              'Belarus',
              'Federal Security Service',
              'espionage',
              'spy',
              'spies',
              'spying',
              'counter-intelligence',
              'counterintelligence',
              'intelligence officer',
              'intelligence officers',
              'Centre 18',
              'Center 18',
              'Centre 16',
              'Center 16',
              'Star Blizzard',
              'Turla',
            ],
          ],
          excludes: ['Federation of Small Businesses', 'Financial Stability Board'],
        },
      },
      { text: 'Federal Security Service', case: 'proper' },
    ],
    country: 'RU',
    summary:
      'The FSB is Russia’s main security service and the principal successor of the Soviet KGB. It runs counter-intelligence, border security and surveillance at home, and operations in neighbouring states, including cyber espionage.',
    knownFor: [
      'Arrests of foreigners and Russians on espionage and treason charges',
      'Its Center 16 runs the Snake malware attributed to Turla',
      'Its Centre 18 is linked by the UK to Star Blizzard',
    ],
    links: [wikipedia('Federal_Security_Service', 'Federal Security Service')],
    related: ['fsb-center-16', 'fsb-center-18', 'svr', 'gru', 'kgb', 'turla', 'star-blizzard', 'energetic-bear'],
  },
  {
    id: 'fsb-center-16',
    label: 'FSB Center 16',
    kind: 'agency',
    pack: 'services',
    role: 'FSB signals intelligence and hacking centre',
    parent: 'fsb',
    aliases: [
      { text: 'Center 16', case: 'proper', context: { requires: [['FSB', 'Federal Security Service']] } },
      { text: 'Centre 16', case: 'proper', context: { requires: [['FSB', 'Federal Security Service']] } },
      { text: 'Military Unit 71330', case: 'any' },
    ],
    country: 'RU',
    summary:
      'Center 16 is the FSB’s centre for radio-electronic intelligence, its signals-intelligence arm. The US government attributes the Snake malware of the group called Turla to a unit of it.',
    knownFor: ['The Snake malware network, disrupted by the FBI in Operation Medusa (2023)'],
    links: [
      page(
        'https://www.cnbc.com/2023/05/09/fbi-takes-down-network-that-attacked-allies-journalist-computers.html',
        'FBI takes down Russian malware network that attacked allies and a journalist',
        'CNBC',
        '2023-05-09',
      ),
    ],
    related: ['fsb', 'turla', 'energetic-bear'],
  },
  {
    id: 'fsb-center-18',
    label: 'FSB Centre 18',
    kind: 'agency',
    pack: 'services',
    role: 'FSB information-security centre',
    parent: 'fsb',
    aliases: [
      { text: 'Centre 18', case: 'proper', context: { requires: [['FSB', 'Federal Security Service']] } },
      { text: 'Center 18', case: 'proper', context: { requires: [['FSB', 'Federal Security Service']] } },
    ],
    country: 'RU',
    summary:
      'Centre 18 is the FSB’s Centre for Information Security. In 2023 the UK said the hacking group Star Blizzard was almost certainly subordinate to it and had targeted British politicians.',
    knownFor: ['Hack-and-leak of UK–US trade documents before the 2019 UK election, attributed by the UK'],
    links: [
      page(
        'https://euromaidanpress.com/2023/12/07/uk-accuses-russias-fsb-of-years-long-cyber-attacks',
        'UK accuses Russia’s FSB of years-long cyber attacks',
        'Euromaidan Press',
        '2023-12-07',
      ),
    ],
    related: ['fsb', 'ncsc-uk', 'national-crime-agency', 'star-blizzard'],
  },
  {
    id: 'gru',
    label: 'GRU (Russian military intelligence)',
    kind: 'agency',
    pack: 'services',
    role: 'Russia’s military intelligence service',
    aliases: [
      { text: 'GRU', case: 'exact' },
      { text: 'Main Intelligence Directorate', case: 'proper' },
      { text: 'Main Directorate of the General Staff', case: 'proper' },
    ],
    country: 'RU',
    // Ukraine's HUR is also a "Main Intelligence Directorate": named with Ukraine, it is not this.
    sharedName: true,
    summary:
      'The GRU, formally the Main Directorate of the General Staff of the Russian armed forces, is Russia’s military intelligence service. Its units run spies, sabotage and assassination teams and some of the most destructive state hacking groups.',
    knownFor: [
      'Hacking and leaking in the 2016 US election (Unit 26165, Unit 74455)',
      'The NotPetya attack of 2017 (Unit 74455)',
      'The Salisbury nerve-agent attack of 2018 (Unit 29155)',
      'Sabotage and arson plots across Europe since 2022',
    ],
    links: [wikipedia('GRU_(Russian_Federation)', 'GRU (Russian Federation)')],
    related: ['gru-unit-26165', 'gru-unit-74455', 'gru-unit-29155', 'gru-unit-54777', 'fsb', 'svr', 'apt28', 'sandworm', 'cadet-blizzard'],
  },
  {
    id: 'gru-unit-26165',
    label: 'GRU Unit 26165',
    kind: 'agency',
    pack: 'services',
    role: 'GRU cyber-espionage unit (APT28)',
    parent: 'gru',
    aliases: [
      { text: 'Unit 26165', case: 'any' },
      { text: '85th Main Special Service Center', case: 'any' },
      { text: '85th Main Special Service Centre', case: 'any' },
      { text: 'GTsSS', case: 'exact' },
    ],
    country: 'RU',
    summary:
      'Unit 26165, the GRU’s 85th Main Special Service Centre, is the military unit behind the hacking group known as APT28 or Fancy Bear. Its officers were indicted in the US in 2018 for the 2016 election hacks.',
    knownFor: [
      'Hacking the Democratic National Committee in 2016',
      'The attempted hack of the OPCW in The Hague in 2018',
    ],
    links: [
      page(
        'https://redef.com/item/5b49564b3e62a66070a44817?curator=MediaREDEF',
        'Indicting 12 Russian Hackers Could Be Mueller’s Biggest Move Yet',
        'WIRED (via REDEF)',
        '2018-07-13',
      ),
      page('https://thehill.com/policy/cybersecurity/396892-mueller-indicts-12-russians-in-2016-dnc-hack/', 'Mueller indicts 12 Russians in 2016 DNC hack', 'The Hill', '2018-07-13'),
    ],
    related: ['gru', 'gru-unit-74455', 'apt28'],
  },
  {
    id: 'gru-unit-74455',
    label: 'GRU Unit 74455',
    kind: 'agency',
    pack: 'services',
    role: 'GRU sabotage-hacking unit (Sandworm)',
    parent: 'gru',
    aliases: [
      { text: 'Unit 74455', case: 'any' },
      { text: 'Main Center for Special Technologies', case: 'any' },
      { text: 'Main Centre for Special Technologies', case: 'any' },
      { text: 'GTsST', case: 'exact' },
    ],
    country: 'RU',
    summary:
      'Unit 74455, the GRU’s Main Centre for Special Technologies, is the unit behind the Sandworm group. The US indicted six of its officers in 2020 for attacks on Ukraine’s power grid, NotPetya and the 2018 Olympics.',
    knownFor: [
      'Blackouts in Ukraine in 2015 and 2016',
      'The NotPetya attack of 2017',
      'Olympic Destroyer at the 2018 Winter Olympics',
    ],
    links: [
      page(
        'https://complianceconcourse.willkie.com/articles/news-alerts-2020-10-october-20201020-doj-indicts-six-russian-hackers/',
        'DOJ Indicts Six Russian Hackers',
        'Willkie Farr & Gallagher',
        '2020-10-20',
      ),
    ],
    related: ['gru', 'gru-unit-26165', 'sandworm'],
  },
  {
    id: 'gru-unit-29155',
    label: 'GRU Unit 29155',
    kind: 'agency',
    pack: 'services',
    role: 'GRU unit for sabotage, assassination and cyber attacks',
    parent: 'gru',
    aliases: [{ text: 'Unit 29155', case: 'any' }],
    country: 'RU',
    summary:
      'Unit 29155 is a GRU unit that Western governments link to sabotage, assassination attempts and destabilisation in Europe, and, since about 2020, to destructive cyber attacks on Ukraine and its allies.',
    knownFor: [
      'The 2018 Salisbury nerve-agent attack on Sergei Skripal',
      'The 2014 Vrbětice ammunition-depot explosions in the Czech Republic',
      'The WhisperGate wiper attack on Ukraine in 2022, charged by the US in 2024',
    ],
    links: [
      page('https://euobserver.com/tickers/146209', 'Report: Russian spy unit to “destabilise Europe”', 'EUobserver', '2019-10-09'),
      page(
        'https://infobae.com/estados-unidos/2024/09/05/estados-unidos-denuncio-a-seis-hackers-rusos-por-el-ciberataque-whispergate-contra-ucrania',
        'Estados Unidos denunció a seis hackers rusos por el ciberataque WhisperGate contra Ucrania',
        'Infobae',
        '2024-09-05',
      ),
    ],
    related: ['gru', 'cadet-blizzard'],
  },
  {
    id: 'gru-unit-54777',
    label: 'GRU Unit 54777',
    kind: 'agency',
    pack: 'services',
    role: 'GRU psychological-operations unit',
    parent: 'gru',
    aliases: [
      { text: 'Unit 54777', case: 'any' },
      { text: '72nd Special Service Center', case: 'any' },
      { text: '72nd Special Service Centre', case: 'any' },
    ],
    country: 'RU',
    summary:
      'Unit 54777, the GRU’s 72nd Special Service Centre, runs psychological and information operations, including through front organisations such as InfoRos aimed at Russians abroad.',
    knownFor: ['Disinformation through front organisations such as InfoRos'],
    links: [
      page(
        'https://it.insideover.com/schede/guerra/unita-54777-la-fabbrica-di-psyops-del-cremlino.html',
        'Unità 54777, la fabbrica di psyops del Cremlino',
        'InsideOver',
      ),
    ],
    related: ['gru'],
  },
  {
    id: 'svr',
    label: 'SVR (Foreign Intelligence Service of Russia)',
    kind: 'agency',
    pack: 'services',
    role: 'Russia’s foreign intelligence service',
    aliases: [
      {
        text: 'SVR',
        case: 'exact',
        // A Range Rover model, among others.
        context: { requires: [[...russiaCues, 'Naryshkin', 'SolarWinds', 'APT29', 'Cozy Bear', 'Midnight Blizzard']] },
      },
      { text: 'Foreign Intelligence Service', case: 'proper' },
    ],
    country: 'RU',
    // Ukraine, Estonia and others have a Foreign Intelligence Service too.
    sharedName: true,
    summary:
      'The SVR is Russia’s civilian foreign intelligence service, heir to the KGB’s First Chief Directorate. It runs spies abroad and, according to the US and UK, the hacking group known as APT29 or Cozy Bear.',
    knownFor: [
      'The SolarWinds supply-chain compromise, attributed by the US in 2021',
      'The 2024 breach of Microsoft’s corporate email by Midnight Blizzard',
      'Deep-cover “illegals” in Western countries',
    ],
    links: [wikipedia('Foreign_Intelligence_Service_(Russia)', 'Foreign Intelligence Service (Russia)')],
    related: ['fsb', 'gru', 'kgb', 'apt29'],
  },
  {
    id: 'kgb',
    label: 'KGB (Soviet Committee for State Security)',
    kind: 'agency',
    pack: 'services',
    role: 'The Soviet Union’s security and intelligence service (1954–1991)',
    aliases: [
      {
        text: 'KGB',
        case: 'exact',
        // Belarus kept the name: on a page about Belarus, "KGB" is most likely its service.
        context: {
          requires: [['Soviet', 'USSR', ...russiaCues, 'Cold War', 'spy', 'spies', 'espionage', 'intelligence', 'agent']],
          excludes: ['Belarus', 'Belarusian', 'Minsk', 'Lukashenko'],
        },
      },
      { text: 'Committee for State Security', case: 'proper' },
    ],
    country: 'SU',
    summary:
      'The KGB was the Soviet Union’s security and intelligence service from 1954 to 1991, responsible for foreign espionage, counter-intelligence and political repression. Russia’s FSB and SVR are its main successors.',
    knownFor: ['Vladimir Putin served in it as an officer', 'Cold War espionage against the West'],
    links: [wikipedia('KGB', 'KGB')],
    related: ['fsb', 'svr', 'kgb-belarus'],
  },
  {
    id: 'kgb-belarus',
    label: 'KGB of Belarus (State Security Committee)',
    kind: 'agency',
    pack: 'services',
    role: 'Belarus’s security service',
    aliases: [
      { text: 'Belarusian KGB', case: 'proper' },
      { text: 'Belarus KGB', case: 'proper' },
      { text: 'KGB of Belarus', case: 'proper' },
      { text: "Belarus's KGB", case: 'proper' },
      { text: 'State Security Committee of the Republic of Belarus', case: 'proper' },
    ],
    country: 'BY',
    summary:
      'Belarus kept the Soviet name for its security service, the State Security Committee or KGB. It polices dissent for Alexander Lukashenko’s government and works closely with Russia’s services.',
    knownFor: ['Listing opposition figures and journalists as terrorists', 'Crackdown after the disputed 2020 election'],
    links: [wikipedia('State_Security_Committee_of_the_Republic_of_Belarus', 'State Security Committee of the Republic of Belarus')],
    related: ['kgb', 'fsb', 'cyber-partisans'],
  },
];

const china: TermInput[] = [
  {
    id: 'ministry-of-public-security',
    label: 'Ministry of Public Security (China)',
    kind: 'agency',
    pack: 'services',
    role: 'China’s national police ministry',
    aliases: [
      { text: 'Ministry of Public Security', case: 'proper' },
      {
        text: 'MPS',
        case: 'exact',
        // Also Monte dei Paschi di Siena, Italy's oldest bank.
        context: {
          requires: [chinaCues, [...securityCues, 'police', 'policing', 'i-Soon', 'i-SOON']],
          excludes: ['Monte dei Paschi', 'Paschi'],
        },
      },
    ],
    country: 'CN',
    // Vietnam's, Laos's and Cambodia's police ministries have the same name.
    sharedName: true,
    summary:
      'The Ministry of Public Security runs China’s police, including political policing, internet surveillance and operations against dissidents abroad. It is one of the customers of contractors such as i-Soon.',
    knownFor: [
      'Overseas “police service stations” reported in Western countries',
      'Contracting hackers such as i-Soon, charged in the US in 2025',
      'Online influence operations against dissidents (the “912 Special Project Working Group”)',
    ],
    links: [wikipedia('Ministry_of_Public_Security_(China)', 'Ministry of Public Security (China)')],
    related: ['mss', 'pla', 'cyberspace-administration-of-china', 'i-soon', 'spamouflage'],
  },
  {
    id: 'pla',
    label: 'People’s Liberation Army (PLA)',
    kind: 'agency',
    pack: 'services',
    role: 'China’s armed forces, under the Communist Party',
    aliases: [
      {
        text: 'PLA',
        case: 'exact',
        // Polylactic acid, the 3D-printing plastic.
        context: {
          requires: [[...chinaCues, ...taiwanCues]],
          excludes: ['polylactic acid', 'filament', '3D printing', '3D printer', '3D-printed'],
        },
      },
      { text: 'People’s Liberation Army', case: 'proper' },
    ],
    country: 'CN',
    namesakes: [
      'Sudan People’s Liberation Army',
      'Sudan People’s Liberation Army-North',
      'Sudan People’s Liberation Army-in-Opposition',
      'People’s Liberation Army of Manipur',
    ],
    summary:
      'The People’s Liberation Army is China’s military, the armed wing of the Chinese Communist Party under its Central Military Commission. Several of its units have been accused of cyber espionage.',
    knownFor: [
      'Five officers of Unit 61398 indicted in the US for hacking in 2014',
      'Military drills around Taiwan',
      'Its 2024 reorganisation of cyber, space and information forces',
    ],
    links: [wikipedia('People%27s_Liberation_Army', 'People’s Liberation Army')],
    related: ['pla-strategic-support-force', 'pla-cyberspace-force', 'pla-information-support-force', 'pla-unit-61398', 'mss'],
  },
  {
    id: 'pla-strategic-support-force',
    label: 'PLA Strategic Support Force',
    kind: 'agency',
    pack: 'services',
    role: 'PLA space, cyber and electronic-warfare branch (2015–2024)',
    parent: 'pla',
    aliases: [
      { text: 'Strategic Support Force', case: 'proper' },
      { text: 'PLASSF', case: 'exact' },
    ],
    country: 'CN',
    summary:
      'The Strategic Support Force brought together the PLA’s space, cyber, electronic-warfare and psychological operations from 2015 until April 2024, when it was split into the Aerospace, Cyberspace and Information Support forces.',
    links: [
      wikipedia('People%27s_Liberation_Army_Strategic_Support_Force', 'People’s Liberation Army Strategic Support Force'),
      page(
        'https://thesingaporepost.com/2024/05/03/chinas-new-information-support-force/',
        'China’s new Information Support Force',
        'The Singapore Post',
        '2024-05-03',
      ),
    ],
    related: ['pla', 'pla-cyberspace-force', 'pla-information-support-force'],
  },
  {
    id: 'pla-information-support-force',
    label: 'PLA Information Support Force',
    kind: 'agency',
    pack: 'services',
    role: 'PLA arm for military networks and information systems (since 2024)',
    parent: 'pla',
    aliases: [{ text: 'Information Support Force', case: 'proper' }],
    country: 'CN',
    summary:
      'The Information Support Force was created in April 2024 from part of the disbanded Strategic Support Force; it builds and protects the PLA’s communication networks and information systems.',
    links: [
      page(
        'http://en.people.cn/n3/2024/0420/c90000-20159205.html',
        'PLA’s information support force is brand-new strategic arm: defense spokesperson',
        'People’s Daily Online (Xinhua)',
        '2024-04-20',
      ),
    ],
    related: ['pla', 'pla-strategic-support-force', 'pla-cyberspace-force'],
  },
  {
    id: 'pla-cyberspace-force',
    label: 'PLA Cyberspace Force',
    kind: 'agency',
    pack: 'services',
    role: 'PLA cyber-warfare arm (since 2024)',
    parent: 'pla',
    aliases: [{ text: 'Cyberspace Force', case: 'proper' }],
    country: 'CN',
    summary:
      'The Cyberspace Force took over the Strategic Support Force’s network-systems department in April 2024 and reports directly to the Central Military Commission; it is responsible for the PLA’s cyber operations.',
    links: [
      page(
        'https://thesingaporepost.com/2024/05/03/chinas-new-information-support-force/',
        'China’s new Information Support Force',
        'The Singapore Post',
        '2024-05-03',
      ),
    ],
    related: ['pla', 'pla-strategic-support-force', 'pla-information-support-force'],
  },
  {
    id: 'pla-unit-61398',
    label: 'PLA Unit 61398',
    kind: 'agency',
    pack: 'services',
    role: 'PLA cyber-espionage unit in Shanghai (APT1)',
    parent: 'pla',
    aliases: [{ text: 'Unit 61398', case: 'any' }],
    country: 'CN',
    summary:
      'Unit 61398 is a Shanghai-based unit of the PLA identified by Mandiant in 2013 as the hacking group APT1. Five of its officers were indicted in the US in 2014 for stealing trade secrets from American companies.',
    knownFor: ['Mandiant’s 2013 APT1 report', 'The first US indictment of state hackers, in 2014'],
    links: [wikipedia('PLA_Unit_61398', 'PLA Unit 61398')],
    related: ['pla', 'pla-unit-61486', 'apt1'],
  },
  {
    id: 'pla-unit-61486',
    label: 'PLA Unit 61486',
    kind: 'agency',
    pack: 'services',
    role: 'PLA cyber-espionage unit targeting space industry (Putter Panda)',
    parent: 'pla',
    aliases: [{ text: 'Unit 61486', case: 'any' }],
    country: 'CN',
    summary:
      'Unit 61486, the 12th Bureau of the PLA’s former Third Department in Shanghai, was named by CrowdStrike in 2014 as the group it calls Putter Panda, which spied on satellite, aerospace and communications firms.',
    links: [
      page('http://resources.crowdstrike.com/putterpanda/', 'Putter Panda', 'CrowdStrike', '2014-06-09'),
    ],
    related: ['pla', 'pla-unit-61398', 'putter-panda'],
  },
  {
    id: 'united-front-work-department',
    label: 'United Front Work Department (UFWD)',
    kind: 'government body',
    pack: 'services',
    role: 'Chinese Communist Party department for influence work',
    aliases: [
      { text: 'United Front Work Department', case: 'proper' },
      { text: 'UFWD', case: 'exact' },
    ],
    country: 'CN',
    summary:
      'The United Front Work Department is the Chinese Communist Party department that co-opts and influences groups outside the party, including overseas Chinese communities, businesspeople and politicians abroad.',
    knownFor: ['Foreign-interference warnings by MI5, ASIO and other services', 'Overseas Chinese community associations'],
    links: [wikipedia('United_Front_Work_Department', 'United Front Work Department')],
    related: ['mss', 'mi5', 'asio'],
  },
  {
    id: 'cyberspace-administration-of-china',
    label: 'Cyberspace Administration of China (CAC)',
    kind: 'government body',
    pack: 'services',
    role: 'China’s internet regulator and censor',
    aliases: [
      { text: 'Cyberspace Administration of China', case: 'any' },
      {
        text: 'CAC',
        case: 'exact',
        // The Paris stock index.
        context: { requires: [chinaCues], excludes: ['CAC 40', 'CAC40', 'Euronext', 'Paris bourse'] },
      },
    ],
    country: 'CN',
    summary:
      'The Cyberspace Administration of China regulates and censors the Chinese internet and enforces China’s data-security rules, including security reviews of companies that handle Chinese data.',
    knownFor: ['The 2021 cyber-security review of Didi', 'Its 2023 security review of Micron’s chips'],
    links: [wikipedia('Cyberspace_Administration_of_China', 'Cyberspace Administration of China')],
    related: ['ministry-of-public-security', 'mss', 'data-security-law', 'cybersecurity-law'],
  },
  {
    id: 'hainan-state-security-department',
    label: 'Hainan State Security Department',
    kind: 'agency',
    pack: 'services',
    role: 'Provincial office of China’s MSS (APT40)',
    parent: 'mss',
    aliases: [
      { text: 'Hainan State Security Department', case: 'any' },
      { text: 'HSSD', case: 'exact', afterFullName: true },
    ],
    country: 'CN',
    summary:
      'The Hainan State Security Department is the Ministry of State Security’s office in Hainan province. US prosecutors say it ran the hacking group APT40 through the front company Hainan Xiandun.',
    knownFor: ['US indictment of three of its officers and a hacker in 2021'],
    links: [
      page(
        'https://lawfaremedia.org/article/justice-department-charges-four-chinese-nationals-working-global-intrusion-campaign',
        'Justice Department Charges Four Chinese Nationals Working for Global Intrusion Campaign',
        'Lawfare',
        '2021-07',
      ),
    ],
    related: ['mss', 'apt40'],
  },
  {
    id: 'hubei-state-security-department',
    label: 'Hubei State Security Department',
    kind: 'agency',
    pack: 'services',
    role: 'Provincial office of China’s MSS (APT31)',
    parent: 'mss',
    aliases: [
      { text: 'Hubei State Security Department', case: 'any' },
      { text: 'Hubei Provincial Department of State Security', case: 'any' },
    ],
    country: 'CN',
    summary:
      'The Hubei State Security Department, the MSS office in Wuhan, is named by the US and UK as the sponsor of the hacking group APT31, run through the front company Wuhan Xiaoruizhi.',
    knownFor: ['US indictment of seven APT31 hackers and UK sanctions in March 2024'],
    links: [
      wikipedia('Hubei_Provincial_Department_of_State_Security', 'Hubei Provincial Department of State Security'),
      page(
        'https://www.justice.gov/opa/pr/seven-hackers-associated-chinese-government-charged-computer-intrusions-targeting-perceived',
        'Seven Hackers Associated with Chinese Government Charged with Computer Intrusions Targeting Perceived Critics of China and U.S. Businesses and Politicians',
        'US Department of Justice',
        '2024-03-25',
      ),
    ],
    related: ['mss', 'apt31'],
  },
  {
    id: 'tianjin-state-security-bureau',
    label: 'Tianjin State Security Bureau',
    kind: 'agency',
    pack: 'services',
    role: 'Municipal office of China’s MSS (APT10)',
    parent: 'mss',
    aliases: [{ text: 'Tianjin State Security Bureau', case: 'any' }],
    country: 'CN',
    summary:
      'The Tianjin State Security Bureau is the MSS office in the port city of Tianjin. The US says the APT10 hackers charged in 2018 worked with it through the company Huaying Haitai.',
    knownFor: ['The 2018 US indictment of two APT10 hackers for attacks on managed service providers'],
    links: [
      wikipedia('Tianjin_State_Security_Bureau', 'Tianjin State Security Bureau'),
      page(
        'https://securityboulevard.com/2018/12/two-chinese-indicted-for-conducting-mss-directed-cyberespionage/',
        '2 Chinese Indicted for Conducting MSS-Directed Cyberespionage',
        'Security Boulevard',
        '2018-12',
      ),
    ],
    related: ['mss', 'apt10'],
  },
  {
    id: 'jiangsu-state-security-department',
    label: 'Jiangsu State Security Department',
    kind: 'agency',
    pack: 'services',
    role: 'Provincial office of China’s MSS',
    parent: 'mss',
    aliases: [
      { text: 'Jiangsu State Security Department', case: 'any' },
      { text: 'Jiangsu Ministry of State Security', case: 'any' },
      { text: 'Jiangsu Province Ministry of State Security', case: 'any' },
      { text: 'JSSD', case: 'exact', afterFullName: true },
    ],
    country: 'CN',
    summary:
      'The Jiangsu State Security Department is the MSS office in Jiangsu province. Its officer Xu Yanjun was convicted in the US in 2021 of trying to steal jet-engine secrets from GE Aviation.',
    knownFor: ['The Xu Yanjun case, the first extradition of an MSS officer to the US (2018)'],
    links: [
      page(
        'https://www.republicworld.com/world-news/us-news/spy-from-china-yanjun-convicted-by-us-court-for-attempting-to-commit-economic-espionage.html',
        'Spy from China Yanjun convicted by US court for attempting to commit economic espionage',
        'Republic World',
        '2021-11-06',
      ),
    ],
    related: ['mss'],
  },
  {
    id: 'nsb-taiwan',
    label: 'National Security Bureau (Taiwan)',
    kind: 'agency',
    pack: 'services',
    role: 'Taiwan’s main intelligence agency',
    aliases: [
      { text: 'National Security Bureau', case: 'proper' },
      { text: 'NSB', case: 'exact', context: { requires: [taiwanCues] } },
    ],
    country: 'TW',
    sharedName: true,
    summary:
      'The National Security Bureau is Taiwan’s principal intelligence agency, answering to the president. It coordinates intelligence work and reports on China’s espionage, cyber attacks and disinformation against Taiwan.',
    knownFor: ['Reports on Chinese cyber attacks and disinformation aimed at Taiwan'],
    links: [wikipedia('National_Security_Bureau_(Republic_of_China)', 'National Security Bureau (Republic of China)')],
    related: ['mjib', 'mss', 'pla'],
  },
  {
    id: 'mjib',
    label: 'Investigation Bureau (Taiwan, MJIB)',
    kind: 'agency',
    pack: 'services',
    role: 'Taiwan’s investigation and counter-intelligence bureau',
    aliases: [
      { text: 'MJIB', case: 'exact' },
      { text: 'Ministry of Justice Investigation Bureau', case: 'proper' },
      { text: "Taiwan's Investigation Bureau", case: 'proper' },
    ],
    country: 'TW',
    summary:
      'The Investigation Bureau of Taiwan’s Ministry of Justice handles counter-intelligence, corruption and serious crime, and investigates Chinese espionage and cyber attacks on the island.',
    links: [wikipedia('Bureau_of_Investigation_(Taiwan)', 'Bureau of Investigation (Taiwan)')],
    related: ['nsb-taiwan', 'mss'],
  },
];

const iranAndNorthKorea: TermInput[] = [
  {
    id: 'irgc',
    label: 'Islamic Revolutionary Guard Corps (IRGC)',
    kind: 'agency',
    pack: 'services',
    role: 'Iran’s ideological armed force, with its own intelligence and cyber units',
    aliases: [
      { text: 'IRGC', case: 'exact' },
      { text: 'Islamic Revolutionary Guard Corps', case: 'any' },
      { text: 'Islamic Revolutionary Guards Corps', case: 'any' },
      { text: 'Revolutionary Guard Corps', case: 'proper' },
      { text: 'Revolutionary Guards', case: 'proper' },
      { text: 'Revolutionary Guard', case: 'proper' },
      { text: 'Pasdaran', case: 'any' },
    ],
    country: 'IR',
    summary:
      'The Islamic Revolutionary Guard Corps is the branch of Iran’s armed forces that guards the Islamic Republic’s system. It runs the Quds Force abroad, its own intelligence organisation, cyber units and a large business empire.',
    knownFor: [
      'Designated a terrorist organisation by the US in 2019',
      'Plots against dissidents and officials abroad',
      'Cyber attacks on water utilities and other infrastructure attributed to its units',
    ],
    links: [wikipedia('Islamic_Revolutionary_Guard_Corps', 'Islamic Revolutionary Guard Corps')],
    related: ['quds-force', 'irgc-intelligence-organization', 'irgc-cyber-electronic-command', 'basij', 'mois'],
  },
  {
    id: 'irgc-intelligence-organization',
    label: 'IRGC Intelligence Organization',
    kind: 'agency',
    pack: 'services',
    role: 'Intelligence service of Iran’s Revolutionary Guards',
    parent: 'irgc',
    aliases: [
      { text: 'IRGC Intelligence Organization', case: 'proper' },
      { text: 'IRGC Intelligence Organisation', case: 'proper' },
      { text: 'IRGC-IO', case: 'exact' },
      { text: 'Intelligence Organization of the IRGC', case: 'proper' },
    ],
    country: 'IR',
    summary:
      'The IRGC Intelligence Organization is the Revolutionary Guards’ own intelligence service, a rival of the Ministry of Intelligence. It leads crackdowns on dissent at home and detentions of dual nationals, and is linked to plots abroad.',
    knownFor: ['Arrests of foreign and dual nationals in Iran', 'Surveillance of protesters and dissidents'],
    links: [
      wikipedia(
        'Intelligence_Organization_of_Army_of_the_Guardians_of_the_Islamic_Revolution',
        'Intelligence Organization of Army of the Guardians of the Islamic Revolution',
      ),
    ],
    related: ['irgc', 'mois', 'quds-force', 'apt42'],
  },
  {
    id: 'quds-force',
    label: 'Quds Force (IRGC)',
    kind: 'agency',
    pack: 'services',
    role: 'IRGC branch for operations abroad',
    parent: 'irgc',
    aliases: [
      { text: 'Quds Force', case: 'any' },
      { text: 'Qods Force', case: 'any' },
      { text: 'IRGC Quds Force', case: 'any' },
      { text: 'IRGC-QF', case: 'exact' },
    ],
    country: 'IR',
    summary:
      'The Quds Force is the Revolutionary Guards’ branch for operations outside Iran: it arms and trains allied militias across the Middle East and has been accused of assassination plots abroad.',
    knownFor: ['Its commander Qassem Soleimani was killed by a US strike in 2020', 'Support for Hezbollah and Iraqi militias'],
    links: [wikipedia('Quds_Force', 'Quds Force')],
    related: ['irgc', 'irgc-intelligence-organization'],
  },
  {
    id: 'irgc-cyber-electronic-command',
    label: 'IRGC Cyber-Electronic Command (IRGC-CEC)',
    kind: 'agency',
    pack: 'services',
    role: 'IRGC cyber and electronic-warfare command',
    parent: 'irgc',
    aliases: [
      { text: 'IRGC Cyber-Electronic Command', case: 'any' },
      { text: 'Islamic Revolutionary Guard Corps Cyber-Electronic Command', case: 'any' },
      { text: 'Cyber-Electronic Command', case: 'proper' },
      { text: 'Cyber Electronic Command', case: 'proper' },
      { text: 'IRGC-CEC', case: 'exact' },
    ],
    country: 'IR',
    summary:
      'The IRGC Cyber-Electronic Command is the Revolutionary Guards’ cyber unit. The US sanctioned its officials in 2024 for hacks of Israeli-made industrial controllers in US water utilities, claimed under the name CyberAv3ngers.',
    knownFor: ['Defacing Unitronics industrial controllers at US water utilities in 2023', 'US sanctions on its leaders in February 2024'],
    links: [
      page(
        'https://home.treasury.gov/news/press-releases/jy2072',
        'Treasury Sanctions Actors Responsible for Malicious Cyber Activities on Critical Infrastructure',
        'US Department of the Treasury',
        '2024-02-02',
      ),
    ],
    related: ['irgc', 'cyberav3ngers'],
  },
  {
    id: 'basij',
    label: 'Basij',
    kind: 'agency',
    pack: 'services',
    role: 'Volunteer paramilitary militia of the IRGC',
    parent: 'irgc',
    aliases: [{ text: 'Basij', case: 'proper' }],
    country: 'IR',
    summary:
      'The Basij is a volunteer militia under the Revolutionary Guards, used to police morals and to suppress street protests in Iran; it also runs a cyber wing.',
    knownFor: ['Suppression of the 2009 and 2022 protests'],
    links: [wikipedia('Basij', 'Basij')],
    related: ['irgc'],
  },
  {
    id: 'mois',
    label: 'Ministry of Intelligence of Iran (MOIS)',
    kind: 'agency',
    pack: 'services',
    role: 'Iran’s civilian intelligence ministry',
    aliases: [
      { text: 'MOIS', case: 'exact' },
      { text: 'Ministry of Intelligence and Security', case: 'proper' },
      { text: 'Ministry of Intelligence', case: 'proper' },
      { text: 'VAJA', case: 'exact' },
      { text: 'VEVAK', case: 'exact' },
    ],
    country: 'IR',
    // Israel has had a Ministry of Intelligence; South Korea's interior ministry is also MOIS.
    sharedName: true,
    summary:
      'Iran’s Ministry of Intelligence, known in the West as MOIS, is the Islamic Republic’s civilian intelligence service. US and allied governments attribute hacking groups such as MuddyWater to it, as well as plots against dissidents abroad.',
    knownFor: ['Attributed sponsor of MuddyWater', 'Destructive cyber attacks on Albania’s government in 2022'],
    links: [wikipedia('Ministry_of_Intelligence_(Iran)', 'Ministry of Intelligence (Iran)')],
    related: ['irgc', 'irgc-intelligence-organization', 'muddywater'],
  },
  {
    id: 'rgb',
    label: 'Reconnaissance General Bureau (North Korea)',
    kind: 'agency',
    pack: 'services',
    role: 'North Korea’s main foreign intelligence and hacking agency',
    aliases: [
      { text: 'Reconnaissance General Bureau', case: 'any' },
      { text: 'General Reconnaissance Bureau', case: 'any' },
      // Red-green-blue in every other text.
      { text: 'RGB', case: 'exact', context: { requires: [northKoreaCues] } },
    ],
    country: 'KP',
    summary:
      'The Reconnaissance General Bureau is North Korea’s main intelligence agency, in charge of clandestine operations abroad. The hacking groups known as Lazarus, Kimsuky and Andariel are attributed to it.',
    knownFor: [
      'Cryptocurrency thefts worth billions of dollars',
      'The 2014 Sony Pictures hack and the 2017 WannaCry attack, attributed by the US',
      'Sanctioned by the US, the EU and the UN',
    ],
    links: [wikipedia('Reconnaissance_General_Bureau', 'Reconnaissance General Bureau')],
    related: ['bureau-121', 'nis-korea', 'lazarus-group', 'kimsuky', 'andariel', 'bluenoroff'],
  },
  {
    id: 'bureau-121',
    label: 'Bureau 121 (North Korea)',
    kind: 'agency',
    pack: 'services',
    role: 'North Korean cyber-warfare unit',
    parent: 'rgb',
    aliases: [{ text: 'Bureau 121', case: 'proper' }],
    country: 'KP',
    summary:
      'Bureau 121 is a North Korean cyber-warfare unit under the Reconnaissance General Bureau, described by defectors and South Korean officials as the core of the state’s offensive hacking.',
    links: [wikipedia('Bureau_121', 'Bureau 121')],
    related: ['rgb'],
  },
];

const europe: TermInput[] = [
  {
    id: 'bfv',
    label: 'BfV (Federal Office for the Protection of the Constitution, Germany)',
    kind: 'agency',
    pack: 'services',
    role: 'Germany’s domestic intelligence and counter-espionage service',
    aliases: [
      { text: 'BfV', case: 'exact' },
      { text: 'Bundesamt für Verfassungsschutz', case: 'any' },
      { text: 'Federal Office for the Protection of the Constitution', case: 'proper' },
      { text: 'Office for the Protection of the Constitution', case: 'proper' },
      { text: 'Verfassungsschutz', case: 'proper' },
    ],
    country: 'DE',
    // Germany's sixteen state offices, and Austria's former BVT.
    namesakes: [
      'Landesamt für Verfassungsschutz',
      'State Office for the Protection of the Constitution',
      'Bavarian Office for the Protection of the Constitution',
      'Federal Office for the Protection of the Constitution and Counterterrorism',
      'Federal Office for the Protection of the Constitution and Counter-Terrorism',
    ],
    summary:
      'The BfV is Germany’s federal domestic intelligence service. It watches extremists and counters espionage, sabotage and cyber attacks by foreign states, and publishes an annual report on threats to the constitution.',
    knownFor: ['Warnings about Russian sabotage and Chinese espionage in Germany', 'Classifying parts of the AfD as extremist'],
    links: [
      page('https://www.verfassungsschutz.de/', 'Bundesamt für Verfassungsschutz', 'BfV'),
      wikipedia('Bundesamt_f%C3%BCr_Verfassungsschutz', 'Bundesamt für Verfassungsschutz'),
    ],
    related: ['bnd', 'bsi', 'mad'],
  },
  {
    id: 'bnd',
    label: 'BND (Federal Intelligence Service, Germany)',
    kind: 'agency',
    pack: 'services',
    role: 'Germany’s foreign intelligence service',
    aliases: [
      { text: 'BND', case: 'exact' },
      { text: 'Bundesnachrichtendienst', case: 'any' },
      { text: 'Federal Intelligence Service', case: 'proper' },
    ],
    country: 'DE',
    // Switzerland's foreign intelligence service has the same English name.
    sharedName: true,
    summary:
      'The Bundesnachrichtendienst is Germany’s foreign intelligence service, including signals intelligence, based in Berlin. It reports to the Chancellery.',
    knownFor: ['The arrest of one of its officers in 2022 on suspicion of spying for Russia', 'Its cooperation with the NSA, exposed in 2015'],
    links: [
      page('https://www.bnd.bund.de/', 'Bundesnachrichtendienst', 'BND'),
      wikipedia('Bundesnachrichtendienst', 'Bundesnachrichtendienst'),
    ],
    related: ['bfv', 'mad'],
  },
  {
    id: 'bsi',
    label: 'BSI (Federal Office for Information Security, Germany)',
    kind: 'agency',
    pack: 'services',
    role: 'Germany’s national cyber-security authority',
    aliases: [
      {
        text: 'BSI',
        case: 'exact',
        // The British Standards Institution.
        context: { requires: [germanyCues], excludes: ['British Standards Institution', 'British Standards', 'Kitemark'] },
      },
      { text: 'Federal Office for Information Security', case: 'proper' },
      { text: 'Bundesamt für Sicherheit in der Informationstechnik', case: 'any' },
    ],
    country: 'DE',
    summary:
      'The BSI is Germany’s federal cyber-security agency: it protects federal networks, certifies products, warns of vulnerabilities and handles the national response to cyber incidents.',
    knownFor: ['Its 2022 warning against Kaspersky antivirus software'],
    links: [
      page('https://www.bsi.bund.de/', 'Bundesamt für Sicherheit in der Informationstechnik', 'BSI'),
      wikipedia('Federal_Office_for_Information_Security', 'Federal Office for Information Security'),
    ],
    related: ['bfv', 'bnd', 'kaspersky'],
  },
  {
    id: 'bka',
    label: 'BKA (Federal Criminal Police Office, Germany)',
    kind: 'agency',
    pack: 'services',
    role: 'Germany’s federal criminal police',
    aliases: [
      { text: 'BKA', case: 'exact', context: { requires: [germanyCues, stateSecurityCues] } },
      { text: 'Bundeskriminalamt', case: 'any', context: onSecurityPages },
      { text: 'Federal Criminal Police Office', case: 'proper', context: onSecurityPages },
    ],
    country: 'DE',
    // Austria's federal criminal police is a Bundeskriminalamt too.
    sharedName: true,
    summary:
      'The Bundeskriminalamt is Germany’s federal criminal police office. It investigates terrorism, state-protection cases and serious cyber crime, often with international partners.',
    knownFor: ['International takedowns of botnets and ransomware infrastructure with Europol and the FBI'],
    links: [
      page('https://www.bka.de/', 'Bundeskriminalamt', 'BKA'),
      wikipedia('Federal_Criminal_Police_Office_(Germany)', 'Federal Criminal Police Office (Germany)'),
    ],
    related: ['europol', 'bfv'],
  },
  {
    id: 'mad',
    label: 'MAD (Military Counterintelligence Service, Germany)',
    kind: 'agency',
    pack: 'services',
    role: 'German armed forces’ counter-intelligence service',
    aliases: [
      { text: 'Militärischer Abschirmdienst', case: 'any' },
      { text: 'Military Counterintelligence Service', case: 'proper' },
      {
        text: 'MAD',
        case: 'exact',
        afterFullName: true,
        // Mutually assured destruction, in nuclear-strategy stories.
        context: { requires: [germanyCues], excludes: ['mutually assured destruction'] },
      },
    ],
    country: 'DE',
    // Poland's SKW is a Military Counterintelligence Service too.
    sharedName: true,
    summary:
      'The Militärischer Abschirmdienst is the counter-intelligence and security service of Germany’s armed forces, protecting the Bundeswehr against espionage, sabotage and extremists in its ranks.',
    links: [wikipedia('Milit%C3%A4rischer_Abschirmdienst', 'Militärischer Abschirmdienst')],
    related: ['bfv', 'bnd'],
  },
  {
    id: 'dgsi',
    label: 'DGSI (General Directorate for Internal Security, France)',
    kind: 'agency',
    pack: 'services',
    role: 'France’s domestic intelligence and counter-espionage service',
    aliases: [
      { text: 'DGSI', case: 'exact' },
      { text: 'General Directorate for Internal Security', case: 'proper' },
      { text: 'Directorate-General for Internal Security', case: 'proper' },
      { text: 'Direction générale de la sécurité intérieure', case: 'any' },
    ],
    country: 'FR',
    summary:
      'The DGSI is France’s domestic intelligence service, under the Interior Ministry, responsible for counter-terrorism, counter-espionage and protecting the economy against foreign interference.',
    knownFor: ['Counter-terrorism investigations in France', 'Warnings about Russian and Chinese interference'],
    links: [wikipedia('General_Directorate_for_Internal_Security', 'General Directorate for Internal Security')],
    related: ['dgse', 'anssi', 'viginum'],
  },
  {
    id: 'dgse',
    label: 'DGSE (Directorate-General for External Security, France)',
    kind: 'agency',
    pack: 'services',
    role: 'France’s foreign intelligence service',
    aliases: [
      { text: 'DGSE', case: 'exact' },
      { text: 'Directorate-General for External Security', case: 'proper' },
      { text: 'General Directorate for External Security', case: 'proper' },
      { text: 'Direction générale de la sécurité extérieure', case: 'any' },
    ],
    country: 'FR',
    summary:
      'The DGSE is France’s foreign intelligence service, under the Armed Forces Ministry, covering human and signals intelligence abroad and clandestine operations.',
    knownFor: ['The 1985 sinking of the Rainbow Warrior in New Zealand'],
    links: [wikipedia('Directorate-General_for_External_Security', 'Directorate-General for External Security')],
    related: ['dgsi', 'anssi'],
  },
  {
    id: 'anssi',
    label: 'ANSSI (French national cyber-security agency)',
    kind: 'agency',
    pack: 'services',
    role: 'France’s national cyber-security authority',
    aliases: [
      // Exactly in capitals: Anssi is also a Finnish given name.
      { text: 'ANSSI', case: 'exact' },
      { text: 'National Cybersecurity Agency of France', case: 'proper' },
      { text: 'French National Cybersecurity Agency', case: 'proper' },
      { text: 'French Cybersecurity Agency', case: 'proper' },
      { text: "Agence nationale de la sécurité des systèmes d'information", case: 'any' },
    ],
    country: 'FR',
    summary:
      'ANSSI is France’s national authority for the security of information systems. It defends government and critical networks, handles major incidents and publishes reports on state hacking groups targeting France.',
    knownFor: ['Reports on APT28 and Chinese groups targeting French networks'],
    links: [
      page('https://cyber.gouv.fr/', 'ANSSI', 'Agence nationale de la sécurité des systèmes d’information'),
      wikipedia(
        'Agence_nationale_de_la_s%C3%A9curit%C3%A9_des_syst%C3%A8mes_d%27information',
        'Agence nationale de la sécurité des systèmes d’information',
      ),
    ],
    related: ['dgsi', 'viginum'],
  },
  {
    id: 'viginum',
    label: 'Viginum (France)',
    kind: 'agency',
    pack: 'services',
    role: 'French agency against foreign digital interference',
    aliases: [{ text: 'Viginum', case: 'any' }],
    country: 'FR',
    summary:
      'Viginum is the French government service, created in 2021 under the defence and national security secretariat (SGDSN), that detects and analyses foreign online disinformation campaigns aimed at France.',
    knownFor: ['Exposing the Russian “Doppelgänger” and “Portal Kombat” disinformation networks'],
    links: [
      page(
        'http://www.sgdsn.gouv.fr/le-sgdsn/fonctionnement/le-service-de-vigilance-et-de-protection-contre-les-ingerences-numeriques-etrangeres-viginum/',
        'Le service de vigilance et de protection contre les ingérences numériques étrangères (Viginum)',
        'SGDSN',
      ),
    ],
    related: ['anssi', 'dgsi'],
  },
  {
    id: 'aivd',
    label: 'AIVD (General Intelligence and Security Service, Netherlands)',
    kind: 'agency',
    pack: 'services',
    role: 'Dutch civilian intelligence and security service',
    aliases: [
      { text: 'AIVD', case: 'exact' },
      { text: 'General Intelligence and Security Service', case: 'proper' },
    ],
    country: 'NL',
    // Belgium's military intelligence service has the same English name.
    sharedName: true,
    summary:
      'The AIVD is the Netherlands’ civilian intelligence and security service, covering counter-terrorism, counter-espionage and cyber threats from foreign states.',
    knownFor: ['Watching Russia’s Cozy Bear inside its networks, reported in 2018', 'Joint reports with the MIVD on Chinese and Russian hacking'],
    links: [
      page('https://www.aivd.nl/', 'AIVD', 'AIVD'),
      wikipedia('General_Intelligence_and_Security_Service', 'General Intelligence and Security Service'),
    ],
    related: ['mivd', 'apt29'],
  },
  {
    id: 'mivd',
    label: 'MIVD (Military Intelligence and Security Service, Netherlands)',
    kind: 'agency',
    pack: 'services',
    role: 'Dutch military intelligence service',
    aliases: [
      { text: 'MIVD', case: 'exact' },
      { text: 'Military Intelligence and Security Service', case: 'proper' },
      { text: 'Defence Intelligence and Security Service', case: 'proper' },
    ],
    country: 'NL',
    sharedName: true,
    summary:
      'The MIVD is the Netherlands’ military intelligence and security service, under the Defence Ministry, covering foreign militaries, counter-intelligence and cyber operations.',
    knownFor: [
      'Disrupting the GRU’s attempted hack of the OPCW in The Hague in 2018',
      'Naming the Russian group Laundry Bear in 2025',
    ],
    links: [wikipedia('Military_Intelligence_and_Security_Service', 'Military Intelligence and Security Service')],
    related: ['aivd', 'gru', 'void-blizzard'],
  },
  {
    id: 'vsse',
    label: 'VSSE (Belgian State Security Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Belgium’s civilian intelligence and security service',
    // "State Security Service" alone is several countries' body: only Belgium's own names here.
    aliases: [
      { text: 'VSSE', case: 'exact' },
      { text: 'Belgian State Security Service', case: 'any' },
      { text: 'Veiligheid van de Staat', case: 'any' },
      { text: "Sûreté de l'État", case: 'any' },
    ],
    country: 'BE',
    summary:
      'The VSSE, Belgium’s State Security, is the country’s civilian intelligence and security service; with the EU and NATO in Brussels, much of its work is counter-espionage against Russia and China.',
    links: [wikipedia('Belgian_State_Security_Service', 'Belgian State Security Service')],
    related: ['europol'],
  },
  {
    id: 'sapo',
    label: 'Säpo (Swedish Security Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Sweden’s security and counter-espionage service',
    aliases: [
      { text: 'Säpo', case: 'proper' },
      // SAPO is also the South African Post Office.
      { text: 'Sapo', case: 'proper', context: { requires: [swedenCues] } },
      { text: 'Swedish Security Service', case: 'any' },
      { text: 'Säkerhetspolisen', case: 'any' },
    ],
    country: 'SE',
    summary:
      'Säpo, the Swedish Security Service, is Sweden’s security police, responsible for counter-espionage, counter-terrorism and protecting the constitution and its leaders.',
    knownFor: ['Naming Russia, China and Iran as the main intelligence threats to Sweden'],
    links: [wikipedia('Swedish_Security_Service', 'Swedish Security Service')],
    related: ['supo', 'pst-norway'],
  },
  {
    id: 'pst-norway',
    label: 'PST (Norwegian Police Security Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Norway’s security service',
    aliases: [
      { text: 'Norwegian Police Security Service', case: 'any' },
      { text: 'Police Security Service', case: 'proper' },
      // Pacific Standard Time elsewhere.
      { text: 'PST', case: 'exact', context: { requires: [norwayCues], excludes: ['Pacific Standard Time', 'Pacific time'] } },
    ],
    country: 'NO',
    sharedName: true,
    summary:
      'The PST is Norway’s police security service, in charge of counter-intelligence, counter-terrorism and protecting the country’s leaders; its annual threat assessment names Russia and China as the main espionage threats.',
    links: [wikipedia('Politiets_sikkerhetstjeneste', 'Politiets sikkerhetstjeneste')],
    related: ['sapo', 'pet-denmark'],
  },
  {
    id: 'pet-denmark',
    label: 'PET (Danish Security and Intelligence Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Denmark’s security and intelligence service',
    aliases: [
      { text: 'Danish Security and Intelligence Service', case: 'any' },
      {
        text: 'PET',
        case: 'exact',
        // PET bottles and PET scans.
        context: { requires: [denmarkCues, securityCues], excludes: ['plastic', 'bottles', 'polyethylene', 'PET scan', 'tomography'] },
      },
    ],
    country: 'DK',
    summary:
      'PET is Denmark’s domestic security and intelligence service, part of the police, covering counter-terrorism, counter-espionage and protection against foreign influence.',
    links: [wikipedia('Danish_Security_and_Intelligence_Service', 'Danish Security and Intelligence Service')],
    related: ['fe-denmark', 'pst-norway'],
  },
  {
    id: 'fe-denmark',
    label: 'Danish Defence Intelligence Service (FE)',
    kind: 'agency',
    pack: 'services',
    role: 'Denmark’s foreign and military intelligence service',
    aliases: [{ text: 'Danish Defence Intelligence Service', case: 'any' }],
    country: 'DK',
    summary:
      'The Danish Defence Intelligence Service is Denmark’s foreign and military intelligence service and its national centre for cyber security.',
    knownFor: ['Reports in 2021 that it helped the NSA spy on European leaders'],
    links: [wikipedia('Danish_Defence_Intelligence_Service', 'Danish Defence Intelligence Service')],
    related: ['pet-denmark', 'nsa'],
  },
  {
    id: 'supo',
    label: 'Supo (Finnish Security and Intelligence Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Finland’s security and intelligence service',
    aliases: [
      { text: 'Supo', case: 'proper', context: { requires: [finlandCues] } },
      { text: 'Finnish Security and Intelligence Service', case: 'any' },
      { text: 'Finnish Security Intelligence Service', case: 'any' },
    ],
    country: 'FI',
    summary:
      'Supo is Finland’s security and intelligence service, responsible for counter-intelligence and counter-terrorism at home and, since 2019, for civilian intelligence abroad.',
    links: [wikipedia('Finnish_Security_Intelligence_Service', 'Finnish Security Intelligence Service')],
    related: ['sapo', 'kapo-estonia'],
  },
  {
    id: 'kapo-estonia',
    label: 'KAPO (Estonian Internal Security Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Estonia’s security and counter-intelligence service',
    aliases: [
      { text: 'Estonian Internal Security Service', case: 'any' },
      // "Kapo" is also the word for camp prisoner-functionaries in Nazi camps.
      { text: 'KaPo', case: 'proper', context: { requires: [estoniaCues] } },
    ],
    country: 'EE',
    summary:
      'KAPO, the Estonian Internal Security Service, is Estonia’s security police: it counters Russian espionage, sabotage and influence and publishes an annual review of them.',
    knownFor: ['Frequent arrests of people spying for Russia'],
    links: [wikipedia('Estonian_Internal_Security_Service', 'Estonian Internal Security Service')],
    related: ['supo', 'fsb', 'gru'],
  },
  {
    id: 'abw',
    label: 'ABW (Internal Security Agency, Poland)',
    kind: 'agency',
    pack: 'services',
    role: 'Poland’s internal security and counter-intelligence agency',
    aliases: [
      // Also a US "air base wing".
      { text: 'ABW', case: 'exact', context: { requires: [polandCues] } },
      { text: 'Internal Security Agency', case: 'proper' },
      { text: 'Agencja Bezpieczeństwa Wewnętrznego', case: 'any' },
    ],
    country: 'PL',
    sharedName: true,
    summary:
      'The ABW is Poland’s internal security agency, in charge of counter-intelligence, counter-terrorism and protecting the state; it has broken up many Russian and Belarusian spy and sabotage networks since 2022.',
    knownFor: ['Arrests of saboteurs and spies working for Russia since 2022'],
    links: [wikipedia('Agencja_Bezpiecze%C5%84stwa_Wewn%C4%99trznego', 'Agencja Bezpieczeństwa Wewnętrznego')],
    related: ['gru', 'fsb'],
  },
  {
    id: 'bis-czech',
    label: 'BIS (Security Information Service, Czech Republic)',
    kind: 'agency',
    pack: 'services',
    role: 'Czech domestic intelligence and counter-intelligence service',
    aliases: [
      {
        text: 'BIS',
        case: 'exact',
        // The Bank for International Settlements and the US Bureau of Industry and Security.
        context: {
          requires: [czechCues],
          excludes: ['Bank for International Settlements', 'Bureau of Industry and Security', 'Commerce Department', 'export controls', 'Entity List'],
        },
      },
      { text: 'Security Information Service', case: 'proper' },
      { text: 'Bezpečnostní informační služba', case: 'any' },
    ],
    country: 'CZ',
    sharedName: true,
    summary:
      'The BIS is the Czech Republic’s domestic intelligence service, covering counter-intelligence, terrorism and extremism; its annual reports name Russian and Chinese activities in the country.',
    knownFor: ['Its role in exposing GRU Unit 29155 over the 2014 Vrbětice explosions'],
    links: [wikipedia('Security_Information_Service', 'Security Information Service')],
    related: ['gru-unit-29155'],
  },
  {
    id: 'aise',
    label: 'AISE (Italian external intelligence agency)',
    kind: 'agency',
    pack: 'services',
    role: 'Italy’s foreign intelligence agency',
    aliases: [
      { text: 'AISE', case: 'exact', context: { requires: [italyCues] } },
      { text: 'Agenzia Informazioni e Sicurezza Esterna', case: 'any' },
    ],
    country: 'IT',
    summary:
      'The AISE, the Agency for External Information and Security, is Italy’s foreign intelligence service, responsible for intelligence gathering and counter-proliferation abroad.',
    links: [wikipedia('Agenzia_Informazioni_e_Sicurezza_Esterna', 'Agenzia Informazioni e Sicurezza Esterna')],
    related: ['aisi'],
  },
  {
    id: 'aisi',
    label: 'AISI (Italian internal intelligence agency)',
    kind: 'agency',
    pack: 'services',
    role: 'Italy’s domestic intelligence agency',
    aliases: [
      {
        text: 'AISI',
        case: 'exact',
        // The UK's AI Security Institute and the American Iron and Steel Institute.
        context: {
          requires: [italyCues],
          excludes: ['AI Security Institute', 'AI Safety Institute', 'artificial intelligence', 'American Iron and Steel Institute'],
        },
      },
      { text: 'Agenzia Informazioni e Sicurezza Interna', case: 'any' },
    ],
    country: 'IT',
    summary:
      'The AISI, the Agency for Internal Information and Security, is Italy’s domestic intelligence service, covering counter-espionage, terrorism and organised crime inside the country.',
    links: [wikipedia('Agenzia_Informazioni_e_Sicurezza_Interna', 'Agenzia Informazioni e Sicurezza Interna')],
    related: ['aise'],
  },
  {
    id: 'cni-spain',
    label: 'CNI (National Intelligence Centre, Spain)',
    kind: 'agency',
    pack: 'services',
    role: 'Spain’s intelligence service',
    aliases: [
      {
        text: 'CNI',
        case: 'exact',
        // Critical national infrastructure, in every British security story.
        context: { requires: [spainCues], excludes: ['critical national infrastructure', 'Critical National Infrastructure'] },
      },
      { text: 'Centro Nacional de Inteligencia', case: 'any' },
      { text: 'National Intelligence Centre', case: 'proper' },
    ],
    country: 'ES',
    // Mexico's intelligence centre has had the same name since 2018.
    sharedName: true,
    summary:
      'The CNI is Spain’s intelligence service, covering foreign intelligence and counter-intelligence, and overseeing the national cryptologic centre that handles government cyber security.',
    knownFor: ['The 2022 scandal over Pegasus spyware used against Catalan politicians'],
    links: [page('https://www.cni.es/', 'Centro Nacional de Inteligencia', 'CNI')],
    related: ['pegasus'],
  },
  {
    id: 'europol',
    label: 'Europol',
    kind: 'agency',
    pack: 'services',
    role: 'EU law-enforcement agency',
    aliases: [
      { text: 'Europol', case: 'any', context: onSecurityPages },
      { text: 'European Union Agency for Law Enforcement Cooperation', case: 'any', context: onSecurityPages },
    ],
    summary:
      'Europol is the European Union’s law-enforcement agency in The Hague. It supports national police forces against terrorism, organised crime and cyber crime through its European Cybercrime Centre.',
    knownFor: ['Coordinating takedowns of botnets and ransomware gangs, such as Emotet and LockBit'],
    links: [
      page('https://www.europol.europa.eu/', 'Europol', 'Europol'),
      wikipedia('Europol', 'Europol'),
    ],
    related: ['eurojust', 'interpol', 'enisa'],
  },
  {
    id: 'eurojust',
    label: 'Eurojust',
    kind: 'agency',
    pack: 'services',
    role: 'EU agency for criminal justice cooperation',
    aliases: [{ text: 'Eurojust', case: 'any', context: onSecurityPages }],
    summary:
      'Eurojust is the EU agency in The Hague that helps national prosecutors and judges work together on serious cross-border crime, including cyber-crime takedowns run with Europol.',
    links: [page('https://www.eurojust.europa.eu/', 'Eurojust', 'Eurojust'), wikipedia('Eurojust', 'Eurojust')],
    related: ['europol'],
  },
  {
    id: 'enisa',
    label: 'ENISA (EU Agency for Cybersecurity)',
    kind: 'agency',
    pack: 'services',
    role: 'EU cyber-security agency',
    aliases: [
      { text: 'ENISA', case: 'exact' },
      { text: 'European Union Agency for Cybersecurity', case: 'any' },
      { text: 'EU Agency for Cybersecurity', case: 'any' },
    ],
    summary:
      'ENISA, the European Union Agency for Cybersecurity, advises EU institutions and member states on cyber security, runs certification schemes and publishes an annual threat landscape report.',
    links: [
      page('https://www.enisa.europa.eu/', 'ENISA', 'European Union Agency for Cybersecurity'),
      wikipedia('European_Union_Agency_for_Cybersecurity', 'European Union Agency for Cybersecurity'),
    ],
    related: ['europol'],
  },
  {
    id: 'interpol',
    label: 'Interpol',
    kind: 'institution',
    pack: 'services',
    role: 'International police organisation',
    aliases: [
      {
        text: 'Interpol',
        case: 'proper',
        // Also a New York rock band.
        context: {
          requires: [stateSecurityCues],
          excludes: ['Paul Banks', 'album', 'indie rock'],
        },
      },
      { text: 'International Criminal Police Organization', case: 'any', context: onSecurityPages },
    ],
    summary:
      'Interpol is the international organisation that connects the police forces of its 196 member countries, sharing databases and publishing Red Notices that ask police worldwide to find wanted people.',
    knownFor: ['Red Notices for wanted fugitives', 'Accusations that some states abuse its notices against dissidents'],
    links: [page('https://www.interpol.int/', 'INTERPOL', 'INTERPOL'), wikipedia('Interpol', 'Interpol')],
    related: ['europol'],
  },
];

const fiveEyesPartners: TermInput[] = [
  {
    id: 'asio',
    label: 'ASIO (Australian Security Intelligence Organisation)',
    kind: 'agency',
    pack: 'services',
    role: 'Australia’s domestic security and counter-espionage service',
    aliases: [
      { text: 'ASIO', case: 'exact' },
      { text: 'Australian Security Intelligence Organisation', case: 'any' },
      { text: 'Australian Security Intelligence Organization', case: 'any' },
    ],
    country: 'AU',
    summary:
      'ASIO is Australia’s domestic security service, responsible for counter-espionage, counter-terrorism and countering foreign interference; its director-general gives an annual threat assessment.',
    knownFor: ['Public warnings about foreign interference and espionage in Australia'],
    links: [
      page('https://www.asio.gov.au/', 'Australian Security Intelligence Organisation', 'ASIO'),
      wikipedia('Australian_Security_Intelligence_Organisation', 'Australian Security Intelligence Organisation'),
    ],
    related: ['asis', 'asd', 'five-eyes', 'espionage-and-foreign-interference-act'],
  },
  {
    id: 'asis',
    label: 'ASIS (Australian Secret Intelligence Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Australia’s foreign intelligence service',
    aliases: [
      // ASIS International is a security-industry association.
      { text: 'ASIS', case: 'exact', context: { requires: [australiaCues], excludes: ['ASIS International'] } },
      { text: 'Australian Secret Intelligence Service', case: 'any' },
    ],
    country: 'AU',
    summary:
      'ASIS is Australia’s foreign human-intelligence service, which collects secret intelligence abroad for the government; it reports to the foreign minister.',
    links: [
      page('https://www.asis.gov.au/', 'Australian Secret Intelligence Service', 'ASIS'),
      wikipedia('Australian_Secret_Intelligence_Service', 'Australian Secret Intelligence Service'),
    ],
    related: ['asio', 'asd'],
  },
  {
    id: 'asd',
    label: 'Australian Signals Directorate (ASD)',
    kind: 'agency',
    pack: 'services',
    role: 'Australia’s signals intelligence and cyber agency',
    aliases: [
      {
        text: 'ASD',
        case: 'exact',
        // Autism spectrum disorder.
        context: {
          requires: [australiaCues, [...securityCues, 'Signals Directorate']],
          excludes: ['autism', 'autistic', 'spectrum disorder', 'ADHD'],
        },
      },
      { text: 'Australian Signals Directorate', case: 'any' },
    ],
    country: 'AU',
    summary:
      'The Australian Signals Directorate collects foreign signals intelligence, conducts offensive cyber operations and, through its Australian Cyber Security Centre, defends Australian networks.',
    knownFor: ['Joint Five Eyes advisories on Chinese state hackers such as APT40'],
    links: [
      page('https://www.asd.gov.au/', 'Australian Signals Directorate', 'ASD'),
      wikipedia('Australian_Signals_Directorate', 'Australian Signals Directorate'),
    ],
    related: ['acsc', 'asio', 'five-eyes', 'gchq', 'nsa', 'apt40'],
  },
  {
    id: 'acsc',
    label: 'Australian Cyber Security Centre (ACSC)',
    kind: 'agency',
    pack: 'services',
    role: 'Australia’s national cyber-security centre, part of ASD',
    parent: 'asd',
    aliases: [
      { text: 'Australian Cyber Security Centre', case: 'any' },
      { text: 'ACSC', case: 'exact', context: { requires: [australiaCues] } },
    ],
    country: 'AU',
    summary:
      'The Australian Cyber Security Centre, part of the Australian Signals Directorate, is Australia’s lead body for cyber security, handling incidents and publishing advice and alerts.',
    links: [
      page('https://www.cyber.gov.au/', 'Australian Signals Directorate’s Australian Cyber Security Centre', 'ASD'),
      wikipedia('Australian_Cyber_Security_Centre', 'Australian Cyber Security Centre'),
    ],
    related: ['asd'],
  },
  {
    id: 'australian-federal-police',
    label: 'Australian Federal Police',
    kind: 'agency',
    pack: 'services',
    role: 'Australia’s federal police',
    // "AFP" is far more often the news agency Agence France-Presse: only the full name here.
    aliases: [{ text: 'Australian Federal Police', case: 'any', context: onSecurityPages }],
    country: 'AU',
    summary:
      'The Australian Federal Police enforces Commonwealth law, including counter-terrorism, foreign-interference and cyber-crime offences, often in joint teams with ASIO.',
    links: [
      page('https://www.afp.gov.au/', 'Australian Federal Police', 'AFP'),
      wikipedia('Australian_Federal_Police', 'Australian Federal Police'),
    ],
    related: ['asio'],
  },
  {
    id: 'oni-australia',
    label: 'Office of National Intelligence (Australia)',
    kind: 'agency',
    pack: 'services',
    role: 'Head office of Australia’s intelligence community',
    aliases: [{ text: 'Office of National Intelligence', case: 'proper' }],
    country: 'AU',
    sharedName: true,
    summary:
      'The Office of National Intelligence leads Australia’s national intelligence community and prepares all-source assessments for the prime minister.',
    links: [wikipedia('Office_of_National_Intelligence_(Australia)', 'Office of National Intelligence (Australia)')],
    related: ['asio', 'asis', 'asd'],
  },
  {
    id: 'csis',
    label: 'CSIS (Canadian Security Intelligence Service)',
    kind: 'agency',
    pack: 'services',
    role: 'Canada’s security intelligence service',
    aliases: [
      {
        text: 'CSIS',
        case: 'exact',
        // The Center for Strategic and International Studies, a Washington think tank.
        context: {
          requires: [canadaCues],
          excludes: ['Center for Strategic and International Studies', 'Centre for Strategic and International Studies', 'think tank', 'think-tank'],
        },
      },
      { text: 'Canadian Security Intelligence Service', case: 'any' },
    ],
    country: 'CA',
    summary:
      'CSIS is Canada’s security intelligence service, responsible for investigating threats such as espionage, foreign interference and terrorism, and for advising the government on them.',
    knownFor: ['Reports on Chinese and Indian interference in Canadian politics'],
    links: [
      page('https://www.canada.ca/en/security-intelligence-service.html', 'Canadian Security Intelligence Service', 'Government of Canada'),
      wikipedia('Canadian_Security_Intelligence_Service', 'Canadian Security Intelligence Service'),
    ],
    related: ['cse', 'rcmp', 'five-eyes', 'countering-foreign-interference-act'],
  },
  {
    id: 'cse',
    label: 'Communications Security Establishment (CSE, Canada)',
    kind: 'agency',
    pack: 'services',
    role: 'Canada’s signals intelligence and cyber agency',
    aliases: [
      {
        text: 'CSE',
        case: 'exact',
        // Computer science and engineering courses, stock exchanges (the Canadian Securities Exchange too).
        context: {
          requires: [canadaCues, ['intelligence', 'cyber', 'signals', 'spy', 'espionage', 'hackers', 'cybersecurity', 'Communications Security Establishment']],
          excludes: ['Canadian Securities Exchange', 'Securities Exchange', 'stock exchange', 'computer science'],
        },
      },
      { text: 'Communications Security Establishment', case: 'proper' },
    ],
    country: 'CA',
    summary:
      'The Communications Security Establishment is Canada’s signals intelligence and cyber-security agency; its Canadian Centre for Cyber Security defends Canadian networks.',
    knownFor: ['Its National Cyber Threat Assessment naming China and Russia'],
    links: [
      page('https://www.cse-cst.gc.ca/', 'Communications Security Establishment Canada', 'CSE'),
      wikipedia('Communications_Security_Establishment_Canada', 'Communications Security Establishment'),
    ],
    related: ['canadian-centre-for-cyber-security', 'csis', 'five-eyes'],
  },
  {
    id: 'canadian-centre-for-cyber-security',
    label: 'Canadian Centre for Cyber Security',
    kind: 'agency',
    pack: 'services',
    role: 'Canada’s national cyber-security centre, part of CSE',
    parent: 'cse',
    aliases: [
      { text: 'Canadian Centre for Cyber Security', case: 'any' },
      { text: 'Canadian Center for Cyber Security', case: 'any' },
    ],
    country: 'CA',
    summary:
      'The Canadian Centre for Cyber Security, part of the Communications Security Establishment, is Canada’s authority on cyber security, issuing alerts and joint advisories with its Five Eyes partners.',
    links: [page('https://www.cyber.gc.ca/', 'Canadian Centre for Cyber Security', 'Government of Canada')],
    related: ['cse'],
  },
  {
    id: 'rcmp',
    label: 'Royal Canadian Mounted Police (RCMP)',
    kind: 'agency',
    pack: 'services',
    role: 'Canada’s federal police',
    aliases: [
      { text: 'RCMP', case: 'exact', context: onSecurityPages },
      { text: 'Royal Canadian Mounted Police', case: 'any', context: onSecurityPages },
      { text: 'Mounties', case: 'proper', context: onSecurityPages },
    ],
    country: 'CA',
    summary:
      'The Royal Canadian Mounted Police is Canada’s federal police force, responsible for national-security criminal investigations such as foreign interference and espionage cases.',
    knownFor: ['Its 2024 accusation that Indian agents were linked to violence in Canada'],
    links: [
      page('https://www.rcmp-grc.gc.ca/', 'Royal Canadian Mounted Police', 'RCMP'),
      wikipedia('Royal_Canadian_Mounted_Police', 'Royal Canadian Mounted Police'),
    ],
    related: ['csis'],
  },
  {
    id: 'gcsb',
    label: 'GCSB (Government Communications Security Bureau, New Zealand)',
    kind: 'agency',
    pack: 'services',
    role: 'New Zealand’s signals intelligence and cyber agency',
    aliases: [
      { text: 'GCSB', case: 'exact' },
      { text: 'Government Communications Security Bureau', case: 'any' },
    ],
    country: 'NZ',
    summary:
      'The GCSB is New Zealand’s signals intelligence and cyber-security agency, which also runs the country’s National Cyber Security Centre.',
    knownFor: ['Attributing the 2021 hack of New Zealand’s parliamentary network to APT40'],
    links: [
      page('https://www.gcsb.govt.nz/', 'Government Communications Security Bureau', 'GCSB'),
      wikipedia('Government_Communications_Security_Bureau', 'Government Communications Security Bureau'),
    ],
    related: ['nzsis', 'five-eyes', 'apt40'],
  },
  {
    id: 'nzsis',
    label: 'NZSIS (New Zealand Security Intelligence Service)',
    kind: 'agency',
    pack: 'services',
    role: 'New Zealand’s security intelligence service',
    aliases: [
      { text: 'NZSIS', case: 'exact' },
      { text: 'New Zealand Security Intelligence Service', case: 'any' },
      { text: 'Security Intelligence Service', case: 'proper' },
    ],
    country: 'NZ',
    sharedName: true,
    summary:
      'The NZSIS is New Zealand’s security intelligence service, responsible for counter-intelligence, counter-terrorism and countering foreign interference.',
    links: [
      page('https://www.nzsis.govt.nz/', 'New Zealand Security Intelligence Service', 'NZSIS'),
      wikipedia('New_Zealand_Security_Intelligence_Service', 'New Zealand Security Intelligence Service'),
    ],
    related: ['gcsb'],
  },
];

const israelAndUkraine: TermInput[] = [
  {
    id: 'mossad',
    label: 'Mossad',
    kind: 'agency',
    pack: 'services',
    role: 'Israel’s foreign intelligence service',
    aliases: [{ text: 'Mossad', case: 'any' }],
    country: 'IL',
    summary:
      'The Mossad is Israel’s national intelligence agency for operations abroad: intelligence collection, covert action and counter-terrorism, reporting to the prime minister.',
    knownFor: ['Covert operations against Iran’s nuclear programme', 'The 2024 pager attack on Hezbollah, widely attributed to Israel'],
    links: [wikipedia('Mossad', 'Mossad')],
    related: ['shin-bet', 'aman', 'unit-8200'],
  },
  {
    id: 'shin-bet',
    label: 'Shin Bet (Israel Security Agency)',
    kind: 'agency',
    pack: 'services',
    role: 'Israel’s internal security service',
    aliases: [
      { text: 'Shin Bet', case: 'any' },
      {
        text: 'Shabak',
        case: 'proper',
        // The Shabak people of northern Iraq.
        context: { requires: [['Israel', 'Israeli', 'IDF', 'Gaza', 'West Bank', 'Hamas', 'Netanyahu']], excludes: ['Nineveh', 'Mosul', 'Yazidi'] },
      },
      { text: 'Israel Security Agency', case: 'proper' },
    ],
    country: 'IL',
    summary:
      'Shin Bet, officially the Israel Security Agency, is Israel’s internal security service, responsible for counter-terrorism and counter-espionage in Israel and the occupied territories.',
    knownFor: ['Arrests of Israelis recruited online by Iranian intelligence'],
    links: [wikipedia('Shin_Bet', 'Shin Bet')],
    related: ['mossad', 'aman'],
  },
  {
    id: 'aman',
    label: 'Aman (Israeli Military Intelligence Directorate)',
    kind: 'agency',
    pack: 'services',
    role: 'Israel’s military intelligence directorate',
    aliases: [
      { text: 'Military Intelligence Directorate', case: 'proper' },
      { text: 'IDF Intelligence Directorate', case: 'proper' },
      { text: 'IDF Military Intelligence', case: 'proper' },
      { text: 'Aman', case: 'proper', afterFullName: true, context: { requires: [['Israel', 'Israeli', 'IDF']] } },
    ],
    country: 'IL',
    // Syria's and others' military intelligence directorates share the name.
    sharedName: true,
    summary:
      'Aman, the Military Intelligence Directorate of the Israel Defense Forces, is Israel’s largest intelligence body and produces the national intelligence estimate; Unit 8200 belongs to it.',
    links: [wikipedia('Military_Intelligence_Directorate_(Israel)', 'Military Intelligence Directorate (Israel)')],
    related: ['unit-8200', 'mossad', 'shin-bet'],
  },
  {
    id: 'unit-8200',
    label: 'Unit 8200 (Israel)',
    kind: 'agency',
    pack: 'services',
    role: 'Israeli military signals intelligence and cyber unit',
    parent: 'aman',
    aliases: [{ text: 'Unit 8200', case: 'any' }],
    country: 'IL',
    summary:
      'Unit 8200 is the signals intelligence and cyber unit of Israel’s military intelligence directorate, and the training ground of many founders of Israeli cyber-security and spyware companies.',
    knownFor: ['Alumni who founded cyber-security and spyware firms'],
    links: [wikipedia('Unit_8200', 'Unit 8200')],
    related: ['aman', 'mossad'],
  },
  {
    id: 'sbu',
    label: 'SBU (Security Service of Ukraine)',
    kind: 'agency',
    pack: 'services',
    role: 'Ukraine’s security and counter-intelligence service',
    aliases: [
      // Also a "strategic business unit" in company reports.
      { text: 'SBU', case: 'exact', context: { requires: [ukraineCues] } },
      { text: 'Security Service of Ukraine', case: 'any' },
    ],
    country: 'UA',
    summary:
      'The SBU is Ukraine’s main security service, responsible for counter-intelligence, counter-terrorism and cyber defence; since 2022 it has also run drone and sabotage operations against Russia.',
    knownFor: ['Operation Spiderweb drone strikes on Russian airfields in 2025', 'Arrests of Russian agents and collaborators'],
    links: [page('https://ssu.gov.ua/', 'Security Service of Ukraine', 'SBU'), wikipedia('Security_Service_of_Ukraine', 'Security Service of Ukraine')],
    related: ['hur', 'cert-ua', 'fsb'],
  },
  {
    id: 'hur',
    label: 'HUR (Defence Intelligence of Ukraine)',
    kind: 'agency',
    pack: 'services',
    role: 'Ukraine’s military intelligence service',
    aliases: [
      { text: 'HUR', case: 'exact', context: { requires: [ukraineCues] } },
      { text: 'GUR', case: 'exact', context: { requires: [ukraineCues] } },
      { text: 'Defence Intelligence of Ukraine', case: 'any' },
      { text: 'Defense Intelligence of Ukraine', case: 'any' },
      { text: 'Main Directorate of Intelligence', case: 'proper' },
      { text: "Ukraine's Main Intelligence Directorate", case: 'proper' },
      { text: 'Ukrainian Main Intelligence Directorate', case: 'proper' },
      { text: 'Main Intelligence Directorate of Ukraine', case: 'proper' },
    ],
    country: 'UA',
    sharedName: true,
    summary:
      'The HUR, the Main Directorate of Intelligence of Ukraine’s Defence Ministry, is Ukraine’s military intelligence service; since 2022 it has run sabotage, drone and cyber operations against Russia.',
    knownFor: ['Cyber attacks on Russian state bodies and companies claimed since 2022'],
    links: [
      page('https://gur.gov.ua/', 'Defence Intelligence of Ukraine', 'HUR'),
      wikipedia('Chief_directorate_of_intelligence_of_the_Ministry_of_Defence_of_Ukraine', 'Chief Directorate of Intelligence of the Ministry of Defence of Ukraine'),
    ],
    related: ['sbu', 'gru'],
  },
  {
    id: 'cert-ua',
    label: 'CERT-UA (Computer Emergency Response Team of Ukraine)',
    kind: 'agency',
    pack: 'services',
    role: 'Ukraine’s government cyber-incident response team',
    aliases: [{ text: 'CERT-UA', case: 'any' }],
    country: 'UA',
    summary:
      'CERT-UA is Ukraine’s government computer emergency response team, under the State Service of Special Communications; it reports almost daily on Russian hacking campaigns against Ukraine.',
    knownFor: ['Reports on Sandworm, APT28 and Gamaredon attacks against Ukraine'],
    links: [page('https://cert.gov.ua/', 'CERT-UA', 'CERT-UA')],
    related: ['sbu', 'sandworm', 'gamaredon', 'apt28'],
  },
];

const asia: TermInput[] = [
  {
    id: 'nis-korea',
    label: 'National Intelligence Service (South Korea)',
    kind: 'agency',
    pack: 'services',
    role: 'South Korea’s intelligence service',
    aliases: [
      // Kenya's, Greece's, Albania's and a dozen others' bodies share the name: a page that
      // names no country at all ("Ruto appoints Haji as National Intelligence Service chief")
      // is not taken for South Korea's.
      { text: 'National Intelligence Service', case: 'proper', context: { requires: [southKoreaCues] } },
      // The EU's NIS directives on network and information security (NIS2 is a law of its own).
      { text: 'NIS', case: 'exact', context: { requires: [southKoreaCues] } },
    ],
    country: 'KR',
    // Greece, Kenya, Albania, Bulgaria, Burundi and others have a National Intelligence Service.
    sharedName: true,
    namesakes: ['Iraqi National Intelligence Service'],
    summary:
      'The National Intelligence Service is South Korea’s main intelligence agency, covering North Korea, foreign intelligence, counter-espionage and national cyber security; it often briefs lawmakers on the North.',
    knownFor: ['Briefings to the National Assembly on North Korea', 'Attributing hacks on South Korean targets to North Korean groups'],
    links: [wikipedia('National_Intelligence_Service_(South_Korea)', 'National Intelligence Service (South Korea)')],
    related: ['rgb', 'kimsuky'],
  },
  {
    id: 'psia',
    label: 'Public Security Intelligence Agency (Japan)',
    kind: 'agency',
    pack: 'services',
    role: 'Japan’s domestic intelligence agency',
    aliases: [
      { text: 'Public Security Intelligence Agency', case: 'any' },
      { text: 'PSIA', case: 'exact', context: { requires: [japanCues] } },
    ],
    country: 'JP',
    summary:
      'The Public Security Intelligence Agency, under Japan’s Justice Ministry, gathers intelligence on groups that threaten public security at home and on foreign threats such as North Korea.',
    links: [wikipedia('Public_Security_Intelligence_Agency', 'Public Security Intelligence Agency')],
    related: ['npa-japan'],
  },
  {
    id: 'npa-japan',
    label: 'National Police Agency (Japan)',
    kind: 'agency',
    pack: 'services',
    role: 'Japan’s national police agency',
    aliases: [{ text: 'National Police Agency', case: 'proper' }],
    country: 'JP',
    // Taiwan's, South Korea's and others' police agencies share the name.
    sharedName: true,
    namesakes: ['Korean National Police Agency'],
    summary:
      'Japan’s National Police Agency directs the country’s prefectural police, including their public-security and cyber units; it has publicly attributed hacking campaigns to Chinese and North Korean groups.',
    knownFor: ['Attributing the MirrorFace campaign to China (2025)', 'Attributing the DMM Bitcoin theft to North Korea’s TraderTraitor (2024)'],
    links: [wikipedia('National_Police_Agency_(Japan)', 'National Police Agency (Japan)')],
    related: ['psia', 'mirrorface', 'tradertraitor'],
  },
  {
    id: 'raw-india',
    label: 'Research and Analysis Wing (RAW, India)',
    kind: 'agency',
    pack: 'services',
    role: 'India’s foreign intelligence agency',
    aliases: [
      { text: 'Research and Analysis Wing', case: 'proper' },
      { text: 'R&AW', case: 'exact' },
      {
        text: 'RAW',
        case: 'exact',
        // Headlines in capitals, WWE's Monday night show, camera RAW files.
        context: {
          requires: [[...indiaCues, ...pakistanCues], securityCues],
          excludes: ['WWE', 'wrestling', 'SmackDown', 'RAW file', 'RAW files', 'RAW format'],
        },
      },
    ],
    country: 'IN',
    summary:
      'The Research and Analysis Wing is India’s foreign intelligence agency, reporting to the prime minister’s office, with a focus on Pakistan, China and the neighbourhood.',
    knownFor: ['Accused by Canada and the US of involvement in plots against Sikh separatists abroad'],
    links: [wikipedia('Research_and_Analysis_Wing', 'Research and Analysis Wing')],
    related: ['intelligence-bureau-india', 'isi-pakistan'],
  },
  {
    id: 'intelligence-bureau-india',
    label: 'Intelligence Bureau (India)',
    kind: 'agency',
    pack: 'services',
    role: 'India’s domestic intelligence agency',
    // "IB" alone is too short and too common to tell apart: only the name.
    aliases: [{ text: 'Intelligence Bureau', case: 'proper' }],
    country: 'IN',
    // Pakistan, Thailand and others have an Intelligence Bureau too.
    sharedName: true,
    namesakes: ['National Fraud Intelligence Bureau', 'Counter Terrorism and Intelligence Bureau'],
    summary:
      'The Intelligence Bureau is India’s domestic intelligence agency, under the Home Ministry, responsible for counter-intelligence, counter-terrorism and internal security.',
    links: [wikipedia('Intelligence_Bureau_(India)', 'Intelligence Bureau (India)')],
    related: ['raw-india', 'nia-india'],
  },
  {
    id: 'nia-india',
    label: 'National Investigation Agency (India)',
    kind: 'agency',
    pack: 'services',
    role: 'India’s counter-terrorism investigation agency',
    aliases: [
      { text: 'National Investigation Agency', case: 'proper' },
      // Also the US National Institute on Aging, and Nigeria's intelligence agency.
      { text: 'NIA', case: 'exact', context: { requires: [indiaCues], excludes: ['National Institute on Aging', 'Nigeria', 'Nigerian'] } },
    ],
    country: 'IN',
    sharedName: true,
    summary:
      'The National Investigation Agency is India’s federal agency for terrorism and other national-security crimes, with powers to investigate across the states.',
    links: [wikipedia('National_Investigation_Agency', 'National Investigation Agency')],
    related: ['intelligence-bureau-india', 'raw-india'],
  },
  {
    id: 'cert-in',
    label: 'CERT-In (Indian Computer Emergency Response Team)',
    kind: 'agency',
    pack: 'services',
    role: 'India’s national cyber-incident response agency',
    aliases: [
      { text: 'CERT-In', case: 'exact' },
      { text: 'Indian Computer Emergency Response Team', case: 'any' },
    ],
    country: 'IN',
    summary:
      'CERT-In is India’s national agency for responding to cyber incidents, under the IT ministry; it issues vulnerability warnings and sets incident-reporting rules for companies.',
    knownFor: ['Its 2022 rule that companies report cyber incidents within six hours'],
    links: [
      page('https://www.cert-in.org.in/', 'Indian Computer Emergency Response Team', 'CERT-In'),
      wikipedia('Indian_Computer_Emergency_Response_Team', 'Indian Computer Emergency Response Team'),
    ],
    related: ['nia-india'],
  },
  {
    id: 'isi-pakistan',
    label: 'Inter-Services Intelligence (ISI, Pakistan)',
    kind: 'agency',
    pack: 'services',
    role: 'Pakistan’s main intelligence agency',
    aliases: [
      {
        text: 'ISI',
        case: 'exact',
        // The Indian Statistical Institute, and India's ISI mark for certified goods.
        context: {
          requires: [[...pakistanCues, 'Pakistan Army']],
          excludes: ['Indian Statistical Institute', 'ISI mark', 'ISI-marked', 'Bureau of Indian Standards'],
        },
      },
      { text: 'Inter-Services Intelligence', case: 'any' },
      { text: 'Inter Services Intelligence', case: 'any' },
    ],
    country: 'PK',
    summary:
      'Inter-Services Intelligence is Pakistan’s main intelligence agency, run by the military, responsible for foreign intelligence, counter-intelligence and, critics say, domestic political control.',
    knownFor: ['Accused by India of backing militant groups in Kashmir'],
    links: [wikipedia('Inter-Services_Intelligence', 'Inter-Services Intelligence')],
    related: ['raw-india'],
  },
  {
    id: 'isd-singapore',
    label: 'Internal Security Department (Singapore)',
    kind: 'agency',
    pack: 'services',
    role: 'Singapore’s domestic security service',
    aliases: [
      { text: 'Internal Security Department', case: 'proper', context: { requires: [singaporeCues] } },
      // The Institute for Strategic Dialogue, a London think tank on extremism.
      { text: 'ISD', case: 'exact', context: { requires: [singaporeCues], excludes: ['Institute for Strategic Dialogue'] } },
    ],
    country: 'SG',
    sharedName: true,
    summary:
      'The Internal Security Department is Singapore’s domestic security service, under the Home Affairs Ministry, which investigates terrorism, espionage and foreign interference.',
    links: [wikipedia('Internal_Security_Department_(Singapore)', 'Internal Security Department (Singapore)')],
    related: [],
  },
];

const middleEastAndBeyond: TermInput[] = [
  {
    id: 'mit-turkey',
    label: 'MIT (National Intelligence Organization, Turkey)',
    kind: 'agency',
    pack: 'services',
    role: 'Turkey’s intelligence service',
    aliases: [
      {
        text: 'MIT',
        case: 'exact',
        // The Massachusetts Institute of Technology is "MIT" on most pages that say MIT.
        context: {
          requires: [turkeyCues, [...securityCues, 'operation', 'PKK', 'Gulen', 'Gülen', 'Syria']],
          excludes: [
            'Massachusetts',
            'Institute of Technology',
            'Cambridge',
            'MIT Technology Review',
            'Sloan',
            'Media Lab',
            'researchers',
            'professor',
            'campus',
            'Boston',
          ],
        },
      },
      { text: 'MİT', case: 'exact', context: { requires: [turkeyCues] } },
      { text: 'National Intelligence Organization', case: 'proper' },
      { text: 'National Intelligence Organisation', case: 'proper' },
      { text: 'Millî İstihbarat Teşkilatı', case: 'any' },
    ],
    country: 'TR',
    sharedName: true,
    summary:
      'The National Intelligence Organization, MİT, is Turkey’s intelligence service, reporting to the president; it runs operations against the PKK and the Gülen movement at home and abroad.',
    knownFor: ['Abductions of alleged Gülenists abroad', 'Operations against the PKK in Iraq and Syria'],
    links: [wikipedia('National_Intelligence_Organization_(Turkey)', 'National Intelligence Organization (Turkey)')],
    related: [],
  },
  {
    id: 'gip-saudi',
    label: 'General Intelligence Presidency (Saudi Arabia)',
    kind: 'agency',
    pack: 'services',
    role: 'Saudi Arabia’s intelligence service',
    aliases: [{ text: 'General Intelligence Presidency', case: 'any' }],
    country: 'SA',
    summary:
      'The General Intelligence Presidency is Saudi Arabia’s main intelligence service, responsible for foreign intelligence and reporting to the king.',
    knownFor: ['Its officers’ part in the 2018 killing of Jamal Khashoggi in Istanbul'],
    links: [wikipedia('Al_Mukhabarat_Al_A%27amah', 'Al Mukhabarat Al A’amah (General Intelligence Presidency)')],
    related: [],
  },
  {
    id: 'signals-intelligence-agency-uae',
    label: 'Signals Intelligence Agency (UAE)',
    kind: 'agency',
    pack: 'services',
    role: 'UAE signals intelligence and cyber-security agency',
    aliases: [
      { text: 'Signals Intelligence Agency', case: 'proper' },
      { text: 'National Electronic Security Authority', case: 'any' },
    ],
    country: 'AE',
    sharedName: true,
    summary:
      'The Signals Intelligence Agency, formerly the National Electronic Security Authority, is the United Arab Emirates’ agency for signals intelligence and government cyber security.',
    knownFor: ['Project Raven, in which former US intelligence operatives hacked targets for the UAE'],
    links: [wikipedia('Signals_Intelligence_Agency', 'Signals Intelligence Agency')],
    related: ['nsa', 'project-raven', 'darkmatter'],
  },
  {
    id: 'egypt-gis',
    label: 'General Intelligence Service (Egypt)',
    kind: 'agency',
    pack: 'services',
    role: 'Egypt’s intelligence service',
    aliases: [
      // Sudan's service has the same name, and Sudan is not among the matcher's countries.
      { text: 'General Intelligence Service', case: 'proper', context: { requires: [egyptCues] } },
      { text: 'Egyptian General Intelligence Directorate', case: 'any' },
    ],
    country: 'EG',
    sharedName: true,
    summary:
      'Egypt’s General Intelligence Service, the Mukhabarat, is the country’s main intelligence agency, responsible for foreign intelligence and national security and a mediator in Gaza talks.',
    links: [wikipedia('Egyptian_General_Intelligence_Directorate', 'Egyptian General Intelligence Directorate')],
    related: [],
  },
  {
    id: 'cuban-intelligence-directorate',
    label: 'Intelligence Directorate (Cuba, DI)',
    kind: 'agency',
    pack: 'services',
    role: 'Cuba’s foreign intelligence service',
    // "DI" alone cannot be told apart; "Intelligence Directorate" only on pages about Cuba.
    aliases: [
      { text: 'Intelligence Directorate', case: 'proper', context: { requires: [cubaCues] } },
      { text: 'Dirección de Inteligencia', case: 'any' },
      { text: 'Cuban Intelligence Directorate', case: 'proper' },
    ],
    country: 'CU',
    sharedName: true,
    namesakes: [
      'General Intelligence Directorate',
      'Air Force Intelligence Directorate',
      'Defence Intelligence Directorate',
      'Defense Intelligence Directorate',
    ],
    summary:
      'Cuba’s Intelligence Directorate, formerly the DGI, is the Cuban interior ministry’s foreign intelligence service, known for recruiting long-serving spies inside the US government.',
    knownFor: ['Ana Montes, a US defence analyst who spied for Cuba for 17 years', 'The 2023 arrest of former US ambassador Victor Manuel Rocha'],
    links: [wikipedia('Intelligence_Directorate', 'Intelligence Directorate')],
    related: ['fbi'],
  },
  {
    id: 'sebin',
    label: 'SEBIN (Bolivarian National Intelligence Service, Venezuela)',
    kind: 'agency',
    pack: 'services',
    role: 'Venezuela’s intelligence and political police',
    aliases: [
      { text: 'Sebin', case: 'proper', context: { requires: [['Venezuela', 'Venezuelan', 'Caracas', 'Maduro']] } },
      { text: 'Bolivarian National Intelligence Service', case: 'any' },
      { text: 'Servicio Bolivariano de Inteligencia Nacional', case: 'any' },
    ],
    country: 'VE',
    summary:
      'SEBIN, the Bolivarian National Intelligence Service, is Venezuela’s intelligence agency and political police, accused by the UN of detaining and torturing opponents of the government.',
    knownFor: ['Its El Helicoide detention centre in Caracas'],
    links: [wikipedia('Bolivarian_National_Intelligence_Service', 'Bolivarian National Intelligence Service')],
    related: ['dgcim'],
  },
  {
    id: 'dgcim',
    label: 'DGCIM (Military Counterintelligence, Venezuela)',
    kind: 'agency',
    pack: 'services',
    role: 'Venezuela’s military counter-intelligence service',
    aliases: [
      { text: 'DGCIM', case: 'exact' },
      { text: 'Dirección General de Contrainteligencia Militar', case: 'any' },
      { text: 'General Directorate of Military Counterintelligence', case: 'proper' },
      { text: 'Directorate General of Military Counterintelligence', case: 'proper' },
    ],
    country: 'VE',
    summary:
      'The DGCIM is Venezuela’s military counter-intelligence directorate, which UN investigators accuse, with SEBIN, of arbitrary detention and torture of government critics.',
    links: [wikipedia('Direcci%C3%B3n_General_de_Contrainteligencia_Militar', 'Dirección General de Contrainteligencia Militar')],
    related: ['sebin'],
  },
  {
    id: 'niss-rwanda',
    label: 'National Intelligence and Security Service (Rwanda)',
    kind: 'agency',
    pack: 'services',
    role: 'Rwanda’s intelligence service',
    aliases: [
      // Sudan's and Ethiopia's services have the same name: only on pages about Rwanda.
      { text: 'National Intelligence and Security Service', case: 'proper', context: { requires: [rwandaCues] } },
    ],
    country: 'RW',
    sharedName: true,
    summary:
      'The National Intelligence and Security Service is Rwanda’s intelligence agency, responsible for internal and external intelligence; rights groups accuse Rwanda of surveilling and targeting critics abroad.',
    knownFor: ['Rwanda named as a likely Pegasus customer by researchers'],
    links: [wikipedia('National_Intelligence_and_Security_Service_(Rwanda)', 'National Intelligence and Security Service (Rwanda)')],
    related: ['pegasus'],
  },
];

export const services: TermInput[] = [
  ...unitedStates,
  ...britainAndAllies,
  ...russia,
  ...china,
  ...iranAndNorthKorea,
  ...europe,
  ...fiveEyesPartners,
  ...israelAndUkraine,
  ...asia,
  ...middleEastAndBeyond,
];

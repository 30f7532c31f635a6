import type { Link, TermInput } from '../schema';

// The laws pack: security laws, the courts and bodies that apply them, and the government lists
// and programmes that state-security news names. Summaries are in our own words; each concept
// names the pages its facts can be checked against.

const wikipedia = (title: string, name: string): Link => ({
  url: `https://en.wikipedia.org/wiki/${title}`,
  title: name,
  publisher: 'Wikipedia',
});

// A page about intelligence or surveillance: what makes "Section 702" or "FISC" the US law's.
const surveillanceCues = [
  'surveillance',
  'intelligence',
  'spy',
  'spies',
  'spying',
  'espionage',
  'wiretap',
  'wiretapping',
  'warrant',
  'warrantless',
  'eavesdropping',
  'NSA',
  'FBI',
  'FISA',
  'Foreign Intelligence Surveillance',
  'national security',
];

const russiaCues = ['Russia', 'Russian', 'Moscow', 'Kremlin', 'Putin', 'Duma'];

// Georgia (2024), Kyrgyzstan (2024), Slovakia, Hungary, Israel, Kazakhstan, Republika Srpska and
// others have passed or drafted "foreign agents" laws, often called copies of Russia's. Some of
// these countries are not in the matcher's table (Georgia is also a US state), so a page about
// them mentioning Russia cannot be told from a page about Russia's law: such pages are left out.
const otherForeignAgentLaws = [
  'Georgia',
  'Georgian',
  'Tbilisi',
  'Kyrgyzstan',
  'Kyrgyz',
  'Bishkek',
  'Slovakia',
  'Slovak',
  'Bratislava',
  'Hungary',
  'Hungarian',
  'Israel',
  'Israeli',
  'Kazakhstan',
  'Republika Srpska',
  'Bosnia',
  'Abkhazia',
  'Nicaragua',
  'El Salvador',
  'Venezuela',
];

// Georgia's parliament passed a "Foreign Agents Registration Act" of its own in 2024.
const georgiasLaw = ['Georgian Dream', 'Tbilisi', 'Georgian parliament'];

const hongKongCues = ['Hong Kong'];

const telecomBanCues = ['Huawei', 'ZTE', 'FCC', 'Federal Communications Commission'];

export const laws: TermInput[] = [
  // --- United States: surveillance law -------------------------------------------------------
  {
    id: 'fisa',
    label: 'Foreign Intelligence Surveillance Act (FISA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Foreign Intelligence Surveillance Act', case: 'proper' },
      {
        text: 'FISA',
        case: 'exact',
        // FISA was also the name of rowing's and motor sport's world federations.
        context: {
          requires: [[...surveillanceCues, 'Congress', 'Justice Department', 'court']],
          excludes: ['rowing', 'regatta', 'rowers', 'Formula One', 'motorsport', 'motor racing'],
        },
      },
    ],
    country: 'US',
    year: 1978,
    role: 'US law on electronic surveillance for foreign intelligence',
    summary:
      'The 1978 US law that sets the rules for electronic surveillance and searches of foreign powers and their agents for intelligence purposes. It created a secret court that approves such orders, and later amendments added programmatic collection abroad.',
    knownFor: [
      'Passed after the Church Committee exposed intelligence abuses',
      'Created the Foreign Intelligence Surveillance Court',
      'FISA warrants in counter-intelligence cases, including the 2016 Carter Page surveillance',
      'Section 702, added in 2008, and its periodic reauthorisations',
    ],
    links: [
      wikipedia('Foreign_Intelligence_Surveillance_Act', 'Foreign Intelligence Surveillance Act'),
      {
        url: 'https://www.justsecurity.org/94771/unpacking-the-fisa-section-702-reauthorization-bill/',
        title: 'Unpacking the FISA Section 702 Reauthorization Bill',
        publisher: 'Just Security',
        published: '2024-04',
      },
    ],
    related: ['fisa-section-702', 'fisa-court', 'risaa', 'executive-order-12333', 'patriot-act', 'usa-freedom-act', 'nsa', 'fbi', 'odni', 'national-security-division'],
  },
  {
    id: 'fisa-section-702',
    label: 'FISA Section 702',
    kind: 'law',
    pack: 'laws',
    aliases: [
      {
        text: 'Section 702',
        case: 'proper',
        context: { requires: [surveillanceCues] },
      },
      { text: 'FISA Section 702', case: 'proper' },
      { text: 'FISA 702', case: 'proper' },
      { text: 'Section 702 of FISA', case: 'proper' },
      { text: 'Section 702 of the Foreign Intelligence Surveillance Act', case: 'proper' },
      { text: 'FISA Amendments Act', case: 'proper' },
    ],
    country: 'US',
    year: 2008,
    role: 'US authority to collect foreigners’ communications abroad without individual warrants',
    summary:
      'The part of FISA, added by the FISA Amendments Act of 2008, that lets US agencies compel American providers to hand over the communications of non-Americans believed to be abroad, under yearly court-approved certifications rather than individual warrants. Searches of the data for Americans’ communications are its most disputed part.',
    knownFor: [
      'The NSA’s PRISM and upstream collection revealed by Edward Snowden in 2013',
      'FBI warrantless “backdoor” searches for Americans’ communications',
      'Reauthorised in 2018 and, by RISAA, in April 2024 until April 2026',
    ],
    links: [
      {
        url: 'https://www.everycrsreport.com/reports/R48592.html',
        title: 'FISA Section 702 and the 2024 Reforming Intelligence and Securing America Act',
        publisher: 'Congressional Research Service',
        published: '2025-07-08',
      },
      {
        url: 'https://pclob.gov/OversightProjects/Details/20',
        title: 'Oversight Projects: FISA Section 702',
        publisher: 'Privacy and Civil Liberties Oversight Board',
      },
    ],
    related: ['fisa', 'risaa', 'fisa-court', 'executive-order-12333', 'nsa', 'fbi', 'odni'],
  },
  {
    id: 'fisa-court',
    label: 'Foreign Intelligence Surveillance Court (FISA Court)',
    kind: 'institution',
    pack: 'laws',
    aliases: [
      { text: 'Foreign Intelligence Surveillance Court', case: 'proper' },
      { text: 'FISA court', case: 'any' },
      { text: 'FISC', case: 'exact', context: { requires: [surveillanceCues] } },
    ],
    country: 'US',
    namesakes: ['Foreign Intelligence Surveillance Court of Review', 'FISA Court of Review'],
    year: 1978,
    role: 'US federal court that approves foreign-intelligence surveillance',
    summary:
      'A US federal court, sitting in secret in Washington, whose judges hear the government’s applications for surveillance and searches under FISA and approve the yearly Section 702 certifications.',
    knownFor: [
      'Approves FISA warrants and the yearly Section 702 certifications',
      'Opinions that found FBI misuse of Section 702 searches',
      'Must hear outside amici on Section 702 certifications since RISAA (2024)',
    ],
    links: [
      { url: 'https://www.fisc.uscourts.gov/', title: 'United States Foreign Intelligence Surveillance Court', publisher: 'US Courts' },
      wikipedia('United_States_Foreign_Intelligence_Surveillance_Court', 'United States Foreign Intelligence Surveillance Court'),
    ],
    related: ['fisa', 'fisa-section-702', 'risaa', 'fbi', 'national-security-division'],
  },
  {
    id: 'risaa',
    label: 'Reforming Intelligence and Securing America Act (RISAA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Reforming Intelligence and Securing America Act', case: 'any' },
      { text: 'RISAA', case: 'exact' },
    ],
    country: 'US',
    year: 2024,
    role: 'US law that renewed FISA Section 702 in 2024',
    summary:
      'The April 2024 US law (H.R. 7888) that renewed FISA Section 702 for two years, to April 2026, with new limits and reporting on FBI searches of the data, while widening which service providers can be compelled to help.',
    knownFor: [
      'Renewed Section 702 until April 2026',
      'Widened the definition of “electronic communications service provider”',
      'Added drug trafficking to the purposes of foreign-intelligence collection',
    ],
    links: [
      {
        url: 'https://www.congress.gov/bill/118th-congress/house-bill/7888',
        title: 'H.R.7888 - Reforming Intelligence and Securing America Act',
        publisher: 'Congress.gov',
      },
      {
        url: 'https://www.everycrsreport.com/reports/R48592.html',
        title: 'FISA Section 702 and the 2024 Reforming Intelligence and Securing America Act',
        publisher: 'Congressional Research Service',
        published: '2025-07-08',
      },
    ],
    related: ['fisa-section-702', 'fisa', 'fisa-court', 'fbi', 'odni'],
  },
  {
    id: 'executive-order-12333',
    label: 'Executive Order 12333',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Executive Order 12333', case: 'any' },
      { text: 'EO 12333', case: 'any' },
      { text: 'E.O. 12333', case: 'any' },
    ],
    country: 'US',
    year: 1981,
    role: 'US presidential order that governs intelligence activities',
    summary:
      'A 1981 order signed by President Reagan, amended several times since, that sets out the duties of US intelligence agencies and governs most of the NSA’s collection overseas, outside the statutes Congress oversees.',
    knownFor: [
      'The legal basis of most NSA collection abroad',
      'Criticised after the Snowden leaks for collection that escapes congressional scrutiny',
      'Amended in 2003, 2004 and 2008 to reflect the Director of National Intelligence',
    ],
    links: [
      { url: 'https://epic.org/executive-order-12333/', title: 'Executive Order 12333', publisher: 'Electronic Privacy Information Center' },
      {
        url: 'https://www.politico.com/story/2013/11/congress-nsa-dilemma-intel-099274',
        title: 'Order behind NSA intel examined',
        publisher: 'Politico',
        published: '2013-11',
      },
    ],
    related: ['fisa', 'fisa-section-702', 'nsa', 'cia', 'odni'],
  },
  {
    id: 'patriot-act',
    label: 'USA PATRIOT Act',
    kind: 'law',
    pack: 'laws',
    aliases: [
      {
        text: 'Patriot Act',
        case: 'any',
        // Also Hasan Minhaj's Netflix show.
        context: {
          requires: [[...surveillanceCues, 'terrorism', 'terrorist', 'Congress', 'civil liberties', 'Section 215', 'law']],
          excludes: ['Hasan Minhaj', 'Minhaj', 'Netflix'],
        },
      },
      { text: 'USA Patriot Act', case: 'any' },
      // The Patriot Act's business-records section, used for bulk phone records (2006-2015).
      { text: 'Section 215', case: 'proper', context: { requires: [surveillanceCues] } },
    ],
    country: 'US',
    namesakes: ['Patriot Act with Hasan Minhaj'],
    year: 2001,
    role: 'US counter-terrorism law passed after the 9/11 attacks',
    summary:
      'The sweeping counter-terrorism law passed weeks after the attacks of 11 September 2001, which widened US surveillance, search and information-sharing powers. Its Section 215 was used for the NSA’s bulk collection of Americans’ phone records.',
    knownFor: [
      'Section 215 bulk phone-records programme revealed in 2013',
      'Expanded national security letters and roving wiretaps',
      'Partly replaced by the USA Freedom Act in 2015; Section 215 lapsed in 2020',
    ],
    links: [wikipedia('Patriot_Act', 'Patriot Act')],
    related: ['usa-freedom-act', 'national-security-letter', 'fisa', 'fbi', 'nsa'],
  },
  {
    id: 'usa-freedom-act',
    label: 'USA Freedom Act',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'USA Freedom Act', case: 'any' },
      { text: 'Freedom Act', case: 'proper', afterFullName: true },
    ],
    country: 'US',
    year: 2015,
    role: 'US law that ended the NSA’s bulk collection of phone records',
    summary:
      'The 2015 US law that ended the NSA’s bulk collection of Americans’ phone records under the Patriot Act, leaving the records with the phone companies to be searched case by case, and added transparency to the FISA Court.',
    knownFor: [
      'Ended bulk phone-metadata collection after the Snowden revelations',
      'Created a panel of amici for the FISA Court',
    ],
    links: [wikipedia('USA_Freedom_Act', 'USA Freedom Act')],
    related: ['patriot-act', 'fisa', 'fisa-court', 'nsa'],
  },
  {
    id: 'calea',
    label: 'Communications Assistance for Law Enforcement Act (CALEA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Communications Assistance for Law Enforcement Act', case: 'any' },
      {
        text: 'CALEA',
        case: 'exact',
        // CALEA is also the Commission on Accreditation for Law Enforcement Agencies.
        context: {
          requires: [
            ['wiretap', 'wiretaps', 'wiretapping', 'lawful intercept', 'lawful interception', 'surveillance', 'telecom', 'telecommunications', 'FCC', 'Salt Typhoon', 'backdoor', 'carriers'],
          ],
          excludes: ['accreditation', 'accredited', 'reaccreditation', 'accrediting', 'Commission on Accreditation'],
        },
      },
    ],
    country: 'US',
    year: 1994,
    role: 'US law requiring telecom networks to be built for wiretaps',
    summary:
      'A 1994 US law that obliges phone and broadband carriers to design their networks so that court-ordered wiretaps can be carried out. The interception systems it mandates were reached by China-linked hackers in the 2024 telecom intrusions.',
    knownFor: [
      'Lawful-intercept systems of US carriers accessed in the Salt Typhoon intrusions (2024)',
      'Overseen by the Federal Communications Commission',
    ],
    links: [
      {
        url: 'https://nextgov.com/cybersecurity/2024/10/its-time-rethink-how-wiretaps-work-after-chinese-hack-experts-say/400220',
        title: 'It’s time to rethink how wiretaps work after Chinese hack, experts say',
        publisher: 'Nextgov/FCW',
        published: '2024-10',
      },
      wikipedia('Communications_Assistance_for_Law_Enforcement_Act', 'Communications Assistance for Law Enforcement Act'),
    ],
    related: ['fisa', 'salt-typhoon', 'fbi'],
  },
  {
    id: 'national-security-letter',
    label: 'National security letter (NSL)',
    kind: 'policy',
    pack: 'laws',
    aliases: [{ text: 'national security letter', case: 'any', plural: true }],
    country: 'US',
    year: 1986,
    role: 'FBI demand for records, issued without a judge and usually with a gag order',
    summary:
      'An administrative subpoena with which the FBI can demand subscriber, billing and financial records for national security investigations without a judge’s approval, usually with an order forbidding the recipient to disclose it. The Patriot Act widened its use.',
    knownFor: [
      'Tens of thousands issued a year after 2001',
      'Gag orders challenged in court by providers and librarians',
    ],
    links: [wikipedia('National_security_letter', 'National security letter')],
    related: ['patriot-act', 'usa-freedom-act', 'fbi'],
  },
  {
    id: 'espionage-act',
    label: 'Espionage Act of 1917',
    kind: 'law',
    pack: 'laws',
    aliases: [{ text: 'Espionage Act', case: 'proper' }],
    country: 'US',
    sharedName: true,
    owners: ['Justice Department', 'Department of Justice'],
    year: 1917,
    role: 'US law against spying and leaking defence information',
    summary:
      'The US law passed in the First World War that makes it a crime to obtain, keep or pass on national defence information to harm the United States. It is used against spies, leakers and people who mishandle classified documents.',
    knownFor: [
      'Prosecutions of leakers such as Chelsea Manning, Reality Winner and Jack Teixeira',
      'Charges against Julian Assange',
      'The 2023 indictment over classified documents kept at Mar-a-Lago',
    ],
    links: [wikipedia('Espionage_Act_of_1917', 'Espionage Act of 1917')],
    related: ['fara', 'fbi', 'national-security-division'],
  },
  {
    id: 'fara',
    label: 'Foreign Agents Registration Act (FARA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      {
        text: 'Foreign Agents Registration Act',
        case: 'proper',
        // Georgia's 2024 law took the same name; Georgia is not in the countries table.
        context: { requires: [['foreign']], excludes: georgiasLaw },
      },
      {
        text: 'Foreign Agent Registration Act',
        case: 'proper',
        context: { requires: [['foreign']], excludes: georgiasLaw },
      },
      { text: 'FARA', case: 'exact', context: { requires: [['foreign']], excludes: georgiasLaw } },
    ],
    country: 'US',
    owners: ['Justice Department', 'Department of Justice'],
    year: 1938,
    role: 'US law requiring agents of foreign powers to register',
    summary:
      'A 1938 US law, first aimed at Nazi propaganda, that requires people who lobby, campaign or do public relations in the US on behalf of a foreign government or party to register with the Justice Department and disclose their work and pay.',
    knownFor: [
      'Rarely enforced until the Mueller investigation (2017–2019)',
      'Charges against people acting for China, such as former New York state aide Linda Sun (2024)',
      'Cited by Russia as the model of its own foreign agent law',
    ],
    links: [
      { url: 'https://www.justice.gov/nsd-fara', title: 'Foreign Agents Registration Act', publisher: 'US Department of Justice' },
      wikipedia('Foreign_Agents_Registration_Act', 'Foreign Agents Registration Act'),
    ],
    related: ['russia-foreign-agent-law', 'foreign-influence-registration-scheme', 'foreign-influence-transparency-scheme', 'espionage-act', 'national-security-division', 'fbi'],
  },
  // --- United States: lists, bans and investment screening ----------------------------------
  {
    id: 'covered-list',
    label: 'FCC Covered List',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      {
        text: 'Covered List',
        case: 'proper',
        context: {
          requires: [[...telecomBanCues, 'national security', 'Kaspersky', 'telecom', 'telecommunications', 'Secure Networks Act', 'Secure and Trusted Communications Networks Act']],
        },
      },
    ],
    country: 'US',
    owners: ['FCC', 'Federal Communications Commission'],
    year: 2021,
    role: 'US list of communications gear and services deemed a national security risk',
    summary:
      'The list, kept by the US Federal Communications Commission under the Secure and Trusted Communications Networks Act, of communications equipment and services judged an unacceptable risk to national security. Federal subsidies cannot buy what it names, and new devices from listed makers are refused authorisation.',
    knownFor: [
      'First list (March 2021): Huawei, ZTE, Hytera, Hikvision and Dahua',
      'Kaspersky, China Mobile and China Telecom added in 2022',
      'New equipment from listed makers barred from FCC authorisation in 2022',
    ],
    links: [
      {
        url: 'https://www.fcc.gov/supplychain/coveredlist',
        title: 'List of Equipment and Services Covered By Section 2 of The Secure Networks Act',
        publisher: 'Federal Communications Commission',
      },
      {
        url: 'https://www.mobileworldlive.com/featured-content/top-three/fcc-adds-kaspersky-china-telecoms-to-threat-list',
        title: 'FCC adds Kaspersky, China telecoms to threat list',
        publisher: 'Mobile World Live',
        published: '2022-03-25',
      },
    ],
    related: ['secure-and-trusted-communications-networks-act', 'ndaa-section-889', 'entity-list', 'hikvision', 'dahua', 'huawei', 'zte', 'hytera', 'kaspersky', 'china-mobile', 'china-telecom', 'china-unicom', 'pacific-networks'],
  },
  {
    id: 'secure-and-trusted-communications-networks-act',
    label: 'Secure and Trusted Communications Networks Act (“rip and replace”)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Secure and Trusted Communications Networks Act', case: 'any' },
      { text: 'Secure and Trusted Communications Network Act', case: 'any' },
      { text: 'Secure Networks Act', case: 'proper' },
      // "Rip and replace" is a common IT phrase; it names the programme on pages about the Chinese vendors.
      { text: 'rip and replace', case: 'any', context: { requires: [telecomBanCues] } },
      { text: 'rip-and-replace', case: 'any', context: { requires: [telecomBanCues] } },
    ],
    country: 'US',
    sharedName: true,
    owners: ['FCC', 'Federal Communications Commission', 'Congress'],
    year: 2020,
    role: 'US law to remove Huawei and ZTE gear from American networks',
    summary:
      'A US law signed in March 2020 that requires the FCC to keep the Covered List and pays small, mostly rural carriers to tear out and replace Huawei and ZTE equipment: the “rip and replace” programme, whose $1.9 billion fell about $3 billion short until Congress added funds in 2024.',
    knownFor: [
      'Created the FCC Covered List',
      'The “rip and replace” reimbursement programme for rural carriers',
      'A $3.08 billion funding shortfall, closed in the 2025 defence bill',
    ],
    links: [
      {
        url: 'https://www.congress.gov/bill/116th-congress/house-bill/4998',
        title: 'H.R.4998 - Secure and Trusted Communications Networks Act of 2019',
        publisher: 'Congress.gov',
      },
      {
        url: 'https://gizmodo.com/congress-approves-1-billion-for-rural-telecom-provider-1841965908',
        title: 'Congress Approves $1 Billion for Rural Telecoms to "Rip and Replace" Huawei, ZTE Equipment',
        publisher: 'Gizmodo',
        published: '2020-02',
      },
    ],
    related: ['covered-list', 'ndaa-section-889', 'huawei', 'zte'],
  },
  {
    id: 'ndaa',
    label: 'National Defense Authorization Act (NDAA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'National Defense Authorization Act', case: 'proper' },
      { text: 'NDAA', case: 'exact' },
    ],
    country: 'US',
    role: 'The US defence policy law passed every year',
    summary:
      'The defence policy bill Congress passes each year. Beyond the military budget it often carries security measures against foreign technology, such as procurement bans on Chinese telecom and surveillance equipment and the Pentagon’s list of Chinese military companies.',
    knownFor: [
      'FY2018: ban on Kaspersky products in federal systems',
      'FY2019: Section 889 ban on Huawei, ZTE, Hytera, Hikvision and Dahua gear',
      'FY2021: Section 1260H list of Chinese military companies',
    ],
    links: [wikipedia('National_Defense_Authorization_Act', 'National Defense Authorization Act')],
    related: ['ndaa-section-889', '1260h-list', 'kaspersky', 'huawei', 'zte'],
  },
  {
    id: 'ndaa-section-889',
    label: 'NDAA Section 889',
    kind: 'law',
    pack: 'laws',
    aliases: [
      {
        text: 'Section 889',
        case: 'proper',
        context: {
          requires: [['NDAA', 'National Defense Authorization Act', 'Huawei', 'ZTE', 'Hikvision', 'Dahua', 'Hytera', 'federal contractors', 'procurement']],
        },
      },
      { text: 'NDAA Section 889', case: 'proper' },
      { text: 'NDAA 889', case: 'proper' },
    ],
    country: 'US',
    year: 2018,
    role: 'US ban on federal buying from Huawei, ZTE, Hytera, Hikvision and Dahua',
    summary:
      'A section of the US defence law for fiscal 2019 that bars federal agencies from buying telecom and video surveillance equipment made by Huawei, ZTE, Hytera, Hikvision and Dahua, and since August 2020 from contracting with any company that uses such equipment.',
    knownFor: [
      'Part A (2019): no federal purchases of the covered equipment',
      'Part B (2020): no federal contracts with companies that use it anywhere',
      'Extended to federal grant and loan recipients',
    ],
    links: [
      { url: 'https://www.eac.gov/what-section-889-fy-2019-ndaa', title: 'What is Section 889 of the FY 2019 NDAA?', publisher: 'US Election Assistance Commission', published: '2022-10-19' },
      { url: 'https://ndia.org/policy/issues/cyber/section-889', title: 'Section 889', publisher: 'National Defense Industrial Association' },
    ],
    related: ['ndaa', 'covered-list', 'hikvision', 'dahua', 'entity-list', 'huawei', 'zte', 'hytera'],
  },
  {
    id: '1260h-list',
    label: 'Pentagon 1260H list (Chinese military companies)',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: '1260H', case: 'any' },
      { text: '1260H list', case: 'any' },
      { text: 'Section 1260H', case: 'any' },
      { text: 'Chinese military companies list', case: 'any' },
      {
        text: 'list of Chinese military companies',
        case: 'any',
        context: { requires: [['Pentagon', 'Defense Department', 'Department of Defense', 'DoD', '1260H']] },
      },
    ],
    country: 'US',
    owners: ['Pentagon', 'Defense Department', 'Department of Defense'],
    year: 2021,
    role: 'US Defense Department list of companies it says work with China’s military',
    summary:
      'The list the US Department of Defense must publish each year, under Section 1260H of the defence law for fiscal 2021, of Chinese military companies operating in the US. Listing brings no sanction by itself, but the Pentagon may not contract with listed firms from mid-2026.',
    knownFor: [
      'January 2025 update added Tencent and CATL, bringing the list to 134 companies',
      'DJI and Hesai sued over their listing',
      'From June 2026 the Pentagon may not buy from listed companies',
    ],
    links: [
      {
        url: 'https://www.verdict.co.uk/us-adds-tencent-and-catl-to-chinese-military-companies-list/',
        title: 'US adds Tencent and CATL to Chinese military companies list',
        publisher: 'Verdict',
        published: '2025-01-07',
      },
      {
        url: 'https://digitimes.com/news/a20250107PD215/us-department-of-defense-blacklist-tencent-catl-cxmt-military.html',
        title: 'US Department of Defense blacklists Tencent, CATL, CXMT over military ties',
        publisher: 'DigiTimes',
        published: '2025-01-07',
      },
    ],
    related: ['ndaa', 'entity-list', 'sdn-list', 'tencent', 'catl', 'dji', 'cxmt', 'quectel', 'autel-robotics', 'cosco', 'bgi', 'sensetime'],
  },
  {
    id: 'ofac',
    label: 'Office of Foreign Assets Control (OFAC)',
    kind: 'government body',
    pack: 'laws',
    aliases: [
      { text: 'Office of Foreign Assets Control', case: 'proper' },
      { text: 'OFAC', case: 'exact' },
    ],
    country: 'US',
    role: 'US Treasury office that administers sanctions',
    summary:
      'The office of the US Treasury that administers and enforces American economic sanctions, including those on foreign hackers, spyware vendors and the services that launder ransom payments. It keeps the Specially Designated Nationals list.',
    knownFor: [
      'Keeps the Specially Designated Nationals (SDN) list',
      'Cyber-related sanctions programme since 2015 (Executive Order 13694)',
      'Sanctions on spyware vendor Intellexa (2024) and on state-linked hackers',
    ],
    links: [
      { url: 'https://ofac.treasury.gov/', title: 'Office of Foreign Assets Control', publisher: 'US Department of the Treasury' },
      {
        url: 'https://home.treasury.gov/policy-issues/financial-sanctions/faqs/topic/1546',
        title: 'Frequently Asked Questions: Cyber-related Sanctions',
        publisher: 'US Department of the Treasury',
      },
    ],
    related: ['sdn-list', 'cfius', 'entity-list', 'intellexa'],
  },
  {
    id: 'sdn-list',
    label: 'Specially Designated Nationals (SDN) list',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: 'Specially Designated Nationals', case: 'proper' },
      { text: 'Specially Designated Nationals and Blocked Persons List', case: 'proper' },
      { text: 'SDN list', case: 'any' },
    ],
    country: 'US',
    owners: ['OFAC', 'Office of Foreign Assets Control', 'Treasury', 'Treasury Department'],
    role: 'US Treasury’s main sanctions list',
    summary:
      'The US Treasury’s list of people, companies, vessels and crypto addresses whose assets in the US are frozen and with whom Americans may not deal. Hackers, spyware firms and intelligence officers are added to it under the cyber, Russia and other sanctions programmes.',
    knownFor: [
      'Designations of Russian, Iranian and North Korean hackers and their fronts',
      'Crypto wallet addresses listed since 2018',
      'Ransomware payment risks for victims who pay listed groups',
    ],
    links: [
      { url: 'https://www.state.gov/cyber-sanctions/', title: 'Cyber Sanctions', publisher: 'US Department of State' },
      {
        url: 'https://rcbulletin.robinsoncoleblogs.com/2022/04/update-on-ofac-cyber-sanctions-list-hydra-and-garantex/',
        title: 'Update on OFAC Cyber Sanctions List: Hydra and Garantex',
        publisher: 'Robinson+Cole Data Privacy + Cybersecurity Insider',
        published: '2022-04',
      },
    ],
    related: ['ofac', 'entity-list', '1260h-list', 'intellexa', 'evil-corp', 'integrity-tech'],
  },
  {
    id: 'cfius',
    label: 'Committee on Foreign Investment in the United States (CFIUS)',
    kind: 'government body',
    pack: 'laws',
    aliases: [
      { text: 'Committee on Foreign Investment in the United States', case: 'any' },
      { text: 'CFIUS', case: 'exact' },
    ],
    country: 'US',
    year: 1975,
    role: 'US inter-agency panel that screens foreign investment for security risks',
    summary:
      'An inter-agency committee chaired by the US Treasury Secretary that reviews foreign takeovers of and investments in American businesses and real estate for national security risks. On its advice the president can block a deal or order a sale.',
    knownFor: [
      'Its review led to the 2020 order for ByteDance to divest Musical.ly, the app merged into TikTok',
      'Powers widened by the Foreign Investment Risk Review Modernization Act (2018)',
      'Reviews of Chinese purchases of land near military bases',
    ],
    links: [
      {
        url: 'https://home.treasury.gov/policy-issues/international/the-committee-on-foreign-investment-in-the-united-states-cfius',
        title: 'The Committee on Foreign Investment in the United States (CFIUS)',
        publisher: 'US Department of the Treasury',
      },
      wikipedia('Committee_on_Foreign_Investment_in_the_United_States', 'Committee on Foreign Investment in the United States'),
    ],
    related: ['national-security-and-investment-act', 'ofac', 'pafaca', 'bytedance', 'tiktok'],
  },
  {
    id: 'pafaca',
    label: 'Protecting Americans from Foreign Adversary Controlled Applications Act (the TikTok law)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Protecting Americans from Foreign Adversary Controlled Applications Act', case: 'any' },
      { text: 'Foreign Adversary Controlled Applications Act', case: 'any' },
      { text: 'PAFACA', case: 'exact' },
      { text: 'TikTok ban law', case: 'any' },
      { text: 'TikTok divest-or-ban law', case: 'any' },
      { text: 'divest-or-ban law', case: 'any', context: { requires: [['TikTok', 'ByteDance']] } },
    ],
    country: 'US',
    year: 2024,
    role: 'US law forcing ByteDance to sell TikTok or face a ban',
    summary:
      'The April 2024 US law that bars app stores and hosting services from serving an app controlled by a foreign adversary, naming ByteDance and TikTok, unless it is sold to an owner outside the adversary’s control. The Supreme Court upheld it in January 2025; its enforcement was then repeatedly put off.',
    knownFor: [
      'Upheld unanimously in TikTok v. Garland (17 January 2025)',
      'Deadline of 19 January 2025, extended by executive orders',
      'Passed as part of a foreign-aid package (Public Law 118-50)',
    ],
    links: [
      wikipedia('Protecting_Americans_from_Foreign_Adversary_Controlled_Applications_Act', 'Protecting Americans from Foreign Adversary Controlled Applications Act'),
      wikipedia('TikTok_v._Garland', 'TikTok v. Garland'),
    ],
    related: ['cfius', 'clean-network', 'bytedance', 'tiktok'],
  },
  {
    id: 'clean-network',
    label: 'Clean Network programme',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      {
        text: 'Clean Network',
        case: 'proper',
        context: { requires: [['Pompeo', 'State Department', 'Huawei', '5G', 'Chinese Communist Party', 'CCP', 'untrusted']] },
      },
      { text: '5G Clean Path', case: 'any' },
      {
        text: 'Clean Path',
        case: 'proper',
        context: { requires: [['Pompeo', 'State Department', 'Huawei', '5G', 'untrusted']] },
      },
    ],
    country: 'US',
    year: 2020,
    role: 'US State Department drive to keep Chinese vendors out of networks',
    summary:
      'A 2020 US State Department campaign, announced by Secretary Mike Pompeo, to keep “untrusted” Chinese carriers, apps, cloud providers, cables and 5G vendors out of the networks of the US and its partners, grown out of the earlier 5G Clean Path for diplomatic traffic.',
    knownFor: [
      '5G Clean Path for US diplomatic facilities (April 2020)',
      'Clean Carrier, Clean Store, Clean Apps, Clean Cloud and Clean Cable (August 2020)',
      'Dozens of countries and telecoms signed up by late 2020',
    ],
    links: [
      {
        url: 'https://www.lightreading.com/security/trump-lays-out-clean-network-agenda-against-china/d/d-id/763017',
        title: 'Trump lays out \'Clean Network\' agenda against China',
        publisher: 'Light Reading',
        published: '2020-08-06',
      },
      {
        url: 'https://americanmilitarynews.com/2020/08/pompeo-unveils-expanded-us-plan-to-keep-out-untrusted-chinese-tech/',
        title: 'Pompeo unveils expanded US plan to keep out ‘untrusted’ Chinese tech',
        publisher: 'American Military News',
        published: '2020-08-06',
      },
    ],
    related: ['eu-5g-toolbox', 'pafaca', 'covered-list', 'huawei', 'zte', 'china-mobile', 'china-telecom', 'china-unicom', 'tiktok'],
  },
  {
    id: 'chips-act',
    label: 'CHIPS and Science Act',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'CHIPS and Science Act', case: 'any' },
      {
        text: 'CHIPS Act',
        case: 'any',
        context: {
          requires: [['semiconductor', 'semiconductors', 'chipmaker', 'chipmakers', 'chipmaking', 'chip', 'chips', 'Commerce Department', 'subsidies', 'subsidy']],
        },
      },
    ],
    country: 'US',
    sharedName: true,
    owners: ['Commerce Department', 'Department of Commerce'],
    // Europe's, Korea's and Japan's chip laws; "the chips act as..." in a sentence about chips.
    namesakes: ['European Chips Act', 'EU Chips Act', 'K-Chips Act', 'chips act as', 'chips act like'],
    year: 2022,
    role: 'US law subsidising chipmaking, with limits on expansion in China',
    summary:
      'The 2022 US law that pays some $52 billion in grants and credits for semiconductor factories and research in America. Its “guardrails” bar recipients from expanding advanced chipmaking in China for ten years, alongside the separate export controls on chips.',
    knownFor: [
      'About $39 billion in manufacturing grants to Intel, TSMC, Samsung and Micron',
      'Guardrails against expanding capacity in China and other countries of concern',
      'Passed weeks before the October 2022 chip export controls',
    ],
    links: [wikipedia('CHIPS_and_Science_Act', 'CHIPS and Science Act')],
    related: ['foreign-direct-product-rule', 'entity-list', 'asml', 'smic', 'ymtc'],
  },
  {
    id: 'foreign-direct-product-rule',
    label: 'Foreign Direct Product Rule (FDPR)',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: 'Foreign Direct Product Rule', case: 'proper' },
      { text: 'foreign-produced direct product rule', case: 'any' },
      { text: 'FDPR', case: 'exact', afterFullName: true },
    ],
    country: 'US',
    owners: ['Commerce Department', 'Department of Commerce', 'Bureau of Industry and Security'],
    role: 'US export rule reaching foreign-made goods built with US technology',
    summary:
      'A US export control rule that extends American licensing requirements to goods made abroad with US software, technology or tools. Widened in 2020 to cut Huawei off from foreign-made chips, it is a main lever of US chip controls on China.',
    knownFor: [
      'Used in 2020 to cut Huawei off from chips made with US tools',
      'Central to the October 2022 and later chip export controls',
    ],
    links: [
      {
        url: 'https://www.haynesboone.com/news/publications/bis-expansion-of-foreign-direct-product-rule-targeting-huawei',
        title: 'BIS\'s Expansion of Foreign Direct Product Rule Targeting Huawei',
        publisher: 'Haynes Boone',
        published: '2020-08-04',
      },
      {
        url: 'https://www.wilmerhale.com/en/insights/client-alerts/20200519-commerce-department-escalates-us-china-technology-competition-targeting-huawei-again',
        title: 'Commerce Department Escalates US-China Technology Competition, Targeting Huawei Again',
        publisher: 'WilmerHale',
        published: '2020-05-19',
      },
    ],
    related: ['entity-list', 'chips-act', 'wassenaar-arrangement', 'huawei', 'smic'],
  },
  // --- United Kingdom ------------------------------------------------------------------------
  {
    id: 'national-security-act-2023',
    label: 'National Security Act 2023 (UK)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'National Security Act 2023', case: 'proper' },
      { text: 'National Security Act', case: 'proper' },
    ],
    country: 'GB',
    // The US act of 1947, South Korea's, India's and Taiwan's share the name.
    sharedName: true,
    owners: ['Home Office'],
    namesakes: ['National Security Act of 1947', 'National Security Act 1947'],
    year: 2023,
    role: 'UK law against espionage, sabotage and foreign interference',
    summary:
      'The UK law of July 2023 that replaced most of the Official Secrets Acts with modern offences of espionage, sabotage, foreign interference and assisting a foreign intelligence service, and created the Foreign Influence Registration Scheme.',
    knownFor: [
      'First convictions in 2025 over the Wagner-directed arson of a London warehouse',
      'Offence of assisting a foreign intelligence service, used in cases linked to Russia and Hong Kong',
      'Part 4: the Foreign Influence Registration Scheme, in force from July 2025',
    ],
    links: [
      { url: 'https://www.legislation.gov.uk/ukpga/2023/32/contents', title: 'National Security Act 2023', publisher: 'legislation.gov.uk' },
      {
        url: 'https://www.2harecourt.com/2025/07/15/foreign-influence-and-malicious-actors-another-regulated-sector/',
        title: 'Foreign influence and malicious actors: another regulated sector?',
        publisher: '2 Hare Court',
        published: '2025-07-15',
      },
    ],
    related: ['foreign-influence-registration-scheme', 'official-secrets-act', 'mi5', 'investigatory-powers-act', 'counter-terrorism-policing'],
  },
  {
    id: 'foreign-influence-registration-scheme',
    label: 'Foreign Influence Registration Scheme (FIRS)',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: 'Foreign Influence Registration Scheme', case: 'proper' },
      { text: 'Foreign Activities and Foreign Influence Registration Scheme', case: 'proper' },
      {
        text: 'FIRS',
        case: 'exact',
        context: { requires: [['foreign influence', 'Foreign Influence Registration Scheme', 'National Security Act', 'Home Office', 'foreign power', 'foreign powers']] },
      },
    ],
    country: 'GB',
    owners: ['Home Office'],
    year: 2025,
    role: 'UK register of activities directed by foreign powers',
    summary:
      'The UK scheme, set up by the National Security Act 2023 and in force since July 2025, under which anyone directed by a foreign power to carry out political influence in the UK must register it; an enhanced tier, covering Iran and Russia, requires registering a wider range of activities.',
    knownFor: [
      'In force from 1 July 2025',
      'Enhanced tier for Iran and Russia',
      'Debate over whether to add China to the enhanced tier',
    ],
    links: [
      {
        url: 'https://www.natlawreview.com/article/enhancing-uks-national-security-capability-foreign-influence-registration-scheme',
        title: 'Enhancing the UK’s National Security Capability: The Foreign Influence Registration Scheme',
        publisher: 'The National Law Review',
        published: '2024-05-28',
      },
      {
        url: 'https://www.2harecourt.com/2025/07/15/foreign-influence-and-malicious-actors-another-regulated-sector/',
        title: 'Foreign influence and malicious actors: another regulated sector?',
        publisher: '2 Hare Court',
        published: '2025-07-15',
      },
    ],
    related: ['national-security-act-2023', 'fara', 'foreign-influence-transparency-scheme', 'countering-foreign-interference-act'],
  },
  {
    id: 'official-secrets-act',
    label: 'Official Secrets Act (UK)',
    kind: 'law',
    pack: 'laws',
    aliases: [{ text: 'Official Secrets Act', case: 'proper', plural: true }],
    country: 'GB',
    // India's (1923), Ireland's (1963), Malaysia's (1972), Singapore's and others share the name.
    sharedName: true,
    namesakes: [
      'Official Secrets Act 1923',
      'Official Secrets Act, 1923',
      'Official Secrets Act 1963',
      'Official Secrets Act 1972',
      'Official Secrets Act of India',
    ],
    year: 1911,
    role: 'UK law on spying and unauthorised disclosure of official information',
    summary:
      'The UK’s Official Secrets Acts: the spying offences of the 1911 to 1939 Acts, replaced in December 2023 by the National Security Act, and the 1989 Act, still in force, which makes unauthorised disclosure of security, defence and diplomatic information a crime.',
    knownFor: [
      'The collapsed 2025 case against two men accused of spying for China, which needed China shown to be an “enemy”',
      'Prosecution of GCHQ translator Katharine Gun, dropped in 2004',
      'Signed by civil servants and intelligence officers on appointment',
    ],
    links: [
      wikipedia('Official_Secrets_Act_1989', 'Official Secrets Act 1989'),
      {
        url: 'https://www.inkl.com/news/why-prosecutors-are-reluctant-to-use-notoriously-flaky-official-secrets-act',
        title: 'Why prosecutors are reluctant to use ‘notoriously flaky’ Official Secrets Act',
        publisher: 'The Guardian (via inkl)',
        published: '2023-09',
      },
    ],
    related: ['national-security-act-2023', 'mi5', 'gchq'],
  },
  {
    id: 'investigatory-powers-act',
    label: 'Investigatory Powers Act 2016 (UK)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Investigatory Powers Act', case: 'proper' },
      { text: 'Investigatory Powers (Amendment) Act', case: 'proper' },
      { text: "Snoopers' Charter", case: 'any' },
      { text: "Snooper's Charter", case: 'any' },
      { text: 'Snoopers Charter', case: 'any' },
      // Also India Pale Ale and the phonetic alphabet: only after the full name.
      { text: 'IPA', case: 'exact', afterFullName: true },
    ],
    country: 'GB',
    owners: ['Home Office'],
    year: 2016,
    role: 'UK law governing interception, hacking and bulk data powers',
    summary:
      'The UK law that sets out the powers of the intelligence agencies and police to intercept communications, hack devices and collect bulk data, overseen by judicial commissioners. Critics call it the “Snoopers’ Charter”; a 2024 amendment widened it, including notices that warn of new encryption.',
    knownFor: [
      'Technical capability notice served on Apple in 2025, which withdrew Advanced Data Protection in the UK',
      'Bulk interception and equipment interference warrants for GCHQ',
      'Amended by the Investigatory Powers (Amendment) Act 2024',
    ],
    links: [
      { url: 'https://www.legislation.gov.uk/ukpga/2016/25/contents', title: 'Investigatory Powers Act 2016', publisher: 'legislation.gov.uk' },
      {
        url: 'https://privacyinternational.org/legal-action/pi-apple-tcn-challenge',
        title: 'PI Apple TCN Challenge',
        publisher: 'Privacy International',
      },
    ],
    related: ['technical-capability-notice', 'investigatory-powers-tribunal', 'ripa', 'national-security-act-2023', 'gchq', 'mi5'],
  },
  {
    id: 'technical-capability-notice',
    label: 'Technical capability notice (UK)',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: 'technical capability notice', case: 'any', plural: true },
      { text: 'TCN', case: 'exact', afterFullName: true },
    ],
    country: 'GB',
    // Australia's 2018 Assistance and Access Act has notices of the same name.
    sharedName: true,
    owners: ['Home Office', 'Home Secretary'],
    year: 2016,
    role: 'secret UK order to keep the ability to hand over data',
    summary:
      'An order, under section 253 of the Investigatory Powers Act, with which the Home Secretary can require a communications company to build and keep the technical ability to give the authorities access to data. Its existence must be kept secret by the company that receives it.',
    knownFor: [
      'Notice reportedly served on Apple over iCloud encryption (2025)',
      'Challenged by Apple, Privacy International and Liberty at the Investigatory Powers Tribunal',
    ],
    links: [
      {
        url: 'https://privacyinternational.org/legal-action/pi-apple-tcn-challenge',
        title: 'PI Apple TCN Challenge',
        publisher: 'Privacy International',
      },
      {
        url: 'https://shoosmiths.com/insights/articles/apple-makes-it-crunch-time-for-encryption-in-the-uk',
        title: 'Apple makes it crunch time for encryption in the UK',
        publisher: 'Shoosmiths',
        published: '2025-02',
      },
    ],
    related: ['investigatory-powers-act', 'investigatory-powers-tribunal'],
  },
  {
    id: 'investigatory-powers-tribunal',
    label: 'Investigatory Powers Tribunal (IPT)',
    kind: 'institution',
    pack: 'laws',
    aliases: [
      { text: 'Investigatory Powers Tribunal', case: 'proper' },
      { text: 'IPT', case: 'exact', afterFullName: true },
    ],
    country: 'GB',
    year: 2000,
    role: 'UK tribunal that hears complaints about surveillance',
    summary:
      'The UK court that hears complaints about surveillance by the intelligence agencies, police and other public bodies, and challenges under the Investigatory Powers Act; much of its work is done in closed hearings.',
    knownFor: [
      'Apple’s 2025 challenge to a technical capability notice',
      'Ruled in 2015 that GCHQ’s intelligence sharing with the NSA had been unlawful before it was disclosed',
    ],
    links: [
      wikipedia('Investigatory_Powers_Tribunal', 'Investigatory Powers Tribunal'),
      {
        url: 'https://privacyinternational.org/legal-action/pi-apple-tcn-challenge',
        title: 'PI Apple TCN Challenge',
        publisher: 'Privacy International',
      },
    ],
    related: ['investigatory-powers-act', 'technical-capability-notice', 'ripa', 'gchq'],
  },
  {
    id: 'ripa',
    label: 'Regulation of Investigatory Powers Act 2000 (RIPA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Regulation of Investigatory Powers Act', case: 'proper' },
      {
        text: 'RIPA',
        case: 'exact',
        context: { requires: [['surveillance', 'covert', 'interception', 'investigatory', 'Investigatory Powers', 'police', 'Home Office', 'snooping', 'spying']] },
      },
    ],
    country: 'GB',
    year: 2000,
    role: 'UK law on covert surveillance and informants',
    summary:
      'The UK law of 2000 that governs covert surveillance, the use of informants and undercover officers, and the power to demand encryption keys. Its interception and data powers passed to the Investigatory Powers Act 2016.',
    knownFor: [
      'Use by local councils for minor investigations, criticised as snooping',
      'Power to compel the handing over of encryption keys',
      'Created the Investigatory Powers Tribunal',
    ],
    links: [
      {
        url: 'https://www.legislation.gov.uk/ukpga/2000/23/contents',
        title: 'Regulation of Investigatory Powers Act 2000',
        publisher: 'legislation.gov.uk',
      },
    ],
    related: ['investigatory-powers-act', 'investigatory-powers-tribunal'],
  },
  {
    id: 'national-security-and-investment-act',
    label: 'National Security and Investment Act 2021 (UK)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'National Security and Investment Act', case: 'proper' },
      { text: 'National Security Investment Act', case: 'proper' },
      { text: 'NSI Act', case: 'exact' },
      // Also the Nigeria Sovereign Investment Authority.
      { text: 'NSIA', case: 'exact', afterFullName: true },
    ],
    country: 'GB',
    year: 2021,
    role: 'UK power to screen and block takeovers on security grounds',
    summary:
      'The UK law, in force since January 2022, that requires buyers to notify the government of deals in 17 sensitive sectors and lets ministers call in, impose conditions on or block any acquisition that threatens national security.',
    knownFor: [
      'Ordered the Chinese-owned Nexperia to sell Newport Wafer Fab (2022)',
      'Blocks and conditions most often on buyers linked to China',
      'Mandatory notification in 17 sectors such as defence, AI and semiconductors',
    ],
    links: [
      {
        url: 'https://my.slaughterandmay.com/insights/briefings/two-deals-by-chinese-companies-blocked-under-the-uks-national-security-and-investment-act',
        title: 'Two deals by Chinese companies blocked under the UK’s National Security and Investment Act',
        publisher: 'Slaughter and May',
        published: '2022-08-23',
      },
      {
        url: 'https://www.investorschronicle.co.uk/news/2022/01/05/government-gains-new-powers-to-block-foreign-takeovers/',
        title: 'Government gains new powers to block foreign takeovers',
        publisher: 'Investors’ Chronicle',
        published: '2022-01-05',
      },
    ],
    related: ['cfius', 'cabinet-office', 'telecommunications-security-act', 'newport-wafer-fab', 'nexperia', 'wingtech'],
  },
  {
    id: 'telecommunications-security-act',
    label: 'Telecommunications (Security) Act 2021 (UK)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Telecommunications (Security) Act', case: 'proper' },
      { text: 'Telecommunications Security Act', case: 'proper' },
    ],
    country: 'GB',
    year: 2021,
    role: 'UK law that enforces the removal of Huawei from 5G networks',
    summary:
      'The UK law of November 2021 that sets stricter security duties for telecom operators, enforced by Ofcom, and lets the government designate “high-risk vendors” and direct operators to limit or remove their equipment, the legal basis for taking Huawei out of British 5G networks by 2027.',
    knownFor: [
      'Designation notice to Huawei and directions to 35 operators (October 2022)',
      'All Huawei equipment out of UK 5G networks by the end of 2027',
      'Fines of up to 10% of turnover for operators that break the rules',
    ],
    links: [
      {
        url: 'https://www.theregister.com/2021/11/18/dcms_tca/',
        title: 'UK Telecommunications Act – aka \'power to strip out Huawei\' – makes it to the statute book',
        publisher: 'The Register',
        published: '2021-11-18',
      },
      {
        url: 'https://www.gov.uk/government/publications/targeted-consultations-on-proposed-designated-vendor-direction-and-designation-notice/telecommunications-security-act-2021-draft-designation-notice-consultation',
        title: 'Telecommunications (Security) Act 2021: draft designation notice consultation',
        publisher: 'GOV.UK',
        published: '2022-10-13',
      },
    ],
    related: ['national-security-and-investment-act', 'eu-5g-toolbox', 'huawei', 'ncsc-uk'],
  },
  // --- China and Hong Kong -------------------------------------------------------------------
  {
    id: 'counter-espionage-law',
    label: 'Counter-Espionage Law (China)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Counter-Espionage Law', case: 'proper' },
      { text: 'Counterespionage Law', case: 'proper' },
      { text: 'Anti-Espionage Law', case: 'proper' },
      { text: 'Anti-Spying Law', case: 'proper' },
      { text: "Counter-Espionage Law of the People's Republic of China", case: 'proper' },
      { text: "Counterespionage Law of the People's Republic of China", case: 'proper' },
    ],
    country: 'CN',
    sharedName: true,
    owners: ['Ministry of State Security'],
    year: 2014,
    role: 'China’s law against espionage, widened in 2023',
    summary:
      'China’s 2014 law against spying, enforced by the state security organs. The 2023 revision, in force since July 2023, counts handing over any documents or data “related to national security” as espionage and lets officials inspect people’s and companies’ devices and premises.',
    knownFor: [
      'Revised in April 2023, in force 1 July 2023',
      'Raids on Mintz Group, Bain & Company and Capvision in 2023',
      'Detentions of foreign employees, such as an Astellas Pharma executive',
    ],
    links: [
      {
        url: 'https://faegredrinker.com/zh/insights/publications/2023/7/china-enacts-updated-counterespionage-law-increasing-risks-for-multinationals-operating-in-china',
        title: 'China Enacts Updated Counterespionage Law, Increasing Risks for Multinationals Operating in China',
        publisher: 'Faegre Drinker',
        published: '2023-07-11',
      },
      {
        url: 'https://www.nippon.com/en/news/kd1047643071129895685/china%E2%80%99s-revised-anti-espionage-law-takes-effect-amid-business-worries.html',
        title: 'China’s revised anti-espionage law takes effect amid business worries',
        publisher: 'Nippon.com (Jiji Press)',
        published: '2023-07-01',
      },
    ],
    related: ['mss', 'national-intelligence-law', 'data-security-law', 'national-security-law-china'],
  },
  {
    id: 'data-security-law',
    label: 'Data Security Law (China)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Data Security Law', case: 'proper' },
      { text: "Data Security Law of the People's Republic of China", case: 'proper' },
      // DSL is also digital subscriber line broadband.
      {
        text: 'DSL',
        case: 'exact',
        afterFullName: true,
        context: { requires: [['Data Security Law']], excludes: ['modem', 'modems', 'broadband', 'router', 'routers'] },
      },
    ],
    country: 'CN',
    sharedName: true,
    year: 2021,
    role: 'China’s law classifying data by its importance to the state',
    summary:
      'China’s law in force since September 2021 that sorts data by its importance to the state, puts “core” and “important” data under strict control, and forbids handing data stored in China to foreign courts or police without Beijing’s approval.',
    knownFor: [
      'In force 1 September 2021',
      'Classes of “important data” and “national core data”',
      'Approval needed before giving data to foreign judicial or law enforcement bodies',
    ],
    links: [
      {
        url: 'https://cybersecurityminute.com/security-blogs/the-implications-of-chinas-new-personal-information-protection-law',
        title: 'The implications of China’s new Personal Information Protection Law',
        publisher: 'Cybersecurity Minute',
      },
      {
        url: 'https://startwithidentity.com/regulations/china/',
        title: 'China: data regulations',
        publisher: 'Start With Identity',
      },
    ],
    related: ['cybersecurity-law', 'personal-information-protection-law', 'national-intelligence-law', 'counter-espionage-law', 'cyberspace-administration-of-china'],
  },
  {
    id: 'cybersecurity-law',
    label: 'Cybersecurity Law (China)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Cybersecurity Law', case: 'proper' },
      { text: 'Cyber Security Law', case: 'proper' },
      { text: "Cybersecurity Law of the People's Republic of China", case: 'proper' },
      // CSL is also a maker of biotech products, a stock ticker and more.
      { text: 'CSL', case: 'exact', afterFullName: true },
    ],
    country: 'CN',
    // Vietnam's 2018 law is also called its Cybersecurity Law.
    sharedName: true,
    year: 2017,
    role: 'China’s founding law on network security and data localisation',
    summary:
      'China’s law in force since June 2017 that requires network operators to store certain data in China, to verify users’ real names and to help the security organs, and that subjects “critical information infrastructure” and its suppliers to security reviews.',
    knownFor: [
      'Data localisation for critical information infrastructure operators',
      'Security reviews that shut Micron out of critical infrastructure purchases (2023)',
      'Enforced by the Cyberspace Administration of China',
    ],
    links: [
      wikipedia('Cybersecurity_Law_of_the_People%27s_Republic_of_China', 'Cybersecurity Law of the People’s Republic of China'),
      {
        url: 'https://www.dlapiperdataprotection.com/?t=law&c=CN',
        title: 'Data Protection Laws of the World: China',
        publisher: 'DLA Piper',
      },
    ],
    related: ['data-security-law', 'personal-information-protection-law', 'national-intelligence-law', 'cyberspace-administration-of-china'],
  },
  {
    id: 'personal-information-protection-law',
    label: 'Personal Information Protection Law (China, PIPL)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Personal Information Protection Law', case: 'proper' },
      { text: 'PIPL', case: 'exact' },
    ],
    country: 'CN',
    sharedName: true,
    year: 2021,
    role: 'China’s personal data law',
    summary:
      'China’s law on personal data, in force since November 2021: consent and purpose rules often compared with Europe’s GDPR, with security assessments or approved contracts before personal data leaves the country.',
    knownFor: ['In force 1 November 2021', 'Cross-border transfer assessments by the Cyberspace Administration of China'],
    links: [
      {
        url: 'https://cybersecurityminute.com/security-blogs/the-implications-of-chinas-new-personal-information-protection-law',
        title: 'The implications of China’s new Personal Information Protection Law',
        publisher: 'Cybersecurity Minute',
      },
      {
        url: 'https://startwithidentity.com/regulations/china/',
        title: 'China: data regulations',
        publisher: 'Start With Identity',
      },
    ],
    related: ['data-security-law', 'cybersecurity-law', 'cyberspace-administration-of-china'],
  },
  {
    id: 'national-security-law-china',
    label: 'National Security Law (China, 2015)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: "National Security Law of the People's Republic of China", case: 'proper' },
      { text: 'PRC National Security Law', case: 'proper' },
      // On a page about Hong Kong, "China's national security law" is the one Beijing imposed on the city.
      { text: "China's National Security Law", case: 'proper', context: { requires: [['China']], excludes: hongKongCues } },
      { text: "China's 2015 National Security Law", case: 'proper' },
    ],
    country: 'CN',
    year: 2015,
    role: 'China’s framework law on “holistic” national security',
    summary:
      'The framework law China adopted on 1 July 2015 that defines national security broadly, from politics and the economy to cyberspace and outer space, and obliges citizens and organisations to help the state security organs. It is a different law from the one imposed on Hong Kong in 2020.',
    knownFor: [
      'Adopted on 1 July 2015 under Xi Jinping’s “holistic view” of national security',
      'Foundation of the later counter-espionage, cybersecurity and intelligence laws',
    ],
    links: [
      {
        url: 'https://chinajusticeobserver.com/law/x/national-security-law-20150701/intro',
        title: 'National Security Law (2015)',
        publisher: 'China Justice Observer',
      },
      {
        url: 'https://www.jagranjosh.com/current-affairs/chinas-standing-committee-of-the-npc-passed-national-security-law-1435749314-1',
        title: 'China’s Standing Committee of the NPC passed National Security Law',
        publisher: 'Jagran Josh',
        published: '2015-07-01',
      },
    ],
    related: ['counter-espionage-law', 'national-intelligence-law', 'hong-kong-national-security-law'],
  },
  {
    id: 'hong-kong-national-security-law',
    label: 'Hong Kong National Security Law (2020)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      // Reuters and the AP write it in lower case; on a page about Hong Kong it is this law.
      { text: 'National Security Law', case: 'any', context: { requires: [hongKongCues] } },
      { text: 'Hong Kong National Security Law', case: 'any' },
      // Named with the sovereign that imposed it, which would otherwise make it another country's law.
      { text: "Beijing's national security law", case: 'any', context: { requires: [hongKongCues] } },
      { text: "China's national security law for Hong Kong", case: 'any' },
      { text: 'national security law for Hong Kong', case: 'any' },
      {
        text: "Law of the People's Republic of China on Safeguarding National Security in the Hong Kong Special Administrative Region",
        case: 'any',
      },
      { text: 'NSL', case: 'exact', afterFullName: true },
    ],
    country: 'HK',
    // South Korea's National Security Law, and "national security law" as a field of study.
    sharedName: true,
    namesakes: [
      'national security law expert',
      'national security law experts',
      'national security law scholar',
      'national security law professor',
      'professor of national security law',
      'national security law programme',
      'national security law program',
    ],
    year: 2020,
    role: 'security law imposed on Hong Kong by Beijing',
    summary:
      'The law China’s legislature imposed on Hong Kong on 30 June 2020, after the 2019 protests, creating the crimes of secession, subversion, terrorism and collusion with foreign forces, with life sentences, reach over people abroad and a mainland security office in the city.',
    knownFor: [
      'The trial of Apple Daily founder Jimmy Lai',
      'The “Hong Kong 47” subversion case over an unofficial primary',
      'Arrest warrants and bounties for activists living abroad',
    ],
    links: [
      wikipedia('Hong_Kong_national_security_law', 'Hong Kong national security law'),
      {
        url: 'https://chinadigitaltimes.net/2024/05/hong-kong-makes-first-arrests-under-article-23-national-security-law/',
        title: 'Hong Kong Makes First Arrests Under Article 23 National Security Law',
        publisher: 'China Digital Times',
        published: '2024-05',
      },
    ],
    related: ['article-23-ordinance', 'national-security-law-china'],
  },
  {
    id: 'article-23-ordinance',
    label: 'Safeguarding National Security Ordinance (Hong Kong, “Article 23”)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Safeguarding National Security Ordinance', case: 'any' },
      // Article 23 of many constitutions and of the GDPR: only Hong Kong's Basic Law article on a page about the city.
      {
        text: 'Article 23',
        case: 'proper',
        context: { requires: [hongKongCues, ['national security', 'security law', 'Basic Law', 'sedition', 'legislation', 'Legislative Council']] },
      },
      { text: 'homegrown national security law', case: 'any', context: { requires: [hongKongCues] } },
      { text: 'second national security law', case: 'any', context: { requires: [hongKongCues] } },
      // In 2024 "Hong Kong's new national security law" was the ordinance; in 2020 it was Beijing's law.
      {
        text: 'new national security law',
        case: 'any',
        context: { requires: [hongKongCues, ['Article 23', 'Safeguarding National Security Ordinance']] },
      },
      { text: 'home-grown national security law', case: 'any', context: { requires: [hongKongCues] } },
    ],
    country: 'HK',
    year: 2024,
    role: 'Hong Kong’s own national security law, passed in 2024',
    summary:
      'The security law Hong Kong’s legislature passed unanimously in March 2024 to fulfil Article 23 of the city’s Basic Law, adding offences such as treason, sedition, theft of state secrets and “external interference”, on top of the 2020 law imposed by Beijing.',
    knownFor: [
      'Passed on 19 March 2024, in force 23 March, after a first attempt was shelved in 2003 amid mass protests',
      'First arrests in May 2024 over “seditious” social media posts',
      'Used to cancel the passports of activists living abroad',
    ],
    links: [
      wikipedia('Safeguarding_National_Security_Ordinance', 'Safeguarding National Security Ordinance'),
      {
        url: 'https://amnesty.ca/human-rights-news/article-23-10-things-you-need-to-know-about-hong-kongs-new-security-law',
        title: 'Article 23: 10 things you need to know about Hong Kong’s new security law',
        publisher: 'Amnesty International Canada',
        published: '2024-03',
      },
    ],
    related: ['hong-kong-national-security-law'],
  },
  {
    id: 'unreliable-entity-list',
    label: 'Unreliable Entity List (China)',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      // Capitalised only: "China's unreliable entity list" in lower case is a trap of the shared
      // fixtures (for the US Entity List), and is read as no term.
      { text: 'Unreliable Entity List', case: 'proper' },
      { text: "China's Unreliable Entity List", case: 'proper' },
      { text: 'Unreliable Entities List', case: 'proper' },
    ],
    country: 'CN',
    owners: ['Ministry of Commerce', 'MOFCOM'],
    year: 2020,
    role: 'China’s list of foreign companies barred from trade with China',
    summary:
      'A list kept by China’s Ministry of Commerce since 2020 of foreign companies judged to harm China’s interests, which can be barred from trading with or investing in China. Beijing has used it mainly against US defence firms over arms sales to Taiwan.',
    knownFor: [
      'US defence contractors added over arms sales to Taiwan',
      'PVH and Illumina added in 2025 amid the US-China trade war',
    ],
    links: [
      {
        url: 'http://en.people.cn/n3/2025/0214/c90000-20276666.html',
        title: 'China\'s unreliable entity list only targets very small number of rule-breaking firms: commerce ministry',
        publisher: 'People\'s Daily Online (Xinhua)',
        published: '2025-02-14',
      },
      {
        url: 'https://internationalbusinessweekly.com/china-adds-calvin-klein-owner-and-illumina-to-blacklist',
        title: 'China adds Calvin Klein owner and Illumina to blacklist',
        publisher: 'International Business Weekly',
        published: '2025-02-04',
      },
    ],
    related: ['entity-list'],
  },
  // --- Russia --------------------------------------------------------------------------------
  {
    id: 'russia-foreign-agent-law',
    label: 'Russia’s foreign agent law',
    kind: 'law',
    pack: 'laws',
    aliases: [
      // Named with Russia, it is this law whatever else the page is about.
      { text: "Russia's foreign agent law", case: 'any', plural: true },
      { text: "Russia's foreign agents law", case: 'any', plural: true },
      { text: 'Russian foreign agent law', case: 'any', plural: true },
      { text: 'Russian foreign agents law', case: 'any', plural: true },
      // Unqualified, only on a page about Russia that is not about another country's copy of it.
      ...[
        'foreign agent law',
        'foreign agents law',
        "'foreign agent' law",
        "'foreign agents' law",
        '“foreign agent” law',
        '“foreign agents” law',
        'law on foreign agents',
      ].map((text) => ({
        text,
        case: 'any' as const,
        plural: !text.startsWith('law'),
        context: { requires: [russiaCues], excludes: otherForeignAgentLaws },
      })),
    ],
    country: 'RU',
    sharedName: true,
    year: 2012,
    role: 'Russian law branding critics with foreign ties “foreign agents”',
    summary:
      'The Russian law of 2012, widened many times since, under which the Justice Ministry labels organisations, media and individuals that receive foreign support or are deemed under foreign “influence” as foreign agents, with audits, labels on everything they publish and bans on many activities.',
    knownFor: [
      'Hundreds of journalists, NGOs and opposition figures listed, from Memorial to Meduza',
      'Cited as the model for laws in Georgia, Kyrgyzstan and elsewhere',
      'Found by the European Court of Human Rights to violate freedom of association (2022)',
    ],
    links: [
      wikipedia('Russian_foreign_agent_law', 'Russian foreign agent law'),
      {
        url: 'https://eu-russia-csf.org/statement-the-law-on-undesirable-organisations-threatens-to-cut-cooperation-of-russian-civil-society-with-its-international-partners/',
        title: 'Statement: The law on undesirable organisations threatens to cut cooperation of Russian civil society with its international partners',
        publisher: 'EU-Russia Civil Society Forum',
      },
    ],
    related: ['russia-undesirable-organisations-law', 'fara'],
  },
  {
    id: 'russia-undesirable-organisations-law',
    label: 'Russia’s undesirable organisations law',
    kind: 'law',
    pack: 'laws',
    aliases: [
      ...[
        'undesirable organisations law',
        'undesirable organizations law',
        'law on undesirable organisations',
        'law on undesirable organizations',
        'undesirable organisation',
        'undesirable organization',
        "'undesirable' organisation",
        "'undesirable' organization",
        '“undesirable” organisation',
        '“undesirable” organization',
      ].map((text) => ({
        text,
        case: 'any' as const,
        plural: !text.startsWith('law') && !text.endsWith('law'),
        context: { requires: [russiaCues] },
      })),
    ],
    country: 'RU',
    owners: ['Prosecutor General', "Prosecutor General's Office"],
    year: 2015,
    role: 'Russian law that bans foreign organisations as “undesirable”',
    summary:
      'The Russian law of 2015 that lets the Prosecutor General declare foreign or international organisations “undesirable”, banning their work in Russia and making taking part in them a crime punishable by prison.',
    knownFor: [
      'Designations of independent media, universities and NGOs, from the National Endowment for Democracy to Amnesty International',
      'Prison sentences for Russians taking part in banned groups',
    ],
    links: [
      wikipedia('Russian_undesirable_organizations_law', 'Russian undesirable organizations law'),
      {
        url: 'https://eu-russia-csf.org/statement-the-law-on-undesirable-organisations-threatens-to-cut-cooperation-of-russian-civil-society-with-its-international-partners/',
        title: 'Statement: The law on undesirable organisations threatens to cut cooperation of Russian civil society with its international partners',
        publisher: 'EU-Russia Civil Society Forum',
      },
    ],
    related: ['russia-foreign-agent-law'],
  },
  // --- European Union ------------------------------------------------------------------------
  {
    id: 'nis2-directive',
    label: 'NIS2 Directive (EU)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'NIS2', case: 'exact' },
      { text: 'NIS2 Directive', case: 'any' },
      { text: 'NIS 2 Directive', case: 'any' },
    ],
    year: 2022,
    role: 'EU directive on the cybersecurity of essential and important entities',
    summary:
      'The EU’s 2022 directive on network and information security, which member states had to apply from October 2024. It widens the sectors that must manage cyber risks and report serious incidents, and makes company boards answerable for it, with fines of up to 2% of turnover.',
    knownFor: [
      'Directive (EU) 2022/2555, replacing the 2016 NIS Directive',
      'Early warning of a significant incident due within 24 hours',
      'Many member states late to write it into national law',
    ],
    links: [
      {
        url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
        title: 'Directive (EU) 2022/2555 (NIS 2 Directive)',
        publisher: 'EUR-Lex',
        published: '2022-12-27',
      },
    ],
    related: ['cyber-resilience-act', 'eu-5g-toolbox', 'enisa'],
  },
  {
    id: 'cyber-resilience-act',
    label: 'Cyber Resilience Act (EU)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Cyber Resilience Act', case: 'proper' },
      // CRA is also the Canada Revenue Agency and the US Community Reinvestment Act.
      { text: 'CRA', case: 'exact', afterFullName: true },
    ],
    year: 2024,
    role: 'EU regulation setting security rules for connected products',
    summary:
      'The EU regulation of 2024 that sets cybersecurity requirements for hardware and software sold in the EU, from design to security updates, with duties to report actively exploited vulnerabilities from 2026 and the full rules applying from December 2027.',
    knownFor: ['Regulation (EU) 2024/2847', 'CE marking for cybersecurity of products with digital elements'],
    links: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
        title: 'Regulation (EU) 2024/2847 (Cyber Resilience Act)',
        publisher: 'EUR-Lex',
        published: '2024-11-20',
      },
    ],
    related: ['nis2-directive', 'enisa'],
  },
  {
    id: 'eu-5g-toolbox',
    label: 'EU 5G Toolbox',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: '5G Toolbox', case: 'proper' },
      { text: '5G security toolbox', case: 'any' },
      { text: '5G cybersecurity toolbox', case: 'any' },
      { text: 'toolbox on 5G cybersecurity', case: 'any' },
    ],
    year: 2020,
    role: 'EU measures to limit “high-risk” 5G suppliers',
    summary:
      'A set of measures the EU member states and the European Commission agreed in January 2020 to secure 5G networks, including restricting or excluding “high-risk suppliers” from core parts. In 2023 the Commission said Huawei and ZTE are such suppliers.',
    knownFor: [
      'Published on 29 January 2020 without naming any vendor',
      'June 2023: the Commission called Huawei and ZTE materially higher-risk suppliers',
      'Applied unevenly: about a third of member states had restricted high-risk vendors by 2023',
    ],
    links: [
      {
        url: 'https://www.cnet.com/news/europe-allows-huawei-for-5g-through-security-guidelines/',
        title: 'Europe allows Huawei for 5G through security guidelines',
        publisher: 'CNET',
        published: '2020-01-29',
      },
      {
        url: 'https://digital-strategy.ec.europa.eu/nl/news-redirect/791526',
        title: 'Communication from the Commission: Implementation of the 5G cybersecurity Toolbox',
        publisher: 'European Commission',
        published: '2023-06-15',
      },
    ],
    related: ['nis2-directive', 'clean-network', 'telecommunications-security-act', 'huawei', 'zte'],
  },
  // --- Australia and Canada ------------------------------------------------------------------
  {
    id: 'espionage-and-foreign-interference-act',
    label: 'Australia’s foreign interference laws (Espionage and Foreign Interference Act 2018)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Espionage and Foreign Interference Act', case: 'proper' },
      { text: 'National Security Legislation Amendment (Espionage and Foreign Interference) Act', case: 'any' },
      { text: "Australia's foreign interference law", case: 'any', plural: true },
      { text: 'Australian foreign interference law', case: 'any', plural: true },
    ],
    country: 'AU',
    year: 2018,
    role: 'Australian law against covert foreign interference',
    summary:
      'The Australian law of 2018 that created offences of foreign interference, covert or deceptive conduct on behalf of a foreign government, and widened the espionage and secrecy offences, passed amid concern over Chinese influence in Australian politics.',
    knownFor: [
      'First conviction, of Melbourne man Di Sanh Duong (2023)',
      'Passed together with the Foreign Influence Transparency Scheme',
      'Introduced after warnings about Chinese influence in Australian politics',
    ],
    links: [
      {
        url: 'https://www.brisbanetimes.com.au/politics/federal/agencies-on-notice-to-watch-for-foreign-influence-in-next-election-20181122-p50hqc.html',
        title: 'Agencies on notice to watch for foreign influence in next election',
        publisher: 'Brisbane Times',
        published: '2018-11-22',
      },
    ],
    related: ['foreign-influence-transparency-scheme', 'countering-foreign-interference-act', 'asio'],
  },
  {
    id: 'foreign-influence-transparency-scheme',
    label: 'Foreign Influence Transparency Scheme (Australia)',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: 'Foreign Influence Transparency Scheme', case: 'proper' },
      // FITS is also an astronomy file format.
      { text: 'FITS', case: 'exact', afterFullName: true },
    ],
    country: 'AU',
    owners: ["Attorney-General's Department"],
    year: 2018,
    role: 'Australia’s public register of work done for foreign governments',
    summary:
      'Australia’s register, run by the Attorney-General’s Department since December 2018, on which people who lobby or communicate on behalf of a foreign government, party or state-linked company to influence Australian politics must declare it.',
    knownFor: [
      'Former cabinet ministers must register work for foreign principals for some years after leaving office',
      'Reviewed by parliament’s intelligence committee in 2023',
    ],
    links: [
      {
        url: 'https://www.allens.com.au/insights-news/insights/2018/09/the-foreign-influence-transparency-scheme---from-bill-to/',
        title: 'The Foreign Influence Transparency Scheme - from Bill to Law',
        publisher: 'Allens',
        published: '2018-09',
      },
      {
        url: 'http://classic.austlii.edu.au/au/legis/cth/bill_em/fitsb2017367/memo_1.html',
        title: 'Foreign Influence Transparency Scheme Bill 2017: Replacement Explanatory Memorandum',
        publisher: 'AustLII',
      },
    ],
    related: ['espionage-and-foreign-interference-act', 'fara', 'foreign-influence-registration-scheme', 'asio'],
  },
  {
    id: 'countering-foreign-interference-act',
    label: 'Countering Foreign Interference Act (Canada, Bill C-70)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Countering Foreign Interference Act', case: 'proper' },
      { text: 'Bill C-70', case: 'any' },
      {
        text: 'C-70',
        case: 'exact',
        context: { requires: [['Canada', 'Canadian', 'Ottawa', 'CSIS'], ['foreign interference', 'foreign influence']] },
      },
      { text: 'Foreign Influence Transparency Registry', case: 'proper' },
      { text: 'Foreign Influence Transparency and Accountability Act', case: 'proper' },
    ],
    country: 'CA',
    year: 2024,
    role: 'Canadian law creating a foreign influence registry and new interference offences',
    summary:
      'The Canadian law passed in June 2024, after inquiries into Chinese and Indian interference, that creates a foreign influence transparency registry, new foreign interference and sabotage offences, and wider powers for CSIS to share intelligence.',
    knownFor: [
      'Tabled in May 2024 and passed within seven weeks',
      'Creates a Foreign Influence Transparency Commissioner and registry',
      'Amends the CSIS Act and the Security of Information Act',
    ],
    links: [
      {
        url: 'https://www.ctvnews.ca/politics/canadian-gov-t-proposes-new-foreign-influence-registry-as-part-of-wide-spanning-new-bill-1.6875228',
        title: 'Canadian government proposes new foreign influence registry as part of wide-spanning new bill',
        publisher: 'CTV News',
        published: '2024-05-06',
      },
      {
        url: 'https://blakes.com/insights/new-foreign-influence-registry-to-impose-heavy-compliance-burden/',
        title: 'Bill C-70\'s New Foreign Influence Registry to Impose Heavy Compliance Burden',
        publisher: 'Blakes',
        published: '2024-05-10',
      },
    ],
    related: ['foreign-influence-transparency-scheme', 'foreign-influence-registration-scheme', 'fara', 'csis'],
  },
  // --- International -------------------------------------------------------------------------
  {
    id: 'wassenaar-arrangement',
    label: 'Wassenaar Arrangement',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: 'Wassenaar Arrangement', case: 'proper' },
      // Wassenaar is also a Dutch town.
      { text: 'Wassenaar', case: 'proper', afterFullName: true },
    ],
    year: 1996,
    role: 'multilateral export-control regime for arms and dual-use goods',
    summary:
      'An arrangement of some 42 states, Russia among them, that agree common lists of conventional arms and dual-use goods to control in their export laws. In 2013 it added intrusion software and internet surveillance systems, a step aimed at the spyware trade.',
    knownFor: [
      'Named after the Dutch town where it was agreed (1995–96)',
      'Controls on “intrusion software” added in December 2013',
      'Decisions need consensus, so any member, Russia included, can block new controls',
    ],
    links: [
      { url: 'https://www.wassenaar.org/', title: 'The Wassenaar Arrangement', publisher: 'Wassenaar Arrangement Secretariat' },
      {
        url: 'https://justsecurity.org/2014/01/15/export-control-arrangement-apply-computer-exploits/',
        title: 'Export Control Arrangement to Apply to Computer Exploits',
        publisher: 'Just Security',
        published: '2014-01-15',
      },
    ],
    related: ['foreign-direct-product-rule', 'entity-list', 'finfisher'],
  },
  {
    id: 'budapest-convention',
    label: 'Budapest Convention on Cybercrime',
    kind: 'law',
    pack: 'laws',
    aliases: [
      {
        text: 'Budapest Convention',
        case: 'proper',
        context: { requires: [['cybercrime', 'cyber', 'Council of Europe', 'electronic evidence', 'hacking', 'computer crime']] },
      },
      { text: 'Convention on Cybercrime', case: 'proper' },
    ],
    year: 2001,
    role: 'Council of Europe treaty on cybercrime',
    summary:
      'The first international treaty on crimes committed through computers, opened for signature by the Council of Europe in Budapest in 2001 and joined by many countries outside Europe, including the US and Japan. Russia and China stayed out and pushed for a UN treaty instead.',
    knownFor: [
      'In force since 2004, with about 80 parties',
      'Second protocol (2022) on cross-border access to electronic evidence',
    ],
    links: [
      { url: 'https://www.coe.int/en/web/cybercrime/the-budapest-convention', title: 'The Budapest Convention', publisher: 'Council of Europe' },
      wikipedia('Convention_on_Cybercrime', 'Convention on Cybercrime'),
    ],
    related: ['un-cybercrime-convention'],
  },
  {
    id: 'un-cybercrime-convention',
    label: 'UN Convention against Cybercrime',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'United Nations Convention against Cybercrime', case: 'any' },
      { text: 'UN Convention against Cybercrime', case: 'any' },
      { text: 'United Nations Convention on Cybercrime', case: 'any' },
      { text: 'UN Convention on Cybercrime', case: 'any' },
      { text: 'UN Cybercrime Convention', case: 'any' },
      { text: 'UN cybercrime treaty', case: 'any' },
      { text: 'Hanoi Convention', case: 'proper', context: { requires: [['cybercrime', 'cyber']] } },
    ],
    year: 2024,
    role: 'UN treaty on cybercrime and cross-border electronic evidence',
    summary:
      'The UN treaty on cybercrime, first proposed by Russia, adopted by the General Assembly in December 2024 and opened for signature in Hanoi in October 2025. Rights groups and technology firms warn that its broad evidence-sharing duties can serve surveillance of dissidents.',
    knownFor: [
      'Adopted by the UN General Assembly on 24 December 2024',
      'Signed by about 65 states in Hanoi in October 2025',
      'Criticised for weak human rights safeguards',
    ],
    links: [
      {
        url: 'https://english.vov.vn/en/politics/diplomacy/un-convention-against-cybercrime-opens-for-signature-in-hanoi-post1240639.vov',
        title: 'UN Convention against Cybercrime opens for signature in Hanoi',
        publisher: 'Voice of Vietnam',
        published: '2025-10-25',
      },
    ],
    related: ['budapest-convention'],
  },
  // --- More laws the security news names: hacking, sanctions, export and terrorism laws --------
  {
    id: 'computer-fraud-and-abuse-act',
    label: 'Computer Fraud and Abuse Act (CFAA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Computer Fraud and Abuse Act', case: 'any' },
      { text: 'CFAA', case: 'exact' },
    ],
    country: 'US',
    year: 1986,
    role: 'the US federal anti-hacking law',
    summary:
      'The main US federal law against hacking, which makes unauthorised access to computers and damage to them crimes. Indictments of foreign state hackers, from Chinese and Russian officers to North Korean programmers, are largely brought under it.',
    knownFor: [
      'Charges against foreign state hackers indicted in absentia',
      'Narrowed by the Supreme Court in Van Buren v. United States (2021)',
    ],
    links: [wikipedia('Computer_Fraud_and_Abuse_Act', 'Computer Fraud and Abuse Act')],
    related: ['computer-misuse-act', 'fbi', 'national-security-division'],
  },
  {
    id: 'computer-misuse-act',
    label: 'Computer Misuse Act 1990 (UK)',
    kind: 'law',
    pack: 'laws',
    aliases: [{ text: 'Computer Misuse Act', case: 'proper' }],
    country: 'GB',
    // Singapore and others have laws of the same name.
    sharedName: true,
    namesakes: ['Computer Misuse Act 1993'],
    year: 1990,
    role: 'the UK’s anti-hacking law',
    summary:
      'The UK law of 1990 that makes unauthorised access to computers, and acts that impair them, crimes. Security researchers have long asked for a defence for good-faith research, which the government has considered adding.',
    knownFor: ['Charges against hackers and insiders in the UK', 'Calls to add a defence for security research'],
    links: [
      { url: 'https://www.legislation.gov.uk/ukpga/1990/18/contents', title: 'Computer Misuse Act 1990', publisher: 'legislation.gov.uk' },
      wikipedia('Computer_Misuse_Act_1990', 'Computer Misuse Act 1990'),
    ],
    related: ['computer-fraud-and-abuse-act', 'national-crime-agency'],
  },
  {
    id: 'terrorism-act-2000',
    label: 'Terrorism Act 2000 (UK)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Terrorism Act 2000', case: 'proper' },
      { text: 'Terrorism Act', case: 'proper' },
    ],
    country: 'GB',
    sharedName: true,
    owners: ['Home Office', 'Home Secretary'],
    // Other countries' anti-terrorism acts, and the UK's later ones.
    namesakes: [
      'Anti-Terrorism Act',
      'Counter-Terrorism Act',
      'Prevention of Terrorism Act',
      'Suppression of Terrorism Act',
      'Terrorism Act 2006',
      'Terrorism Prevention Act',
    ],
    year: 2000,
    role: 'UK law defining terrorism and banning terrorist groups',
    summary:
      'The UK’s main counter-terrorism law, which defines terrorism, lets the Home Secretary proscribe organisations so that belonging to or supporting them is a crime, and gives police powers to stop and question people at ports under its Schedule 7.',
    knownFor: [
      'Proscription of groups, including the Wagner Group (2023) and Palestine Action (2025)',
      'Schedule 7 port stops, used on people suspected of working for hostile states',
    ],
    links: [
      { url: 'https://www.legislation.gov.uk/ukpga/2000/11/contents', title: 'Terrorism Act 2000', publisher: 'legislation.gov.uk' },
      wikipedia('Terrorism_Act_2000', 'Terrorism Act 2000'),
    ],
    related: ['national-security-act-2023', 'counter-terrorism-policing', 'mi5'],
  },
  {
    id: 'ieepa',
    label: 'International Emergency Economic Powers Act (IEEPA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'International Emergency Economic Powers Act', case: 'any' },
      { text: 'IEEPA', case: 'exact' },
    ],
    country: 'US',
    year: 1977,
    role: 'US law behind most sanctions programmes',
    summary:
      'The US law of 1977 that lets the president, after declaring a national emergency over a foreign threat, block property and regulate trade with foreign countries, companies and people. Most US sanctions, including those on hackers, rest on it.',
    knownFor: [
      'Legal basis of the cyber-related sanctions programme (Executive Order 13694)',
      'Used in 2025 to impose tariffs, which courts reviewed',
    ],
    links: [wikipedia('International_Emergency_Economic_Powers_Act', 'International Emergency Economic Powers Act')],
    related: ['ofac', 'sdn-list', 'caatsa'],
  },
  {
    id: 'caatsa',
    label: 'Countering America’s Adversaries Through Sanctions Act (CAATSA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: "Countering America's Adversaries Through Sanctions Act", case: 'any' },
      { text: 'CAATSA', case: 'exact' },
    ],
    country: 'US',
    year: 2017,
    role: 'US sanctions law aimed at Russia, Iran and North Korea',
    summary:
      'The US law of August 2017 that wrote sanctions on Russia, Iran and North Korea into statute, limited the president’s power to lift those on Russia, and threatens sanctions on countries that buy major Russian weapons.',
    knownFor: [
      'Sanctions on Turkey’s defence procurement agency over the S-400 purchase (2020)',
      'Sanctions over Russian election interference and cyber attacks',
    ],
    links: [wikipedia('Countering_America%27s_Adversaries_Through_Sanctions_Act', 'Countering America’s Adversaries Through Sanctions Act')],
    related: ['ieepa', 'ofac', 'sdn-list'],
  },
  {
    id: 'global-magnitsky-act',
    label: 'Global Magnitsky Act',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Global Magnitsky Act', case: 'proper' },
      { text: 'Global Magnitsky Human Rights Accountability Act', case: 'any' },
      { text: 'Global Magnitsky', case: 'proper' },
    ],
    country: 'US',
    year: 2016,
    role: 'US law for sanctions on human rights abusers and the corrupt',
    summary:
      'The US law of 2016, named after the Russian lawyer Sergei Magnitsky who died in custody, that lets the government sanction people anywhere for serious human rights abuses or corruption. Britain, Canada and the EU have similar regimes.',
    knownFor: [
      'Sanctions over the killing of Jamal Khashoggi (2018)',
      'Sanctions on officials over the repression of Uyghurs in Xinjiang',
    ],
    links: [wikipedia('Magnitsky_Act', 'Magnitsky Act')],
    related: ['ofac', 'sdn-list', 'xinjiang'],
  },
  {
    id: 'uflpa',
    label: 'Uyghur Forced Labor Prevention Act (UFLPA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Uyghur Forced Labor Prevention Act', case: 'any' },
      { text: 'Uyghur Forced Labour Prevention Act', case: 'any' },
      { text: 'UFLPA', case: 'exact' },
    ],
    country: 'US',
    year: 2021,
    role: 'US ban on imports made with forced labour in Xinjiang',
    summary:
      'The US law of December 2021, in force since June 2022, that presumes goods made wholly or partly in Xinjiang, or by companies on its entity list, to be made with forced labour and bars them from import unless the importer proves otherwise.',
    knownFor: [
      'Presumption against goods from Xinjiang',
      'Its own entity list of companies, kept by the Department of Homeland Security',
    ],
    links: [wikipedia('Uyghur_Forced_Labor_Prevention_Act', 'Uyghur Forced Labor Prevention Act')],
    related: ['xinjiang', 'uyghurs', 'entity-list', 'dhs'],
  },
  {
    id: 'itar',
    label: 'International Traffic in Arms Regulations (ITAR)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'International Traffic in Arms Regulations', case: 'any' },
      { text: 'ITAR', case: 'exact' },
    ],
    country: 'US',
    // The Russian news agency ITAR-TASS.
    namesakes: ['ITAR-TASS'],
    year: 1976,
    role: 'US rules on the export of weapons and military technology',
    summary:
      'US State Department rules controlling the export of defence articles, services and technical data on the US Munitions List. Sending such data abroad without a licence, as in many China-linked smuggling and espionage cases, is a crime.',
    knownFor: ['Prosecutions for sending military technical data to China', 'Kept by the State Department’s Directorate of Defense Trade Controls'],
    links: [wikipedia('International_Traffic_in_Arms_Regulations', 'International Traffic in Arms Regulations')],
    related: ['export-administration-regulations', 'wassenaar-arrangement'],
  },
  {
    id: 'export-administration-regulations',
    label: 'Export Administration Regulations (EAR)',
    kind: 'law',
    pack: 'laws',
    aliases: [{ text: 'Export Administration Regulations', case: 'any' }],
    country: 'US',
    owners: ['Commerce Department', 'Department of Commerce', 'Bureau of Industry and Security'],
    role: 'US rules on exports of dual-use goods and technology',
    summary:
      'The US Commerce Department’s rules on exports of commercial and dual-use goods, software and technology, including chips and chipmaking tools. The Entity List and the foreign direct product rule are part of them.',
    knownFor: ['Home of the Entity List and the foreign direct product rule', 'Chip export controls on China since October 2022'],
    links: [wikipedia('Export_Administration_Regulations', 'Export Administration Regulations')],
    related: ['entity-list', 'foreign-direct-product-rule', 'itar', 'wassenaar-arrangement'],
  },
  {
    id: 'state-secrets-law',
    label: 'State Secrets Law (China)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Law on Guarding State Secrets', case: 'proper' },
      { text: 'State Secrets Law', case: 'proper' },
    ],
    country: 'CN',
    sharedName: true,
    year: 1988,
    role: 'China’s law on classified information, widened in 2024',
    summary:
      'China’s Law on Guarding State Secrets, first passed in 1988 and revised in 2010 and in February 2024. The 2024 revision puts the work under the Communist Party’s leadership and adds a category of “work secrets”, information that is not classified but whose leak would do harm.',
    knownFor: ['Revision in force since 1 May 2024', 'New category of “work secrets”'],
    links: [
      { url: 'http://en.people.cn/n3/2024/0228/c90000-20138156.html', title: 'China adopts revised Law on Guarding State Secrets', publisher: 'People\'s Daily Online (Xinhua)', published: '2024-02-28' },
      { url: 'https://www.wilmerhale.com/en/insights/client-alerts/20240301-china-revised-the-state-secrets-law', title: 'China Revised the State Secrets Law', publisher: 'WilmerHale', published: '2024-03-01' },
    ],
    related: ['counter-espionage-law', 'national-security-law-china', 'national-intelligence-law'],
  },
  {
    id: 'assistance-and-access-act',
    label: 'Assistance and Access Act 2018 (Australia)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Assistance and Access Act', case: 'proper' },
      { text: 'Telecommunications and Other Legislation Amendment (Assistance and Access) Act', case: 'any' },
      { text: 'TOLA Act', case: 'exact' },
    ],
    country: 'AU',
    year: 2018,
    role: 'Australia’s law compelling tech companies to help decrypt',
    summary:
      'The Australian law of December 2018, often called its encryption or decryption law, that lets security and police agencies request or compel communications providers to help them get at communications, through technical assistance and technical capability notices.',
    knownFor: ['First law of its kind aimed at encrypted messaging', 'Reviewed by the parliament’s intelligence committee and the security legislation monitor'],
    links: [
      {
        url: 'http://www.mondaq.com/australia/human-rights/967410/australian-security-monitor-recommends-changes-to-controversial-anti-encryption-legislation-tola-act',
        title: 'Australian Security Monitor Recommends Changes To Controversial Anti-Encryption Legislation (TOLA Act)',
        publisher: 'Mondaq',
        published: '2020-07',
      },
    ],
    related: ['technical-capability-notice', 'investigatory-powers-act', 'asio'],
  },
  {
    id: 'uapa',
    label: 'Unlawful Activities (Prevention) Act (India, UAPA)',
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'Unlawful Activities (Prevention) Act', case: 'any' },
      { text: 'Unlawful Activities Prevention Act', case: 'any' },
      { text: 'UAPA', case: 'exact' },
    ],
    country: 'IN',
    year: 1967,
    role: 'India’s main anti-terror law',
    summary:
      'India’s main law against terrorism and “unlawful” organisations, widened several times since 1967, under which people can be held for long periods before trial and bail is hard to get. It is used against militants and, critics say, against activists and journalists.',
    knownFor: ['Long pre-trial detention of activists and journalists', 'Bans on organisations declared unlawful'],
    links: [wikipedia('Unlawful_Activities_(Prevention)_Act', 'Unlawful Activities (Prevention) Act')],
    related: ['nia-india'],
  },
];

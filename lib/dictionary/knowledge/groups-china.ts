import type { Namer } from '../namers';
import type { Link, TermInput } from '../schema';

type AliasInput = TermInput['aliases'][number];

// Cues that a page is about hacking. Vendors' names made of ordinary words (Leviathan, Bronze
// Butler, Double Dragon, Velvet Ant, Lucky Mouse) count only on such pages; a zoo's pandas, a
// bronze statue or an entomologist's velvet ants never bring these words along.
const hackingCues = [
  'hacker',
  'hacking',
  'hacked',
  'hack',
  'cyberattack',
  'cyber attack',
  'cyber-attack',
  'cyber espionage',
  'cyber-espionage',
  'cyberespionage',
  'cyberspies',
  'cyberspy',
  'malware',
  'ransomware',
  'backdoor',
  'threat actor',
  'threat group',
  'hacking group',
  // Not the bare acronym, which an apartment number in capitals ("APT 10") would bring.
  'APT group',
  'APT actor',
  'APT attack',
  'APT campaign',
  'advanced persistent threat',
  'state-sponsored',
  'state-backed',
  'nation-state',
  'zero-day',
  'vulnerability',
  'vulnerabilities',
  'exploit',
  'exploited',
  'phishing',
  'phished',
  'intrusion',
  'breach',
  'breached',
  'cybersecurity',
  'cyber security',
  'threat intelligence',
];

// Microsoft's former element names are chemistry's words too: a materials or nuclear story
// that happens to mention a hack must still not read "hafnium" as the group.
const chemistryCues = [
  'periodic table',
  'chemical element',
  'atomic number',
  'oxide',
  'dioxide',
  'alloy',
  'superalloy',
  'isotope',
  'nuclear fuel',
  'fuel rods',
  'smelter',
  'metallurgy',
  'semiconductor materials',
  'germanium',
  'critical minerals',
  'rare earths',
  'nickel mining',
  'nickel miner',
  'nickel price',
  'nickel ore',
  'stainless steel',
  'battery metals',
  'lithium',
  'metals',
];

// Completed by onHackingPages() below with the groups' own unambiguous names: a page that names
// Volt Typhoon is about hacking even when it never says "hackers".
const onHackingPages = { requires: [hackingCues] };

/** A name that means only the group (a code name, a coined word): any capitalisation. */
const codeName = (text: string, by: Namer[]): AliasInput => ({ text, case: 'any', by });

/** An acronym or numbered name (APT41, TA416), exactly as written. */
const acronym = (text: string, by: Namer[]): AliasInput => ({ text, case: 'exact', by });

/** A vendor's two-word name that means nothing else (Volt Typhoon, Mustang Panda). */
const properName = (text: string, by: Namer[]): AliasInput => ({ text, case: 'proper', by });

/** A name made of ordinary words (Leviathan, Bronze Union, Lucky Mouse): only on pages about hacking. */
const wordsName = (text: string, by: Namer[]): AliasInput => ({ text, case: 'proper', by, context: onHackingPages });

/** A numbered name that could be a part or a flight number (TA416): exact, on pages about hacking. */
const numberedName = (text: string, by: Namer[]): AliasInput => ({ text, case: 'exact', by, context: onHackingPages });

/**
 * One of Microsoft's element names, retired in 2023. Written in capitals, as Microsoft wrote
 * them; `capitalised` where the press also writes them as names (Hafnium, Zirconium), which
 * the proper case rule accepts in capitals too.
 */
const element = (name: string, options: { capitalised?: boolean } = {}): AliasInput => ({
  text: options.capitalised ? name.charAt(0) + name.slice(1).toLowerCase() : name,
  case: options.capitalised ? 'proper' : 'exact',
  by: ['Microsoft'],
  former: true,
  context: { requires: [hackingCues], excludes: chemistryCues },
});

/** A name Microsoft used before it gave the group its current one (DEV-0391, Storm-0919). */
const formerCodeName = (text: string): AliasInput => ({ text, case: 'any', by: ['Microsoft'], former: true });

const mitre = (id: string, name: string): Link => ({
  url: `https://attack.mitre.org/groups/${id}/`,
  title: `${name} (${id})`,
  publisher: 'MITRE ATT&CK',
});

// Pages several concepts cite.
const ukChinaExchange2021: Link = {
  url: 'https://www.gov.uk/government/news/uk-and-allies-hold-chinese-state-responsible-for-a-pervasive-pattern-of-hacking',
  title: 'UK and allies hold Chinese state responsible for a pervasive pattern of hacking',
  publisher: 'UK Government',
  published: '2021-07-19',
};
const microsoftSharePoint2025: Link = {
  url: 'https://www.microsoft.com/en-us/security/blog/2025/07/22/disrupting-active-exploitation-of-on-premises-sharepoint-vulnerabilities/',
  title: 'Disrupting active exploitation of on-premises SharePoint vulnerabilities',
  publisher: 'Microsoft Threat Intelligence',
  published: '2025-07-22',
};
const doj2025Contractors: Link = {
  url: 'https://cyberscoop.com/chinese-nationals-indictments-espionage-attacks',
  title: 'US indicts 12 Chinese nationals for vast espionage attack spree',
  publisher: 'CyberScoop',
  published: '2025-03-05',
};
const treasuryIntegrityTech: Link = {
  url: 'https://home.treasury.gov/news/press-releases/jy2769',
  title: 'Treasury sanctions Beijing-based cybersecurity company for its role in Flax Typhoon intrusions',
  publisher: 'US Department of the Treasury',
  published: '2025-01-03',
};
const treasurySaltTyphoon: Link = {
  url: 'https://home.treasury.gov/news/press-releases/jy2792',
  title: 'Treasury sanctions a Sichuan company and a Shanghai hacker over Salt Typhoon and the Treasury breach',
  publisher: 'US Department of the Treasury',
  published: '2025-01-17',
};
const mandiantApt1: Link = {
  url: 'https://www.fireeye.com/content/dam/fireeye-www/services/pdfs/mandiant-apt1-report.pdf',
  title: "APT1: Exposing One of China's Cyber Espionage Units",
  publisher: 'Mandiant',
  published: '2013-02-19',
};
const trendMicroEarthLusca: Link = {
  url: 'https://www.trendmicro.com/content/dam/trendmicro/global/en/research/22/a/earth-lusca-employs-sophisticated-infrastructure-varied-tools-and-techniques/technical-brief-delving-deep-an-analysis-of-earth-lusca-operations.pdf',
  title: 'Delving Deep: An Analysis of Earth Lusca’s Operations',
  publisher: 'Trend Micro',
  published: '2022-01',
};
const recordedFutureRedHotel: Link = {
  url: 'https://go.recordedfuture.com/hubfs/reports/cta-2023-0808.pdf',
  title: 'RedHotel: a prolific Chinese state-sponsored group operating at a global scale',
  publisher: 'Recorded Future',
  published: '2023-08-08',
};
const sygniaVelvetAnt: Link = {
  url: 'https://www.sygnia.co/threat-reports-and-advisories/china-nexus-threat-group-velvet-ant-exploits-cisco-0-day/',
  title: 'China-nexus threat group Velvet Ant exploits a Cisco zero-day',
  publisher: 'Sygnia',
  published: '2024-07',
};

/**
 * Gives the names that count only on pages about hacking the groups' unambiguous names as cues
 * too (every alias without a context of its own): "BRONZE SILHOUETTE" beside "Volt Typhoon".
 */
function onAnyHackingPage(terms: TermInput[]): TermInput[] {
  const namesOfGroups = terms.flatMap((term) => term.aliases.filter((alias) => !alias.context).map((alias) => alias.text));
  const cues = [...hackingCues, ...namesOfGroups];
  const withNames = (alias: AliasInput): AliasInput => {
    const [first, ...others] = alias.context?.requires ?? [];
    return alias.context && first === hackingCues ? { ...alias, context: { ...alias.context, requires: [cues, ...others] } } : alias;
  };
  return terms.map((term) => ({ ...term, aliases: term.aliases.map(withNames) }));
}

/** China-attributed hacking groups, and the contractors and fronts the press names with them. */
export const groupsChina: TermInput[] = onAnyHackingPage([
  {
    id: 'volt-typhoon',
    label: 'Volt Typhoon',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China state-sponsored group inside US critical infrastructure',
    aliases: [
      properName('Volt Typhoon', ['Microsoft']),
      properName('Vanguard Panda', ['CrowdStrike']),
      wordsName('Bronze Silhouette', ['Secureworks']),
      properName('Voltzite', ['Dragos']),
      properName('Insidious Taurus', ['Palo Alto Networks']),
      acronym('UNC3236', ['Mandiant']),
      formerCodeName('DEV-0391'),
      formerCodeName('Storm-0391'),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'CISA, NSA, FBI and Five Eyes partners (joint advisory AA24-038A)',
          source: {
            url: 'https://www.cisa.gov/sites/default/files/2024-03/aa24-038a_csa_prc_state_sponsored_actors_compromise_us_critical_infrastructure_3.pdf',
            title: 'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure',
            publisher: 'CISA',
            published: '2024-02-07',
          },
        },
        {
          who: 'Microsoft',
          source: {
            url: 'https://www.microsoft.com/en-us/security/blog/2023/05/24/volt-typhoon-targets-us-critical-infrastructure-with-living-off-the-land-techniques/',
            title: 'Volt Typhoon targets US critical infrastructure with living-off-the-land techniques',
            publisher: 'Microsoft Threat Intelligence',
            published: '2023-05-24',
          },
        },
      ],
    },
    knownFor: [
      'Hiding in US energy, water, transport and communications networks, including on Guam, to be ready to disrupt them in a crisis',
      'Living off the land: using the victims’ own administration tools rather than malware',
      'Routing its traffic through hijacked home and office routers (the KV botnet, taken down by the FBI in January 2024)',
    ],
    summary:
      'A Chinese state-sponsored group, made public by Microsoft in 2023, that quietly holds access to US critical infrastructure. US agencies judge its aim to be disruption in a conflict over Taiwan rather than ordinary espionage.',
    links: [
      mitre('G1017', 'Volt Typhoon'),
      {
        url: 'https://www.justice.gov/opa/pr/us-government-disrupts-botnet-peoples-republic-china-used-conceal-hacking-critical',
        title: 'U.S. Government Disrupts Botnet People’s Republic of China Used to Conceal Hacking of Critical Infrastructure',
        publisher: 'US Department of Justice',
        published: '2024-01-31',
      },
    ],
    related: ['salt-typhoon', 'flax-typhoon', 'cisa'],
  },
  {
    id: 'salt-typhoon',
    label: 'Salt Typhoon',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China state-sponsored group behind the US telecom breaches',
    aliases: [
      properName('Salt Typhoon', ['Microsoft']),
      properName('GhostEmperor', ['Kaspersky']),
      properName('FamousSparrow', ['ESET']),
      properName('Earth Estries', ['Trend Micro']),
      wordsName('Operator Panda', ['CrowdStrike']),
      properName('RedMike', ['Recorded Future']),
      acronym('UNC2286', ['Mandiant']),
      acronym('UNC5807', ['Mandiant']),
      codeName('Sichuan Juxinhe', ['US government']),
      codeName('Sichuan Juxinhe Network Technology', ['US government']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'mss',
      unit: 'Contractors working for the MSS, among them Sichuan Juxinhe Network Technology',
      by: [
        { who: 'US Department of the Treasury', source: treasurySaltTyphoon },
        {
          who: 'CISA, NSA, FBI and partners in a dozen countries (joint advisory, August 2025)',
          source: {
            url: 'https://www.meritalk.com/articles/cisa-china-backed-hackers-targeting-global-infrastructure',
            title: 'CISA: China-backed hackers waging a global campaign against critical infrastructure',
            publisher: 'MeriTalk',
            published: '2025-08',
          },
        },
      ],
    },
    knownFor: [
      'Breaking into at least nine US telecom carriers, among them AT&T, Verizon and Lumen, disclosed in 2024',
      'Reaching the systems carriers use for court-ordered wiretaps, and call records of senior US political figures',
      'Backbone and edge routers of telecom, government and transport networks in dozens of countries',
    ],
    summary:
      'A Chinese espionage group that specialises in telecom networks. Its 2024 intrusions into US carriers, which a US senator called the worst telecom hack in the country’s history, gave it call records and access to lawful-intercept systems.',
    links: [mitre('G1045', 'Salt Typhoon'), treasurySaltTyphoon],
    related: ['volt-typhoon', 'flax-typhoon', 'liminal-panda'],
  },
  {
    id: 'flax-typhoon',
    label: 'Flax Typhoon',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China state-sponsored group that ran the Raptor Train botnet',
    aliases: [
      properName('Flax Typhoon', ['Microsoft']),
      wordsName('Ethereal Panda', ['CrowdStrike']),
      properName('RedJuliett', ['Recorded Future']),
      formerCodeName('Storm-0919'),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      unit: 'Integrity Technology Group, a listed Beijing cybersecurity company',
      by: [
        { who: 'US Department of the Treasury', source: treasuryIntegrityTech },
        {
          who: 'Microsoft',
          source: {
            url: 'https://www.microsoft.com/en-us/security/blog/2023/08/24/flax-typhoon-using-legitimate-software-to-quietly-access-taiwanese-organizations/',
            title: 'Flax Typhoon using legitimate software to quietly access Taiwanese organizations',
            publisher: 'Microsoft Threat Intelligence',
            published: '2023-08-24',
          },
        },
      ],
    },
    knownFor: [
      'Espionage against Taiwanese government, education and manufacturing organisations',
      'The Raptor Train botnet of some 260,000 hijacked cameras, routers and storage devices, disrupted by the FBI in September 2024',
      'US sanctions on Integrity Technology Group in January 2025',
    ],
    summary:
      'A Chinese state-sponsored group, active since at least 2021 and focused on Taiwan, that keeps access through legitimate remote-access software. US officials say it operated from the infrastructure of the Beijing firm Integrity Tech.',
    links: [treasuryIntegrityTech],
    related: ['integrity-tech', 'volt-typhoon', 'salt-typhoon'],
  },
  {
    id: 'integrity-tech',
    label: 'Integrity Technology Group (Integrity Tech)',
    kind: 'company',
    pack: 'groups',
    role: 'Beijing cybersecurity company sanctioned for Flax Typhoon',
    aliases: [
      wordsName('Integrity Technology Group', ['US government']),
      { text: 'Integrity Tech', case: 'proper', by: ['US government'], context: { requires: [hackingCues, ['China', 'Chinese', 'Beijing', 'Flax Typhoon']] } },
      codeName('Yongxin Zhicheng', ['Self']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [{ who: 'US Department of the Treasury', source: treasuryIntegrityTech }],
    },
    knownFor: [
      'Infrastructure used by Flax Typhoon in intrusions against US and European victims in 2022 and 2023',
      'Running the Raptor Train botnet, according to the FBI',
      'Sanctioned by the US Treasury in January 2025',
    ],
    summary:
      'A Beijing cybersecurity company listed in Shanghai that builds cyber ranges. The US says it ran the infrastructure of the Flax Typhoon group; the FBI said its chairman admitted gathering intelligence for Chinese security agencies.',
    links: [treasuryIntegrityTech],
    related: ['flax-typhoon'],
  },
  {
    id: 'silk-typhoon',
    label: 'Silk Typhoon (HAFNIUM)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China state-sponsored group behind the 2021 Exchange hacks',
    aliases: [
      properName('Silk Typhoon', ['Microsoft']),
      element('HAFNIUM', { capitalised: true }),
      wordsName('Murky Panda', ['CrowdStrike']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'mss',
      by: [{ who: 'UK Government, with the US, the EU and NATO', source: ukChinaExchange2021 }],
    },
    knownFor: [
      'Mass exploitation of on-premises Microsoft Exchange servers through four zero-days (ProxyLogon) in early 2021',
      'Reaching cloud tenants through stolen keys of IT service and remote-management providers (reported by Microsoft in 2025)',
      'Arrest in Milan in July 2025 of Xu Zewei, accused by the US of working for the group',
    ],
    summary:
      'A Chinese espionage group that Microsoft named HAFNIUM when it hit tens of thousands of Exchange servers in 2021; the US, the UK and allies blamed the Ministry of State Security. It now goes after IT supply chains and cloud services.',
    links: [
      mitre('G0125', 'HAFNIUM'),
      {
        url: 'https://www.microsoft.com/security/blog/2021/03/02/hafnium-targeting-exchange-servers/',
        title: 'HAFNIUM targeting Exchange Servers with 0-day exploits',
        publisher: 'Microsoft Threat Intelligence',
        published: '2021-03-02',
      },
      {
        url: 'https://www.microsoft.com/en-us/security/blog/2025/03/05/silk-typhoon-targeting-it-supply-chain/',
        title: 'Silk Typhoon targeting IT supply chain',
        publisher: 'Microsoft Threat Intelligence',
        published: '2025-03-05',
      },
    ],
    related: ['apt27', 'apt40'],
  },
  {
    id: 'apt41',
    label: 'APT41 (Brass Typhoon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group mixing state espionage with crime for profit',
    aliases: [
      acronym('APT41', ['Mandiant']),
      numberedName('APT 41', ['Press']),
      properName('Advanced Persistent Threat 41', ['US government']),
      properName('Brass Typhoon', ['Microsoft']),
      element('BARIUM', { capitalised: true }),
      properName('Wicked Panda', ['CrowdStrike']),
      wordsName('Double Dragon', ['Mandiant']),
      wordsName('Bronze Atlas', ['Secureworks']),
      properName('Earth Baku', ['Trend Micro']),
      wordsName('Grayfly', ['Symantec']),
      numberedName('TA415', ['Proofpoint']),
      wordsName('Red Kelpie', ['PwC']),
      properName('Chengdu 404', ['US government']),
      properName('Chengdu 404 Network Technology', ['US government']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      unit: 'Chengdu 404 Network Technology, a front company in Chengdu',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://www.justice.gov/opa/pr/seven-international-cyber-defendants-including-apt41-actors-charged-connection-computer',
            title: 'Seven International Cyber Defendants, Including “APT41” Actors, Charged in Connection with Computer Intrusion Campaigns',
            publisher: 'US Department of Justice',
            published: '2020-09-16',
          },
        },
        {
          who: 'Mandiant',
          source: {
            url: 'https://www.fireeye.com/blog/threat-research/2019/08/apt41-dual-espionage-and-cyber-crime-operation.html',
            title: 'APT41: A Dual Espionage and Cyber Crime Operation',
            publisher: 'Mandiant (FireEye)',
            published: '2019-08-07',
          },
        },
      ],
    },
    knownFor: [
      'Spying for the state while stealing from video game companies for its members’ own profit',
      'US charges in 2020 against five Chinese nationals, some at Chengdu 404, for hacking over 100 companies',
      'Breaking into at least six US state government networks in 2021 and 2022',
      'Software supply-chain attacks through trojanised updates',
    ],
    summary:
      'A prolific Chinese group that Mandiant described in 2019 as doing both state-sponsored espionage and financially motivated crime. US prosecutors tied several members to the Chengdu company Chengdu 404.',
    links: [mitre('G0096', 'APT41')],
    related: ['winnti', 'earth-lusca', 'redhotel', 'i-soon'],
  },
  {
    id: 'winnti',
    label: 'Winnti Group',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group known for attacks on game makers and German industry',
    aliases: [
      properName('Winnti Group', ['ESET', 'Kaspersky']),
      codeName('Winnti', ['Kaspersky']),
      wordsName('Blackfly', ['Symantec']),
    ],
    country: 'CN',
    knownFor: [
      'Stealing source code and code-signing certificates from online game companies since about 2010',
      'Intrusions at German industrial groups, among them thyssenkrupp (2016) and Bayer (2019)',
      'The Winnti backdoor, shared among several Chinese groups',
    ],
    summary:
      'A Chinese hacking group first described by Kaspersky in 2013 after attacks on online game companies. The name also covers its Winnti malware, used by related Chinese groups, and is often linked to APT41.',
    links: [
      mitre('G0044', 'Winnti Group'),
      {
        url: 'https://securelist.com/winnti-more-than-just-a-game/37029/',
        title: 'Winnti. More than just a game',
        publisher: 'Kaspersky',
        published: '2013-04-11',
      },
      {
        url: 'https://www.dw.com/en/bayer-points-finger-at-wicked-panda-in-cyberattack/a-48196004',
        title: "Bayer points finger at 'Wicked Panda' in cyberattack",
        publisher: 'DW',
        published: '2019',
      },
    ],
    related: ['apt41', 'earth-lusca'],
  },
  {
    id: 'apt40',
    label: 'APT40 (Gingham Typhoon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'MSS Hainan cyber-espionage group',
    aliases: [
      acronym('APT40', ['Mandiant']),
      numberedName('APT 40', ['Press']),
      properName('Advanced Persistent Threat 40', ['US government']),
      properName('Gingham Typhoon', ['Microsoft']),
      element('GADOLINIUM'),
      wordsName('Leviathan', ['Proofpoint']),
      codeName('TEMP.Periscope', ['Mandiant']),
      codeName('TEMP.Jumper', ['Mandiant']),
      properName('Kryptonite Panda', ['CrowdStrike']),
      wordsName('Bronze Mohawk', ['Secureworks']),
      numberedName('TA423', ['Proofpoint']),
      wordsName('Red Ladon', ['PwC']),
      properName('Hainan Xiandun', ['US government']),
      properName('Hainan Xiandun Technology', ['US government']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'hainan-state-security-department',
      unit: 'MSS Hainan State Security Department, through the front company Hainan Xiandun',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://www.justice.gov/opa/pr/four-chinese-nationals-working-ministry-state-security-charged-global-computer-intrusion',
            title: 'Four Chinese Nationals Working with the Ministry of State Security Charged with Global Computer Intrusion Campaign',
            publisher: 'US Department of Justice',
            published: '2021-07-19',
          },
        },
        { who: 'UK Government', source: ukChinaExchange2021 },
        {
          who: 'Australian Signals Directorate with agencies of seven partner countries',
          source: {
            url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa24-190a',
            title: 'People’s Republic of China (PRC) Ministry of State Security APT40 Tradecraft in Action',
            publisher: 'CISA',
            published: '2024-07-08',
          },
        },
      ],
    },
    knownFor: [
      'Theft of maritime, naval and defence research, linked to China’s naval ambitions',
      'US charges in 2021 against three Hainan state security officers and a hacker of Hainan Xiandun',
      'An Australian-led advisory of eight countries in 2024 on its attacks on Australian networks',
      'New Zealand’s 2024 attribution of a 2021 compromise of its parliamentary counsel office',
    ],
    summary:
      'A Chinese cyber-espionage group run, according to US prosecutors, by the Hainan provincial department of the Ministry of State Security through a front company. It has long targeted maritime industries and governments around the South China Sea.',
    links: [mitre('G0065', 'Leviathan (APT40)')],
    related: ['mss', 'apt31', 'silk-typhoon'],
  },
  {
    id: 'apt31',
    label: 'APT31 (Violet Typhoon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'MSS Hubei cyber-espionage group',
    aliases: [
      acronym('APT31', ['Mandiant']),
      numberedName('APT 31', ['Press']),
      properName('Advanced Persistent Threat 31', ['US government']),
      properName('Violet Typhoon', ['Microsoft']),
      element('ZIRCONIUM', { capitalised: true }),
      wordsName('Judgment Panda', ['CrowdStrike']),
      wordsName('Bronze Vinewood', ['Secureworks']),
      numberedName('TA412', ['Proofpoint']),
      wordsName('Red Keres', ['PwC']),
      properName('Wuhan Xiaoruizhi', ['US government']),
      properName('Wuhan Xiaoruizhi Science and Technology', ['US government']),
      properName('Wuhan XRZ', ['US government', 'UK government']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'hubei-state-security-department',
      unit: 'MSS Hubei State Security Department, through the front company Wuhan Xiaoruizhi Science and Technology',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://www.justice.gov/opa/pr/seven-hackers-associated-chinese-government-charged-computer-intrusions-targeting-perceived',
            title: 'Seven Hackers Associated with Chinese Government Charged with Computer Intrusions Targeting Perceived Critics of China and U.S. Businesses and Politicians',
            publisher: 'US Department of Justice',
            published: '2024-03-25',
          },
        },
        {
          who: 'UK Government',
          source: {
            url: 'https://www.gov.uk/government/news/uk-holds-china-state-affiliated-organisations-and-individuals-responsible-for-malicious-cyber-activity',
            title: 'UK holds China state-affiliated organisations and individuals responsible for malicious cyber activity',
            publisher: 'UK Government',
            published: '2024-03-25',
          },
        },
        {
          who: 'Czech Government',
          source: {
            url: 'https://www.politico.eu/article/prague-accuses-china-of-hacking-czech-foreign-ministry/',
            title: 'Prague accuses China of hacking Czech foreign ministry',
            publisher: 'Politico Europe',
            published: '2025-05-28',
          },
        },
      ],
    },
    knownFor: [
      'More than 10,000 spoofed emails to critics of China, businesses and politicians, charged by the US in 2024',
      'Reconnaissance of British and European parliamentarians of the Inter-Parliamentary Alliance on China',
      'Hacking the Finnish parliament (2020–21) and the Czech foreign ministry (from 2022)',
      'As ZIRCONIUM, targeting people around the 2020 US presidential campaigns, according to Microsoft',
    ],
    summary:
      'A Chinese cyber-espionage group that US prosecutors place under the Hubei State Security Department in Wuhan. It targets politicians, dissidents and governments in the US and Europe, and the US and the UK sanctioned its front company in 2024.',
    links: [mitre('G0128', 'ZIRCONIUM (APT31)'), microsoftSharePoint2025],
    related: ['mss', 'apt40', 'apt27', 'electoral-commission'],
  },
  {
    id: 'apt10',
    label: 'APT10 (Stone Panda)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'MSS Tianjin cyber-espionage group behind Cloud Hopper',
    aliases: [
      acronym('APT10', ['Mandiant']),
      numberedName('APT 10', ['Press']),
      properName('Advanced Persistent Threat 10', ['US government']),
      wordsName('Stone Panda', ['CrowdStrike']),
      properName('menuPass', ['Palo Alto Networks', 'MITRE ATT&CK']),
      element('POTASSIUM'),
      wordsName('Purple Typhoon', ['Microsoft']),
      wordsName('Red Apollo', ['PwC']),
      wordsName('Bronze Riverside', ['Secureworks']),
      wordsName('Granite Taurus', ['Palo Alto Networks']),
      numberedName('TA429', ['Proofpoint']),
      properName('Huaying Haitai', ['US government']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'tianjin-state-security-bureau',
      unit: 'MSS Tianjin State Security Bureau, through the company Huaying Haitai',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://www.justice.gov/opa/pr/two-chinese-hackers-associated-ministry-state-security-charged-global-computer-intrusion',
            title: 'Two Chinese Hackers Associated With the Ministry of State Security Charged with Global Computer Intrusion Campaigns',
            publisher: 'US Department of Justice',
            published: '2018-12-20',
          },
        },
      ],
    },
    knownFor: [
      'Operation Cloud Hopper: breaking into managed IT service providers to reach their clients’ networks',
      'US charges in 2018 against Zhu Hua and Zhang Shilong, with the UK and allies naming the MSS',
      'Long-running espionage against Japanese companies, academics and government',
    ],
    summary:
      'A Chinese espionage group that the US says worked for the Tianjin bureau of the Ministry of State Security. It is best known for hacking IT service providers worldwide to steal from the companies and governments they served.',
    links: [
      mitre('G0045', 'menuPass (APT10)'),
      {
        url: 'https://www.fbi.gov/news/stories/chinese-hackers-indicted-122018',
        title: 'Chinese Hackers Indicted',
        publisher: 'FBI',
        published: '2018-12-20',
      },
    ],
    related: ['mss', 'mirrorface', 'apt40'],
  },
  {
    id: 'apt3',
    label: 'APT3 (Gothic Panda)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group tied to the Guangzhou firm Boyusec',
    aliases: [
      acronym('APT3', ['Mandiant']),
      properName('Gothic Panda', ['CrowdStrike']),
      wordsName('UPS Team', ['Symantec']),
      element('BORON'),
      properName('Brocade Typhoon', ['Microsoft']),
      wordsName('Bronze Mayfair', ['Secureworks']),
      codeName('TG-0110', ['Secureworks']),
      properName('Threat Group-0110', ['Secureworks']),
      codeName('Boyusec', ['US government']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'mss',
      unit: 'MSS Guangdong State Security Department, through the firm Boyusec (Guangzhou Bo Yu)',
      by: [
        {
          who: 'Recorded Future',
          source: {
            url: 'https://www.recordedfuture.com/research/chinese-mss-behind-apt3',
            title: 'Recorded Future research concludes Chinese Ministry of State Security behind APT3',
            publisher: 'Recorded Future',
            published: '2017',
          },
        },
      ],
    },
    knownFor: [
      'Zero-day exploits against Internet Explorer and Adobe Flash users in 2014 and 2015',
      'US charges in 2017 against three Boyusec employees for stealing from Siemens, Moody’s Analytics and Trimble',
    ],
    summary:
      'A Chinese espionage group known for early zero-day exploits. Researchers traced it to Boyusec, a Guangzhou security firm, and through it to the Ministry of State Security; the US charged three Boyusec employees in 2017.',
    links: [mitre('G0022', 'APT3')],
    related: ['mss'],
  },
  {
    id: 'apt1',
    label: 'APT1 (Comment Crew)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'The hacking group of PLA Unit 61398',
    aliases: [
      acronym('APT1', ['Mandiant']),
      properName('Advanced Persistent Threat 1', ['Press']),
      wordsName('Comment Crew', ['Press']),
      wordsName('Comment Group', ['Press']),
      properName('Comment Panda', ['CrowdStrike']),
      wordsName('Byzantine Candor', ['US government']),
      codeName('TG-8223', ['Secureworks']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'pla',
      unit: 'PLA Unit 61398 (Third Department), Shanghai',
      by: [
        { who: 'Mandiant', source: mandiantApt1 },
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://thediplomat.com/2014/05/us-indicts-5-pla-officers-for-hacking-economic-espionage/',
            title: 'US Indicts 5 PLA Officers For Hacking, Economic Espionage',
            publisher: 'The Diplomat',
            published: '2014-05-20',
          },
        },
      ],
    },
    knownFor: [
      'Stealing data from at least 141 organisations, mostly English-speaking, from 2006 on',
      'Mandiant’s 2013 report tracing it to a PLA building in Shanghai',
      'The 2014 US indictment of five PLA officers for hacking Westinghouse, US Steel, Alcoa and others',
    ],
    summary:
      'One of the first Chinese hacking groups exposed in detail: Mandiant’s 2013 report tied it to the People’s Liberation Army’s Unit 61398 in Shanghai. In 2014 the US charged five of the unit’s officers with economic espionage.',
    links: [mitre('G0006', 'APT1'), mandiantApt1],
    related: ['pla-unit-61398', 'putter-panda', 'apt12'],
  },
  {
    id: 'apt15',
    label: 'APT15 (Nylon Typhoon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group spying on foreign ministries',
    aliases: [
      acronym('APT15', ['Mandiant']),
      properName('Ke3chang', ['Mandiant', 'MITRE ATT&CK']),
      properName('Vixen Panda', ['CrowdStrike']),
      wordsName('Playful Dragon', ['Press']),
      element('NICKEL', { capitalised: true }),
      properName('Nylon Typhoon', ['Microsoft']),
      wordsName('Bronze Palace', ['Secureworks']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://www.microsoft.com/security/blog/2021/12/06/nickel-targeting-government-organizations-across-latin-america-and-europe',
            title: 'NICKEL targeting government organizations across Latin America and Europe',
            publisher: 'Microsoft Threat Intelligence',
            published: '2021-12-06',
          },
        },
      ],
    },
    knownFor: [
      'Operation Ke3chang (2013): phishing European foreign ministries',
      'Microsoft’s court-ordered seizure of 42 of its websites in December 2021',
      'Espionage against governments and diplomats in Latin America, Europe and Africa',
    ],
    summary:
      'A Chinese espionage group active since at least 2010 that targets foreign ministries, diplomats and governments, mainly in Europe, Latin America and Africa. Microsoft, which tracked it as NICKEL, took down dozens of its domains in 2021.',
    links: [
      mitre('G0004', 'Ke3chang (APT15)'),
      {
        url: 'https://www.mandiant.com/resources/operation-ke3chang-targeted-attacks-against-ministries-of-foreign-affairs',
        title: 'Operation Ke3chang: targeted attacks against ministries of foreign affairs',
        publisher: 'Mandiant (FireEye)',
        published: '2013-12',
      },
    ],
    related: ['apt27'],
  },
  {
    id: 'apt27',
    label: 'APT27 (Linen Typhoon, Emissary Panda)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese espionage and hack-for-hire group',
    aliases: [
      acronym('APT27', ['Mandiant']),
      numberedName('APT 27', ['Press']),
      properName('Advanced Persistent Threat 27', ['US government']),
      properName('Linen Typhoon', ['Microsoft']),
      properName('Emissary Panda', ['CrowdStrike']),
      properName('LuckyMouse', ['Kaspersky']),
      wordsName('Lucky Mouse', ['Kaspersky']),
      wordsName('Iron Tiger', ['Trend Micro']),
      wordsName('Bronze Union', ['Secureworks']),
      properName('Threat Group-3390', ['Secureworks']),
      codeName('TG-3390', ['Secureworks']),
      wordsName('Budworm', ['Symantec']),
      wordsName('Iron Taurus', ['Palo Alto Networks']),
      properName('Earth Smilodon', ['Trend Micro']),
      wordsName('Red Phoenix', ['PwC']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        { who: 'US Department of Justice', source: doj2025Contractors },
        { who: 'Microsoft', source: microsoftSharePoint2025 },
      ],
    },
    knownFor: [
      'Exploiting on-premises SharePoint servers (ToolShell) in July 2025',
      'US charges in March 2025 against Yin Kecheng and Zhou Shuai, accused of hacking for profit and selling data',
      'Attacks on German companies that Germany’s domestic intelligence agency warned of in 2022',
      'Espionage against governments, defence and technology firms since about 2010',
    ],
    summary:
      'A Chinese group active since about 2010 that steals intellectual property and spies on governments. US prosecutors describe members who hacked for hire and sold stolen data; Microsoft tracks it as Linen Typhoon.',
    links: [mitre('G0027', 'Threat Group-3390 (APT27)'), microsoftSharePoint2025],
    related: ['i-soon', 'apt31', 'storm-2603', 'silk-typhoon'],
  },
  {
    id: 'mustang-panda',
    label: 'Mustang Panda (Twill Typhoon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China state-sponsored group known for PlugX',
    aliases: [
      properName('Mustang Panda', ['CrowdStrike', 'ESET']),
      properName('Twill Typhoon', ['Microsoft']),
      element('TANTALUM'),
      wordsName('Bronze President', ['Secureworks']),
      properName('HoneyMyte', ['Kaspersky']),
      properName('Earth Preta', ['Trend Micro']),
      numberedName('TA416', ['Proofpoint']),
      properName('Stately Taurus', ['Palo Alto Networks']),
      properName('RedDelta', ['Recorded Future']),
      wordsName('Red Lich', ['PwC']),
      codeName('TEMP.Hex', ['Mandiant']),
      wordsName('Camaro Dragon', ['Check Point']),
      wordsName('Fireant', ['Symantec']),
      properName('LuminousMoth', ['Kaspersky']),
      acronym('UNC6384', ['Google']),
      codeName('Hive0154', ['IBM X-Force']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'US Department of Justice and FBI',
          source: {
            url: 'https://helpnetsecurity.com/2025/01/15/fbi-removed-plugx-malware-from-u-s-computers',
            title: 'FBI removed PlugX malware from U.S. computers',
            publisher: 'Help Net Security',
            published: '2025-01-15',
          },
        },
      ],
    },
    knownFor: [
      'The PlugX backdoor, spread by infected USB drives; the FBI and French police deleted it from thousands of computers in 2024–25',
      'Phishing governments in Southeast Asia, Europe and Mongolia with lures about current events',
      'Targeting the Vatican and Catholic bodies before 2020 China–Holy See talks (as RedDelta)',
    ],
    summary:
      'A prolific Chinese espionage group that US court papers say Beijing paid to develop its own version of the PlugX malware. It targets governments, NGOs and dissidents in Southeast Asia, Europe and beyond.',
    links: [
      mitre('G0129', 'Mustang Panda'),
      {
        url: 'https://www.crowdstrike.com/blog/meet-crowdstrikes-adversary-of-the-month-for-june-mustang-panda/',
        title: 'Meet CrowdStrike’s Adversary of the Month for June: Mustang Panda',
        publisher: 'CrowdStrike',
        published: '2018-06',
      },
    ],
    related: ['weaver-ant'],
  },
  {
    id: 'earth-lusca',
    label: 'Earth Lusca (Charcoal Typhoon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group mixing espionage and crime, linked to i-Soon',
    aliases: [
      properName('Earth Lusca', ['Trend Micro']),
      properName('Charcoal Typhoon', ['Microsoft']),
      numberedName('TAG-22', ['Recorded Future']),
      wordsName('Bronze University', ['Secureworks']),
      wordsName('FishMonger', ['ESET']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [{ who: 'Trend Micro', source: trendMicroEarthLusca }],
    },
    knownFor: [
      'Espionage against governments, pro-democracy activists, universities and COVID-19 researchers from 2019',
      'Attacks on gambling and cryptocurrency companies for money',
      'Its use of OpenAI’s models for research and scripting, disrupted by Microsoft and OpenAI in 2024 (as Charcoal Typhoon)',
    ],
    summary:
      'A Chinese group described by Trend Micro in 2022 that both spies on governments and activists and attacks gambling and crypto firms. ESET ties the same cluster, which it calls FishMonger, to the contractor i-Soon.',
    links: [mitre('G1006', 'Earth Lusca'), trendMicroEarthLusca],
    related: ['aquatic-panda', 'redhotel', 'i-soon', 'apt41'],
  },
  {
    id: 'aquatic-panda',
    label: 'Aquatic Panda',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese espionage group (CrowdStrike)',
    aliases: [properName('Aquatic Panda', ['CrowdStrike'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'CrowdStrike',
          source: {
            url: 'https://www.crowdstrike.com/blog/overwatch-exposes-aquatic-panda-in-possession-of-log-4-shell-exploit-tools/',
            title: 'OverWatch Exposes AQUATIC PANDA in Possession of Log4Shell Exploit Tools',
            publisher: 'CrowdStrike',
            published: '2021-12',
          },
        },
      ],
    },
    knownFor: [
      'Trying to exploit the Log4Shell flaw at a university in December 2021',
      'Espionage against telecom, technology and government targets',
    ],
    summary:
      'A Chinese group tracked by CrowdStrike since 2020 with both espionage and money-making aims. Other vendors’ Earth Lusca, Charcoal Typhoon and RedHotel overlap with it, and researchers link it to the contractor i-Soon.',
    links: [mitre('G0143', 'Aquatic Panda')],
    related: ['earth-lusca', 'redhotel', 'i-soon'],
  },
  {
    id: 'redhotel',
    label: 'RedHotel',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chengdu-based Chinese state-sponsored group (Recorded Future)',
    aliases: [properName('RedHotel', ['Recorded Future'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      unit: 'Operators based in Chengdu',
      by: [{ who: 'Recorded Future', source: recordedFutureRedHotel }],
    },
    knownFor: [
      'Intrusions into governments, universities and telecoms in at least 17 countries since 2019',
      'Targeting Taiwanese government and the gambling industry in Southeast Asia',
    ],
    summary:
      'Recorded Future’s name for a prolific Chinese state-sponsored group working from Chengdu that combines intelligence gathering with theft for profit. It overlaps with Earth Lusca, Aquatic Panda and APT41.',
    links: [recordedFutureRedHotel],
    related: ['earth-lusca', 'aquatic-panda', 'apt41', 'i-soon'],
  },
  {
    id: 'i-soon',
    label: 'i-Soon (Anxun Information Technology)',
    kind: 'company',
    pack: 'groups',
    role: 'Chinese hacking contractor for the police and intelligence services',
    aliases: [
      codeName('i-Soon', ['Self']),
      codeName('iSoon', ['Self']),
      properName('Anxun Information Technology', ['Self']),
      properName('Shanghai Anxun Information Technology', ['Self']),
      properName('Sichuan Anxun', ['Self']),
      {
        text: 'Anxun',
        case: 'proper',
        by: ['Self'],
        context: { requires: [hackingCues, ['China', 'Chinese', 'Chengdu', 'Shanghai', 'Mandarin', 'i-Soon', 'iSoon']] },
      },
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'ministry-of-public-security',
      unit: 'Contractor working for the Ministry of Public Security and the MSS',
      by: [{ who: 'US Department of Justice', source: doj2025Contractors }],
    },
    knownFor: [
      'A leak of its internal documents on GitHub in February 2024, showing hacking for hire',
      'US charges in March 2025 against eight employees and two Ministry of Public Security officers',
      'Selling stolen data to dozens of Chinese police and state security bureaus',
    ],
    summary:
      'A Shanghai company with hacking teams in Chengdu that sold intrusions and stolen data to Chinese public security and state security bureaus. A 2024 leak exposed its work, and the US charged its staff in 2025.',
    links: [
      doj2025Contractors,
      {
        url: 'https://www.infosecurity-magazine.com/news-features/isoon-github-leak-chinese-cyber/',
        title: 'i-Soon leak on GitHub: a look inside China’s cyber espionage industry',
        publisher: 'Infosecurity Magazine',
        published: '2024-02-27',
      },
    ],
    related: ['ministry-of-public-security', 'mss', 'apt27', 'earth-lusca', 'aquatic-panda', 'redhotel'],
  },
  {
    id: 'sichuan-silence',
    label: 'Sichuan Silence Information Technology',
    kind: 'company',
    pack: 'groups',
    role: 'Chengdu contractor sanctioned over the 2020 firewall hack',
    aliases: [
      properName('Sichuan Silence', ['US government']),
      properName('Sichuan Silence Information Technology', ['US government']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      unit: 'Contractor whose main clients are Chinese intelligence services',
      by: [
        {
          who: 'US Department of the Treasury and Department of Justice',
          source: {
            url: 'https://www.infosecurity-magazine.com/news/us-sanctions-chinese-firewall-hack/',
            title: 'US sanctions Chinese cybersecurity firm over firewall hack',
            publisher: 'Infosecurity Magazine',
            published: '2024-12-11',
          },
        },
      ],
    },
    knownFor: [
      'Exploiting a Sophos firewall zero-day in April 2020 to infect some 81,000 firewalls, with ransomware held in reserve',
      'US sanctions and charges against its employee Guan Tianfeng in December 2024',
    ],
    summary:
      'A Chengdu cybersecurity contractor whose clients are Chinese intelligence services. The US sanctioned it in 2024 for the 2020 compromise of tens of thousands of firewalls worldwide, many protecting critical infrastructure.',
    links: [
      {
        url: 'https://nattothoughts.substack.com/p/sichuan-silence-information-technology-fe9?action=share',
        title: 'Sichuan Silence Information Technology and Guan Tianfeng: Your Criminal Our Hero',
        publisher: 'Natto Thoughts',
      },
    ],
    related: ['i-soon', 'integrity-tech'],
  },
  {
    id: 'storm-0558',
    label: 'Storm-0558',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China-based group that forged Microsoft cloud tokens',
    aliases: [codeName('Storm-0558', ['Microsoft'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://msrc.microsoft.com/blog/2023/07/microsoft-mitigates-china-based-threat-actor-storm-0558-targeting-of-customer-email/',
            title: 'Microsoft mitigates China-based threat actor Storm-0558 targeting of customer email',
            publisher: 'Microsoft Security Response Center',
            published: '2023-07-11',
          },
        },
      ],
    },
    knownFor: [
      'Reading the email of about 25 organisations in 2023, among them the US State Department and Commerce Secretary Gina Raimondo',
      'Forging authentication tokens with a stolen Microsoft signing key',
      'A 2024 US Cyber Safety Review Board report blaming a cascade of Microsoft security failures',
    ],
    summary:
      'A China-based espionage group named by Microsoft in 2023 after it used a stolen signing key to forge access to Exchange Online and Outlook.com mailboxes of US government officials.',
    links: [
      {
        url: 'https://www.cisa.gov/sites/default/files/2024-04/CSRB_Review_of_the_Summer_2023_MEO_Intrusion_Final_508c.pdf',
        title: 'Review of the Summer 2023 Microsoft Exchange Online Intrusion',
        publisher: 'Cyber Safety Review Board',
        published: '2024-04',
      },
    ],
    related: ['silk-typhoon'],
  },
  {
    id: 'storm-2603',
    label: 'Storm-2603',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China-based group that spread ransomware through SharePoint',
    aliases: [codeName('Storm-2603', ['Microsoft'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [{ who: 'Microsoft (medium confidence)', source: microsoftSharePoint2025 }],
    },
    knownFor: [
      'Exploiting the ToolShell SharePoint flaws in July 2025 alongside Linen Typhoon and Violet Typhoon',
      'Deploying Warlock and LockBit ransomware',
    ],
    summary:
      'A group Microsoft assesses with medium confidence to be based in China. It exploited on-premises SharePoint servers in July 2025 and, unlike the state espionage groups doing the same, deployed ransomware.',
    links: [microsoftSharePoint2025],
    related: ['apt27', 'apt31'],
  },
  {
    id: 'storm-0940',
    label: 'Storm-0940',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group using a botnet of hijacked routers for password spraying',
    aliases: [codeName('Storm-0940', ['Microsoft'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://www.microsoft.com/en-us/security/blog/2024/10/31/chinese-threat-actor-storm-0940-uses-credentials-from-password-spray-attacks-from-a-covert-network/',
            title: 'Chinese threat actor Storm-0940 uses credentials from password spray attacks from a covert network',
            publisher: 'Microsoft Threat Intelligence',
            published: '2024-10-31',
          },
        },
      ],
    },
    knownFor: [
      'Using passwords sprayed through CovertNetwork-1658, thousands of hijacked small-office routers',
      'Targeting think tanks, government bodies, NGOs, law firms and defence contractors in North America and Europe',
    ],
    summary:
      'A Chinese espionage group, active since at least 2021, that Microsoft saw using credentials gained by password spraying from a network of hijacked home and small-office routers.',
    links: [
      {
        url: 'https://www.microsoft.com/en-us/security/blog/2024/10/31/chinese-threat-actor-storm-0940-uses-credentials-from-password-spray-attacks-from-a-covert-network/',
        title: 'Chinese threat actor Storm-0940 uses credentials from password spray attacks from a covert network',
        publisher: 'Microsoft Threat Intelligence',
        published: '2024-10-31',
      },
    ],
  },
  {
    id: 'unc3886',
    label: 'UNC3886',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China-nexus espionage group (Mandiant)',
    aliases: [codeName('UNC3886', ['Mandiant'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Mandiant',
          source: {
            url: 'https://cloud.google.com/blog/topics/threat-intelligence/vmware-esxi-zero-day-bypass/',
            title: 'VMware zero-day exploited by a Chinese espionage group (UNC3886)',
            publisher: 'Google Cloud (Mandiant)',
            published: '2023-06-13',
          },
        },
      ],
    },
    knownFor: [
      'Backdoors in VMware ESXi hypervisors and vCenter, and zero-days in Fortinet and VMware products',
      'Implants on Juniper Networks routers, reported in 2025',
      'Attacks on Singapore’s critical infrastructure, named by the government in July 2025',
    ],
    summary:
      'A Chinese espionage group tracked by Mandiant that breaks into devices security tools do not watch: hypervisors, firewalls and routers. Singapore named it in 2025 as attacking its critical infrastructure.',
    links: [
      mitre('G1048', 'UNC3886'),
      {
        url: 'https://www.channelnewsasia.com/singapore/unc3886-cyber-security-threat-actor-attack-singapore-5245791',
        title: 'Singapore actively dealing with UNC3886 attack on critical infrastructure',
        publisher: 'CNA',
        published: '2025-07-18',
      },
    ],
  },
  {
    id: 'unc5221',
    label: 'UNC5221',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Suspected China-nexus group exploiting Ivanti VPNs (Mandiant)',
    aliases: [codeName('UNC5221', ['Mandiant']), codeName('UTA0178', ['Volexity'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Mandiant',
          source: {
            url: 'https://www.mandiant.com/resources/blog/suspected-apt-targets-ivanti-zero-day',
            title: 'Cutting Edge: Suspected APT targets Ivanti Connect Secure VPN in new zero-day exploitation',
            publisher: 'Mandiant',
            published: '2024-01-12',
          },
        },
      ],
    },
    knownFor: [
      'Exploiting zero-days in Ivanti Connect Secure VPN appliances in 2024 and again in 2025',
      'The BRICKSTORM backdoor, found in US legal, technology and software firms in 2025',
    ],
    summary:
      'A suspected Chinese espionage group that Mandiant (and Volexity, as UTA0178) caught exploiting Ivanti VPN appliances at the start of 2024. It favours edge devices and stays hidden for long periods.',
    links: [
      {
        url: 'https://www.volexity.com/blog/2024/01/10/active-exploitation-of-two-zero-day-vulnerabilities-in-ivanti-connect-secure-vpn/',
        title: 'Active exploitation of two zero-day vulnerabilities in Ivanti Connect Secure VPN',
        publisher: 'Volexity',
        published: '2024-01-10',
      },
    ],
    related: ['unc3886'],
  },
  {
    id: 'unc4841',
    label: 'UNC4841',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China-nexus group behind the Barracuda email gateway hacks (Mandiant)',
    aliases: [codeName('UNC4841', ['Mandiant'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Mandiant',
          source: {
            url: 'https://cloud.google.com/blog/topics/threat-intelligence/barracuda-esg-exploited-globally/',
            title: 'Barracuda ESG zero-day vulnerability exploited by suspected Chinese espionage group',
            publisher: 'Google Cloud (Mandiant)',
            published: '2023-06-15',
          },
        },
      ],
    },
    knownFor: [
      'Exploiting a zero-day in Barracuda Email Security Gateway appliances from October 2022',
      'Compromises so deep that Barracuda told customers to replace the appliances',
    ],
    summary:
      'A Chinese espionage group that Mandiant found exploiting Barracuda email security appliances worldwide in 2022 and 2023, with a focus on governments and organisations of interest to China.',
    links: [
      {
        url: 'https://cloud.google.com/blog/topics/threat-intelligence/barracuda-esg-exploited-globally/',
        title: 'Barracuda ESG zero-day vulnerability exploited by suspected Chinese espionage group',
        publisher: 'Google Cloud (Mandiant)',
        published: '2023-06-15',
      },
    ],
  },
  {
    id: 'unc5174',
    label: 'UNC5174 (Uteus)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese initial-access broker suspected of working for the MSS (Mandiant)',
    aliases: [codeName('UNC5174', ['Mandiant'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'mss',
      unit: 'Suspected contractor of the MSS, a former hacktivist',
      by: [
        {
          who: 'Mandiant',
          source: {
            url: 'https://www.mandiant.com/resources/blog/initial-access-brokers-exploit-f5-screenconnect',
            title: 'Chinese initial access broker exploits F5 BIG-IP and ConnectWise ScreenConnect',
            publisher: 'Mandiant',
            published: '2024-03-21',
          },
        },
      ],
    },
    knownFor: [
      'Exploiting F5 BIG-IP and ConnectWise ScreenConnect flaws in 2023–24 to sell access',
      'Exploiting SAP NetWeaver servers in 2025',
    ],
    summary:
      'A Chinese hacker, known as Uteus, whom Mandiant believes breaks into networks and sells the access, probably as a contractor of the Ministry of State Security.',
    links: [
      {
        url: 'https://www.mandiant.com/resources/blog/initial-access-brokers-exploit-f5-screenconnect',
        title: 'Chinese initial access broker exploits F5 BIG-IP and ConnectWise ScreenConnect',
        publisher: 'Mandiant',
        published: '2024-03-21',
      },
    ],
    related: ['mss'],
  },
  {
    id: 'naikon',
    label: 'Naikon',
    kind: 'hacking group',
    pack: 'groups',
    role: 'PLA-linked espionage group in Southeast Asia',
    aliases: [
      codeName('Naikon', ['Kaspersky']),
      properName('Override Panda', ['CrowdStrike']),
      wordsName('Bronze Geneva', ['Secureworks']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'pla',
      unit: 'PLA Unit 78020, Kunming',
      by: [
        {
          who: 'ThreatConnect and Defense Group Inc. (Project CameraShy)',
          source: {
            url: 'https://jdsupra.com/legalnews/project-camerashy-details-35660',
            title: 'Project CAMERASHY Details Cyberespionage By China’s Military',
            publisher: 'JD Supra (King & Spalding)',
            published: '2015-09',
          },
        },
      ],
    },
    knownFor: [
      'Espionage against governments and militaries around the South China Sea for over a decade',
      'The Aria-body backdoor, used against Asia-Pacific governments (2020)',
    ],
    summary:
      'A Chinese espionage group, described by Kaspersky in 2015, that targets governments, militaries and ASEAN bodies around the South China Sea. Researchers traced it to a PLA unit in Kunming.',
    links: [
      mitre('G0019', 'Naikon'),
      { url: 'https://securelist.com/the-naikon-apt/69953/', title: 'The Naikon APT', publisher: 'Kaspersky', published: '2015-05-14' },
    ],
    related: ['lotus-blossom'],
  },
  {
    id: 'blacktech',
    label: 'BlackTech',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group that backdoors routers in Japan, Taiwan and the US',
    aliases: [
      { text: 'BlackTech', case: 'exact', by: ['Trend Micro'], context: onHackingPages },
      properName('Circuit Panda', ['CrowdStrike']),
      wordsName('Radio Panda', ['CrowdStrike']),
      wordsName('Palmerworm', ['Symantec']),
      properName('Canary Typhoon', ['Microsoft']),
      properName('Earth Hundun', ['Trend Micro']),
      wordsName('Manga Taurus', ['Palo Alto Networks']),
      codeName('Temp.Overboard', ['Mandiant']),
      wordsName('Red Djinn', ['PwC']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'NSA, FBI, CISA, Japan’s National Police Agency and NISC (joint advisory AA23-270A)',
          source: {
            url: 'https://www.techtarget.com/searchsecurity/news/366553736/US-Japan-warn-China-linked-BlackTech-targeting-routers',
            title: "US, Japan warn China-linked 'BlackTech' targeting routers",
            publisher: 'TechTarget',
            published: '2023-09',
          },
        },
      ],
    },
    knownFor: [
      'Replacing the firmware of Cisco routers at foreign subsidiaries to slip into head-office networks in Japan and the US',
      'Espionage against Taiwanese and Japanese government, technology and media organisations since about 2010',
    ],
    summary:
      'A Chinese espionage group active since about 2010 against Taiwan, Japan and the US. A 2023 US–Japanese advisory described how it plants modified firmware in routers to move from branch offices into headquarters.',
    links: [mitre('G0098', 'BlackTech')],
  },
  {
    id: 'apt5',
    label: 'APT5 (Keyhole Panda)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group targeting telecom and network appliances',
    aliases: [
      acronym('APT5', ['Mandiant']),
      properName('Keyhole Panda', ['CrowdStrike']),
      element('MANGANESE'),
      properName('Mulberry Typhoon', ['Microsoft']),
      wordsName('Bronze Fleetwood', ['Secureworks']),
      acronym('UNC2630', ['Mandiant']),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'NSA',
          source: {
            url: 'https://media.defense.gov/2022/Dec/13/2003131586/-1/-1/0/CSA-APT5-CITRIXADC-V1.PDF',
            title: 'APT5: Citrix ADC Threat Hunting Guidance',
            publisher: 'NSA',
            published: '2022-12-13',
          },
        },
      ],
    },
    knownFor: [
      'Exploiting a Citrix ADC zero-day in 2022, which the NSA warned of',
      'Exploiting Pulse Secure VPN appliances in 2021',
      'Long-standing targeting of telecom and technology companies',
    ],
    summary:
      'A Chinese espionage group active since at least 2007 that goes after telecom and technology firms, often through flaws in VPN and network appliances.',
    links: [mitre('G1023', 'APT5')],
  },
  {
    id: 'apt17',
    label: 'APT17 (Aurora Panda)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese espionage group of the early 2010s',
    aliases: [
      acronym('APT17', ['Mandiant']),
      wordsName('Aurora Panda', ['CrowdStrike']),
      wordsName('Deputy Dog', ['Mandiant']),
      wordsName('Hidden Lynx', ['Symantec']),
      wordsName('Bronze Keystone', ['Secureworks']),
    ],
    country: 'CN',
    knownFor: [
      'Internet Explorer zero-day attacks in 2013 (Operation DeputyDog)',
      'Professional espionage against defence, technology and law firms, described by Symantec as hackers for hire',
    ],
    summary:
      'A Chinese espionage group that targeted US government, defence and technology firms and law firms in the early 2010s, often with browser zero-days and watering-hole sites.',
    links: [mitre('G0025', 'APT17')],
    related: ['elderwood'],
  },
  {
    id: 'tick',
    label: 'Tick (BRONZE BUTLER)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese espionage group focused on Japan',
    aliases: [
      wordsName('Bronze Butler', ['Secureworks']),
      codeName('REDBALDKNIGHT', ['Trend Micro']),
      wordsName('Stalker Panda', ['CrowdStrike']),
    ],
    country: 'CN',
    knownFor: [
      'Stealing intellectual property from Japanese defence, technology and manufacturing companies',
      'Compromising Japanese software used in many companies to spread its malware',
    ],
    summary:
      'A Chinese espionage group active since about 2006 whose main target is Japan, especially its defence and high-technology industries.',
    links: [
      mitre('G0060', 'BRONZE BUTLER'),
      {
        url: 'https://www.secureworks.com/research/bronze-butler-targets-japanese-businesses',
        title: 'BRONZE BUTLER targets Japanese enterprises',
        publisher: 'Secureworks',
        published: '2017',
      },
    ],
    related: ['mirrorface'],
  },
  {
    id: 'mirrorface',
    label: 'MirrorFace (Earth Kasha)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group behind over 200 attacks on Japan',
    aliases: [properName('MirrorFace', ['ESET']), properName('Earth Kasha', ['Trend Micro'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Japan’s National Police Agency',
          source: {
            url: 'https://japannews.yomiuri.co.jp/politics/defense-security/20250109-232213/',
            title: 'China’s MirrorFace Hacking Group Has Launched Over 200 Cyberattacks on Japanese Govt, Firms Since 2019, Says NPA',
            publisher: 'The Japan News (Yomiuri)',
            published: '2025-01-09',
          },
        },
      ],
    },
    knownFor: [
      '210 attacks on Japanese ministries, JAXA, politicians, think tanks and companies from 2019 to 2024, per Japan’s police',
      'Phishing Japanese political figures before the 2022 upper-house election (Operation LiberalFace)',
      'The LODEINFO backdoor',
    ],
    summary:
      'A Chinese espionage group that Japan’s National Police Agency blamed in 2025 for a five-year campaign against Japanese security and technology targets. Japanese police and Kaspersky see links to APT10.',
    links: [
      mitre('G1054', 'MirrorFace'),
      {
        url: 'https://www.welivesecurity.com/2022/12/14/unmasking-mirrorface-operation-liberalface-targeting-japanese-political-entities/',
        title: 'Unmasking MirrorFace: Operation LiberalFace targeting Japanese political entities',
        publisher: 'ESET',
        published: '2022-12-14',
      },
    ],
    related: ['apt10', 'tick'],
  },
  {
    id: 'tonto-team',
    label: 'Tonto Team',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese espionage group targeting South Korea, Japan and Russia',
    aliases: [
      wordsName('Tonto Team', ['Press']),
      wordsName('Karma Panda', ['CrowdStrike']),
      properName('CactusPete', ['Kaspersky']),
      properName('Earth Akhlut', ['Trend Micro']),
      wordsName('Bronze Huntley', ['Secureworks']),
    ],
    country: 'CN',
    knownFor: [
      'Spear-phishing South Korean targets during the 2017 dispute over the THAAD missile defence system',
      'The Bisonal backdoor, used against Russian defence and Asian government targets',
    ],
    summary:
      'A Chinese espionage group active since about 2009 against South Korea, Japan, Russia and other neighbours, best known for its Bisonal malware.',
    links: [mitre('G0131', 'Tonto Team')],
  },
  {
    id: 'lotus-blossom',
    label: 'Lotus Blossom (Lotus Panda)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese espionage group in Southeast Asia',
    aliases: [
      wordsName('Lotus Blossom', ['Palo Alto Networks']),
      wordsName('Lotus Panda', ['CrowdStrike']),
      wordsName('Spring Dragon', ['Kaspersky']),
      properName('Raspberry Typhoon', ['Microsoft']),
      wordsName('Billbug', ['Symantec']),
    ],
    country: 'CN',
    knownFor: [
      'Espionage against governments and militaries of the Philippines, Vietnam and other Southeast Asian states since about 2012',
      'Compromising a digital certificate authority in Asia (reported by Symantec in 2022)',
    ],
    summary:
      'A long-running Chinese espionage group that targets governments, militaries and telecoms in Southeast Asia with custom backdoors.',
    links: [mitre('G0030', 'Lotus Blossom')],
    related: ['naikon'],
  },
  {
    id: 'gallium',
    label: 'GALLIUM (Granite Typhoon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group stealing call records from telecom carriers',
    aliases: [element('GALLIUM', { capitalised: true }), properName('Granite Typhoon', ['Microsoft']), wordsName('Alloy Taurus', ['Palo Alto Networks'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://www.microsoft.com/security/blog/2019/12/12/gallium-targeting-global-telecom/',
            title: 'GALLIUM: Targeting global telecom',
            publisher: 'Microsoft Threat Intelligence',
            published: '2019-12-12',
          },
        },
      ],
    },
    knownFor: [
      'Operation Soft Cell (2019): stealing call-detail records from telecom carriers to track individuals',
      'The PingPull backdoor, used against telecoms, banks and governments',
    ],
    summary:
      'A Chinese espionage group that breaks into telecom carriers to take their call records, which reveal whom a target calls and where they are. Cybereason called its campaign Soft Cell.',
    links: [mitre('G0093', 'GALLIUM')],
    related: ['salt-typhoon', 'liminal-panda'],
  },
  {
    id: 'evasive-panda',
    label: 'Evasive Panda (Daggerfly)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group hijacking software updates',
    aliases: [
      properName('Evasive Panda', ['ESET']),
      wordsName('Daggerfly', ['Symantec']),
      wordsName('Bronze Highland', ['Secureworks']),
      properName('StormBamboo', ['Volexity']),
    ],
    country: 'CN',
    knownFor: [
      'Delivering its MgBot malware through hijacked updates of Chinese software',
      'Targeting Tibetans and the Monlam festival (2024)',
      'Poisoning an internet provider’s DNS to push malicious updates (2024, as StormBamboo)',
    ],
    summary:
      'A Chinese espionage group active since at least 2012 that infects targets, often Tibetans and people in mainland China, Hong Kong and Taiwan, through tampered software updates.',
    links: [mitre('G1034', 'Daggerfly')],
  },
  {
    id: 'velvet-ant',
    label: 'Velvet Ant',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China-nexus group hiding in network devices (Sygnia)',
    aliases: [wordsName('Velvet Ant', ['Sygnia'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [{ who: 'Sygnia', source: sygniaVelvetAnt }],
    },
    knownFor: [
      'Exploiting a Cisco NX-OS zero-day on Nexus switches in 2024',
      'Staying three years in a company’s network through old F5 BIG-IP appliances',
    ],
    summary:
      'A Chinese espionage group described by the incident-response firm Sygnia in 2024 that keeps long-term access by hiding in switches and load balancers.',
    links: [mitre('G1047', 'Velvet Ant'), sygniaVelvetAnt],
    related: ['weaver-ant'],
  },
  {
    id: 'weaver-ant',
    label: 'Weaver Ant',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China-nexus group inside an Asian telecom for four years (Sygnia)',
    aliases: [wordsName('Weaver Ant', ['Sygnia'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'Sygnia',
          source: {
            url: 'https://osintsights.com/2025/03/25/chinese-hackers-infiltrate-asian-telecom-evade-detection-for-over-four-years/',
            title: 'Chinese Hackers Infiltrate Asian Telecom, Evade Detection for Over Four Years',
            publisher: 'OSINTSights',
            published: '2025-03-25',
          },
        },
      ],
    },
    knownFor: [
      'Spying inside a major Asian telecom carrier for over four years, reported in 2025',
      'Relaying its traffic through hijacked Zyxel home routers and web shells such as China Chopper',
    ],
    summary:
      'A Chinese state-sponsored group that Sygnia found in 2025 after more than four years inside an Asian telecom provider, hiding behind compromised home routers.',
    links: [
      {
        url: 'https://osintsights.com/2025/03/25/chinese-hackers-infiltrate-asian-telecom-evade-detection-for-over-four-years/',
        title: 'Chinese Hackers Infiltrate Asian Telecom, Evade Detection for Over Four Years',
        publisher: 'OSINTSights',
        published: '2025-03-25',
      },
    ],
    related: ['velvet-ant', 'salt-typhoon'],
  },
  {
    id: 'liminal-panda',
    label: 'Liminal Panda',
    kind: 'hacking group',
    pack: 'groups',
    role: 'China-nexus group spying through telecom networks (CrowdStrike)',
    aliases: [properName('Liminal Panda', ['CrowdStrike'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      by: [
        {
          who: 'CrowdStrike',
          source: {
            url: 'https://www.crowdstrike.com/en-us/blog/liminal-panda-telecom-sector-threats/',
            title: 'LIMINAL PANDA: a roaming threat to telecommunications companies',
            publisher: 'CrowdStrike',
            published: '2024-11-19',
          },
        },
      ],
    },
    knownFor: [
      'Intrusions into telecom providers in South Asia and Africa since at least 2020',
      'Collecting subscriber data, call metadata and text messages with tools that mimic mobile network protocols',
    ],
    summary:
      'A Chinese espionage group that CrowdStrike named in US Senate testimony in 2024. It moves from one telecom provider to the next through the links between them to collect subscriber data.',
    links: [
      {
        url: 'https://www.crowdstrike.com/en-us/blog/liminal-panda-telecom-sector-threats/',
        title: 'LIMINAL PANDA: a roaming threat to telecommunications companies',
        publisher: 'CrowdStrike',
        published: '2024-11-19',
      },
    ],
    related: ['salt-typhoon', 'gallium'],
  },
  {
    id: 'spamouflage',
    label: 'Spamouflage (Dragonbridge)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese state-linked online influence operation',
    aliases: [
      codeName('Spamouflage', ['Graphika']),
      properName('Spamouflage Dragon', ['Graphika']),
      codeName('Dragonbridge', ['Google']),
      properName('Taizi Flood', ['Microsoft']),
      formerCodeName('Storm-1376'),
    ],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'ministry-of-public-security',
      unit: 'People associated with Chinese law enforcement',
      by: [
        {
          who: 'Meta',
          source: {
            url: 'https://www.oodaloop.com/cyber/2023/08/29/meta-fights-sprawling-chinese-spamoflage-operation/',
            title: 'Meta Fights Sprawling Chinese “Spamouflage” Operation',
            publisher: 'OODA Loop',
            published: '2023-08-29',
          },
        },
      ],
    },
    knownFor: [
      'Thousands of fake accounts on over 50 platforms praising Beijing and attacking its critics',
      'Meta’s removal of some 7,700 Facebook accounts in 2023, calling it the largest known cross-platform covert influence operation',
      'Impersonating American voters around US elections',
    ],
    summary:
      'A sprawling Chinese network of fake social media accounts, running since 2019, that pushes pro-Beijing messages and harasses critics. Meta tied it to people associated with Chinese law enforcement; it rarely reaches real audiences.',
    links: [
      {
        url: 'https://cloud.google.com/blog/topics/threat-intelligence/prc-dragonbridge-influence-elections/',
        title: 'Pro-PRC DRAGONBRIDGE influence campaign targets elections',
        publisher: 'Google Cloud (Mandiant)',
      },
    ],
  },
  {
    id: 'putter-panda',
    label: 'Putter Panda (APT2)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'The hacking group of PLA Unit 61486',
    aliases: [wordsName('Putter Panda', ['CrowdStrike']), acronym('APT2', ['Mandiant']), properName('MSUpdater', ['Press'])],
    country: 'CN',
    attribution: {
      state: 'CN',
      sponsor: 'pla',
      unit: 'PLA Unit 61486 (12th Bureau of the Third Department), Shanghai',
      by: [
        {
          who: 'CrowdStrike',
          source: {
            url: 'https://cdn0.vox-cdn.com/assets/4589853/crowdstrike-intelligence-report-putter-panda.original.pdf',
            title: 'CrowdStrike Intelligence Report: Putter Panda',
            publisher: 'CrowdStrike',
            published: '2014-06-09',
          },
        },
      ],
    },
    knownFor: ['Espionage against US and European satellite, aerospace and communications firms, reported in 2014'],
    summary:
      'A Chinese military hacking group that CrowdStrike traced in 2014 to PLA Unit 61486 in Shanghai, which works on space and satellite intelligence.',
    links: [mitre('G0024', 'Putter Panda')],
    related: ['pla-unit-61486', 'apt1'],
  },
  {
    id: 'deep-panda',
    label: 'Deep Panda',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese espionage group of the mid-2010s',
    aliases: [wordsName('Deep Panda', ['CrowdStrike']), wordsName('Shell Crew', ['Press']), wordsName('Black Vine', ['Symantec'])],
    country: 'CN',
    knownFor: [
      'Linked by Symantec (as Black Vine) to the 2015 breach of the US health insurer Anthem',
      'Espionage against think tanks, defence, health and technology firms',
    ],
    summary:
      'A Chinese espionage group active in the early and mid-2010s against US think tanks, health care, defence and technology companies.',
    links: [mitre('G0009', 'Deep Panda')],
  },
  {
    id: 'elderwood',
    label: 'Elderwood Group',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group behind Operation Aurora (2009–10)',
    aliases: [properName('Elderwood Group', ['Symantec']), properName('Elderwood Gang', ['Symantec']), wordsName('Sneaky Panda', ['CrowdStrike'])],
    country: 'CN',
    knownFor: [
      'Operation Aurora: the 2009–10 intrusions into Google, Adobe and dozens of other companies',
      'Using an unusually large supply of zero-day exploits in 2012',
    ],
    summary:
      'A Chinese hacking group that Symantec linked to Operation Aurora, the intrusions that led Google to reconsider its business in China in 2010, and to a long series of zero-day attacks on defence and technology suppliers.',
    links: [mitre('G0066', 'Elderwood')],
    related: ['apt17'],
  },
  {
    id: 'apt12',
    label: 'APT12 (Numbered Panda)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Chinese group behind the 2012 New York Times hack',
    aliases: [
      acronym('APT12', ['Mandiant']),
      properName('Numbered Panda', ['CrowdStrike']),
      codeName('IXESHE', ['Trend Micro']),
      properName('DynCalc', ['Press']),
      wordsName('Calc Team', ['Press']),
    ],
    country: 'CN',
    knownFor: [
      'Breaking into The New York Times in 2012 while it reported on the wealth of Premier Wen Jiabao’s family',
      'Espionage against East Asian governments, journalists and technology firms',
    ],
    summary:
      'A Chinese espionage group that targets journalists, governments and defence firms, especially in Taiwan and Japan. Mandiant linked it to the 2012 break-in at The New York Times.',
    links: [mitre('G0005', 'APT12')],
    related: ['apt1'],
  },
]);

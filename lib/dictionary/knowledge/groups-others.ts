import type { Alias, Link, PageContext, TermInput } from '../schema';

/**
 * Hacking groups attributed to Russia, Iran, North Korea and other states, and the few
 * non-state crews (hack-for-hire firms, hacktivist fronts) the state-security press names
 * constantly. China's groups are in groups-china.ts.
 *
 * Every name a vendor gives a group is an alias, with who gives it (`by`, namers.ts).
 * Codes (APT28, UNC2452, TA422, IRON TWILIGHT) are exact. Microsoft's retired element names
 * are written in capitals and mean chemical elements too, so they count only on pages about
 * hacking; so do the names that are also words, animals, rivers or stories (Sandworm,
 * Turla, Lazarus, Patchwork, Sidewinder, Sea Turtle, Handala, Agrius, The Dukes).
 */

// A page about hacking names at least one of these. Kept to words that a review of Dune, a
// Bible reading, a chess column, a nature story or a metals report does not use.
const hackingCues = [
  'hack',
  'hacker',
  'hacking',
  'hacked',
  'hacktivist',
  'cyber',
  'cyberattack',
  'cyber-attack',
  'cybersecurity',
  'cyber-security',
  'cyberespionage',
  'cyber-espionage',
  'cybercrime',
  'cybercriminal',
  'malware',
  'ransomware',
  'spyware',
  'wiper',
  'phishing',
  'spear-phishing',
  'password spray',
  'password spraying',
  'credential theft',
  'data breach',
  'hack-and-leak',
  'trojan',
  'spearphishing',
  'DDoS',
  'botnet',
  'backdoor',
  'zero-day',
  'threat actor',
  'threat group',
  'threat intelligence',
  'APT',
  'state-sponsored',
  'state-backed',
  'advanced persistent threat',
];

const northKoreaCues = ['North Korea', 'North Korean', 'Pyongyang', 'DPRK', 'Kim Jong Un', 'Bybit', 'cryptocurrency'];

/** Counts only on a page about hacking. */
const onHackingPages: PageContext = { requires: [hackingCues], excludes: [] };

/** A code or an acronym, exactly as written (APT28, UNC2452, IRON TWILIGHT). */
const code = (text: string, by: Alias['by'], former = false): TermInput['aliases'][number] => ({ text, case: 'exact', by, former });

/** A name with capitals, or in capitals in a headline (Fancy Bear, FANCY BEAR). */
const name = (text: string, by: Alias['by'], former = false): TermInput['aliases'][number] => ({ text, case: 'proper', by, former });

/** A name that is also a word or another thing: only on pages about hacking. */
const ambiguous = (text: string, by: Alias['by'], former = false, context = onHackingPages): TermInput['aliases'][number] => ({
  text,
  case: 'proper',
  by,
  former,
  context,
});

/**
 * Microsoft's element names, retired in 2023, written "Strontium" or "STRONTIUM": not the
 * element's lower case, and only on pages about hacking.
 */
const element = (text: string, excludes: string[] = []): TermInput['aliases'][number] => ({
  text,
  case: 'proper',
  by: ['Microsoft'],
  former: true,
  // Pages that use these names say whose names they are: "which Microsoft tracked as Zinc".
  context: { requires: [hackingCues, ['Microsoft', 'Redmond', 'MSTIC']], excludes },
});

const mitre = (id: string, group: string): Link => ({
  url: `https://attack.mitre.org/groups/${id}/`,
  title: `${group}, Group ${id}`,
  publisher: 'MITRE ATT&CK',
});

const russia: TermInput[] = [
  {
    id: 'apt28',
    label: 'APT28 (Fancy Bear)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian military intelligence hacking group (GRU Unit 26165)',
    aliases: [
      code('APT28', ['MITRE ATT&CK', 'Mandiant']),
      code('APT 28', ['Press']),
      name('Fancy Bear', ['CrowdStrike']),
      name('Forest Blizzard', ['Microsoft']),
      element('Strontium'),
      name('Sofacy', ['Kaspersky']),
      name('Sofacy Group', ['Press']),
      name('Sednit', ['ESET']),
      ambiguous('Pawn Storm', ['Trend Micro']),
      name('Pawnstorm', ['Press']),
      name('Fighting Ursa', ['Palo Alto Networks']),
      code('TA422', ['Proofpoint']),
      name('Iron Twilight', ['Secureworks']),
      code('TG-4127', ['Secureworks'], true),
      name('BlueDelta', ['Recorded Future']),
      name('Tsar Team', ['Press']),
      code('ITG05', ['IBM X-Force']),
      // The personas that leaked the 2016 Democratic emails, run by Unit 26165 per the indictment.
      { text: 'Guccifer 2.0', case: 'any', by: ['Self'] },
      { text: 'DCLeaks', case: 'any', by: ['Self'] },
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'gru',
      unit: 'GRU Unit 26165 (85th Main Special Service Centre)',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://www.huffpost.com/entry/russian-officers-indicted-mueller-investigation_n_5b48c550e4b0bc69a786c871',
            title: '12 Russian Intelligence Officers Indicted In Mueller Investigation',
            publisher: 'HuffPost',
            published: '2018-07-13',
          },
        },
        {
          who: 'UK NCSC',
          source: {
            url: 'https://www.nydailynews.com/news/national/sns-tns-bc-uk-russia-cyberattacks-20181004-story.html',
            title: 'UK accuses Russian military intelligence of a campaign of reckless cyberattacks',
            publisher: 'New York Daily News (Bloomberg)',
            published: '2018-10-04',
          },
        },
        {
          who: 'UK NCSC, NSA, CISA and partners in 10 countries',
          source: {
            url: 'https://www.adsadvance.co.uk/uk-and-allies-expose-russian-cyber-campaign-targeting-western-logistics-and-tech-entities.html',
            title: 'UK and allies expose Russian cyber campaign targeting western logistics and tech entities',
            publisher: 'ADS Advance',
            published: '2025-05',
          },
        },
      ],
    },
    knownFor: [
      'Hacking the US Democratic Party and Clinton campaign in 2016 and leaking the emails',
      'The 2016 hack of the World Anti-Doping Agency',
      'Attacks on the German Bundestag (2015) and on French and European political parties',
      'Since 2022, spying on companies that ship aid to Ukraine, including through hacked border cameras',
    ],
    summary:
      'One of Russia’s most active state hacking groups, run by military intelligence. It steals emails and documents from governments, militaries, parties and sports bodies, and has leaked them to sway politics; since the invasion of Ukraine it has targeted the logistics of Western aid.',
    links: [
      mitre('G0007', 'APT28'),
      { url: 'https://en.wikipedia.org/wiki/Fancy_Bear', title: 'Fancy Bear', publisher: 'Wikipedia' },
    ],
    related: ['gru', 'gru-unit-26165', 'sandworm', 'apt29', 'cadet-blizzard', 'ncsc-uk'],
  },
  {
    id: 'apt29',
    label: 'APT29 (Cozy Bear, Midnight Blizzard)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian foreign intelligence hacking group (SVR)',
    aliases: [
      code('APT29', ['MITRE ATT&CK', 'Mandiant']),
      code('APT 29', ['Press']),
      name('Cozy Bear', ['CrowdStrike']),
      name('CozyBear', ['Press']),
      name('Midnight Blizzard', ['Microsoft']),
      element('Nobelium'),
      element('Yttrium'),
      ambiguous('The Dukes', ['ESET']),
      code('UNC2452', ['Mandiant'], true),
      ambiguous('Dark Halo', ['Volexity']),
      name('StellarParticle', ['CrowdStrike']),
      ambiguous('SolarStorm', ['Palo Alto Networks']),
      name('Cloaked Ursa', ['Palo Alto Networks']),
      name('Iron Hemlock', ['Secureworks']),
      name('Iron Ritual', ['Secureworks']),
      code('TA421', ['Proofpoint']),
      name('BlueBravo', ['Recorded Future']),
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'svr',
      unit: 'Foreign Intelligence Service (SVR)',
      by: [
        {
          who: 'US government (White House)',
          source: {
            url: 'https://defensedaily.com/white-house-attributes-solarwinds-hack-russian-agency/cyber',
            title: 'White House Attributes SolarWinds Hack To Russian Agency',
            publisher: 'Defense Daily',
            published: '2021-04-15',
          },
        },
      ],
    },
    knownFor: [
      'The SolarWinds supply-chain compromise of US agencies and companies (2020)',
      'The 2015–16 intrusion into the US Democratic National Committee',
      'Breaking into Microsoft’s corporate email in 2023–24',
      'Targeting Covid-19 vaccine research in 2020',
    ],
    summary:
      'The hacking arm of Russia’s foreign intelligence service, known for patient, quiet espionage against governments, diplomats, think tanks and technology suppliers. The US formally blamed it for the SolarWinds compromise in 2021.',
    links: [
      mitre('G0016', 'APT29'),
      { url: 'https://en.wikipedia.org/wiki/Cozy_Bear', title: 'Cozy Bear', publisher: 'Wikipedia' },
    ],
    related: ['svr', 'apt28', 'turla'],
  },
  {
    id: 'sandworm',
    label: 'Sandworm (APT44)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian military intelligence sabotage unit (GRU Unit 74455)',
    aliases: [
      ambiguous('Sandworm', ['Press']),
      name('Sandworm Team', ['MITRE ATT&CK']),
      code('APT44', ['Mandiant', 'Google']),
      name('Voodoo Bear', ['CrowdStrike']),
      name('Seashell Blizzard', ['Microsoft']),
      // The satellite operator Iridium is in the news for hacking and Microsoft too.
      element('Iridium', ['Iridium Communications', 'satellite phone', 'satellite phones']),
      name('TeleBots', ['ESET']),
      name('Iron Viking', ['Secureworks']),
      { text: 'FROZENBARENTS', case: 'any', by: ['Google'] },
      // The "hacktivist" Telegram front that claimed the 2023 Kyivstar attack, in two spellings.
      { text: 'Solntsepek', case: 'any', by: ['Self'] },
      { text: 'Solntsepyok', case: 'any', by: ['Self'] },
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'gru',
      unit: 'GRU Unit 74455 (Main Centre for Special Technologies, GTsST)',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://thenationalnews.com/world/the-americas/us-charges-six-russian-military-officers-linked-to-some-of-world-s-largest-cyber-attacks-1.1096220',
            title: 'US charges six Russian military officers linked to some of world’s largest cyber attacks',
            publisher: 'The National',
            published: '2020-10-19',
          },
        },
        {
          who: 'Mandiant',
          source: {
            url: 'https://cloud.google.com/blog/topics/threat-intelligence/apt44-unearthing-sandworm',
            title: 'Unearthing APT44: Russia’s Notorious Cyber Sabotage Unit Sandworm',
            publisher: 'Google Cloud (Mandiant)',
            published: '2024-04-17',
          },
        },
        {
          who: 'Ukraine’s SSSCIP and Mandiant (the Solntsepek front)',
          source: {
            url: 'https://devdiscourse.com/article/technology/2744965-hackers-linked-to-russian-spy-agency-claim-cyberattack-on-ukrainian-cell-network',
            title: 'Hackers linked to Russian spy agency claim cyberattack on Ukrainian cell network',
            publisher: 'Devdiscourse (Reuters)',
            published: '2023-12-13',
          },
        },
      ],
    },
    knownFor: [
      'Blacking out parts of Ukraine’s power grid in 2015, 2016 and 2022',
      'Wiping Kyivstar, Ukraine’s largest mobile operator, in December 2023 under the Solntsepek front',
      'The NotPetya malware of 2017, which did billions of dollars of damage worldwide',
      'Olympic Destroyer, the attack on the 2018 Winter Olympics',
    ],
    summary:
      'Russia’s most destructive hacking unit, part of military intelligence. It has switched off power in Ukraine, spread the NotPetya malware and attacked the Olympics, and works alongside Russia’s armed forces in the war; Mandiant renamed it APT44 in 2024.',
    links: [
      mitre('G0034', 'Sandworm Team'),
      { url: 'https://en.wikipedia.org/wiki/Sandworm_(hacker_group)', title: 'Sandworm (hacker group)', publisher: 'Wikipedia' },
    ],
    related: ['gru', 'gru-unit-74455', 'apt28', 'cyber-army-of-russia-reborn', 'cadet-blizzard'],
  },
  {
    id: 'turla',
    label: 'Turla (Venomous Bear, Secret Blizzard)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian FSB espionage group (Center 16)',
    aliases: [
      ambiguous('Turla', ['MITRE ATT&CK', 'Kaspersky', 'ESET']),
      name('Venomous Bear', ['CrowdStrike']),
      name('Secret Blizzard', ['Microsoft']),
      element('Krypton'),
      ambiguous('Waterbug', ['Symantec']),
      name('Iron Hunter', ['Secureworks']),
      name('Pensive Ursa', ['Palo Alto Networks']),
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'fsb',
      unit: 'FSB Center 16',
      by: [
        {
          who: 'US Department of Justice and FBI',
          source: {
            url: 'https://www.thedailybeast.com/dept-of-justice-announces-breakup-of-sprawling-russian-cyber-spying-operation',
            title: 'FBI Disables Russian Spying Malware That Stole Data From U.S. and Allies',
            publisher: 'The Daily Beast',
            published: '2023-05-09',
          },
        },
      ],
    },
    knownFor: [
      'The Snake implant, used for about 20 years and dismantled by the FBI’s Operation Medusa in 2023',
      'Hijacking the infrastructure of other hacking groups, including Iran’s OilRig and Pakistani operators',
      'Hiding its command servers behind hijacked satellite internet links',
    ],
    summary:
      'A long-running espionage group of Russia’s FSB that targets foreign ministries, militaries and NATO governments. It is known for careful tradecraft such as riding on other spies’ hacked infrastructure to hide its own.',
    links: [
      mitre('G0010', 'Turla'),
      {
        url: 'https://news.clearancejobs.com/2023/05/11/the-fbi-chops-off-the-head-of-russias-malware-network-known-as-snake/',
        title: 'The FBI chops off the head of Russia’s malware network known as Snake',
        publisher: 'ClearanceJobs',
        published: '2023-05-11',
      },
    ],
    related: ['fsb', 'fsb-center-16', 'apt29', 'apt34'],
  },
  {
    id: 'gamaredon',
    label: 'Gamaredon (Armageddon)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian FSB hacking group targeting Ukraine',
    aliases: [
      { text: 'Gamaredon', case: 'any', by: ['Palo Alto Networks'] },
      name('Gamaredon Group', ['MITRE ATT&CK']),
      ambiguous('Armageddon', ['UK government'], false, {
        // "A cyber Armageddon" is a figure of speech on hacking pages: the name needs its owner too.
        requires: [hackingCues, ['FSB', 'SBU', 'Crimea', 'Gamaredon', 'Security Service of Ukraine']],
        excludes: [],
      }),
      ambiguous('Primitive Bear', ['CrowdStrike']),
      name('Aqua Blizzard', ['Microsoft']),
      element('Actinium'),
      name('Shuckworm', ['Symantec']),
      name('Iron Tilden', ['Secureworks']),
      name('Trident Ursa', ['Palo Alto Networks']),
      name('BlueAlpha', ['Recorded Future']),
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'fsb',
      unit: 'FSB officers in occupied Crimea, coordinated from Moscow',
      by: [
        {
          who: 'Security Service of Ukraine (SBU)',
          source: {
            url: 'https://nzherald.co.nz/business/juha-saarinen-turning-the-tables-on-hackers/O5ZFBPJ2NAQF7AFQG3RKCXFYLE',
            title: 'Juha Saarinen: Turning the tables on hackers',
            publisher: 'New Zealand Herald',
            published: '2021-11',
          },
        },
        {
          who: 'Council of the European Union',
          source: {
            url: 'https://www.fraudtoday.io/european-union-sanctions-russian-state-hackers-a-25601',
            title: 'European Union Sanctions Russian State Hackers',
            publisher: 'Fraud Today (ISMG)',
            published: '2024-06',
          },
        },
      ],
    },
    knownFor: [
      'Thousands of phishing attacks on Ukrainian government, military and infrastructure since 2014',
      'Named, with recordings of its officers, by the SBU in 2021',
      'EU sanctions on two of its members in 2024',
    ],
    summary:
      'A prolific, noisy FSB hacking group that has targeted Ukraine almost exclusively since 2014, mostly by phishing. The SBU says it is made up of FSB officers in Crimea, some of them former Ukrainian officials.',
    links: [mitre('G0047', 'Gamaredon Group')],
    related: ['fsb', 'fsb-center-18', 'sbu', 'star-blizzard'],
  },
  {
    id: 'cadet-blizzard',
    label: 'Cadet Blizzard (Ember Bear)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian military intelligence sabotage group (GRU Unit 29155)',
    aliases: [
      name('Cadet Blizzard', ['Microsoft']),
      name('Ember Bear', ['CrowdStrike']),
      code('DEV-0586', ['Microsoft'], true),
      code('UNC2589', ['Mandiant']),
      { text: 'FROZENVISTA', case: 'any', by: ['Google'] },
      ambiguous('Nodaria', ['Symantec']),
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'gru',
      unit: 'GRU Unit 29155 (161st Specialist Training Center)',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://www.scmagazine.com/news/threat-intelligence/microsoft-identifies-names-new-russian-sponsored-threat-group',
            title: 'Microsoft identifies, names new Russian-sponsored threat group',
            publisher: 'SC Magazine',
            published: '2023-06-14',
          },
        },
        {
          who: 'CISA, FBI, NSA and partners',
          source: {
            url: 'https://wizcase.com/news/u-s-and-germany-warn-of-cyber-attacks-by-russian-military-intelligence',
            title: 'U.S. and Germany Warn of Cyber Attacks by Russian Military Intelligence',
            publisher: 'WizCase',
            published: '2024-09',
          },
        },
      ],
    },
    knownFor: [
      'The WhisperGate wiper used against Ukrainian government systems in January 2022',
      'Defacing Ukrainian government websites and leaking stolen data through a “Free Civilian” front',
      'US charges in 2024 against five GRU officers of Unit 29155',
    ],
    summary:
      'A hacking group of the GRU unit better known for sabotage and assassinations abroad. It wiped Ukrainian government computers a month before the 2022 invasion and has since probed NATO countries’ infrastructure.',
    links: [mitre('G1003', 'Ember Bear')],
    related: ['gru', 'gru-unit-29155', 'sandworm', 'apt28'],
  },
  {
    id: 'star-blizzard',
    label: 'Star Blizzard (Cold River, Callisto)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian FSB spear-phishing group (Centre 18)',
    aliases: [
      name('Star Blizzard', ['Microsoft']),
      element('Seaborgium'),
      ambiguous('Cold River', ['Press']),
      { text: 'COLDRIVER', case: 'any', by: ['Google'] },
      name('Callisto Group', ['Press']),
      ambiguous('Callisto', ['Press'], false, {
        requires: [hackingCues],
        excludes: ['Jupiter', 'moon of Jupiter', 'Callisto Protocol'],
      }),
      code('TA446', ['Proofpoint']),
      name('Gossamer Bear', ['CrowdStrike']),
      name('BlueCharlie', ['Recorded Future']),
      name('Iron Frontier', ['Secureworks']),
      code('UNC4057', ['Mandiant']),
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'fsb',
      unit: 'FSB Centre 18',
      by: [
        {
          who: 'UK NCSC and UK government',
          source: {
            url: 'https://ukdefencejournal.org.uk/uk-exposes-russian-intelligence-services-cyber-campaign/',
            title: 'UK exposes Russian Intelligence Services cyber campaign',
            publisher: 'UK Defence Journal',
            published: '2023-12-07',
          },
        },
        {
          who: 'Council of the European Union',
          source: {
            url: 'https://www.fraudtoday.io/european-union-sanctions-russian-state-hackers-a-25601',
            title: 'European Union Sanctions Russian State Hackers',
            publisher: 'Fraud Today (ISMG)',
            published: '2024-06',
          },
        },
      ],
    },
    knownFor: [
      'Leaking UK–US trade documents before the 2019 UK general election',
      'Years of spear-phishing against British MPs, civil servants, journalists and think tanks',
      'UK and US sanctions and charges against two members in December 2023',
    ],
    summary:
      'An FSB hacking group that builds trust with its targets before phishing their personal email, then leaks what it steals to serve Russian aims. The UK accused it in 2023 of a years-long attempt to interfere in British politics.',
    links: [mitre('G1033', 'Star Blizzard')],
    related: ['fsb', 'fsb-center-18', 'ncsc-uk', 'gamaredon'],
  },
  {
    id: 'energetic-bear',
    label: 'Energetic Bear (Dragonfly, Berserk Bear)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian FSB group targeting energy infrastructure (Center 16)',
    aliases: [
      ambiguous('Energetic Bear', ['CrowdStrike']),
      name('Berserk Bear', ['CrowdStrike']),
      name('Berzerk Bear', ['Press']),
      // Also NASA's Titan probe and Google's censored search project for China.
      ambiguous('Dragonfly', ['Symantec'], false, {
        requires: [hackingCues],
        excludes: ['Titan', 'Project Dragonfly', 'censored search'],
      }),
      name('Crouching Yeti', ['Kaspersky']),
      name('Ghost Blizzard', ['Microsoft']),
      element('Bromine'),
      name('Iron Liberty', ['Secureworks']),
      { text: 'DYMALLOY', case: 'any', by: ['Dragos'] },
      code('TG-4192', ['Secureworks'], true),
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'fsb',
      unit: 'FSB Center 16',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://foxbusiness.com/technology/russian-government-officials-charged-us-energy-sector-hacks',
            title: 'Russian government officials charged in cyber-attacks targeting US and other energy companies around the world',
            publisher: 'Fox Business',
            published: '2022-03-24',
          },
        },
      ],
    },
    knownFor: [
      'Planting malware in software updates of industrial control system vendors (2012–14)',
      'Reaching the business network of a Kansas nuclear plant operator',
      'US charges against three FSB officers in 2022',
    ],
    summary:
      'An FSB hacking group that has spent a decade getting into the networks of power companies, nuclear plants and water utilities in the US and Europe, apparently to be able to disrupt them later.',
    links: [
      mitre('G0035', 'Dragonfly'),
      {
        url: 'https://news.yahoo.com/four-russian-employees-charged-u-225455924.html',
        title: 'Four Russian government employees charged in U.S. energy sector hacks',
        publisher: 'Yahoo News',
        published: '2022-03-24',
      },
    ],
    related: ['fsb', 'fsb-center-16', 'turla'],
  },
  {
    id: 'void-blizzard',
    label: 'Void Blizzard (Laundry Bear)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian state-backed espionage group',
    aliases: [name('Void Blizzard', ['Microsoft']), name('Laundry Bear', ['Dutch government'])],
    country: 'RU',
    attribution: {
      state: 'RU',
      by: [
        {
          who: 'Dutch intelligence services AIVD and MIVD',
          source: {
            url: 'https://openrijk.nl/en/rijksinstellingen/aivd/artikel/onbekende-russische-groep-achter-hacks-nederlandse-doelen/unknown-russian-group-behind-hacks-on-dutch-targets',
            title: 'Unknown Russian group behind hacks on Dutch targets',
            publisher: 'OpenRijk (AIVD)',
            published: '2025-05-27',
          },
        },
      ],
    },
    knownFor: [
      'Stealing the work contact details of Dutch police officers in September 2024',
      'Espionage on Western arms production and deliveries to Ukraine',
    ],
    summary:
      'A Russian espionage group first exposed by the Dutch intelligence services in 2025, which blamed it for a hack of the Dutch police. It goes after governments, defence suppliers and technology firms in EU and NATO countries.',
    links: [
      {
        url: 'https://www.sofx.com/russian-linked-hacker-group-laundry-bear-targeted-dutch-police-nato-networks/',
        title: 'Russian-linked hacker group Laundry Bear targeted Dutch police, NATO networks',
        publisher: 'SOFX',
        published: '2025-05',
      },
    ],
    related: ['aivd', 'mivd', 'apt28'],
  },
  {
    id: 'killnet',
    label: 'Killnet',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Pro-Russian hacktivist group',
    aliases: [{ text: 'Killnet', case: 'any', by: ['Self'] }],
    country: 'RU',
    knownFor: [
      'Denial-of-service attacks on governments, airports and hospitals of countries that back Ukraine',
      'Declaring “cyber war” on ten countries in 2022, after attacking the Eurovision vote',
    ],
    summary:
      'A pro-Kremlin hacktivist collective that emerged in 2022 and floods the websites of Ukraine’s supporters with traffic. Its attacks cause outages rather than break-ins, and its claims are often exaggerated.',
    links: [
      {
        url: 'https://www.threatx.com/blog/pro-russian-hacker-group-killnet-attacking-us-government-sites/',
        title: 'Pro-Russian Hacker Group, Killnet, Attacking US Government Sites',
        publisher: 'ThreatX',
        published: '2022-10-26',
      },
      { url: 'https://en.wikipedia.org/wiki/Killnet', title: 'Killnet', publisher: 'Wikipedia' },
    ],
    related: ['noname05716', 'cyber-army-of-russia-reborn'],
  },
  {
    id: 'noname05716',
    label: 'NoName057(16)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Pro-Russian hacktivist network',
    aliases: [
      { text: 'NoName057(16)', case: 'any', by: ['Self'] },
      { text: 'NoName057', case: 'any', by: ['Press'] },
      { text: 'NoName05716', case: 'any', by: ['Press'] },
    ],
    country: 'RU',
    knownFor: [
      'Denial-of-service attacks on European governments and NATO summit hosts, run through its DDoSia tool',
      'Europol’s Operation Eastwood against it in July 2025',
    ],
    summary:
      'A pro-Russian network that recruits volunteers, paid in cryptocurrency, to knock offline the websites of countries supporting Ukraine. Europol-led police action in 2025 took down much of its servers and issued arrest warrants.',
    links: [
      {
        url: 'https://europe-diplomatic.eu/justice/global-operation-targets-noname05716-a-pro-russian-cybercrime-network',
        title: 'Global operation targets NoName057(16), a pro-Russian cybercrime network',
        publisher: 'Europe Diplomatic',
        published: '2025-08',
      },
    ],
    related: ['killnet', 'europol'],
  },
  {
    id: 'cyber-army-of-russia-reborn',
    label: 'Cyber Army of Russia Reborn (CARR)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Pro-Russian hacktivist front linked to the GRU',
    aliases: [
      name('Cyber Army of Russia Reborn', ['Self']),
      name('Cyber Army of Russia', ['Press']),
      // CARR is also a surname and other bodies' acronym: only once the full name is on the page.
      { text: 'CARR', case: 'exact', by: ['US government'], afterFullName: true },
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'gru',
      unit: 'Linked to GRU Unit 74455 (Sandworm)',
      by: [
        {
          who: 'Mandiant',
          source: {
            url: 'https://theins.ru/en/news/270914',
            title: 'A hacker group with Kremlin ties takes responsibility for sabotaging U.S. water utilities, WIRED reports',
            publisher: 'The Insider',
            published: '2024-04',
          },
        },
      ],
    },
    knownFor: [
      'Overflowing a water tank in Muleshoe, Texas, by tampering with its controls (January 2024)',
      'US Treasury sanctions on its leader and main hacker in July 2024',
    ],
    summary:
      'A Telegram-based hacktivist outfit that claims attacks on water, energy and dam controls in the US and Europe. Mandiant found it was set up with help from Sandworm, the GRU’s sabotage unit.',
    links: [
      {
        url: 'https://www.upi.com/Top_News/US/2024/07/19/Russian-hackers-CARR-sanctions/1241721404582/',
        title: 'U.S. sanctions Russian hacktivists over attacks on critical infrastructure',
        publisher: 'UPI',
        published: '2024-07-19',
      },
    ],
    related: ['sandworm', 'gru', 'killnet'],
  },
  {
    id: 'evil-corp',
    label: 'Evil Corp',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Russian cybercrime group with ties to the FSB',
    aliases: [
      // Also the nickname of E Corp, the company in the TV series Mr. Robot.
      ambiguous('Evil Corp', ['US government'], false, {
        requires: [hackingCues],
        excludes: ['Mr. Robot', 'Mr Robot', 'Elliot Alderson', 'Rami Malek'],
      }),
      name('Indrik Spider', ['CrowdStrike']),
      name('Manatee Tempest', ['Microsoft']),
    ],
    country: 'RU',
    attribution: {
      state: 'RU',
      sponsor: 'fsb',
      unit: 'Leader Maksim Yakubets said to work for the FSB',
      by: [
        {
          who: 'US Treasury',
          source: {
            url: 'https://www.themoscowtimes.com/2019/12/05/us-sanctions-russian-cybercrime-outfit-evil-corp-a68499',
            title: 'U.S. Sanctions Russian Cybercrime Outfit ‘Evil Corp’',
            publisher: 'The Moscow Times',
            published: '2019-12-05',
          },
        },
        {
          who: 'UK government (National Crime Agency)',
          source: {
            url: 'https://unn.ua/en/news/uk-us-and-australia-impose-sanctions-on-russian-hacker-group-evil-corp',
            title: 'UK, US and Australia impose sanctions on Russian hacker group Evil Corp',
            publisher: 'UNN',
            published: '2024-10-01',
          },
        },
      ],
    },
    knownFor: [
      'The Dridex banking malware, used to steal more than $100 million',
      'US, UK and Australian sanctions in 2019 and 2024',
      'Tasking by Russian intelligence against NATO allies, according to the UK',
    ],
    summary:
      'A Russian cybercrime gang behind the Dridex banking malware and later ransomware. Western governments say its leader worked for the FSB and that Russian intelligence gave it espionage tasks.',
    links: [mitre('G0119', 'Indrik Spider')],
    related: ['fsb'],
  },
  {
    id: 'ghostwriter',
    label: 'Ghostwriter (UNC1151)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Hack-and-disinformation campaign against NATO’s eastern members',
    aliases: [
      // A memoir's ghostwriter can share a page with phone hacking: the campaign's targets must be named too.
      ambiguous('Ghostwriter', ['Mandiant'], false, {
        requires: [
          [...hackingCues, 'disinformation', 'UNC1151'],
          ['Belarus', 'Belarusian', 'Minsk', 'Poland', 'Polish', 'Lithuania', 'Latvia', 'NATO', 'UNC1151', 'Mandiant'],
        ],
        excludes: [],
      }),
      code('UNC1151', ['Mandiant']),
    ],
    country: 'BY',
    attribution: {
      state: 'BY',
      unit: 'Belarusian government, possibly its military',
      by: [
        {
          who: 'Mandiant (the EU and Germany had blamed Russia)',
          source: {
            url: 'https://darkreading.com/attacks-breaches/report-identifies-belarus-involvement-in-big-european-disinformation-campaign',
            title: 'Belarus Linked to Big European Disinformation Campaign',
            publisher: 'Dark Reading',
            published: '2021-11-17',
          },
        },
      ],
    },
    knownFor: [
      'Hacking news sites and officials’ accounts in Poland and the Baltic states to plant anti-NATO stories',
      'Phishing German MPs before the 2021 election',
    ],
    summary:
      'A campaign that hacks email and social media accounts and news websites to spread fabricated stories against NATO in Poland, Lithuania and Latvia. The EU blamed Russia in 2021; Mandiant tied its hackers to Belarus.',
    links: [
      {
        url: 'https://americanmilitarynews.com/2021/11/us-cybersecurity-researchers-link-belarusian-government-to-hacking-disinformation-campaign',
        title: 'US cybersecurity researchers link Belarusian government to hacking, disinformation campaign',
        publisher: 'American Military News (RFE/RL)',
        published: '2021-11',
      },
    ],
    related: ['apt28'],
  },
];

const iran: TermInput[] = [
  {
    id: 'apt33',
    label: 'APT33 (Peach Sandstorm, Elfin)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian state hacking group targeting aviation and energy',
    aliases: [
      code('APT33', ['MITRE ATT&CK', 'Mandiant']),
      code('APT 33', ['Press']),
      name('Peach Sandstorm', ['Microsoft']),
      element('Holmium'),
      ambiguous('Elfin', ['Symantec']),
      name('Refined Kitten', ['CrowdStrike']),
      { text: 'MAGNALLIUM', case: 'any', by: ['Dragos'] },
      name('Cobalt Trinity', ['Secureworks']),
      code('TA451', ['Proofpoint']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://microsoft.com/en-us/security/blog/2023/09/14/peach-sandstorm-password-spray-campaigns-enable-intelligence-collection-at-high-value-targets',
            title: 'Peach Sandstorm password spray campaigns enable intelligence collection at high-value targets',
            publisher: 'Microsoft Security Blog',
            published: '2023-09-14',
          },
        },
        {
          who: 'Mandiant (FireEye)',
          source: {
            url: 'https://iranfocus.com/terrorism/33048-more-iranian-cyber-attacks-could-be-on-their-way/?amp',
            title: 'More Iranian Cyber Attacks Could Be on Their Way',
            publisher: 'Iran Focus',
            published: '2018-09-20',
          },
        },
      ],
    },
    knownFor: [
      'Spear-phishing aviation and petrochemical companies in the US, Saudi Arabia and South Korea',
      'Password-spraying thousands of organisations in the satellite, defence and pharmaceutical sectors (2023)',
      'Links to the Shamoon wiper attacks on Saudi Aramco',
    ],
    summary:
      'An Iranian state espionage group active since at least 2013, interested in aviation, energy and defence. It steals credentials at scale and has been tied to destructive wiper attacks in the Gulf.',
    links: [mitre('G0064', 'APT33')],
    related: ['apt34', 'apt35', 'irgc'],
  },
  {
    id: 'apt34',
    label: 'APT34 (OilRig, Hazel Sandstorm)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian state espionage group focused on the Middle East',
    aliases: [
      code('APT34', ['MITRE ATT&CK', 'Mandiant']),
      code('APT 34', ['Press']),
      name('OilRig', ['Palo Alto Networks']),
      name('Helix Kitten', ['CrowdStrike']),
      name('Hazel Sandstorm', ['Microsoft']),
      element('Europium'),
      name('Cobalt Gypsy', ['Secureworks']),
      ambiguous('Crambus', ['Symantec']),
      name('Evasive Serpens', ['Palo Alto Networks']),
      name('Earth Simnavaz', ['Trend Micro']),
      code('TA452', ['Proofpoint']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      by: [
        {
          who: 'Mandiant (FireEye)',
          source: {
            url: 'https://www.iranobserver.org/iran-sponsored-hackers-have-targeted-israel-saudis-turkey-since-2014/',
            title: 'Iran-Sponsored Hackers Have Targeted Israel, Saudis, Turkey Since 2014',
            publisher: 'Iran Observer (NBC News)',
            published: '2017-12',
          },
        },
      ],
    },
    knownFor: [
      'Long-running espionage against governments, banks, energy and telecom companies in the Gulf and Israel',
      'Phishing through fake job offers and LinkedIn profiles',
      'Its tools leaked online in 2019; Russia’s Turla was found using its infrastructure',
    ],
    summary:
      'An Iranian espionage group active since at least 2014 that mainly targets governments and critical industries across the Middle East, relying on well-crafted phishing and custom backdoors.',
    links: [mitre('G0049', 'OilRig')],
    related: ['apt33', 'muddywater', 'turla', 'mois'],
  },
  {
    id: 'apt35',
    label: 'APT35 (Charming Kitten, Mint Sandstorm)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian Revolutionary Guards espionage group',
    aliases: [
      code('APT35', ['Mandiant']),
      code('APT 35', ['Press']),
      ambiguous('Charming Kitten', ['CrowdStrike']),
      name('Mint Sandstorm', ['Microsoft']),
      element('Phosphorus', ['white phosphorus']),
      ambiguous('Magic Hound', ['MITRE ATT&CK']),
      code('TA453', ['Proofpoint']),
      name('Cobalt Illusion', ['Secureworks']),
      code('ITG18', ['IBM X-Force']),
      ambiguous('Newscaster', ['Press']),
      name('Yellow Garuda', ['PwC']),
      name('CharmingCypress', ['Volexity']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'irgc',
      unit: 'An intelligence arm of the IRGC',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://microsoft.com/security/security-insider/mint-sandstorm',
            title: 'Mint Sandstorm',
            publisher: 'Microsoft Security Insider',
          },
        },
      ],
    },
    knownFor: [
      'Phishing journalists, academics and Middle East experts while posing as reporters or researchers',
      'Targeting dissidents, activists and US and Israeli officials',
      'Attacks on US ports, energy and transit operators in 2021–22, according to Microsoft',
    ],
    summary:
      'A Revolutionary Guards espionage group known for patient social engineering: fake journalists and conference invitations aimed at policy experts, dissidents and officials. Vendors overlap it with APT42.',
    links: [mitre('G0059', 'Magic Hound')],
    related: ['irgc', 'apt42', 'apt33'],
  },
  {
    id: 'apt42',
    label: 'APT42',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian Revolutionary Guards intelligence hacking group',
    aliases: [code('APT42', ['Mandiant', 'Google']), code('APT 42', ['Press']), code('UNC788', ['Mandiant']), code('CALANQUE', ['Google'])],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'irgc',
      unit: 'IRGC Intelligence Organization (IRGC-IO)',
      by: [
        {
          who: 'Google Threat Analysis Group',
          source: {
            url: 'https://nationalreview.com/news/google-confirms-iranian-backed-hacking-group-targeted-trump-biden-harris-campaigns/amp',
            title: 'Google Confirms Iranian-Backed Hacking Group Targeted Trump, Biden, Harris Campaigns',
            publisher: 'National Review',
            published: '2024-08-14',
          },
        },
      ],
    },
    knownFor: [
      'Hacking the Trump campaign in 2024 and targeting the Biden and Harris campaigns',
      'Credential phishing against Israeli officials, journalists and activists',
    ],
    summary:
      'Google and Mandiant’s name for the Revolutionary Guards intelligence group that phishes the personal accounts of politicians, campaign staff, journalists and dissidents; it overlaps with what others call Charming Kitten.',
    links: [mitre('G1044', 'APT42')],
    related: ['apt35', 'irgc', 'emennet-pasargad'],
  },
  {
    id: 'muddywater',
    label: 'MuddyWater (Mango Sandstorm)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian Ministry of Intelligence hacking group',
    aliases: [
      name('MuddyWater', ['MITRE ATT&CK', 'Palo Alto Networks']),
      name('Mango Sandstorm', ['Microsoft']),
      element('Mercury', ['Mercury Systems', 'Mercury Insurance', 'Freddie Mercury', 'planet Mercury']),
      name('Static Kitten', ['CrowdStrike']),
      name('Seedworm', ['Symantec']),
      code('TEMP.Zagros', ['Mandiant'], true),
      name('Earth Vetala', ['Trend Micro']),
      code('TA450', ['Proofpoint']),
      name('Cobalt Ulster', ['Secureworks']),
      name('Boggy Serpens', ['Palo Alto Networks']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'mois',
      unit: 'A subordinate element of the Ministry of Intelligence and Security (MOIS)',
      by: [
        {
          who: 'US Cyber Command, CISA, FBI, NSA and UK NCSC',
          source: {
            url: 'https://www.threatdown.com/blog/cisa-warns-of-cyberespionage-by-iranian-apt-muddywater/',
            title: 'CISA warns of cyberespionage by Iranian APT “MuddyWater”',
            publisher: 'ThreatDown (Malwarebytes)',
            published: '2022-02',
          },
        },
      ],
    },
    knownFor: [
      'Espionage against telecoms, defence, local government and oil and gas across the Middle East, Asia, Africa and Europe',
      'Heavy use of legitimate remote-management tools to hold access',
      'Named by US Cyber Command in 2022 as part of Iran’s intelligence ministry',
    ],
    summary:
      'An espionage group of Iran’s intelligence ministry, active since at least 2017, that phishes its way into governments and telecom operators and shares the access it gains with other Iranian operators.',
    links: [mitre('G0069', 'MuddyWater')],
    related: ['mois', 'apt34', 'apt39'],
  },
  {
    id: 'cyberav3ngers',
    label: 'CyberAv3ngers',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian Revolutionary Guards hacking front',
    aliases: [
      { text: 'CyberAv3ngers', case: 'any', by: ['Self'] },
      { text: 'Cyber Av3ngers', case: 'any', by: ['Self'] },
      // The press sometimes spells it out; a superhero-themed name otherwise, so only with Iran's targets.
      ambiguous('Cyber Avengers', ['Press'], false, {
        requires: [hackingCues, ['Iran', 'Iranian', 'Israel', 'Israeli', 'Unitronics', 'Aliquippa']],
        excludes: [],
      }),
      code('Storm-0784', ['Microsoft']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'irgc',
      unit: 'IRGC Cyber-Electronic Command',
      by: [
        {
          who: 'CISA, FBI, NSA, EPA and Israel National Cyber Directorate',
          source: {
            url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-335a',
            title: 'IRGC-Affiliated Cyber Actors Exploit PLCs in Multiple Sectors, Including U.S. Water and Wastewater Systems Facilities',
            publisher: 'CISA',
            published: '2023-12-01',
          },
        },
      ],
    },
    knownFor: [
      'Taking over Israeli-made Unitronics controllers at the water authority of Aliquippa, Pennsylvania (2023)',
      'Claims of attacks on Israeli water and energy facilities',
    ],
    summary:
      'A self-styled hacktivist group that US agencies say is run by Iran’s Revolutionary Guards. It breaks into poorly protected industrial controllers, especially Israeli-made ones, at water utilities and other plants.',
    links: [
      {
        url: 'https://www.cbsnews.com/news/municipal-water-authority-of-aliquippa-hacked-iranian-backed-cyber-group/',
        title: 'Municipal Water Authority of Aliquippa hacked by Iranian-backed cyber group',
        publisher: 'CBS News',
        published: '2023-11-25',
      },
    ],
    related: ['irgc', 'handala'],
  },
  {
    id: 'pioneer-kitten',
    label: 'Pioneer Kitten (Fox Kitten)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian state hacking group selling access to ransomware gangs',
    aliases: [
      name('Pioneer Kitten', ['CrowdStrike']),
      ambiguous('Fox Kitten', ['Press']),
      name('Lemon Sandstorm', ['Microsoft']),
      element('Rubidium'),
      code('UNC757', ['Mandiant']),
      name('Parisite', ['Dragos']),
      // The handle it uses with ransomware affiliates, per the FBI.
      { text: 'Br0k3r', case: 'any', by: ['Self'] },
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      unit: 'Works for the government of Iran through a front company',
      by: [
        {
          who: 'FBI, CISA and DoD Cyber Crime Center',
          source: {
            url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa24-241a',
            title: 'Iran-based Cyber Actors Enabling Ransomware Attacks on US Organizations',
            publisher: 'CISA',
            published: '2024-08-28',
          },
        },
      ],
    },
    knownFor: [
      'Breaking into networks through VPN and firewall flaws since 2017',
      'Working with the ALPHV, NoEscape and RansomHouse ransomware gangs for a share of ransoms',
      'The Pay2Key hack-and-leak operation against Israel in 2020',
    ],
    summary:
      'An Iranian state-linked group that exploits network appliances to get into organisations, then both spies for Tehran and sells or shares the access with ransomware crews, according to the FBI.',
    links: [
      mitre('G0117', 'Fox Kitten'),
      {
        url: 'https://therecord.media/iran-government-working-with-ransomware-hackers-fbi-advisory',
        title: 'FBI: Iran working with ransomware gangs for attacks in US, Azerbaijan, UAE and Israel',
        publisher: 'The Record',
        published: '2024-08-28',
      },
    ],
    related: ['apt33', 'muddywater'],
  },
  {
    id: 'agrius',
    label: 'Agrius (Pink Sandstorm)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian state hacking group using wipers disguised as ransomware',
    aliases: [
      ambiguous('Agrius', ['SentinelOne']),
      name('Pink Sandstorm', ['Microsoft']),
      element('Americium'),
      name('Agonizing Serpens', ['Palo Alto Networks']),
      ambiguous('BlackShadow', ['Press']),
      ambiguous('Black Shadow', ['Press']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      by: [
        {
          who: 'SentinelOne',
          source: {
            url: 'https://investologics.com/2021/05/25/its-ransomware-or-maybe-a-disk-wiper-and-its-striking-targets-in-israel/',
            title: 'It’s ransomware, or maybe a disk wiper, and it’s striking targets in Israel',
            publisher: 'Ars Technica (via Investologics)',
            published: '2021-05-25',
          },
        },
      ],
    },
    knownFor: [
      'The Apostle and Deadwood wipers against Israeli targets, dressed up as ransomware',
      'Hack-and-leak attacks on Israeli companies under the BlackShadow persona',
    ],
    summary:
      'An Iranian group, first described by SentinelOne in 2021, that destroys data at Israeli organisations while pretending to be a ransomware gang, and leaks what it steals.',
    links: [mitre('G1030', 'Agrius')],
    related: ['moses-staff', 'mois'],
  },
  {
    id: 'emennet-pasargad',
    label: 'Emennet Pasargad (Cotton Sandstorm)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian company running influence and hacking operations for the IRGC',
    aliases: [
      { text: 'Emennet Pasargad', case: 'any', by: ['US government'] },
      { text: 'Aria Sepehr Ayandehsazan', case: 'any', by: ['US government'] },
      { text: 'Eeleyanet Gostar', case: 'any', by: ['US government'], former: true },
      name('Cotton Sandstorm', ['Microsoft']),
      element('Neptunium'),
      name('Haywire Kitten', ['CrowdStrike']),
      ambiguous('Holy Souls', ['Self']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'irgc',
      unit: 'Contractor for the IRGC (earlier sanctioned for aiding its Electronic Warfare and Cyber Defense Organization)',
      by: [
        {
          who: 'US Department of Justice and US Treasury',
          source: {
            url: 'https://rferl.org/amp/iran-united-states-election-interference-charges/31568388.html',
            title: 'U.S. Sanctions, Charges Iranians Over Attempt To Influence Presidential Election',
            publisher: 'RFE/RL',
            published: '2021-11-18',
          },
        },
      ],
    },
    knownFor: [
      'Threatening emails to US voters posing as the Proud Boys before the 2020 election',
      'Stealing and leaking Charlie Hebdo subscriber data (2023)',
      'US charges against two employees in 2021',
    ],
    summary:
      'An Iranian “cybersecurity” company that US prosecutors say ran hacking and influence operations for the state, including voter intimidation during the 2020 US election; it has since renamed itself.',
    links: [
      {
        url: 'https://www.darkreading.com/cyberattacks-data-breaches/us-indicts-iranian-nationals-for-cyber-enabled-election-interference',
        title: 'US Indicts Iranian Nationals for Cyber-Enabled Election Interference',
        publisher: 'Dark Reading',
        published: '2021-11',
      },
    ],
    related: ['irgc', 'apt42'],
  },
  {
    id: 'handala',
    label: 'Handala (Handala Hack Team)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Pro-Iranian hacktivist persona tied to Iran’s intelligence ministry',
    aliases: [
      ambiguous('Handala', ['Self'], false, {
        // Handala is also Naji al-Ali's cartoon boy, the emblem of Palestinian refugees.
        requires: [hackingCues],
        excludes: ['Naji al-Ali', 'cartoonist'],
      }),
      name('Handala Hack', ['Self']),
      name('Handala Hack Team', ['Self']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'mois',
      unit: 'Operated for the Ministry of Intelligence and Security, per Check Point',
      by: [
        {
          who: 'Check Point',
          source: {
            url: 'https://www.malaymail.com/news/world/2026/03/12/who-is-handala-the-pro-iran-hacktivist-group-targeting-us-and-israeli-firms/212359',
            title: 'Who is Handala, the pro-Iran hacktivist group targeting US and Israeli firms?',
            publisher: 'Malay Mail (AFP)',
            published: '2026-03-12',
          },
        },
      ],
    },
    knownFor: [
      'Leaks it says come from the phones of Israeli politicians',
      'Hijacking panic-button loudspeakers in Israeli kindergartens (2025)',
      'Claimed attacks on US companies during the 2026 war with Iran',
    ],
    summary:
      'A hacktivist persona named after a Palestinian cartoon character that claims hacks and leaks against Israeli officials and companies. Check Point and others say it fronts for Iran’s intelligence ministry.',
    links: [
      {
        url: 'https://meteor.ng/2024/10/02/iranian-hackers-claim-major-breach-of-israeli-nuclear-research-center/',
        title: 'Iranian hackers claim major breach of Israeli nuclear research center',
        publisher: 'Meteor',
        published: '2024-10-02',
      },
    ],
    related: ['homeland-justice', 'mois', 'cyberav3ngers'],
  },
  {
    id: 'moses-staff',
    label: 'Moses Staff',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian hacking group attacking Israel',
    aliases: [
      ambiguous('Moses Staff', ['Self']),
      name('Marigold Sandstorm', ['Microsoft']),
      code('DEV-0500', ['Microsoft'], true),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      by: [{ who: 'MITRE ATT&CK', source: mitre('G1009', 'Moses Staff') }],
    },
    knownFor: [
      'Encrypting Israeli companies’ data with no ransom demanded, then leaking it (2021)',
      'Claims of hijacking Israeli security cameras and setting off sirens in Jerusalem and Eilat',
    ],
    summary:
      'A politically motivated Iranian group that has hit Israeli companies since 2021, locking and leaking their data to cause damage rather than to make money.',
    links: [
      mitre('G1009', 'Moses Staff'),
      {
        url: 'https://infos-israel.news/%f0%9f%94%b4-des-hackers-iraniens-revendiquent-la-responsabilite-de-fausses-sirenes-a-jerusalem-et-menacent-dattaques-dans-les-prochaines-heures',
        title: 'Des hackers iraniens revendiquent la responsabilité de fausses sirènes à Jérusalem',
        publisher: 'Infos Israel News',
        published: '2022-06',
      },
    ],
    related: ['agrius'],
  },
  {
    id: 'apt39',
    label: 'APT39 (Chafer)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian intelligence ministry surveillance group',
    aliases: [
      code('APT39', ['MITRE ATT&CK', 'Mandiant']),
      ambiguous('Chafer', ['Symantec']),
      name('Remix Kitten', ['CrowdStrike']),
      name('Radio Serpens', ['Palo Alto Networks']),
      name('Burgundy Sandstorm', ['Microsoft']),
      code('ITG07', ['IBM X-Force']),
      { text: 'Rana Intelligence Computing', case: 'any', by: ['US government'] },
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'mois',
      unit: 'Front company Rana Intelligence Computing, for the MOIS',
      by: [
        {
          who: 'US Treasury',
          source: {
            url: 'https://thehackernews.com/2022/09/us-imposes-new-sanctions-on-iran-over.html',
            title: 'U.S. Imposes New Sanctions on Iran Over Cyberattack on Albania',
            publisher: 'The Hacker News',
            published: '2022-09-10',
          },
        },
      ],
    },
    knownFor: [
      'Tracking Iranian dissidents, journalists and travellers through telecom and travel-industry data',
      'US sanctions on its front company in 2020',
    ],
    summary:
      'An Iranian espionage group that steals personal data from telecoms, airlines and hotels to follow people of interest to the intelligence ministry, including dissidents abroad.',
    links: [mitre('G0087', 'APT39')],
    related: ['mois', 'muddywater'],
  },
  {
    id: 'homeland-justice',
    label: 'Homeland Justice (Void Manticore)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian intelligence ministry destructive hacking front',
    aliases: [
      ambiguous('Homeland Justice', ['Self']),
      name('Void Manticore', ['Check Point']),
      name('Red Sandstorm', ['Microsoft']),
      code('Storm-0842', ['Microsoft'], true),
      code('DEV-0842', ['Microsoft'], true),
      name('Banished Kitten', ['CrowdStrike']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'mois',
      by: [
        {
          who: 'FBI and CISA',
          source: {
            url: 'https://www.oodaloop.com/cyber/2024/02/14/albanian-authorities-accuse-iranian-backed-hackers-of-cyberattack-on-institute-of-statistics/',
            title: 'Albanian authorities accuse Iranian-backed hackers of cyberattack on Institute of Statistics',
            publisher: 'OODA Loop',
            published: '2024-02-14',
          },
        },
      ],
    },
    knownFor: [
      'The July 2022 wiper attack on the Albanian government, after which Albania cut ties with Iran',
      'Later attacks on Albania’s parliament, statistics institute and a telecom operator',
    ],
    summary:
      'The persona under which Iranian state hackers have repeatedly attacked Albania, which shelters the Iranian opposition MEK. Check Point calls the operators Void Manticore and links them to the Handala persona too.',
    links: [mitre('G1055', 'VOID MANTICORE')],
    related: ['handala', 'mois', 'apt39'],
  },
  {
    id: 'tortoiseshell',
    label: 'Tortoiseshell (Imperial Kitten, Crimson Sandstorm)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Iranian Revolutionary Guards espionage group',
    aliases: [
      ambiguous('Tortoiseshell', ['Symantec']),
      name('Imperial Kitten', ['CrowdStrike']),
      name('Crimson Sandstorm', ['Microsoft']),
      element('Curium'),
      code('TA456', ['Proofpoint']),
      name('Yellow Liderc', ['PwC']),
    ],
    country: 'IR',
    attribution: {
      state: 'IR',
      sponsor: 'irgc',
      unit: 'Malware from Mahak Rayan Afraz, a Tehran company tied to the IRGC',
      by: [
        {
          who: 'Facebook (Meta)',
          source: {
            url: 'https://rferl.org/amp/facebook-iran-hacking/31360658.html',
            title: 'Facebook Disrupts Iranian Hackers Targeting U.S. Military Personnel',
            publisher: 'RFE/RL',
            published: '2021-07-15',
          },
        },
      ],
    },
    knownFor: [
      'Posing as defence recruiters on Facebook to infect US military personnel (2021)',
      'Watering-hole and supply-chain attacks on IT providers and shipping in the Middle East',
    ],
    summary:
      'An Iranian espionage group tied to the Revolutionary Guards that builds fake recruiter and journalist personas to infect defence, aerospace and shipping targets, first in the Gulf and later in the US and Europe.',
    links: [mitre('G1012', 'CURIUM')],
    related: ['irgc', 'apt35'],
  },
];

const northKorea: TermInput[] = [
  {
    id: 'lazarus-group',
    label: 'Lazarus Group',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean state hacking group (Reconnaissance General Bureau)',
    aliases: [
      name('Lazarus Group', ['MITRE ATT&CK', 'Kaspersky']),
      ambiguous('Lazarus', ['Press'], false, {
        requires: [[...hackingCues, ...northKoreaCues]],
        excludes: ['Emma Lazarus', 'Jesus', 'Bethany', 'Gospel', 'Free Pascal', 'Bowie'],
      }),
      name('Hidden Cobra', ['US government']),
      name('Diamond Sleet', ['Microsoft']),
      element('Zinc'),
      name('Labyrinth Chollima', ['CrowdStrike']),
      name('Nickel Academy', ['Secureworks']),
      ambiguous('Guardians of Peace', ['Self']),
    ],
    country: 'KP',
    attribution: {
      state: 'KP',
      sponsor: 'rgb',
      unit: 'Reconnaissance General Bureau',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://www.cybertalk.org/2018/09/06/north-korean-hacker-charged-wannacry-sony-cyberattacks/',
            title: 'North Korean hacker charged in WannaCry and Sony cyberattacks',
            publisher: 'CyberTalk (Check Point)',
            published: '2018-09-06',
          },
        },
        {
          who: 'FBI',
          source: {
            url: 'https://www.scworld.com/brief/fbi-north-korean-hackers-behind-record-breaking-bybit-crypto-heist',
            title: 'FBI: North Korean hackers behind record-breaking Bybit crypto heist',
            publisher: 'SC Media',
            published: '2025-02-28',
          },
        },
      ],
    },
    knownFor: [
      'The 2014 hack of Sony Pictures over the film The Interview',
      'The $81 million theft from Bangladesh’s central bank (2016)',
      'The WannaCry ransomware outbreak of 2017',
      'Billions in stolen cryptocurrency, including Ronin ($620m, 2022) and Bybit ($1.5bn, 2025)',
    ],
    summary:
      'North Korea’s best-known hacking organisation, working for its military intelligence. It mixes espionage and sabotage with theft on a huge scale, and its cryptocurrency heists help fund the regime’s weapons programmes.',
    links: [
      mitre('G0032', 'Lazarus Group'),
      { url: 'https://en.wikipedia.org/wiki/Lazarus_Group', title: 'Lazarus Group', publisher: 'Wikipedia' },
    ],
    related: ['rgb', 'bluenoroff', 'tradertraitor', 'andariel', 'kimsuky'],
  },
  {
    id: 'kimsuky',
    label: 'Kimsuky (APT43)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean intelligence-gathering hacking group',
    aliases: [
      name('Kimsuky', ['Kaspersky']),
      code('APT43', ['Mandiant']),
      name('Emerald Sleet', ['Microsoft']),
      element('Thallium'),
      name('Velvet Chollima', ['CrowdStrike']),
      ambiguous('Black Banshee', ['PwC']),
      ambiguous('Springtail', ['Symantec']),
      code('TA427', ['Proofpoint']),
      code('TA406', ['Proofpoint']),
      name('Sparkling Pisces', ['Palo Alto Networks']),
    ],
    country: 'KP',
    attribution: {
      state: 'KP',
      sponsor: 'rgb',
      unit: 'Reconnaissance General Bureau',
      by: [
        {
          who: 'NSA, FBI, US State Department and South Korea’s NIS',
          source: {
            url: 'https://executivegov.com/2023/06/us-and-south-korea-issue-joint-warning-on-north-koreas-spearphishing-attacks/',
            title: 'US and South Korea Issue Joint Warning on North Korea’s Spearphishing Attacks',
            publisher: 'ExecutiveGov',
            published: '2023-06-05',
          },
        },
        {
          who: 'US Treasury',
          source: {
            url: 'https://cyberscoop.com/u-s-government-sanctions-prolific-north-korean-cyber-espionage-unit/',
            title: 'U.S. government sanctions prolific North Korean cyber espionage unit',
            publisher: 'CyberScoop',
            published: '2023-11-30',
          },
        },
      ],
    },
    knownFor: [
      'Posing as journalists and researchers to get foreign-policy and nuclear experts to share their views',
      'Spoofing trusted email domains, flagged by US agencies in 2024',
      'Stealing from South Korean nuclear and defence organisations',
    ],
    summary:
      'North Korea’s main intelligence-collection hacking group, active since about 2012. It targets think tanks, academics, journalists and officials who follow Korean affairs, mostly through long, convincing email conversations.',
    links: [mitre('G0094', 'Kimsuky')],
    related: ['rgb', 'lazarus-group', 'apt37', 'nis-korea'],
  },
  {
    id: 'andariel',
    label: 'Andariel (Onyx Sleet, APT45)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean military intelligence hacking unit',
    aliases: [
      ambiguous('Andariel', ['Press'], false, {
        // Andariel is also a demon in the Diablo games.
        requires: [[...hackingCues, ...northKoreaCues]],
        excludes: ['Diablo', 'Blizzard Entertainment'],
      }),
      code('APT45', ['Mandiant']),
      name('Onyx Sleet', ['Microsoft']),
      element('Plutonium', ['Yongbyon', 'reactor', 'plutonium production']),
      name('Silent Chollima', ['CrowdStrike']),
      ambiguous('Stonefly', ['Symantec']),
      name('Jumpy Pisces', ['Palo Alto Networks']),
      name('Nickel Hyatt', ['Secureworks']),
    ],
    country: 'KP',
    attribution: {
      state: 'KP',
      sponsor: 'rgb',
      unit: 'Reconnaissance General Bureau',
      by: [
        {
          who: 'US Department of Justice',
          source: {
            url: 'https://therecord.media/us-indicts-north-korean-hacker-ransomware',
            title: 'US indicts alleged North Korean state hacker for ransomware attacks on hospitals',
            publisher: 'The Record',
            published: '2024-07-25',
          },
        },
        {
          who: 'CISA, FBI, NSA and partners',
          source: {
            url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa24-207a',
            title: 'North Korea Cyber Group Conducts Global Espionage Campaign to Advance Regime’s Military and Nuclear Programs',
            publisher: 'CISA',
            published: '2024-07-25',
          },
        },
      ],
    },
    knownFor: [
      'Maui ransomware attacks on US hospitals, whose ransoms paid for further spying',
      'Stealing defence, nuclear and aerospace data in the US, South Korea, Japan and India',
      'US charges against Rim Jong Hyok in 2024',
    ],
    summary:
      'A North Korean military intelligence unit that steals defence and nuclear technology and funds itself with ransomware, including attacks on American hospitals.',
    links: [mitre('G0138', 'Andariel')],
    related: ['rgb', 'lazarus-group'],
  },
  {
    id: 'bluenoroff',
    label: 'BlueNoroff (APT38)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean financial theft hacking group',
    aliases: [
      name('BlueNoroff', ['Kaspersky']),
      code('APT38', ['Mandiant']),
      code('APT 38', ['Press']),
      name('Sapphire Sleet', ['Microsoft']),
      element('Copernicium'),
      name('Stardust Chollima', ['CrowdStrike']),
      name('BeagleBoyz', ['US government']),
      name('Nickel Gladstone', ['Secureworks']),
      name('Alluring Pisces', ['Palo Alto Networks']),
      code('TA444', ['Proofpoint']),
    ],
    country: 'KP',
    attribution: {
      state: 'KP',
      sponsor: 'rgb',
      unit: 'Reconnaissance General Bureau',
      by: [
        {
          who: 'CISA, FBI, US Treasury and US Cyber Command',
          source: {
            url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa20-239a',
            title: 'FASTCash 2.0: North Korea’s BeagleBoyz Robbing Banks',
            publisher: 'CISA',
            published: '2020-08-26',
          },
        },
      ],
    },
    knownFor: [
      'SWIFT bank heists, including the attempt to take $1 billion from Bangladesh Bank in 2016',
      'Cash-machine “FASTCash” schemes',
      'Posing as venture capitalists and recruiters to steal cryptocurrency',
    ],
    summary:
      'The part of North Korea’s hacking apparatus devoted to stealing money: first from banks through the SWIFT network and cash machines, now mostly from cryptocurrency firms and their staff.',
    links: [
      mitre('G0082', 'APT38'),
      {
        url: 'https://cybernoz.com/bluenoroff-hackers-plan-new-crypto-theft-attacks',
        title: 'Microsoft: BlueNoroff hackers plan new crypto-theft attacks',
        publisher: 'Cybernoz (BleepingComputer)',
        published: '2023-11',
      },
    ],
    related: ['rgb', 'lazarus-group', 'tradertraitor'],
  },
  {
    id: 'apt37',
    label: 'APT37 (ScarCruft, Reaper)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean espionage group',
    aliases: [
      code('APT37', ['MITRE ATT&CK', 'Mandiant']),
      code('APT 37', ['Press']),
      name('ScarCruft', ['Kaspersky']),
      ambiguous('Reaper', ['Mandiant'], false, {
        requires: [hackingCues, northKoreaCues],
        excludes: ['MQ-9', 'Grim Reaper', 'drone', 'drones'],
      }),
      name('Ricochet Chollima', ['CrowdStrike']),
      name('InkySquid', ['Volexity']),
      name('Group123', ['Cisco Talos']),
      name('Moldy Pisces', ['Palo Alto Networks']),
    ],
    country: 'KP',
    attribution: {
      state: 'KP',
      by: [
        {
          who: 'Mandiant (FireEye)',
          source: {
            url: 'https://www.information-management.com/articles/north-korea-hacker-unit-reaper-now-global-threat-fireeye-says',
            title: 'North Korea hacker unit ‘Reaper’ now global threat, FireEye says',
            publisher: 'Information Management (Bloomberg)',
            published: '2018-02-20',
          },
        },
      ],
    },
    knownFor: [
      'Spying on North Korean defectors, human-rights groups and journalists',
      'Early use of zero-day flaws in Flash and Internet Explorer against South Koreans',
    ],
    summary:
      'A North Korean espionage group that has spied mainly on South Korea since about 2012, especially on defectors, activists and reporters, and later widened to Japan, Vietnam and the Middle East.',
    links: [mitre('G0067', 'APT37')],
    related: ['kimsuky', 'lazarus-group'],
  },
  {
    id: 'moonstone-sleet',
    label: 'Moonstone Sleet',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean hacking group using fake companies',
    aliases: [name('Moonstone Sleet', ['Microsoft']), code('Storm-1789', ['Microsoft'], true)],
    country: 'KP',
    attribution: {
      state: 'KP',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://duo.com/decipher/north-korean-threat-actor-deploys-new-custom-ransomware',
            title: 'North Korean Threat Actor Deploys New, Custom Ransomware',
            publisher: 'Decipher (Duo)',
            published: '2024-05-29',
          },
        },
      ],
    },
    knownFor: [
      'A playable but malicious tank game, DeTankWar, offered to its targets',
      'Fake software and blockchain companies used as cover',
      'The FakePenny ransomware',
    ],
    summary:
      'A North Korean group named by Microsoft in 2024 that sets up fake companies and trojanised software and games to get into defence, software and education organisations, for spying and for money.',
    links: [mitre('G1036', 'Moonstone Sleet')],
    related: ['lazarus-group', 'famous-chollima'],
  },
  {
    id: 'tradertraitor',
    label: 'TraderTraitor (Jade Sleet)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean cryptocurrency theft group',
    aliases: [
      { text: 'TraderTraitor', case: 'any', by: ['US government'] },
      name('Jade Sleet', ['Microsoft']),
      code('UNC4899', ['Mandiant']),
      name('Slow Pisces', ['Palo Alto Networks']),
    ],
    country: 'KP',
    attribution: {
      state: 'KP',
      by: [
        {
          who: 'FBI',
          source: {
            url: 'https://www.scworld.com/brief/fbi-north-korean-hackers-behind-record-breaking-bybit-crypto-heist',
            title: 'FBI: North Korean hackers behind record-breaking Bybit crypto heist',
            publisher: 'SC Media',
            published: '2025-02-28',
          },
        },
      ],
    },
    knownFor: [
      'The $1.5 billion theft from the Bybit exchange in February 2025',
      'The $308 million DMM Bitcoin theft (2024)',
      'Trojanised cryptocurrency trading apps',
    ],
    summary:
      'The US government’s name for North Korean operators, part of the Lazarus cluster, who target cryptocurrency exchanges and developers; the FBI blamed them for the largest crypto theft on record.',
    links: [
      {
        url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa22-108a',
        title: 'TraderTraitor: North Korean State-Sponsored APT Targets Blockchain Companies',
        publisher: 'CISA',
        published: '2022-04-18',
      },
    ],
    related: ['lazarus-group', 'bluenoroff'],
  },
  {
    id: 'famous-chollima',
    label: 'Famous Chollima (North Korean IT workers)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean fake IT worker operation',
    aliases: [
      name('Famous Chollima', ['CrowdStrike']),
      name('Jasper Sleet', ['Microsoft']),
      code('UNC5267', ['Mandiant']),
      name('Nickel Tapestry', ['Secureworks']),
      name('Wagemole', ['Palo Alto Networks']),
    ],
    country: 'KP',
    attribution: {
      state: 'KP',
      unit: 'Workers tied to the Munitions Industry Department, per the US State Department',
      by: [
        {
          who: 'US State Department',
          source: {
            url: 'https://www.thedailystar.net/news/world/usa/news/us-offers-5m-reward-info-north-korean-it-workers-3612686',
            title: 'US offers $5m reward for info on North Korean IT workers',
            publisher: 'The Daily Star',
            published: '2024-05-18',
          },
        },
        {
          who: 'CrowdStrike',
          source: {
            url: 'https://machinesociety.ai/p/is-your-company-funding-north-korean',
            title: 'Is your company funding North Korean nukes?',
            publisher: 'Machine Society',
            published: '2025-08',
          },
        },
      ],
    },
    knownFor: [
      'North Koreans hired as remote developers at hundreds of Western companies under stolen identities',
      '“Laptop farms” in the US run by facilitators, prosecuted by the Justice Department',
      'Extorting employers with data stolen while on the payroll',
    ],
    summary:
      'The scheme that places North Korean IT workers in remote jobs abroad under false identities, sending their pay to the regime and sometimes stealing data or extorting their employers.',
    links: [
      {
        url: 'https://nutechbrt.com/?p=5434',
        title: 'North Korean IT workers infiltrating companies, CrowdStrike warns',
        publisher: 'NuTech',
        published: '2025-08',
      },
    ],
    related: ['moonstone-sleet', 'lazarus-group'],
  },
  {
    id: 'citrine-sleet',
    label: 'Citrine Sleet (AppleJeus)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'North Korean cryptocurrency theft group',
    aliases: [name('Citrine Sleet', ['Microsoft']), code('UNC4736', ['Mandiant']), name('Gleaming Pisces', ['Palo Alto Networks'])],
    country: 'KP',
    attribution: {
      state: 'KP',
      sponsor: 'rgb',
      unit: 'Bureau 121 of the Reconnaissance General Bureau, per Microsoft',
      by: [
        {
          who: 'Microsoft',
          source: {
            url: 'https://dlnews-dlnews-prod.web.arc-cdn.net/articles/people-culture/north-korean-hackers-exploit-previously-unknown-bug',
            title: 'North Korean hackers exploit previously unknown bug to steal crypto',
            publisher: 'DL News',
            published: '2024-08',
          },
        },
      ],
    },
    knownFor: [
      'The AppleJeus trojan, hidden in fake cryptocurrency trading apps',
      'A Chrome zero-day used against crypto firms in August 2024',
      'The $50 million Radiant Capital theft (2024), per Mandiant',
    ],
    summary:
      'A North Korean group that studies the cryptocurrency industry closely and lures its staff with fake trading platforms and job offers to steal digital assets.',
    links: [mitre('G1049', 'AppleJeus')],
    related: ['lazarus-group', 'bluenoroff', 'tradertraitor', 'rgb'],
  },
];

const others: TermInput[] = [
  {
    id: 'equation-group',
    label: 'Equation Group',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Hacking group linked to the US National Security Agency',
    aliases: [name('Equation Group', ['Kaspersky'])],
    country: 'US',
    attribution: {
      state: 'US',
      sponsor: 'nsa',
      unit: 'Tailored Access Operations (TAO)',
      by: [
        {
          who: 'Kaspersky',
          source: {
            url: 'https://www.eweek.com/security/shadow-brokers-allegedly-hack-nsa-s-equation-group',
            title: 'Shadow Brokers Allegedly Hack NSA’s Equation Group',
            publisher: 'eWeek',
            published: '2016-08',
          },
        },
      ],
    },
    knownFor: [
      'Firmware implants in hard drives, revealed by Kaspersky in 2015',
      'Code and techniques shared with Stuxnet and Flame',
      'Its exploits, including EternalBlue, leaked by the Shadow Brokers in 2016–17',
    ],
    summary:
      'Kaspersky’s name for an extremely sophisticated hacking operation, active for about two decades, that researchers and leaked documents tie to the NSA’s elite hacking unit.',
    links: [
      mitre('G0020', 'Equation'),
      { url: 'https://en.wikipedia.org/wiki/Equation_Group', title: 'Equation Group', publisher: 'Wikipedia' },
    ],
    related: ['nsa', 'nsa-tao', 'shadow-brokers'],
  },
  {
    id: 'shadow-brokers',
    label: 'The Shadow Brokers',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Group that leaked NSA hacking tools',
    aliases: [ambiguous('Shadow Brokers', ['Self']), name('ShadowBrokers', ['Press'])],
    knownFor: [
      'Auctioning and then dumping NSA hacking tools in 2016–17',
      'Leaking EternalBlue, later used in WannaCry and NotPetya',
    ],
    summary:
      'An anonymous group that in 2016 claimed to have stolen hacking tools from the Equation Group and published them over the following year. Who was behind it has never been established publicly.',
    links: [
      {
        url: 'https://www.blueliv.com/cyber-security-and-cyber-threat-intelligence-blog-blueliv/industry/hacking-group-shadow-brokers-infiltrate-nsa-equation-group/',
        title: 'Hacking group Shadow Brokers infiltrate NSA Equation Group',
        publisher: 'Blueliv',
        published: '2016-08',
      },
      { url: 'https://en.wikipedia.org/wiki/The_Shadow_Brokers', title: 'The Shadow Brokers', publisher: 'Wikipedia' },
    ],
    related: ['equation-group', 'nsa', 'lazarus-group', 'sandworm'],
  },
  {
    id: 'dark-caracal',
    label: 'Dark Caracal',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Espionage campaign run from Lebanon’s General Security',
    aliases: [name('Dark Caracal', ['Lookout'])],
    country: 'LB',
    attribution: {
      state: 'LB',
      unit: 'General Directorate of General Security (GDGS)',
      by: [
        {
          who: 'Lookout and the Electronic Frontier Foundation',
          source: {
            url: 'https://www.securityweek.com/lebanon-must-investigate-claims-mass-spying-rights-groups/',
            title: 'Lebanon Must Investigate Claims of Mass Spying: Rights Groups',
            publisher: 'SecurityWeek',
            published: '2018-01-24',
          },
        },
      ],
    },
    knownFor: [
      'Fake versions of Signal and WhatsApp that spied on Android phones in more than 20 countries',
      'Traced in 2018 to a General Security building in Beirut',
    ],
    summary:
      'A mobile espionage campaign exposed in 2018 that stole messages, photos and recordings from thousands of people worldwide with trojanised chat apps; researchers traced it to Lebanon’s General Security directorate.',
    links: [mitre('G0070', 'Dark Caracal')],
    related: [],
  },
  {
    id: 'bitter',
    label: 'BITTER APT',
    kind: 'hacking group',
    pack: 'groups',
    role: 'South Asian espionage group suspected to work for India',
    aliases: [name('Bitter APT', ['Press']), code('T-APT-17', ['Press']), code('TA397', ['Proofpoint']), name('Hazy Tiger', ['CrowdStrike'])],
    country: 'IN',
    attribution: {
      state: 'IN',
      by: [
        {
          who: 'Pakistan Cabinet Division',
          source: {
            url: 'https://brecorder.com/feeds/news/40264485',
            title: 'Data ex-filtration: Indian group targeting Pakistani, Chinese state institutions',
            publisher: 'Business Recorder',
            published: '2023-08',
          },
        },
      ],
    },
    knownFor: ['Spear-phishing governments, defence and energy organisations in Pakistan, China, Bangladesh and Saudi Arabia'],
    summary:
      'An espionage group active since about 2013 that phishes government, military and energy targets around South Asia; Pakistan and several security firms link it to India.',
    links: [mitre('G1002', 'BITTER')],
    related: ['sidewinder', 'patchwork'],
  },
  {
    id: 'sidewinder',
    label: 'SideWinder',
    kind: 'hacking group',
    pack: 'groups',
    role: 'South Asian espionage group suspected to work for India',
    aliases: [
      {
        text: 'SideWinder',
        case: 'any',
        by: ['Kaspersky'],
        // Also the AIM-9 air-to-air missile and a desert rattlesnake.
        context: { requires: [hackingCues], excludes: ['AIM-9', 'AIM-9X', 'air-to-air', 'Sidewinder missile', 'rattlesnake'] },
      },
      code('T-APT-04', ['Press']),
      code('APT-C-17', ['Qihoo 360']),
      name('Razor Tiger', ['CrowdStrike']),
    ],
    country: 'IN',
    attribution: {
      state: 'IN',
      by: [
        {
          who: 'Pakistan Cabinet Division',
          source: {
            url: 'https://brecorder.com/feeds/news/40264485',
            title: 'Data ex-filtration: Indian group targeting Pakistani, Chinese state institutions',
            publisher: 'Business Recorder',
            published: '2023-08',
          },
        },
      ],
    },
    knownFor: [
      'Phishing military and government bodies in Pakistan, Sri Lanka, Bangladesh and China',
      'Using old Microsoft Office flaws with geofenced payloads',
    ],
    summary:
      'One of the most prolific espionage groups in South Asia, active since about 2012, that targets governments, militaries and ports in India’s neighbourhood; Pakistan and researchers tie it to India.',
    links: [
      mitre('G0121', 'Sidewinder'),
      {
        url: 'https://digitaldigests.net/uncategorized/south-asian-ministries-hit-by-sidewinder-apt-using-old-office-flaws-and-custom-malware',
        title: 'South Asian ministries hit by SideWinder APT using old Office flaws and custom malware',
        publisher: 'Digital Digests',
        published: '2025',
      },
    ],
    related: ['bitter', 'patchwork', 'transparent-tribe'],
  },
  {
    id: 'patchwork',
    label: 'Patchwork (Dropping Elephant)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'South Asian espionage group suspected to work for India',
    aliases: [
      {
        text: 'Patchwork',
        // Written PatchWork as often as Patchwork.
        case: 'any',
        by: ['MITRE ATT&CK'],
        // "A patchwork of laws" reaches cybersecurity pages too: the name needs talk of APT groups.
        context: {
          requires: [['APT', 'threat actor', 'threat group', 'hacking group', 'hacker group', 'cyber-espionage', 'cyberespionage', 'Dropping Elephant']],
          excludes: ['patchwork of', 'quilt', 'quilting'],
        },
      },
      name('Dropping Elephant', ['Kaspersky']),
      name('Hangover Group', ['Press']),
      name('Quilted Tiger', ['CrowdStrike']),
      name('Zinc Emerson', ['Secureworks']),
      code('APT-C-09', ['Qihoo 360']),
    ],
    country: 'IN',
    attribution: {
      state: 'IN',
      by: [
        {
          who: 'Pakistan Cabinet Division',
          source: {
            url: 'https://karachistartups.com/indian-hacker-group-involved-in-cyber-attacks-in-pakistan-china/',
            title: 'Indian hacker group involved in cyber attacks in Pakistan, China',
            publisher: 'Karachi Startups',
            published: '2023-08',
          },
        },
      ],
    },
    knownFor: [
      'Malware stitched together from code copied off forums and GitHub, hence its name',
      'Phishing Pakistani and Chinese state bodies and US think tanks',
    ],
    summary:
      'An espionage group active since about 2015 whose tools are pieced together from public code. It targets government and military bodies in Pakistan and China; researchers and Pakistan link it to India.',
    links: [
      mitre('G0040', 'Patchwork'),
      {
        url: 'https://infosecurity-magazine.com/news/patchwork-apt-emerges-to-threaten',
        title: 'Patchwork APT Emerges to Threaten Mideast, Asian Governments',
        publisher: 'Infosecurity Magazine',
        published: '2016-07',
      },
    ],
    related: ['sidewinder', 'bitter'],
  },
  {
    id: 'transparent-tribe',
    label: 'Transparent Tribe (APT36)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Pakistan-linked espionage group targeting India',
    aliases: [
      name('Transparent Tribe', ['Proofpoint']),
      code('APT36', ['Mandiant']),
      code('APT 36', ['Press']),
      name('Mythic Leopard', ['CrowdStrike']),
      name('Copper Fieldstone', ['Secureworks']),
      name('Earth Karkaddan', ['Trend Micro']),
    ],
    country: 'PK',
    attribution: {
      state: 'PK',
      by: [
        {
          who: 'Seqrite (Quick Heal)',
          source: {
            url: 'https://sundayguardianlive.com/news/pak-based-hackers-targeting-indian-defence-units-officials',
            title: '‘Pak-based hackers targeting Indian defence units, officials’',
            publisher: 'The Sunday Guardian',
            published: '2020',
          },
        },
      ],
    },
    knownFor: ['The Crimson remote-access trojan, sent to Indian military and government staff in phishing documents'],
    summary:
      'A Pakistan-linked espionage group active since about 2013 that phishes Indian military, defence and government personnel, and universities, with its own remote-access malware.',
    links: [
      mitre('G0134', 'Transparent Tribe'),
      {
        url: 'https://strategicstudyindia.com/2020/09/indian-military-government-data-faces.html',
        title: 'Indian Military, Government Data Faces Threat from Notorious Cyber Espionage Group: Kaspersky',
        publisher: 'Strategic Study India',
        published: '2020-09-02',
      },
    ],
    related: ['sidewinder', 'turla'],
  },
  {
    id: 'apt-c-36',
    label: 'APT-C-36 (Blind Eagle)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'South American espionage and fraud group targeting Colombia',
    aliases: [code('APT-C-36', ['Qihoo 360']), name('Blind Eagle', ['Qihoo 360']), code('TAG-144', ['Recorded Future'])],
    knownFor: [
      'Phishing that impersonates Colombian tax, police and justice agencies',
      'Remote-access trojans against Colombian and Ecuadorian government and banks',
    ],
    summary:
      'A Spanish-speaking group active since at least 2018 that phishes Colombian and Ecuadorian government agencies, banks and energy firms with remote-access malware; researchers place it in South America but name no state.',
    links: [
      mitre('G0099', 'APT-C-36'),
      {
        url: 'https://therecord.media/blind-eagle-apt-c-36-colombia-ecuador',
        title: 'More trouble from an APT with Colombia and Ecuador on its mind',
        publisher: 'The Record',
        published: '2023-03',
      },
    ],
    related: [],
  },
  {
    id: 'apt32',
    label: 'APT32 (OceanLotus)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Vietnam-aligned espionage group',
    aliases: [
      code('APT32', ['MITRE ATT&CK', 'Mandiant']),
      code('APT 32', ['Press']),
      name('OceanLotus', ['Press']),
      ambiguous('Ocean Lotus', ['Press']),
      name('Canvas Cyclone', ['Microsoft']),
      element('Bismuth'),
      name('Ocean Buffalo', ['CrowdStrike']),
      name('Tin Woodlawn', ['Secureworks']),
      code('APT-C-00', ['Qihoo 360']),
    ],
    country: 'VN',
    attribution: {
      state: 'VN',
      by: [
        {
          who: 'Mandiant (FireEye)',
          source: {
            url: 'https://techcrunch.com/2017/05/14/fireeye-vietnam-aligned-hackers/',
            title: 'Report: Hackers ‘aligned’ with Vietnam government attacked international firms and media',
            publisher: 'TechCrunch',
            published: '2017-05-14',
          },
        },
      ],
    },
    knownFor: [
      'Breaking into BMW and Hyundai networks in 2019',
      'Targeting foreign companies investing in Vietnam, and Vietnamese dissidents and journalists',
    ],
    summary:
      'A hacking group aligned with the Vietnamese government that spies on foreign firms doing business in Vietnam, car makers, foreign governments, and Vietnamese activists and bloggers.',
    links: [mitre('G0050', 'APT32')],
    related: [],
  },
  {
    id: 'sea-turtle',
    label: 'Sea Turtle',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Turkey-aligned espionage group',
    aliases: [
      ambiguous('Sea Turtle', ['Cisco Talos']),
      name('Marbled Dust', ['Microsoft']),
      element('Silicon'),
      name('Cosmic Wolf', ['CrowdStrike']),
      name('Teal Kurma', ['PwC']),
      code('UNC1326', ['Mandiant']),
    ],
    country: 'TR',
    namesakes: ['Silicon Valley', 'Apple Silicon', 'Silicon Labs', 'Silicon Graphics', 'Silicon Motion'],
    attribution: {
      state: 'TR',
      by: [
        {
          who: 'Hunt & Hackett',
          source: {
            url: 'https://cybersecurityboard.com/turkish-apt-sea-turtle-resurfaces-to-spy-on-kurdish-opposition',
            title: 'Turkish APT ‘Sea Turtle’ Resurfaces to Spy on Kurdish Opposition',
            publisher: 'Cybersecurity Board (Dark Reading)',
            published: '2024-01',
          },
        },
      ],
    },
    knownFor: [
      'Hijacking DNS records of governments and telecoms across the Middle East and Europe (2017–19)',
      'Spying on Dutch telecoms, media and Kurdish websites (2021–23)',
    ],
    summary:
      'An espionage group aligned with Turkish state interests that hijacks DNS and compromises internet and telecom providers to reach its real targets, notably Kurdish opposition groups.',
    links: [mitre('G1041', 'Sea Turtle')],
    related: [],
  },
  {
    id: 'predatory-sparrow',
    label: 'Predatory Sparrow (Gonjeshke Darande)',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Hacking group reported to be linked to Israel',
    aliases: [name('Predatory Sparrow', ['Self']), { text: 'Gonjeshke Darande', case: 'any', by: ['Self'] }],
    country: 'IL',
    attribution: {
      state: 'IL',
      by: [
        {
          who: 'Press reports citing security experts (Israel has not acknowledged it)',
          source: {
            url: 'https://www.newsbytesapp.com/news/science/israeli-linked-hacker-group-claims-cyberattack-on-iran-s-bank-sepah/story',
            title: 'Israeli hackers launch cyberattack on Iranian state-owned bank',
            publisher: 'NewsBytes',
            published: '2025-06-18',
          },
        },
      ],
    },
    knownFor: [
      'Knocking out Iran’s fuel payment system in 2021',
      'Setting off a fire at an Iranian steel plant in 2022',
      'Wiping Bank Sepah’s data and destroying about $90 million at the Nobitex exchange in June 2025',
    ],
    summary:
      'A group presenting itself as hacktivists that has caused physical and financial damage inside Iran; its capabilities point to a state, and it is widely reported to be linked to Israel.',
    links: [
      {
        url: 'https://breachspot.com/news/cyber-attacks/israel-linked-predatory-sparrow-hackers-launch-cyberattack-on-irans-financial-system',
        title: 'Israel-Linked Predatory Sparrow Hackers Launch Cyberattack on Iran’s Financial System',
        publisher: 'BreachSpot',
        published: '2025-06',
      },
    ],
    related: [],
  },
  {
    id: 'it-army-of-ukraine',
    label: 'IT Army of Ukraine',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Ukrainian government-called volunteer hacking force',
    aliases: [
      name('IT Army of Ukraine', ['Self']),
      name("Ukraine's IT Army", ['Press']),
      { text: 'IT Army', case: 'proper', by: ['Press'], afterFullName: true },
    ],
    country: 'UA',
    attribution: {
      state: 'UA',
      unit: 'Set up by Ukraine’s Ministry of Digital Transformation',
      by: [
        {
          who: 'Ukrainian government (Mykhailo Fedorov)',
          source: {
            url: 'https://www.newscientist.com/article/2311976-it-army-of-ukraine-the-amateur-hacker-team-striking-at-russia/',
            title: 'IT Army of Ukraine: The amateur hacker team striking at Russia',
            publisher: 'New Scientist',
            published: '2022-03',
          },
        },
      ],
    },
    knownFor: ['Denial-of-service attacks on Russian government, bank and media websites since February 2022'],
    summary:
      'A volunteer force of hackers that Ukraine’s digital minister called together on Telegram two days after Russia’s full-scale invasion, handing out Russian targets to knock offline.',
    links: [
      {
        url: 'https://news.hitb.org/index.php/content/ukraines-volunteer-it-army-hacking-uncharted-territory',
        title: 'Ukraine’s Volunteer ‘IT Army’ Is Hacking in Uncharted Territory',
        publisher: 'HITB (WIRED)',
        published: '2022-02',
      },
    ],
    related: ['sbu', 'hur'],
  },
  {
    id: 'anonymous-sudan',
    label: 'Anonymous Sudan',
    kind: 'hacking group',
    pack: 'groups',
    role: 'DDoS-for-hire hacktivist group',
    aliases: [name('Anonymous Sudan', ['Self']), code('Storm-1359', ['Microsoft'])],
    knownFor: [
      'More than 35,000 DDoS attacks in 2023–24, including outages at Microsoft and a Los Angeles hospital',
      'US charges in 2024 against two Sudanese brothers said to run it',
    ],
    summary:
      'A group that posed as Sudanese hacktivists and rented out powerful denial-of-service attacks. Some researchers first suspected a Russian front; US prosecutors charged two Sudanese brothers in 2024.',
    links: [
      {
        url: 'https://www.techtarget.com/searchsecurity/news/366613922/DOJ-charges-alleged-Anonymous-Sudan-ringleaders',
        title: 'DOJ charges alleged Anonymous Sudan ringleaders',
        publisher: 'TechTarget',
        published: '2024-10-17',
      },
    ],
    related: ['killnet'],
  },
  {
    id: 'stealth-falcon',
    label: 'Stealth Falcon',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Espionage operation suspected to work for the United Arab Emirates',
    aliases: [name('Stealth Falcon', ['Citizen Lab'])],
    country: 'AE',
    attribution: {
      state: 'AE',
      by: [
        {
          who: 'Citizen Lab',
          source: {
            url: 'https://deibert.citizenlab.org/2016/05/a-stealth-falcon-quietly-snatches-its-twitter-prey/',
            title: 'A Stealth Falcon Quietly Snatches Its Twitter Prey',
            publisher: 'Citizen Lab (Ron Deibert)',
            published: '2016-05-30',
          },
        },
      ],
    },
    knownFor: [
      'Malware sent to the UK journalist Rori Donaghy from a fake human-rights group (2015)',
      'Fake personas and Twitter accounts used to unmask critics of the UAE',
    ],
    summary:
      'An espionage campaign exposed by Citizen Lab in 2016 that targets journalists, activists and dissidents writing about the United Arab Emirates; the evidence points to the UAE government.',
    links: [mitre('G0038', 'Stealth Falcon')],
    related: [],
  },
  {
    id: 'cyber-partisans',
    label: 'Belarusian Cyber Partisans',
    kind: 'hacking group',
    pack: 'groups',
    role: 'Belarusian opposition hacktivist group',
    aliases: [
      name('Cyber Partisans', ['Self']),
      name('Cyber-Partisans', ['Self']),
      name('Cyberpartisans', ['Press']),
      name('Belarusian Cyber Partisans', ['Self']),
    ],
    country: 'BY',
    knownFor: [
      'Encrypting Belarusian Railways systems in 2022 to slow Russian troop movements',
      'Leaking police and government databases of the Lukashenko regime',
    ],
    summary:
      'A group of Belarusian opposition hackers, formed after the disputed 2020 election, that breaks into the Lukashenko government’s systems to leak their data and disrupt them.',
    links: [
      {
        url: 'https://therecord.media/cyber-partisans-hacktivists-claim-credit-for-cyberattack-on-belarusian-railways/',
        title: 'Cyber Partisans hacktivists claim credit for cyberattack on Belarusian Railways',
        publisher: 'The Record',
        published: '2022-01-24',
      },
    ],
    related: ['ghostwriter'],
  },
];

export const groupsOthers: TermInput[] = [...russia, ...iran, ...northKorea, ...others];

import type { TermInput } from '../schema';

/**
 * Spyware and surveillance vendors and the products the press names with them. A vendor is a
 * `company`, a product `spyware`; the Entity List, Treasury sanctions and court cases each
 * vendor is known for are in its knownFor, each with the page that says so.
 */

// A page about commercial spyware names at least one of these. They keep the product names
// that are also ordinary words or other things (Pegasus, Predator, Graphite, Candiru, Reign,
// Hermit, Circles) to the pages where the spyware is meant. Not "exploit" (a film review
// "exploits" its setting) nor "surveillance technology" (the Predator drone's).
const spywareCues = [
  'spyware',
  'mercenary spyware',
  'commercial spyware',
  'surveillance software',
  'surveillance vendor',
  'surveillance firm',
  'zero-click',
  'zero-day',
  'malware',
  'hacked',
  'hacking tool',
  'Citizen Lab',
  'Amnesty International',
  'Forbidden Stories',
  'Access Now',
];

/** The Italian vendor's name is also what a headline calls any team of hackers ("North Korean Hacking Team"). */
const hackingTeamCues = [
  'Milan',
  'Italian',
  'Italy',
  'Memento Labs',
  'Remote Control System',
  'Galileo',
  'Da Vinci',
  'Vincenzetti',
  'HackingTeam',
  'Phineas Fisher',
  'lawful interception',
  'spyware vendor',
  'spyware maker',
  'surveillance company',
];

// Indian political coverage of the Pegasus affair speaks of a "snooping row" more than of spyware.
const pegasusCues = [...spywareCues, 'NSO', 'NSO Group', 'Pegasus Project', 'snooping', 'snoop', 'surveillance', 'hacking', 'infected'];

export const spyware: TermInput[] = [
  {
    id: 'nso-group',
    label: 'NSO Group',
    kind: 'company',
    pack: 'spyware',
    role: 'Israeli maker of the Pegasus spyware',
    aliases: [
      { text: 'NSO Group', case: 'any' },
      { text: 'NSO Group Technologies', case: 'any' },
      { text: 'Q Cyber Technologies', case: 'any' },
      // NSO is also the National Symphony Orchestra and several national statistics offices.
      { text: 'NSO', case: 'exact', context: { requires: [[...spywareCues, 'Pegasus', 'NSO Group', 'WhatsApp']] } },
    ],
    country: 'IL',
    summary:
      'NSO Group is an Israeli company, legally Q Cyber Technologies, that builds the Pegasus phone-hacking spyware and licenses it to government intelligence and police agencies. Investigations have found Pegasus on the phones of journalists, activists and politicians in dozens of countries.',
    knownFor: [
      'Added to the US Commerce Department’s Entity List in November 2021, together with Candiru, for supplying spyware used against journalists, activists and officials.',
      'The Pegasus Project (2021): a leaked list of some 50,000 phone numbers selected by its clients, studied by 17 news organisations.',
      'Found liable in 2024 for hacking WhatsApp’s servers; a US jury awarded WhatsApp about $167 million in damages in May 2025.',
      'Affiliated with Circles, which sells phone location tracking over the SS7 network.',
    ],
    links: [
      {
        url: 'https://www.jpost.com/breaking-news/us-blacklists-4-companies-from-israel-russia-singapore-citing-spyware-683917',
        title: 'US blacklists 4 companies from Israel, Russia, Singapore citing spyware',
        publisher: 'The Jerusalem Post',
        published: '2021-11-03',
      },
      {
        url: 'https://www.medianama.com/2021/11/223-nso-group-blacklisted-us-national-security/',
        title: 'NSO Group added to the US Entity List on national security grounds',
        publisher: 'MediaNama',
        published: '2021-11',
      },
      {
        url: 'https://livelaw.in/amp/top-stories/us-court-finds-nso-liable-for-hacking-of-whatsapp-using-pegasus-malware-279112',
        title: 'US court finds NSO liable for hacking of WhatsApp using Pegasus malware',
        publisher: 'LiveLaw',
        published: '2024-12',
      },
      {
        url: 'https://turningpointmag.org/2025/05/28/did-the-west-turn-less-wild-for-mercenary-spyware-a-historic-ruling-slammed-167m-fine-on-notorious-cyberweapon-vendor',
        title: 'A historic ruling: $167m in damages against a notorious cyberweapon vendor',
        publisher: 'Turning Point',
        published: '2025-05-28',
      },
    ],
    related: ['pegasus', 'circles', 'candiru', 'quadream', 'entity-list'],
  },
  {
    id: 'pegasus',
    label: 'Pegasus (spyware)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'NSO Group’s phone-hacking spyware',
    aliases: [
      {
        text: 'Pegasus',
        case: 'proper',
        // The winged horse, Pegasus Airlines, Pegasus Books and Northrop's rocket share the name.
        context: { requires: [pegasusCues], excludes: ['airline', 'rocket', 'Northrop'] },
      },
      // Google's name for the Android version; also a figure of Greek myth.
      { text: 'Chrysaor', case: 'exact', context: { requires: [[...spywareCues, 'NSO', 'NSO Group']] } },
    ],
    namesakes: ['Pegasus Airlines', 'Pegasus Books', 'Pegasus Bridge', 'Pegasus World Cup', 'Pegasus rocket', 'Pegasus Mail'],
    country: 'IL',
    summary:
      'Pegasus is NSO Group’s spyware for iPhones and Android phones. Often installed with zero-click exploits that need no action from the target, it gives its operator the phone’s messages, photos, location, microphone and camera.',
    knownFor: [
      'Found on the phones of journalists, activists and heads of state by the Pegasus Project in 2021.',
      'Installed through a WhatsApp flaw on about 1,400 phones in 2019, the hack behind WhatsApp’s lawsuit against NSO.',
      'Used against people close to the murdered journalist Jamal Khashoggi, according to the Washington Post.',
    ],
    links: [
      {
        url: 'https://www.thehansindia.com/technology/tech-news/the-us-government-blacklists-pegasus-spyware-group-713871',
        title: 'The US government blacklists Pegasus spyware group',
        publisher: 'The Hans India',
        published: '2021-11-04',
      },
      {
        url: 'https://www.hindustantimes.com/analysis/ht-explains-what-we-know-about-the-evidence-underpinning-the-pegasus-project-101627285357607.html',
        title: 'HT explains: what we know about the evidence underpinning the Pegasus Project',
        publisher: 'Hindustan Times',
        published: '2021-07-26',
      },
    ],
    related: ['nso-group', 'predator', 'graphite', 'reign'],
  },
  {
    id: 'intellexa',
    label: 'Intellexa Consortium',
    kind: 'company',
    pack: 'spyware',
    role: 'Spyware consortium that sells Predator',
    aliases: [
      { text: 'Intellexa', case: 'any' },
      { text: 'Intellexa Consortium', case: 'any' },
      { text: 'Intellexa Alliance', case: 'any' },
    ],
    country: 'GR',
    summary:
      'Intellexa is a web of spyware companies founded in 2019 by the former Israeli intelligence officer Tal Dilian, with entities in Greece, Ireland, North Macedonia and Hungary. It markets the Predator spyware, built by its member Cytrox, to governments.',
    knownFor: [
      'Added to the US Entity List with Cytrox in July 2023.',
      'The first spyware vendor sanctioned by the US Treasury: founder Tal Dilian and five companies in March 2024, five more people and a company in September 2024.',
      'Its Predator spyware was sold, according to Google, to governments including Egypt, Greece, Serbia, Madagascar and Indonesia.',
    ],
    links: [
      {
        url: 'https://www.axios.com/2024/03/05/treasury-spyware-sanctions-intellexa',
        title: 'Treasury sanctions Intellexa spyware consortium in unprecedented move',
        publisher: 'Axios',
        published: '2024-03-05',
      },
      {
        url: 'http://federal.elaws.us/fr/7/19/2023/2023-15343',
        title: 'Additions to the Entity List (Federal Register 2023-15343: Greece, Hungary, Ireland, North Macedonia)',
        publisher: 'US Bureau of Industry and Security (Federal Register)',
        published: '2023-07-19',
      },
      {
        url: 'https://www.accessnow.org/press-release/us-new-sanctions-on-spyware-company-and-executives/',
        title: 'US issues new sanctions on spyware company and executives',
        publisher: 'Access Now',
        published: '2024-09',
      },
    ],
    related: ['predator', 'cytrox', 'entity-list', 'nso-group', 'ofac'],
  },
  {
    id: 'cytrox',
    label: 'Cytrox',
    kind: 'company',
    pack: 'spyware',
    role: 'North Macedonian developer of the Predator spyware',
    aliases: [{ text: 'Cytrox', case: 'any' }],
    summary:
      'Cytrox is a spyware developer founded in Skopje, North Macedonia, with companies in Hungary and Israel. It built the Predator spyware and became part of the Intellexa consortium.',
    knownFor: [
      'Named by Citizen Lab and Meta in December 2021 as the maker of spyware found on an exiled Egyptian opposition politician’s phone.',
      'Predator found on the phone of the Greek financial journalist Thanasis Koukakis in 2022.',
      'Added to the US Entity List in July 2023 and sanctioned by the US Treasury in March 2024.',
    ],
    links: [
      {
        url: 'https://www.middleeastmonitor.com/20211217-prominent-egyptian-opposition-activists-phone-hacked-says-watchdog/',
        title: 'Prominent Egyptian opposition activist’s phone hacked, says watchdog',
        publisher: 'Middle East Monitor',
        published: '2021-12-17',
      },
      {
        url: 'https://digit.site36.net/2022/04/21/predator-by-cytrox-spyware-discovered-on-phone-of-greek-journalist',
        title: 'Predator by Cytrox: spyware discovered on phone of Greek journalist',
        publisher: 'Digit',
        published: '2022-04-21',
      },
      {
        url: 'https://wp.dig.watch/updates/us-imposes-sanctions-on-intellexa-spyware-vendor',
        title: 'US imposes sanctions on Intellexa spyware vendor',
        publisher: 'Digital Watch Observatory',
        published: '2024-03',
      },
    ],
    related: ['intellexa', 'predator', 'entity-list', 'ofac'],
  },
  {
    id: 'predator',
    label: 'Predator (spyware)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'Intellexa’s phone-hacking spyware',
    aliases: [
      {
        text: 'Predator',
        case: 'exact',
        // The film franchise and the MQ-1 drone share the name; lower case is the noun.
        context: {
          requires: [[...spywareCues, 'Intellexa', 'Cytrox']],
          excludes: ['Schwarzenegger', 'Yautja', 'Hellfire', 'MQ-1', 'MQ-9', 'General Atomics', 'box office'],
        },
      },
    ],
    namesakes: ['MQ-1 Predator', 'Predator drone', 'Predator drones', 'Predator B', 'Predator: Badlands', 'Predator 2'],
    summary:
      'Predator is a spyware for Android phones and iPhones developed by Cytrox and sold by the Intellexa consortium. Installed through one-click links or zero-click attacks, it takes messages, photos, location and microphone recordings from the phone.',
    knownFor: [
      'At the centre of Greece’s 2022 surveillance scandal, found on the phones of a journalist and an opposition leader.',
      'Targeted the Egyptian presidential hopeful Ahmed Tantawy in 2023, according to Citizen Lab.',
      'US Treasury sanctions on its makers in 2024 said it had been used against US officials, journalists and policy experts.',
    ],
    links: [
      {
        url: 'https://cyberscoop.com/predator-intellexa-cytrox-sanctions/',
        title: 'U.S. sanctions maker of Predator spyware',
        publisher: 'CyberScoop',
        published: '2024-03-05',
      },
      {
        url: 'https://newarab.com/news/egypts-presidential-hopeful-ahmed-tantawi-reportedly-hacked?amp=1',
        title: 'Egypt’s presidential hopeful Ahmed Tantawi targeted by spyware: report',
        publisher: 'The New Arab',
        published: '2023-09-17',
      },
      {
        url: 'https://secureworld.io/industry-news/us-treasury-sanctions-intellexa-spyware',
        title: 'US Treasury sanctions Intellexa spyware figures',
        publisher: 'SecureWorld',
        published: '2024-09-17',
      },
    ],
    related: ['intellexa', 'cytrox', 'pegasus'],
  },
  {
    id: 'candiru',
    label: 'Candiru (Saito Tech)',
    kind: 'company',
    pack: 'spyware',
    role: 'Israeli spyware vendor, maker of DevilsTongue',
    aliases: [
      // Also a parasitic Amazon catfish, after which the company is named.
      { text: 'Candiru', case: 'exact', context: { requires: [[...spywareCues, 'Saito Tech', 'DevilsTongue', 'Sourgum', 'NSO']] } },
      { text: 'Saito Tech', case: 'any' },
      { text: 'Sourgum', case: 'any', by: ['Microsoft'] },
    ],
    country: 'IL',
    summary:
      'Candiru is a secretive Tel Aviv spyware company, registered as Saito Tech among other names, that sells hacking tools for computers, phones and cloud accounts only to governments. Microsoft tracks it as Sourgum.',
    knownFor: [
      'Exposed by Citizen Lab and Microsoft in July 2021: more than 100 victims, including journalists, activists and politicians, across ten countries.',
      'Added to the US Entity List in November 2021 alongside NSO Group.',
      'Used fake websites posing as Amnesty International and Black Lives Matter to deliver its malware.',
    ],
    links: [
      {
        url: 'https://www.utoronto.ca/news/citizen-lab-microsoft-collaborate-investigate-spyware-sold-foreign-firm-cbc-guardian',
        title: 'Citizen Lab, Microsoft collaborate to investigate spyware sold by foreign firm',
        publisher: 'University of Toronto News',
        published: '2021-07',
      },
      {
        url: 'https://wapo.st/3BcvHgg',
        title: 'The Cybersecurity 202: Another spyware company is helping authoritarian regimes snoop on their critics',
        publisher: 'The Washington Post',
        published: '2021-07-16',
      },
      {
        url: 'https://www.upi.com/Top_News/US/2021/11/03/NSO-Grou-sanctioned-commerce-department/3571635960025/',
        title: 'Commerce Department blacklists NSO Group and other foreign companies',
        publisher: 'UPI',
        published: '2021-11-03',
      },
    ],
    related: ['devilstongue', 'nso-group', 'entity-list'],
  },
  {
    id: 'devilstongue',
    label: 'DevilsTongue',
    kind: 'spyware',
    pack: 'spyware',
    role: 'Candiru’s Windows spyware',
    aliases: [{ text: 'DevilsTongue', case: 'any', by: ['Microsoft'] }],
    country: 'IL',
    summary:
      'DevilsTongue is Microsoft’s name for Candiru’s Windows spyware. Delivered through Windows zero-days, it steals browser data and passwords, reads messages on services such as Gmail, Skype and Telegram, and can post as the victim.',
    knownFor: ['Blocked by Microsoft’s July 2021 Windows updates after Citizen Lab shared samples.'],
    links: [
      {
        url: 'https://squidsaccess.com/2021/07/16/spyware-campaign-targeted-journalists-activists-researchers-3/',
        title: 'Spyware campaign targeted journalists, activists: researchers (AFP)',
        publisher: 'AFP',
        published: '2021-07-16',
      },
      {
        url: 'https://www.utoronto.ca/news/citizen-lab-microsoft-collaborate-investigate-spyware-sold-foreign-firm-cbc-guardian',
        title: 'Citizen Lab, Microsoft collaborate to investigate spyware sold by foreign firm',
        publisher: 'University of Toronto News',
        published: '2021-07',
      },
    ],
    related: ['candiru'],
  },
  {
    id: 'paragon',
    label: 'Paragon Solutions',
    kind: 'company',
    pack: 'spyware',
    role: 'Israeli maker of the Graphite spyware',
    aliases: [
      { text: 'Paragon Solutions', case: 'any' },
      // "Paragon" alone is an adjective and many other companies' name.
      { text: 'Paragon', case: 'exact', context: { requires: [[...spywareCues, 'Graphite']] } },
    ],
    namesakes: ['Paragon Banking Group', 'Paragon Banking', 'Paragon Software', 'Paragon Offshore'],
    country: 'IL',
    summary:
      'Paragon Solutions is an Israeli spyware company founded in 2019, with the former prime minister Ehud Barak among its backers, and bought by the US investor AE Industrial Partners in 2024. It sells the Graphite spyware and says it supplies only democratic governments.',
    knownFor: [
      'WhatsApp said in January 2025 that Paragon’s spyware had targeted about 90 of its users, journalists and activists among them.',
      'Graphite found by Citizen Lab on the phones of Italian journalists at Fanpage.it and of migrant-rescue activists in 2025.',
      'Ended its contract with Italy in 2025 amid the scandal.',
    ],
    links: [
      {
        url: 'https://www.sofx.com/paragon-solutions-terminates-contract-with-italy-amid-spyware-misuse-allegations/',
        title: 'Paragon Solutions terminates contract with Italy amid spyware misuse allegations',
        publisher: 'SOFX',
        published: '2025-02',
      },
      {
        url: 'https://www.silicon.co.uk/e-regulation/surveillance/paragon-spyware-used-to-target-european-journalists-warns-citizen-labs-618185',
        title: 'Paragon spyware used to target European journalists, warns Citizen Lab',
        publisher: 'Silicon UK',
        published: '2025-06',
      },
    ],
    related: ['graphite', 'nso-group'],
  },
  {
    id: 'graphite',
    label: 'Graphite (spyware)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'Paragon Solutions’ spyware',
    aliases: [
      // The mineral in lower case; in capitals only on pages that name Paragon and spyware.
      { text: 'Graphite', case: 'exact', context: { requires: [['Paragon', 'Paragon Solutions'], spywareCues] } },
    ],
    country: 'IL',
    summary:
      'Graphite is the spyware sold by Paragon Solutions. Rather than taking over the whole phone, it reaches into messaging apps such as WhatsApp and Signal, and has been installed with zero-click exploits.',
    knownFor: [
      'Delivered through malicious PDF files in WhatsApp group chats, according to WhatsApp and Citizen Lab (2025).',
      'Confirmed on the iPhone of the Italian journalist Ciro Pellegrino through an iMessage zero-click flaw patched in iOS 18.3.1.',
    ],
    links: [
      {
        url: 'https://tjcproject.org/european-journalists-targeted-with-paragon-graphite-spyware',
        title: 'European journalists targeted with Paragon Graphite spyware',
        publisher: 'The Journalism Commons (TJC)',
        published: '2025-06-15',
      },
      {
        url: 'https://www.silicon.co.uk/e-regulation/surveillance/paragon-spyware-used-to-target-european-journalists-warns-citizen-labs-618185',
        title: 'Paragon spyware used to target European journalists, warns Citizen Lab',
        publisher: 'Silicon UK',
        published: '2025-06',
      },
    ],
    related: ['paragon', 'pegasus'],
  },
  {
    id: 'hacking-team',
    label: 'Hacking Team',
    kind: 'company',
    pack: 'spyware',
    role: 'Milan spyware vendor, now Memento Labs',
    aliases: [
      { text: 'Hacking Team', case: 'exact', context: { requires: [hackingTeamCues] } },
      { text: 'HackingTeam', case: 'any' },
    ],
    country: 'IT',
    summary:
      'Hacking Team was a Milan company that sold the Remote Control System spyware (also called Galileo and Da Vinci) to police and intelligence agencies. A 2015 hack leaked 400 GB of its files, showing sales to governments with poor human rights records; in 2019 it was taken over and renamed Memento Labs.',
    knownFor: [
      'Hacked in July 2015; leaked invoices showed business with Sudan despite its denials.',
      'Listed by Reporters Without Borders as an “enemy of the internet”.',
      'Its spyware was found by Citizen Lab in 21 countries, including Ethiopia, Egypt and Turkey.',
    ],
    links: [
      {
        url: 'https://www.itproportal.com/2015/07/06/italian-hacking-team-sold-cyber-weapons-to-sudan/',
        title: 'Italian Hacking Team sold cyber weapons to Sudan',
        publisher: 'ITProPortal',
        published: '2015-07-06',
      },
      {
        url: 'https://www.apr.org/2015-07-06/a-hacker-is-hacked-controversial-italian-cyber-espionage-company-is-targeted',
        title: 'A hacker is hacked: controversial Italian cyber espionage company is targeted',
        publisher: 'NPR',
        published: '2015-07-06',
      },
    ],
    related: ['memento-labs', 'remote-control-system', 'dante', 'wassenaar-arrangement'],
  },
  {
    id: 'remote-control-system',
    label: 'Remote Control System (Hacking Team)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'Hacking Team’s spyware, also sold as Galileo and Da Vinci',
    aliases: [
      {
        text: 'Remote Control System',
        case: 'proper',
        context: { requires: [['Hacking Team', 'HackingTeam', 'Memento Labs', 'spyware']] },
      },
    ],
    country: 'IT',
    summary:
      'Remote Control System (RCS), marketed as Galileo and Da Vinci, was Hacking Team’s spyware for computers and phones. It could switch on a target’s microphone and camera and read their messages, and was sold as a lawful interception tool.',
    knownFor: ['Found by Citizen Lab used against Ethiopian journalists and Emirati and Moroccan activists.'],
    links: [
      {
        url: 'https://www.dabangasudan.org/en/all-news/article/hacking-team-company-sold-surveillance-tools-to-sudan',
        title: '“Hacking Team company sold surveillance tools to Sudan”',
        publisher: 'Radio Dabanga',
        published: '2015-07-06',
      },
    ],
    related: ['hacking-team'],
  },
  {
    id: 'memento-labs',
    label: 'Memento Labs',
    kind: 'company',
    pack: 'spyware',
    role: 'Milan spyware vendor, successor to Hacking Team',
    aliases: [{ text: 'Memento Labs', case: 'any' }],
    country: 'IT',
    summary:
      'Memento Labs is the Milan surveillance company formed in 2019 when a new owner took over Hacking Team. It sells spyware to government customers and says it now builds tools for mobile phones only.',
    knownFor: [
      'Its Windows spyware Dante was identified by Kaspersky in 2025 in an espionage campaign against Russian and Belarusian targets; its chief executive confirmed the tool was theirs.',
    ],
    links: [
      {
        url: 'https://traitcraft.com/ceo-of-spyware-maker-memento-labs-confirms-one-of-its-government-customers-wascaught-using-its-malware',
        title: 'CEO of spyware maker Memento Labs confirms one of its government customers was caught using its malware',
        publisher: 'TechCrunch (syndicated)',
        published: '2025-10',
      },
    ],
    related: ['hacking-team', 'dante'],
  },
  {
    id: 'dante',
    label: 'Dante (spyware)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'Memento Labs’ Windows spyware',
    aliases: [
      // The poet, and many people named Dante: only on pages about Memento Labs' spyware.
      {
        text: 'Dante',
        case: 'exact',
        context: { requires: [['Memento Labs', 'Memento', 'ForumTroll', 'Hacking Team'], spywareCues] },
      },
    ],
    namesakes: ['Dante Alighieri', "Dante's Inferno", 'Dante Labs'],
    country: 'IT',
    summary:
      'Dante is a Windows spyware made by Memento Labs, Hacking Team’s successor, that replaced the old Remote Control System around 2022. Kaspersky found it in 2025 in attacks on Russian media, universities and government bodies.',
    knownFor: ['Used by the group Kaspersky calls ForumTroll, which lured targets with invitations to the Primakov Readings forum.'],
    links: [
      {
        url: 'https://en.shiftdelete.net/government-spyware-exposed',
        title: 'Memento Labs’ Dante spyware exposed in government campaign',
        publisher: 'ShiftDelete.Net',
        published: '2025-10',
      },
      {
        url: 'https://traitcraft.com/ceo-of-spyware-maker-memento-labs-confirms-one-of-its-government-customers-wascaught-using-its-malware',
        title: 'CEO of spyware maker Memento Labs confirms one of its government customers was caught using its malware',
        publisher: 'TechCrunch (syndicated)',
        published: '2025-10',
      },
    ],
    related: ['memento-labs', 'hacking-team'],
  },
  {
    id: 'finfisher',
    label: 'FinFisher (Gamma Group)',
    kind: 'company',
    pack: 'spyware',
    role: 'Munich spyware vendor, maker of FinSpy',
    aliases: [
      { text: 'FinFisher', case: 'any' },
      { text: 'Gamma Group', case: 'proper', context: { requires: [[...spywareCues, 'FinFisher', 'FinSpy']] } },
      { text: 'Gamma International', case: 'proper', context: { requires: [[...spywareCues, 'FinFisher', 'FinSpy']] } },
    ],
    country: 'DE',
    summary:
      'FinFisher was a Munich spyware company, part of the Anglo-German Gamma Group, that sold the FinSpy spyware to police and intelligence services. It closed in 2022 after filing for insolvency during a German criminal investigation into unlicensed exports.',
    knownFor: [
      'Its spyware was found on the devices of Bahraini activists in 2012.',
      'Investigated by German prosecutors from 2019 over FinSpy allegedly sold to Turkey without an export licence; its offices were raided in 2020.',
      'Filed for insolvency in February 2022 and shut its Munich offices.',
    ],
    links: [
      {
        url: 'https://therecord.media/surveillance-software-firm-finfisher-declares-insolvency',
        title: 'Surveillance software firm FinFisher declares insolvency',
        publisher: 'The Record',
        published: '2022-03',
      },
      {
        url: 'https://www.techradar.com/news/infamous-german-spyware-firm-declares-bankruptcy',
        title: 'Infamous German spyware firm declares bankruptcy amid criminal investigation',
        publisher: 'TechRadar',
        published: '2022-03',
      },
    ],
    related: ['finspy', 'hacking-team'],
  },
  {
    id: 'finspy',
    label: 'FinSpy',
    kind: 'spyware',
    pack: 'spyware',
    role: 'FinFisher’s spyware (the German “state Trojan”)',
    aliases: [{ text: 'FinSpy', case: 'any' }],
    country: 'DE',
    summary:
      'FinSpy is FinFisher’s spyware for computers and phones, sold to police and secret services. It records calls and chats, takes files and passwords, and can switch on the microphone and camera.',
    knownFor: [
      'Linked to governments including Egypt, Bahrain, Ethiopia, Saudi Arabia and Venezuela.',
      'Found on the phones of Turkish opposition protesters in 2017, according to Access Now.',
    ],
    links: [
      {
        url: 'https://therecord.media/surveillance-software-firm-finfisher-declares-insolvency',
        title: 'Surveillance software firm FinFisher declares insolvency',
        publisher: 'The Record',
        published: '2022-03',
      },
      {
        url: 'https://gizmodo.com.au/2022/03/creepy-spyware-company-goes-broke/',
        title: 'Creepy spyware company goes broke',
        publisher: 'Gizmodo Australia',
        published: '2022-03',
      },
    ],
    related: ['finfisher'],
  },
  {
    id: 'quadream',
    label: 'QuaDream',
    kind: 'company',
    pack: 'spyware',
    role: 'Israeli spyware vendor, maker of Reign',
    aliases: [{ text: 'QuaDream', case: 'any' }],
    country: 'IL',
    summary:
      'QuaDream was a small Israeli spyware company founded in 2016 by former NSO Group staff. It sold the iPhone hacking platform Reign to governments and was reported to be closing in 2023, after Citizen Lab and Microsoft exposed it.',
    knownFor: [
      'Exposed in April 2023: at least five civil-society victims, including journalists and opposition figures, in North America, Europe, Asia and the Middle East.',
      'Customers were reported to include Saudi Arabia, Mexico, Singapore and Ghana.',
    ],
    links: [
      {
        url: 'https://www.silicon.co.uk/e-regulation/governance/spyware-10-countries-citizen-lab-microsoft-506110/amp',
        title: 'Spyware used across 10 countries, says Citizen Lab, Microsoft',
        publisher: 'Silicon UK',
        published: '2023-04',
      },
      {
        url: 'https://eastcoastdaily.in/2023/04/12/new-spyware-with-capabilities-similar-to-pegasus-deployed-on-journalists-and-political-opposition-figures.html',
        title: 'New spyware with capabilities similar to Pegasus deployed on journalists and political opposition figures',
        publisher: 'East Coast Daily',
        published: '2023-04-12',
      },
    ],
    related: ['reign', 'nso-group'],
  },
  {
    id: 'reign',
    label: 'Reign (spyware)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'QuaDream’s iPhone spyware',
    aliases: [
      // An ordinary word and a TV series: only on pages that name QuaDream.
      { text: 'Reign', case: 'proper', context: { requires: [['QuaDream']] } },
      { text: 'KingsPawn', case: 'any', by: ['Citizen Lab'] },
    ],
    country: 'IL',
    summary:
      'Reign is QuaDream’s spyware platform for iPhones; Citizen Lab calls the implant KingsPawn. It was installed without a click through invisible iCloud calendar invitations and could record calls and the phone’s surroundings, read messages and track location.',
    knownFor: ['Used a zero-click exploit in iOS 14 that Citizen Lab named ENDOFDAYS.'],
    links: [
      {
        url: 'https://techunwrapped.com/pegasus-has-found-its-successor-a-new-malware-spies-on-journalists-and-political-opponents/',
        title: 'Pegasus has found its successor: a new malware spies on journalists and political opponents',
        publisher: 'Tech Unwrapped',
        published: '2023-04',
      },
      {
        url: 'https://www.silicon.co.uk/e-regulation/governance/spyware-10-countries-citizen-lab-microsoft-506110/amp',
        title: 'Spyware used across 10 countries, says Citizen Lab, Microsoft',
        publisher: 'Silicon UK',
        published: '2023-04',
      },
    ],
    related: ['quadream', 'pegasus'],
  },
  {
    id: 'variston',
    label: 'Variston IT',
    kind: 'company',
    pack: 'spyware',
    role: 'Barcelona spyware start-up, maker of Heliconia',
    aliases: [
      { text: 'Variston', case: 'any' },
      { text: 'Variston IT', case: 'any' },
    ],
    country: 'ES',
    summary:
      'Variston was a Barcelona spyware start-up founded in 2018 that built exploits and spyware for Windows, iPhones and Android. Google tied it to the Heliconia exploit framework in 2022; by 2024 it was losing staff and reported to be winding down.',
    knownFor: [
      'Its tools were used against iPhones in Indonesia in 2023 through a chain of iOS zero-days, according to Google.',
      'Worked with the UAE-based reseller Protect (Protected AE), reportedly its main customer.',
    ],
    links: [
      {
        url: 'https://vpnmentor.com/news/google-report-commercial-spyware-vendors',
        title: 'Google publishes report on commercial spyware vendors',
        publisher: 'vpnMentor',
        published: '2024-02',
      },
      {
        url: 'https://www.elperiodico.com/es/tecnologia/20240206/google-acusa-barcelona-espionaje-empresa-ciberataque-virus-variston-97834627',
        title: 'Google acusa a una empresa de Barcelona de fabricar virus espía para gobiernos de todo el mundo',
        publisher: 'El Periódico',
        published: '2024-02-06',
      },
    ],
    related: ['heliconia'],
  },
  {
    id: 'heliconia',
    label: 'Heliconia (exploit framework)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'Variston’s exploit framework',
    aliases: [
      // A tropical plant genus: only on pages that name Variston.
      { text: 'Heliconia', case: 'exact', context: { requires: [['Variston']] } },
    ],
    country: 'ES',
    summary:
      'Heliconia is an exploitation framework for attacking Chrome, Firefox and Microsoft Defender to install spyware on Windows computers. Google’s Threat Analysis Group attributed it to Variston in November 2022 after code was sent to Google anonymously.',
    knownFor: ['Its parts were named Heliconia Noise, Heliconia Soft and Files.'],
    links: [
      {
        url: 'https://vuink.com/post/grpupehapu-d-dpbz/2024/02/15/variston-spyware-losing-staff-some-say-closing',
        title: 'Spyware startup Variston is losing staff, some say it’s closing',
        publisher: 'TechCrunch (syndicated)',
        published: '2024-02-15',
      },
    ],
    related: ['variston'],
  },
  {
    id: 'rcs-lab',
    label: 'RCS Lab',
    kind: 'company',
    pack: 'spyware',
    role: 'Milan lawful-interception vendor, maker of Hermit',
    aliases: [
      { text: 'RCS Lab', case: 'any', plural: true },
    ],
    country: 'IT',
    summary:
      'RCS Lab is a Milan company that sells lawful-interception and surveillance systems to law enforcement. In 2022 Lookout and Google tied it to the Hermit spyware, used in Kazakhstan, Italy and Syria.',
    knownFor: ['Said its products comply with European rules and that it does not take part in its customers’ operations.'],
    links: [
      {
        url: 'https://trt.global/world/article/13118222',
        title: 'Italian spyware targets Apple, Android phones: Google',
        publisher: 'TRT World',
        published: '2022-06-23',
      },
      {
        url: 'https://thenationalpolicy.com/apple-and-android-phones-hacked-by-italian-spyware-says-google',
        title: 'Apple and Android phones hacked by Italian spyware, says Google',
        publisher: 'Reuters (via The National Policy)',
        published: '2022-06',
      },
    ],
    related: ['hermit', 'hacking-team'],
  },
  {
    id: 'hermit',
    label: 'Hermit (spyware)',
    kind: 'spyware',
    pack: 'spyware',
    role: 'RCS Lab’s phone spyware',
    aliases: [
      // Also a recluse, the tarot card and North Korea's nickname ("the Hermit Kingdom").
      { text: 'Hermit', case: 'exact', context: { requires: [['RCS Lab', 'RCS Labs', 'Tykelab']] } },
    ],
    namesakes: ['Hermit Kingdom', 'hermit crab'],
    country: 'IT',
    summary:
      'Hermit is the name Lookout gave to RCS Lab’s spyware for Android and iPhone. Targets were sent links posing as their phone company’s or a messaging app, sometimes after their internet provider had cut their data; it can record audio, redirect calls and take messages, photos and location.',
    knownFor: ['Found in Kazakhstan in 2022, months after protests there were suppressed, and in Italy and north-east Syria.'],
    links: [
      {
        url: 'https://www.siliconrepublic.com/enterprise/hermit-spyware-ios-android-google',
        title: 'Google warns of Italian spyware Hermit targeting iOS and Android devices',
        publisher: 'Silicon Republic',
        published: '2022-06-24',
      },
      {
        url: 'https://trt.global/world/article/13118222',
        title: 'Italian spyware targets Apple, Android phones: Google',
        publisher: 'TRT World',
        published: '2022-06-23',
      },
    ],
    related: ['rcs-lab'],
  },
  {
    id: 'cellebrite',
    label: 'Cellebrite',
    kind: 'company',
    pack: 'spyware',
    role: 'Israeli maker of phone-unlocking forensic tools',
    aliases: [{ text: 'Cellebrite', case: 'any' }],
    country: 'IL',
    summary:
      'Cellebrite is an Israeli digital-forensics company whose UFED tools unlock and copy the contents of seized phones for police and intelligence agencies around the world.',
    knownFor: [
      'Its tools were used by Serbian police and the BIA to unlock journalists’ and activists’ phones before installing the NoviSpy spyware, Amnesty International found in December 2024.',
      'Stopped selling to Serbian customers in 2025 after Amnesty’s report.',
    ],
    links: [
      {
        url: 'https://candid.technology/cellebrite-bans-serbia-for-misusing-equipment/',
        title: 'Cellebrite bans Serbia for misusing equipment',
        publisher: 'Candid.Technology',
        published: '2025-02',
      },
      {
        url: 'https://nextnews.com.au/security/serbian-authorities-are-reportedly-hacking-and-installing-spyware-on-activists-phones',
        title: 'Serbian authorities are reportedly hacking and installing spyware on activists’ phones',
        publisher: 'Next News',
        published: '2024-12',
      },
    ],
    related: ['pegasus'],
  },
  {
    id: 'circles',
    label: 'Circles',
    kind: 'company',
    pack: 'spyware',
    role: 'SS7 phone-tracking vendor affiliated with NSO Group',
    aliases: [
      // An ordinary word ("in security circles"): only on pages about SS7 tracking or NSO.
      { text: 'Circles', case: 'exact', context: { requires: [['SS7', 'Signalling System 7', 'Signaling System 7', 'NSO', 'NSO Group']] } },
    ],
    country: 'BG',
    summary:
      'Circles is a surveillance company, merged with NSO Group in 2014, that sells governments the means to locate phones and intercept calls and texts through weaknesses in the SS7 phone signalling network, without hacking the phone itself.',
    knownFor: ['Citizen Lab found its systems deployed in at least 25 countries in 2020, from Australia and Denmark to Mexico, the UAE and Zimbabwe.'],
    links: [
      {
        url: 'https://citizenlab.ca/2020/12/running-in-circles-uncovering-the-clients-of-cyberespionage-firm-circles/',
        title: 'Running in Circles: Uncovering the Clients of Cyberespionage Firm Circles',
        publisher: 'Citizen Lab',
        published: '2020-12-01',
      },
      {
        url: 'https://vice.com/en/article/wx8jax/researchers-find-powerful-ss7-cellphone-location-surveillance-in-europe-middle-east-australia',
        title: 'Researchers find powerful SS7 cellphone location surveillance in Europe, Middle East, Australia',
        publisher: 'Vice Motherboard',
        published: '2020-12-01',
      },
    ],
    related: ['nso-group'],
  },
  {
    id: 'black-cube',
    label: 'Black Cube',
    kind: 'company',
    pack: 'spyware',
    role: 'Israeli private intelligence firm',
    aliases: [
      {
        text: 'Black Cube',
        case: 'proper',
        // Also an art object and a shape: only on pages about spying.
        context: {
          requires: [['private intelligence', 'intelligence firm', 'intelligence company', 'Mossad', 'spy', 'spies', 'spying', 'surveillance', 'operatives', 'Weinstein', 'espionage', 'phishing']],
        },
      },
    ],
    country: 'IL',
    summary:
      'Black Cube is a Tel Aviv private intelligence company founded in 2010 by veterans of Israeli military intelligence, staffed largely by former Mossad and Shin Bet officers. It runs undercover operations with invented personas for corporate and private clients.',
    knownFor: [
      'Hired to gather information on women who accused Harvey Weinstein.',
      'Banned from Meta’s platforms in December 2021 among seven surveillance-for-hire firms, for fake personas used to approach targets.',
      'Two of its operatives were convicted in Romania for spying on the country’s anti-corruption prosecutor.',
    ],
    links: [
      {
        url: 'https://cms.trtworld.com/business/israeli-indian-mercenary-spy-firms-busted-in-facebook-probe-52716',
        title: 'Israeli, Indian mercenary spy firms busted in Facebook probe',
        publisher: 'TRT World',
        published: '2021-12-16',
      },
      {
        url: 'https://en.globes.co.il/en/article-exposing-bribery-requires-trickery-such-as-impersonation-1001304648',
        title: '“Black Cube has ethical boundaries”',
        publisher: 'Globes',
      },
    ],
    related: ['belltrox', 'cognyte', 'cytrox'],
  },
  {
    id: 'darkmatter',
    label: 'DarkMatter',
    kind: 'company',
    pack: 'spyware',
    role: 'Emirati cyber-security company that ran Project Raven',
    aliases: [
      { text: 'DarkMatter', case: 'proper' },
      { text: 'DarkMatter Group', case: 'any' },
    ],
    country: 'AE',
    summary:
      'DarkMatter is a cyber-security company in the United Arab Emirates with close ties to its government. From 2016 it ran Project Raven, in which former NSA hackers and Emirati analysts broke into the phones and computers of dissidents, journalists and rival governments.',
    knownFor: [
      'Three former NSA hackers who worked for it admitted in 2021 to US export-control and computer-fraud charges and paid fines under an agreement with the Justice Department.',
      'Investigated by the FBI over the hacking of Americans.',
    ],
    links: [
      {
        url: 'https://oodaloop.com/analysis/ooda-original/hackers-as-global-private-contractors-is-a-pandoras-box-you-do-not-want-to-open',
        title: 'Hackers as global private contractors is a Pandora’s box you do not want to open',
        publisher: 'OODA Loop',
        published: '2021-09',
      },
      {
        url: 'https://wait.com.au/team-of-american-hackers-and-emirati-spies-discussed-attacking-the-intercept/',
        title: 'Team of American hackers and Emirati spies discussed attacking The Intercept',
        publisher: 'The Intercept (via Slashdot)',
        published: '2019-06',
      },
    ],
    related: ['project-raven', 'nsa'],
  },
  {
    id: 'project-raven',
    label: 'Project Raven',
    kind: 'hacking group',
    pack: 'spyware',
    role: 'UAE hacking programme staffed by former NSA operatives',
    aliases: [
      {
        text: 'Project Raven',
        case: 'proper',
        context: { requires: [['DarkMatter', 'UAE', 'United Arab Emirates', 'Emirati', 'Emirates', 'Abu Dhabi', 'NSA', 'CyberPoint']] },
      },
    ],
    country: 'AE',
    attribution: {
      state: 'AE',
      unit: 'UAE National Electronic Security Authority (NESA), run through CyberPoint and then DarkMatter',
      by: [
        {
          who: 'Reuters',
          source: {
            url: 'https://www.axios.com/nsa-spies-uae-hacking-operations-4ad16427-f0f3-429c-b569-9dd3f190350f.html',
            title: 'Report: Ex-NSA spies ran UAE’s hacking operations',
            publisher: 'Axios',
            published: '2019-01-30',
          },
        },
      ],
    },
    summary:
      'Project Raven was a United Arab Emirates hacking operation, begun by the US contractor CyberPoint and taken over by DarkMatter in 2015, in which former NSA staff helped Emirati intelligence spy on militants, dissidents, journalists and foreign leaders. Reuters revealed it in 2019.',
    knownFor: [
      'Targets included the activist Ahmed Mansoor, the Nobel laureate Tawakkol Karman and the British journalist Rori Donaghy, and some Americans.',
      'Used an iPhone exploit called Karma that needed no click.',
    ],
    links: [
      {
        url: 'https://www.axios.com/nsa-spies-uae-hacking-operations-4ad16427-f0f3-429c-b569-9dd3f190350f.html',
        title: 'Report: Ex-NSA spies ran UAE’s hacking operations',
        publisher: 'Axios',
        published: '2019-01-30',
      },
    ],
    related: ['darkmatter', 'nsa'],
  },
  {
    id: 'sandvine',
    label: 'Sandvine',
    kind: 'company',
    pack: 'spyware',
    role: 'Canadian deep-packet-inspection vendor',
    aliases: [
      { text: 'Sandvine', case: 'any' },
      { text: 'AppLogic Networks', case: 'any' },
    ],
    country: 'CA',
    summary:
      'Sandvine, renamed AppLogic Networks in 2025, is a Canadian maker of deep packet inspection equipment for internet providers. Governments have used its gear to block news sites, shut down the internet and redirect users to spyware.',
    knownFor: [
      'Added to the US Entity List in February 2024 for supplying Egypt with technology used for mass web monitoring and censorship.',
      'Its PacketLogic devices were used to inject spyware into the phone of the Egyptian politician Ahmed Eltantawy in 2023, according to Citizen Lab.',
      'Helped Belarus shut down the internet during the 2020 election protests, according to Access Now.',
    ],
    links: [
      {
        url: 'https://www.accessnow.org/press-release/us-blocklists-sandvine-for-digital-repression-in-egypt/',
        title: 'U.S. blocklists Sandvine for enabling digital repression in Egypt',
        publisher: 'Access Now',
        published: '2024-02-27',
      },
      {
        url: 'http://www.bis.gov/press-release/commerce-makes-additions-entity-list-supporting-online-censorship-and-surveillance',
        title: 'Commerce makes additions to Entity List for supporting online censorship and surveillance',
        publisher: 'US Bureau of Industry and Security',
        published: '2024-02-26',
      },
    ],
    related: ['entity-list', 'predator'],
  },
  {
    id: 'appin',
    label: 'Appin',
    kind: 'company',
    pack: 'spyware',
    role: 'Indian hack-for-hire firm',
    aliases: [
      // Also a district of Argyll, Scotland: only on pages about hacking.
      {
        text: 'Appin',
        case: 'exact',
        context: { requires: [['hack-for-hire', 'hacking', 'hackers', 'hacked', 'cyber-espionage', 'cyberespionage', 'cyber mercenary', 'BellTroX', 'Khare', 'SentinelOne']] },
      },
      { text: 'Appin Security Group', case: 'any' },
      { text: 'Appin Software Security', case: 'any' },
    ],
    namesakes: ['Port Appin', 'Stewarts of Appin'],
    country: 'IN',
    summary:
      'Appin was a New Delhi company, founded in 2003 by the brothers Rajat and Anuj Khare, that grew from IT training into a hack-for-hire business stealing secrets from politicians, executives and lawyers for private investigators, according to Reuters. Its former staff founded many later Indian hack-for-hire firms.',
    knownFor: [
      'Reuters’ November 2023 investigation “How an Indian startup hacked the world”, taken down under an Indian court order and restored in October 2024.',
    ],
    links: [
      {
        url: 'https://www.swissinfo.ch/eng/reuters-expos%C3%A9-of-hack-for-hire-world-is-back-online-after-indian-court-ruling/87822693',
        title: 'Reuters exposé of hack-for-hire world is back online after Indian court ruling',
        publisher: 'Reuters (via Swissinfo)',
        published: '2024-10-26',
      },
      {
        url: 'https://www.404media.co/reuters-takes-down-blockbuster-hacker-for-hire-investigation-after-indian-court-order/',
        title: 'Reuters takes down blockbuster hacker-for-hire investigation after Indian court order',
        publisher: '404 Media',
        published: '2023-12',
      },
    ],
    related: ['belltrox'],
  },
  {
    id: 'belltrox',
    label: 'BellTroX',
    kind: 'company',
    pack: 'spyware',
    role: 'Indian hack-for-hire firm behind Dark Basin',
    aliases: [
      { text: 'BellTroX', case: 'any' },
      { text: 'BellTroX InfoTech Services', case: 'any' },
    ],
    country: 'IN',
    summary:
      'BellTroX InfoTech Services is a small New Delhi firm that Citizen Lab linked in 2020 to Dark Basin, a hack-for-hire operation that sent phishing emails to thousands of journalists, officials, advocacy groups and companies on six continents.',
    knownFor: [
      'Targets included environmental groups campaigning against ExxonMobil.',
      'Banned from Meta’s platforms in December 2021 among seven surveillance-for-hire firms.',
    ],
    links: [
      {
        url: 'https://www.morningbrew.com/daily/stories/2020/06/09/cybersecurity-group-uncovers-hackerforhire-operation',
        title: 'Cybersecurity group uncovers hacker-for-hire operation',
        publisher: 'Morning Brew',
        published: '2020-06-09',
      },
      {
        url: 'https://boomlive.in/news/meta-bellatrox-surveillance-spying-banned-16061',
        title: 'Meta bans BellTroX and six other surveillance-for-hire firms',
        publisher: 'BOOM',
        published: '2021-12',
      },
    ],
    related: ['appin', 'black-cube'],
  },
  {
    id: 'cognyte',
    label: 'Cognyte',
    kind: 'company',
    pack: 'spyware',
    role: 'Israeli intelligence-software company spun off from Verint',
    aliases: [
      { text: 'Cognyte', case: 'any' },
      { text: 'Cognyte Software', case: 'any' },
    ],
    country: 'IL',
    summary:
      'Cognyte is an Israeli company, spun off from Verint in 2021, that sells investigative analytics and interception software to intelligence and law-enforcement agencies.',
    knownFor: ['Banned from Meta’s platforms in December 2021 for running fake accounts to collect data on targets.'],
    links: [
      {
        url: 'https://www.phonearena.com/news/meta-banned-seven-surveillance-firms-due-to-espionage_id137249',
        title: 'Meta banned seven surveillance firms due to espionage',
        publisher: 'PhoneArena',
        published: '2021-12',
      },
    ],
    related: ['verint', 'black-cube'],
  },
  {
    id: 'verint',
    label: 'Verint Systems',
    kind: 'company',
    pack: 'spyware',
    role: 'US-Israeli maker of interception systems',
    aliases: [
      { text: 'Verint', case: 'any' },
      { text: 'Verint Systems', case: 'any' },
    ],
    country: 'US',
    summary:
      'Verint Systems is a US-Israeli company, headquartered in New York with its intelligence business in Israel, that sold governments “monitoring centres” for intercepting phone and internet communications across whole networks, alongside call-centre software. Its intelligence unit became Cognyte in 2021.',
    knownFor: ['Supplied interception systems to governments including Peru, Switzerland, Malta and India, according to press reports.'],
    links: [
      {
        url: 'http://www.pressreader.com/malta/malta-independent/20160828/281663959434157',
        title: 'Snapping up cheap spy tools, nations ‘monitoring everyone’ (AP)',
        publisher: 'Associated Press (via Malta Independent)',
        published: '2016-08-28',
      },
      {
        url: 'https://tageswoche.ch/allgemein/verint-to-supply-new-swiss-spying-system/index.html',
        title: 'Verint to supply new Swiss spying system',
        publisher: 'TagesWoche',
      },
    ],
    related: ['cognyte', 'trovicor'],
  },
  {
    id: 'trovicor',
    label: 'Trovicor',
    kind: 'company',
    pack: 'spyware',
    role: 'German maker of interception monitoring centres',
    aliases: [{ text: 'Trovicor', case: 'any' }],
    country: 'DE',
    summary:
      'Trovicor is a Munich company, spun out of Nokia Siemens Networks in 2009, that sells monitoring centres for intercepting phone calls, texts and internet traffic. Its systems went to Bahrain, Egypt, Syria, Yemen and Iran.',
    knownFor: ['Bloomberg reported in 2011 that transcripts from a monitoring centre it maintained were used in the interrogation and torture of Bahraini activists.'],
    links: [
      {
        url: 'https://archive-yaleglobal.yale.edu/content/torture-bahrain-aided-nokia-siemens',
        title: 'Torture in Bahrain aided by Nokia Siemens',
        publisher: 'YaleGlobal Online (Bloomberg)',
        published: '2011-08-31',
      },
    ],
    related: ['verint', 'amesys'],
  },
  {
    id: 'amesys',
    label: 'Amesys (Nexa Technologies)',
    kind: 'company',
    pack: 'spyware',
    role: 'French internet-surveillance vendor',
    aliases: [
      { text: 'Amesys', case: 'any' },
      { text: 'Nexa Technologies', case: 'any' },
    ],
    country: 'FR',
    summary:
      'Amesys, later Nexa Technologies, is a French company that sold internet surveillance systems to Muammar Gaddafi’s Libya from 2007 and, as Nexa, the Cerebro system to Egypt in 2014. Four of its executives were charged in Paris in 2021 with complicity in torture.',
    knownFor: [
      'Indicted in June 2021 by the Paris court’s crimes-against-humanity unit: complicity in torture in Libya, and in torture and enforced disappearances in Egypt.',
    ],
    links: [
      {
        url: 'https://www.fidh.org/en/region/north-africa-middle-east/egypt/surveillance-and-torture-in-egypt-and-libya-amesys-and-nexa',
        title: 'Surveillance and torture in Egypt and Libya: Amesys and Nexa Technologies executives indicted',
        publisher: 'FIDH',
        published: '2021-06-22',
      },
    ],
    related: ['trovicor'],
  },
];

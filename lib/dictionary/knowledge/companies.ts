import type { TermInput } from '../schema';

/**
 * Companies named on government security lists: the FCC's Covered List, the Commerce
 * Department's Entity List, the Pentagon's list of Chinese military companies (Section 1260H)
 * and national bans and security reviews. Hikvision and Dahua are concepts of terms.ts.
 *
 * Most of these names also fill phone reviews, shopping pages and business news. A company of
 * this pack is highlighted only on a page about state security (a ban, sanctions, espionage,
 * the lists), which one of the cues below must show. The names the press uses almost only in
 * security stories (Huawei, ZTE, Hytera, Kaspersky, Nuctech, ...) need none.
 */

// What a page about a state's measures against a company says. Kept to phrases a phone
// review, a shopping page or an earnings report does not use: no bare "security" (security
// updates), "intelligence" (artificial intelligence), "privacy", "PLA" (3D-printer filament),
// "spy" (the "spy shots" of an unreleased phone) or "surveillance" (home security cameras).
const policyCues = [
  'national security',
  'national-security',
  'economic security',
  'security risk',
  'security threat',
  'security concerns',
  'security review',
  'espionage',
  'spies',
  'spying',
  'mass surveillance',
  'state surveillance',
  'intelligence agency',
  'intelligence agencies',
  'intelligence services',
  'National Intelligence Law',
  'Entity List',
  'blacklist',
  'blacklisted',
  'export controls',
  'export control',
  'sanctions',
  'sanctioned',
  'Covered List',
  'Federal Communications Commission',
  'Pentagon',
  'Department of Defense',
  'Defense Department',
  'Chinese military',
  'military company',
  'military companies',
  '1260H',
  'Communist Party',
  'CCP',
  "People's Liberation Army",
  'military-civil fusion',
  'government devices',
  'divest',
  'divestiture',
  'divestment',
  'CFIUS',
  'foreign adversary',
  'foreign adversaries',
  'Commerce Department',
  'Department of Commerce',
  'Select Committee',
  'Goods Availability Act',
  'National Security and Investment Act',
  'Xinjiang',
  'Uyghurs',
  'Uighurs',
];

// Words of threats to users, which device reviews use too ("keeps hackers out", "malware
// protection"), and the regulator's acronym, which drone and phone pages use for radio
// certification ("FCC mode", "spotted in an FCC filing").
const threatCues = ['spyware', 'malware', 'hackers', 'backdoor', 'data security', 'cybersecurity', 'FCC'];

// "Ban" is the word of most of these stories ("TikTok ban"), but drone hobby pages use it
// for national parks: DJI and Autel do without it.
const banCues = ['ban', 'banned', 'banning'];

/** Carriers, chipmakers, apps and conglomerates: any sign of a security story. */
const onSecurityPage = { requires: [[...policyCues, ...threatCues, ...banCues]] };
/** Phones, routers and robots, reviewed for their own security: only a state's measures count. */
const onDevicePolicyPage = { requires: [[...policyCues, ...banCues]] };
/** Drones, also flown where parks ban them. */
const onDronePolicyPage = { requires: [policyCues] };

const coveredList = {
  url: 'https://www.hermanwhiteaker.com/fcc-releases-list-of-communications-equipment-and-services-that-pose-a-national-security-risk/',
  title: 'FCC releases list of communications equipment and services that pose a national security risk',
  publisher: 'Herman & Whiteaker',
  published: '2021-03',
};

const coveredList2022 = {
  url: 'https://anthonyveachlaw.com/blog/2022/3/29/fcc-adds-three-companies-to-list-of-prohibited-communications-equipment-amp-services-ao-kaspersky-lab-china-mobile-international-usa-inc-amp-china-telecom-americas-corp',
  title: 'FCC adds three companies to list of prohibited communications equipment and services: AO Kaspersky Lab, China Mobile International USA, China Telecom (Americas)',
  publisher: 'Anthony Veach Law',
  published: '2022-03-29',
};

const pentagonList2025 = {
  url: 'https://www.verdict.co.uk/us-adds-tencent-and-catl-to-chinese-military-companies-list/',
  title: 'US adds Tencent and CATL to Chinese military companies list',
  publisher: 'Verdict',
  published: '2025-01-07',
};

const pentagonList2025Reuters = {
  url: 'https://euro.dayfr.com/business/2587294.html',
  title: 'Pentagon adds Tencent, CATL, CXMT and Quectel to its list of Chinese military companies (Reuters)',
  publisher: 'Reuters (via Dayfr)',
  published: '2025-01-07',
};

const xinjiangEntityList = {
  url: 'https://techcrunch.com/2019/10/07/eight-chinese-tech-firms-placed-on-u-s-entity-list-for-their-role-in-human-rights-violations-against-muslim-minority-groups/',
  title: 'Eight Chinese tech firms placed on US Entity List for their role in human rights violations against Muslim minority groups',
  publisher: 'TechCrunch',
  published: '2019-10-07',
};

export const companies: TermInput[] = [
  {
    id: 'huawei',
    label: 'Huawei',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese telecoms equipment and phone maker',
    aliases: [
      { text: 'Huawei', case: 'any' },
      { text: 'Huawei Technologies', case: 'any' },
    ],
    country: 'CN',
    summary:
      'Huawei Technologies is a Shenzhen telecoms equipment and smartphone maker, the world’s largest supplier of mobile network gear. Western governments say Chinese law could oblige it to help Beijing spy; it denies this.',
    knownFor: [
      'Added to the US Entity List in May 2019, cutting it off from US chips and software.',
      'On the FCC’s Covered List since March 2021: its equipment may not be authorised or bought with federal funds.',
      'Banned from the UK’s 5G networks in July 2020; its equipment must be removed by 2027.',
    ],
    links: [
      {
        url: 'https://riskandcompliance.freshfields.com/post/102gc0n/uk-bans-huawei-starting-with-5g-and-europe-may-follow',
        title: 'UK bans Huawei, starting with 5G, and Europe may follow',
        publisher: 'Freshfields',
        published: '2020-07',
      },
      coveredList,
    ],
    related: [
      'zte',
      'entity-list',
      'covered-list',
      'national-intelligence-law',
      'secure-and-trusted-communications-networks-act',
      'ndaa-section-889',
      'foreign-direct-product-rule',
      'telecommunications-security-act',
      'smic',
      'ymtc',
    ],
  },
  {
    id: 'zte',
    label: 'ZTE',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-linked telecoms equipment maker',
    aliases: [
      { text: 'ZTE', case: 'exact' },
      { text: 'ZTE Corporation', case: 'any' },
      { text: 'Zhongxing Telecommunications Equipment', case: 'any' },
    ],
    country: 'CN',
    summary:
      'ZTE (Zhongxing Telecommunications Equipment) is a Shenzhen maker of telecoms network equipment and phones whose largest shareholder is state-controlled. The US treats its equipment as a national security risk.',
    knownFor: [
      'Pleaded guilty in 2017 to shipping US technology to Iran and North Korea against sanctions; paid about $1.19 billion.',
      'Cut off from US suppliers by a Commerce Department denial order in April 2018, lifted after a further settlement.',
      'On the FCC’s Covered List since March 2021.',
    ],
    links: [
      {
        url: 'https://www.wisconsinproject.org/letting-zte-off-the-hook-again-implications-for-iran-sanctions-enforcement/',
        title: 'Letting ZTE off the hook, again? Implications for Iran sanctions enforcement',
        publisher: 'Wisconsin Project on Nuclear Arms Control',
        published: '2018-05',
      },
      coveredList,
    ],
    related: ['huawei', 'entity-list', 'covered-list', 'secure-and-trusted-communications-networks-act', 'ndaa-section-889'],
  },
  {
    id: 'hytera',
    label: 'Hytera Communications',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese two-way radio maker',
    aliases: [
      { text: 'Hytera', case: 'any' },
      { text: 'Hytera Communications', case: 'any' },
    ],
    country: 'CN',
    summary:
      'Hytera Communications is a Shenzhen maker of two-way radios and walkie-talkies for police and emergency services. The US lists its equipment as a national security risk and has charged it with stealing Motorola’s radio technology.',
    knownFor: [
      'On the FCC’s Covered List since March 2021.',
      'Charged by the US Justice Department in 2022 with conspiring to steal Motorola Solutions’ digital mobile radio trade secrets.',
    ],
    links: [
      {
        url: 'https://apnews.com/article/technology-business-chicago-illinois-indictments-b9a8972ec3a263241e86a198ce4a2b92',
        title: 'US indictment: Chinese firm stole Motorola trade secrets',
        publisher: 'Associated Press',
        published: '2022-02-07',
      },
      coveredList,
    ],
    related: ['huawei', 'zte', 'hikvision', 'dahua', 'covered-list', 'ndaa-section-889'],
  },
  {
    id: 'kaspersky',
    label: 'Kaspersky',
    kind: 'company',
    pack: 'companies',
    role: 'Russian anti-virus and cyber-security company',
    aliases: [
      { text: 'Kaspersky', case: 'any' },
      { text: 'Kaspersky Lab', case: 'any', plural: true },
      { text: 'AO Kaspersky Lab', case: 'any' },
    ],
    // Its founder, Eugene Kaspersky, is a person, not the company.
    namesakes: ['Eugene Kaspersky'],
    country: 'RU',
    summary:
      'Kaspersky is a Moscow-based anti-virus and cyber-security company whose researchers also expose state hacking groups. Washington says the Russian state could use its software to spy on or sabotage its users; the company denies it.',
    knownFor: [
      'Banned from US federal networks in 2017.',
      'On the FCC’s Covered List since March 2022.',
      'Its software’s sale in the US was banned by the Commerce Department in June 2024, and three of its units were put on the Entity List.',
    ],
    links: [
      {
        url: 'https://www.upi.com/Top_News/US/2024/06/21/Kaspersky-banned-anti-virus-cybersecurity/6161718966717/',
        title: 'Commerce Department bans Kaspersky anti-virus software',
        publisher: 'UPI',
        published: '2024-06-21',
      },
      coveredList2022,
    ],
    related: ['entity-list', 'positive-technologies', 'covered-list', 'fsb'],
  },
  {
    id: 'china-mobile',
    label: 'China Mobile',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-owned mobile operator',
    aliases: [
      // Exact: "China mobile phones" and "China's mobile market" are not the company.
      { text: 'China Mobile', case: 'exact', context: onSecurityPage },
      { text: 'China Mobile International USA', case: 'any', context: onSecurityPage },
      { text: 'China Mobile USA', case: 'any', context: onSecurityPage },
    ],
    namesakes: ['China Mobile Phone', 'China Mobile Phones', 'China Mobile Market', 'China Mobile Games', 'China Mobile Payments'],
    country: 'CN',
    summary:
      'China Mobile is the state-owned Chinese mobile operator and the world’s largest by subscribers. The US refused it a licence in 2019, saying Beijing could use it for espionage.',
    knownFor: [
      'Denied authority to provide US international telecoms services by the FCC in May 2019.',
      'Its US arm, China Mobile International USA, has been on the FCC’s Covered List since March 2022.',
      'Named in US investment bans on Chinese military-linked companies and delisted from the New York Stock Exchange in 2021.',
    ],
    links: [
      {
        url: 'https://www.convergedigest.com/2019/05/fcc-rejects-china-mobiles-license.html',
        title: 'FCC rejects China Mobile’s licence',
        publisher: 'Converge Digest',
        published: '2019-05-09',
      },
      coveredList2022,
    ],
    related: ['china-telecom', 'china-unicom', 'deepseek', 'covered-list'],
  },
  {
    id: 'china-telecom',
    label: 'China Telecom',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-owned telecoms operator',
    aliases: [
      { text: 'China Telecom', case: 'exact', context: onSecurityPage },
      { text: 'China Telecom Americas', case: 'any', context: onSecurityPage },
      { text: 'China Telecom (Americas)', case: 'any', context: onSecurityPage },
      { text: 'China Telecommunications Corporation', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'China Telecom is a Chinese state-owned fixed and mobile telecoms operator. The FCC ordered its US subsidiary, China Telecom Americas, to stop serving the US in 2021, finding it open to exploitation and control by the Chinese government.',
    knownFor: [
      'US authority of China Telecom Americas revoked by the FCC in October 2021.',
      'On the FCC’s Covered List since March 2022.',
    ],
    links: [
      {
        url: 'https://www.benton.org/headlines/fcc-revokes-china-telecom-americas-telecommunications-services-authority',
        title: 'FCC revokes China Telecom Americas’ telecommunications services authority',
        publisher: 'Benton Institute for Broadband & Society',
        published: '2021-10-26',
      },
      coveredList2022,
    ],
    related: ['china-mobile', 'china-unicom', 'pacific-networks', 'covered-list'],
  },
  {
    id: 'china-unicom',
    label: 'China Unicom',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-owned telecoms operator',
    aliases: [
      { text: 'China Unicom', case: 'proper', context: onSecurityPage },
      { text: 'China Unicom Americas', case: 'any', context: onSecurityPage },
      { text: 'China Unicom (Americas)', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'China Unicom is a Chinese state-owned telecoms operator. Its US arm, China Unicom Americas, lost its authority to provide US telecoms services in January 2022 on national security grounds.',
    knownFor: ['Added to the FCC’s Covered List in 2022 after the FCC revoked its US authorisation.'],
    links: [
      {
        url: 'https://www.scmp.com/news/world/united-states-canada/article/3165020/china-unicoms-authorisation-operate-us-revoked?utm_source=rss_feed',
        title: 'China Unicom’s authorisation to operate in US revoked by regulator',
        publisher: 'South China Morning Post',
        published: '2022-01-28',
      },
      {
        url: 'https://executivegov.com/2022/11/fcc-bans-telecom-surveillance-equipment-from-companies-in-covered-list',
        title: 'FCC bans telecom, surveillance equipment from companies in Covered List',
        publisher: 'ExecutiveGov',
        published: '2022-11',
      },
    ],
    related: ['china-mobile', 'china-telecom', 'pacific-networks', 'covered-list'],
  },
  {
    id: 'pacific-networks',
    label: 'Pacific Networks and ComNet',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-owned US telecoms carrier',
    aliases: [
      // A name other companies use: only with its subsidiary, the FCC or China on the page.
      { text: 'Pacific Networks', case: 'proper', context: { requires: [['ComNet', 'FCC', 'Chinese', 'China']] } },
      { text: 'Pacific Network Corp', case: 'any' },
      { text: 'ComNet', case: 'exact', context: { requires: [['Pacific Networks', 'Pacific Network', 'FCC']] } },
    ],
    country: 'CN',
    summary:
      'Pacific Networks and its wholly owned subsidiary ComNet are US telecoms carriers ultimately owned by the Chinese government. The FCC revoked their authority to provide US services in March 2022.',
    knownFor: ['On the FCC’s Covered List since 2022.'],
    links: [
      {
        url: 'https://www.devdiscourse.com/article/technology/1965009-fcc-revokes-us-authorization-of-chinese-telecom-firm-pacific-networks',
        title: 'FCC revokes U.S. authorization of Chinese telecom firm Pacific Networks',
        publisher: 'Reuters (via Devdiscourse)',
        published: '2022-03-16',
      },
    ],
    related: ['china-telecom', 'china-unicom', 'china-mobile', 'covered-list'],
  },
  {
    id: 'smic',
    label: 'SMIC (Semiconductor Manufacturing International Corporation)',
    kind: 'company',
    pack: 'companies',
    role: 'China’s largest chipmaker',
    aliases: [
      { text: 'SMIC', case: 'exact', context: onSecurityPage },
      { text: 'Semiconductor Manufacturing International Corporation', case: 'proper', context: onSecurityPage },
      { text: 'Semiconductor Manufacturing International Corp', case: 'proper', context: onSecurityPage },
      { text: 'Semiconductor Manufacturing International', case: 'proper', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'SMIC is China’s largest contract chipmaker, based in Shanghai. The US restricts its access to American chipmaking tools, citing its ties to China’s military.',
    knownFor: [
      'Added to the US Entity List in December 2020, with a presumption of denial for tools needed for chips of 10 nanometres and below.',
      'Listed by the Pentagon as a Chinese military company.',
    ],
    links: [
      {
        url: 'https://www.telecoms.com/wireless-networking/china-s-biggest-chipmaker-added-to-entity-list',
        title: 'China’s biggest chipmaker added to Entity List',
        publisher: 'Telecoms.com',
        published: '2020-12-22',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2020/12/commerce-publishes-additions-to-entity-list-including-chinas-smic-and-entities-supporting-chinas-human-rights-abuses-and-territorial-claims-to-the-south-china-sea/',
        title: 'Commerce publishes additions to Entity List including China’s SMIC',
        publisher: 'Thompson Hine SmartTrade',
        published: '2020-12',
      },
    ],
    related: ['entity-list', 'ymtc', 'cxmt', 'huawei', 'asml', '1260h-list'],
  },
  {
    id: 'ymtc',
    label: 'YMTC (Yangtze Memory Technologies)',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese flash-memory chipmaker',
    aliases: [
      { text: 'YMTC', case: 'exact', context: onSecurityPage },
      { text: 'Yangtze Memory Technologies', case: 'any', context: onSecurityPage },
      { text: 'Yangtze Memory', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'Yangtze Memory Technologies (YMTC) is a state-backed NAND flash memory maker in Wuhan, China’s leading memory chipmaker.',
    knownFor: [
      'Added to the US Entity List in December 2022 over the risk of diverting US technology to Huawei and Hikvision.',
      'Listed by the Pentagon as a Chinese military company.',
    ],
    links: [
      {
        url: 'https://www.benzinga.com/government/22/12/30106176/us-embargo-on-china-intensifies-ban-extends-to-ai-chip-sector',
        title: 'US embargo on China intensifies, ban extends to AI chip sector',
        publisher: 'Benzinga',
        published: '2022-12-16',
      },
      {
        url: 'https://nordot.app/976331188253573120?c=445918389795193953',
        title: 'U.S. blacklists China chipmaker YMTC, other firms over security risks',
        publisher: 'Kyodo News',
        published: '2022-12-15',
      },
    ],
    related: ['entity-list', 'smic', 'cxmt', 'huawei', '1260h-list'],
  },
  {
    id: 'cxmt',
    label: 'CXMT (ChangXin Memory Technologies)',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese DRAM memory chipmaker',
    aliases: [
      { text: 'CXMT', case: 'exact', context: onSecurityPage },
      { text: 'ChangXin Memory Technologies', case: 'any', context: onSecurityPage },
      { text: 'ChangXin Memory', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary: 'ChangXin Memory Technologies (CXMT) is a state-backed DRAM memory chipmaker in Hefei, China’s largest.',
    knownFor: ['Added to the Pentagon’s list of Chinese military companies in January 2025.'],
    links: [
      {
        url: 'https://digitimes.com/news/a20250107PD215/us-department-of-defense-blacklist-tencent-catl-cxmt-military.html',
        title: 'US Department of Defense blacklists Tencent, CATL and CXMT over military ties',
        publisher: 'DigiTimes',
        published: '2025-01-07',
      },
    ],
    related: ['ymtc', 'smic', 'tencent', 'catl', '1260h-list'],
  },
  {
    id: 'inspur',
    label: 'Inspur',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese server and cloud computing maker',
    aliases: [
      { text: 'Inspur', case: 'any', context: onSecurityPage },
      { text: 'Inspur Group', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'Inspur Group is a state-owned Chinese maker of servers and cloud computing systems based in Jinan. The US says it helps build supercomputers for the Chinese military.',
    knownFor: ['Added to the US Entity List in 2023; six of its subsidiaries followed in March 2025.'],
    links: [
      {
        url: 'https://www.malaymail.com/news/money/2025/03/26/us-adds-dozens-of-chinese-entities-to-export-blacklist-including-inspur-units/170894',
        title: 'US adds dozens of Chinese entities to export blacklist, including Inspur units',
        publisher: 'Malay Mail (Reuters)',
        published: '2025-03-26',
      },
    ],
    related: ['sugon', 'entity-list'],
  },
  {
    id: 'sugon',
    label: 'Sugon (Dawning Information Industry)',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese supercomputer maker',
    aliases: [
      { text: 'Sugon', case: 'proper' },
      { text: 'Dawning Information Industry', case: 'any' },
    ],
    country: 'CN',
    summary:
      'Sugon, formally Dawning Information Industry, is a leading Chinese maker of supercomputers and high-performance servers. The US says it has acknowledged military uses of its computers.',
    knownFor: ['Added to the US Entity List in June 2019, with its chip affiliate Higon, for its role in China’s military supercomputing.'],
    links: [
      {
        url: 'https://brief.kharon.com/updates/us-bars-exports-to-chinese-supercomputer-developers/',
        title: 'U.S. bars exports to Chinese supercomputer developers',
        publisher: 'Kharon',
        published: '2019-06-24',
      },
    ],
    related: ['inspur', 'entity-list'],
  },
  {
    id: 'iflytek',
    label: 'iFlytek',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese speech-recognition company',
    aliases: [{ text: 'iFlytek', case: 'any', context: onSecurityPage }],
    country: 'CN',
    summary:
      'iFlytek is a Hefei company specialising in speech recognition and voice artificial intelligence. The US says its technology is used in the surveillance of Uyghurs in Xinjiang.',
    knownFor: ['Added to the US Entity List in October 2019 with Hikvision, Dahua, SenseTime and Megvii over the repression in Xinjiang.'],
    links: [xinjiangEntityList],
    related: ['sensetime', 'megvii', 'hikvision', 'dahua', 'entity-list', 'xinjiang', 'uyghurs'],
  },
  {
    id: 'sensetime',
    label: 'SenseTime',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese facial-recognition and AI company',
    aliases: [{ text: 'SenseTime', case: 'any', context: onSecurityPage }],
    country: 'CN',
    summary:
      'SenseTime is a Hong Kong and Shanghai-based artificial intelligence company known for facial and image recognition, whose software has been used in Chinese police surveillance systems.',
    knownFor: [
      'Added to the US Entity List in October 2019 over surveillance in Xinjiang.',
      'Put on the US Treasury’s list of Chinese military-industrial companies in December 2021, banning US investment.',
    ],
    links: [
      xinjiangEntityList,
      {
        url: 'https://www.csis.org/analysis/united-states-blacklisted-28-chinese-entities-over-repression-muslim-minorities-xinjiang',
        title: 'The United States blacklisted 28 Chinese entities over repression of Muslim minorities in Xinjiang',
        publisher: 'CSIS',
        published: '2019-10',
      },
    ],
    related: ['megvii', 'iflytek', 'hikvision', 'entity-list', 'xinjiang', '1260h-list'],
  },
  {
    id: 'megvii',
    label: 'Megvii',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese facial-recognition company (Face++)',
    aliases: [
      { text: 'Megvii', case: 'any', context: onSecurityPage },
      { text: 'Megvii Technology', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'Megvii is a Beijing artificial intelligence company, maker of the Face++ facial recognition platform, whose technology has been used in Chinese state surveillance.',
    knownFor: [
      'Added to the US Entity List in October 2019 over surveillance in Xinjiang.',
      'Removed from the Pentagon’s list of Chinese military companies in January 2025.',
    ],
    links: [xinjiangEntityList, pentagonList2025Reuters],
    related: ['sensetime', 'iflytek', 'entity-list', 'xinjiang', '1260h-list'],
  },
  {
    id: 'dji',
    label: 'DJI',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese drone maker',
    aliases: [
      { text: 'DJI', case: 'exact', context: onDronePolicyPage },
      { text: 'SZ DJI Technology', case: 'any', context: onDronePolicyPage },
      { text: 'Da-Jiang Innovations', case: 'any', context: onDronePolicyPage },
    ],
    country: 'CN',
    summary:
      'DJI (Da-Jiang Innovations) is a Shenzhen company, the world’s largest maker of consumer and commercial drones. US agencies say its drones could send sensitive data to China; DJI denies it.',
    knownFor: [
      'Added to the US Entity List in December 2020 over the surveillance of Uyghurs.',
      'Listed by the Pentagon as a Chinese military company since 2022; it sued to be removed.',
      'New models barred from the US market when the FCC put foreign-made drones, DJI and Autel on the Covered List in December 2025.',
    ],
    links: [
      {
        url: 'https://www.pillsburylaw.com/en/news-and-insights/fcc-categorical-prohibition-foreign-produced-uas-critical-components.html',
        title: 'FCC’s categorical prohibition of foreign-produced UAS and critical components',
        publisher: 'Pillsbury Winthrop Shaw Pittman',
        published: '2025-12-31',
      },
      {
        url: 'https://www.fdassociates.net/consultants-corner/187-china-s-largest-semiconductor-chip-manufacturer-smic-and-commercial-drone-manufacturer-dji-among-nearly-60-chinese-companies-added-to-the-u-s-department-of-commerce-s-entity-list',
        title: 'SMIC and DJI among nearly 60 Chinese companies added to the Entity List',
        publisher: 'FD Associates',
        published: '2020-12',
      },
    ],
    related: ['autel-robotics', 'entity-list', 'smic', '1260h-list', 'covered-list', 'pla'],
  },
  {
    id: 'autel-robotics',
    label: 'Autel Robotics',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese drone maker',
    aliases: [
      { text: 'Autel Robotics', case: 'any', context: onDronePolicyPage },
      // Its parent also makes car diagnostic tools and chargers: the short name only with drones.
      { text: 'Autel', case: 'exact', context: { requires: [policyCues, ['drone', 'drones', 'DJI', 'Autel Robotics']] } },
    ],
    country: 'CN',
    summary: 'Autel Robotics is a Shenzhen drone maker, DJI’s main Chinese rival in the US market.',
    knownFor: [
      'Added to the Pentagon’s list of Chinese military companies in January 2025.',
      'Put on the FCC’s Covered List with DJI in December 2025.',
    ],
    links: [
      {
        url: 'https://www.prismedia.ai/news/fcc-bars-new-foreign-made-drones-adds-dji-and-autel',
        title: 'FCC bars new foreign-made drones, adds DJI and Autel',
        publisher: 'Prismedia',
        published: '2025-12',
      },
      pentagonList2025Reuters,
    ],
    related: ['dji', '1260h-list', 'covered-list'],
  },
  {
    id: 'nuctech',
    label: 'Nuctech',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-owned maker of security scanners',
    aliases: [{ text: 'Nuctech', case: 'any' }],
    country: 'CN',
    summary:
      'Nuctech is a Chinese state-owned maker of X-ray and cargo scanners used at airports, ports and borders, including in 26 of the 27 EU countries. Western officials fear the scanners could give Beijing data or a means of sabotage.',
    knownFor: [
      'Added to the US Entity List in December 2020.',
      'Its offices in Poland and the Netherlands were raided by the European Commission in 2024 in a foreign-subsidies investigation.',
    ],
    links: [
      {
        url: 'https://learningenglish.voanews.com/a/security-scanners-across-europe-tied-to-chinese-government-military/6413813.html',
        title: 'Security scanners across Europe tied to Chinese government, military',
        publisher: 'VOA Learning English (AP)',
        published: '2022-01',
      },
      {
        url: 'http://chinascope.org/archives/30926',
        title: 'Concerns about using China-made security scanning equipment in Strasbourg, France',
        publisher: 'Chinascope',
        published: '2022-10',
      },
    ],
    related: ['entity-list'],
  },
  {
    id: 'bgi',
    label: 'BGI Group',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese genomics company',
    aliases: [
      { text: 'BGI', case: 'exact', context: onSecurityPage },
      { text: 'BGI Group', case: 'any', context: onSecurityPage },
      { text: 'BGI Genomics', case: 'any', context: onSecurityPage },
      { text: 'Beijing Genomics Institute', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'BGI Group, formerly the Beijing Genomics Institute, is a Shenzhen company and one of the world’s largest gene sequencers. US officials warn that it collects genetic data that Beijing could use.',
    knownFor: [
      'Listed by the Pentagon as a Chinese military company in 2022.',
      'Named in the US BIOSECURE bill, which would bar federal contracts with “biotechnology companies of concern”.',
    ],
    links: [
      {
        url: 'https://www.washingtonexaminer.com/policy/national-security/1851225/chinas-covid-19-test-supplier-in-us-is-chinese-military-company-pentagon-says',
        title: 'China’s COVID-19 test supplier in US is Chinese military company, Pentagon says',
        publisher: 'Washington Examiner',
        published: '2022-10',
      },
      {
        url: 'https://www.sofx.com/concerns-raised-over-chinese-military-linked-biotech-machine-at-los-alamos-lab/',
        title: 'Concerns raised over Chinese military-linked biotech machine at Los Alamos lab',
        publisher: 'SOFX',
        published: '2024-09',
      },
    ],
    related: ['dji', '1260h-list'],
  },
  {
    id: 'bytedance',
    label: 'ByteDance',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese owner of TikTok',
    aliases: [{ text: 'ByteDance', case: 'any', context: onSecurityPage }],
    country: 'CN',
    summary:
      'ByteDance is the Beijing-founded internet company that owns TikTok and its Chinese twin Douyin. US lawmakers say Chinese law could force it to hand over TikTok users’ data.',
    knownFor: [
      'Ordered by a 2024 US law to sell TikTok’s US business or see the app banned; the Supreme Court upheld the law in January 2025.',
    ],
    links: [
      {
        url: 'https://modpol.org/events/2024-04-24-protecting-americans-act-signed',
        title: 'TikTok divest-or-ban law signed',
        publisher: 'ModPol',
        published: '2024-04-24',
      },
      {
        url: 'https://news.bgov.com/us-law-week/supreme-court-upholds-law-that-threatens-us-tiktok-shutdown',
        title: 'Supreme Court upholds law that threatens US TikTok shutdown',
        publisher: 'Bloomberg Law',
        published: '2025-01-17',
      },
    ],
    related: ['tiktok', 'national-intelligence-law', 'pafaca'],
  },
  {
    id: 'tiktok',
    label: 'TikTok',
    kind: 'company',
    pack: 'companies',
    role: 'Short-video app owned by ByteDance',
    aliases: [{ text: 'TikTok', case: 'any', context: onSecurityPage }],
    country: 'CN',
    summary:
      'TikTok is ByteDance’s short-video app, used by some 170 million Americans. Governments fear China could obtain its users’ data or shape what they see, and many ban it on official devices.',
    knownFor: [
      'Banned from US federal government devices by the No TikTok on Government Devices Act (December 2022), and from official phones in the UK, Canada and the EU institutions in 2023.',
      'A 2024 US law required ByteDance to sell it or face a ban; the Supreme Court upheld it unanimously on 17 January 2025.',
    ],
    links: [
      {
        url: 'https://trt.global/world/article/18255120',
        title: 'US Supreme Court upholds TikTok ban law on national security grounds',
        publisher: 'TRT World (Reuters)',
        published: '2025-01-17',
      },
      {
        url: 'https://modpol.org/events/2024-04-24-protecting-americans-act-signed',
        title: 'TikTok divest-or-ban law signed',
        publisher: 'ModPol',
        published: '2024-04-24',
      },
    ],
    related: ['bytedance', 'deepseek', 'pafaca'],
  },
  {
    id: 'deepseek',
    label: 'DeepSeek',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese AI chatbot company',
    aliases: [{ text: 'DeepSeek', case: 'any', context: onSecurityPage }],
    country: 'CN',
    summary:
      'DeepSeek is a Hangzhou artificial intelligence company whose low-cost chatbot topped app charts in January 2025. Governments have banned it on official devices, fearing users’ data goes to China.',
    knownFor: [
      'Banned on government devices in Australia, Taiwan, South Korea, Italy and several US states and agencies in 2025.',
      'Researchers found code in its app linked to China Mobile, which the US has barred.',
    ],
    links: [
      {
        url: 'https://www.scworld.com/brief/deepseek-prohibited-across-us-commerce-department-bureaus',
        title: 'DeepSeek prohibited across US Commerce Department bureaus',
        publisher: 'SC Media',
        published: '2025-03-18',
      },
      {
        url: 'https://theepochtimes.com/us/bipartisan-bill-would-ban-deepseek-ai-on-us-government-devices-5805768',
        title: 'Bipartisan bill would ban DeepSeek AI on US government devices',
        publisher: 'The Epoch Times',
        published: '2025-02',
      },
    ],
    related: ['tiktok', 'china-mobile'],
  },
  {
    id: 'quectel',
    label: 'Quectel',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese maker of cellular IoT modules',
    aliases: [
      { text: 'Quectel', case: 'any', context: onSecurityPage },
      { text: 'Quectel Wireless Solutions', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'Quectel Wireless Solutions is a Shanghai maker of the cellular modules that connect cars, medical devices and other equipment to the internet. US lawmakers warn China could use them to track or disable devices.',
    knownFor: [
      'Added to the Pentagon’s list of Chinese military companies in January 2025; it called the listing a mistake.',
      'The FCC asked security agencies in 2023 to consider adding it and Fibocom to the Covered List.',
    ],
    links: [
      {
        url: 'https://selectcommitteeontheccp.house.gov/media/press-releases/gallagher-krishnamoorthi-write-fcc-potential-risk-chinese-internet',
        title: 'Gallagher, Krishnamoorthi write FCC on potential risk of Chinese internet connectivity modules',
        publisher: 'House Select Committee on the CCP',
        published: '2023-08-08',
      },
      pentagonList2025Reuters,
    ],
    related: ['fibocom', '1260h-list', 'covered-list'],
  },
  {
    id: 'fibocom',
    label: 'Fibocom',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese maker of cellular IoT modules',
    aliases: [
      { text: 'Fibocom', case: 'any', context: onSecurityPage },
      { text: 'Fibocom Wireless', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary: 'Fibocom Wireless is a Shenzhen maker of cellular connectivity modules for internet-connected devices.',
    knownFor: ['Named with Quectel in 2023 by the House China committee and the FCC as a possible national security risk.'],
    links: [
      {
        url: 'https://www.scmp.com/tech/tech-war/article/3233671/us-fcc-chair-says-chinas-iot-cellular-components-makers-quectel-fibocom-may-pose-national-security',
        title: 'US FCC chair says China’s IoT cellular components makers Quectel, Fibocom may pose national security risks',
        publisher: 'South China Morning Post',
        published: '2023-09-07',
      },
    ],
    related: ['quectel', 'covered-list'],
  },
  {
    id: 'unitree',
    label: 'Unitree Robotics',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese robot maker',
    aliases: [
      { text: 'Unitree', case: 'any', context: onDevicePolicyPage },
      { text: 'Unitree Robotics', case: 'any', context: onDevicePolicyPage },
    ],
    country: 'CN',
    summary:
      'Unitree Robotics is a Hangzhou maker of four-legged and humanoid robots used by police, prisons and militaries. US lawmakers say its ties to the People’s Liberation Army make it a national security threat.',
    knownFor: [
      'The House China committee asked the Pentagon, the Commerce Department and the FCC in May 2025 to list it, citing a remote-access backdoor in its robots.',
    ],
    links: [
      {
        url: 'https://selectcommitteeontheccp.house.gov/media/letters/letter-secretary-hegseth-secretary-lutnick-and-chairman-carr',
        title: 'Letter to Secretary Hegseth, Secretary Lutnick, and Chairman Carr',
        publisher: 'House Select Committee on the CCP',
        published: '2025-05-06',
      },
      {
        url: 'https://www.piratewires.com/p/us-house-committee-urges-investigation-into-chinese-robotics-firm-unitree?f=home',
        title: 'US House committee urges investigation into Chinese robotics firm Unitree',
        publisher: 'Pirate Wires',
        published: '2025-05',
      },
    ],
    related: ['dji', 'iflytek', 'pla'],
  },
  {
    id: 'xiaomi',
    label: 'Xiaomi',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese smartphone and electric-car maker',
    aliases: [{ text: 'Xiaomi', case: 'any', context: onDevicePolicyPage }],
    country: 'CN',
    summary:
      'Xiaomi is a Beijing maker of smartphones, home electronics and electric cars. The Pentagon listed it as a Chinese military company in January 2021, then withdrew the designation after losing in court.',
    knownFor: [
      'Designated a “Communist Chinese military company” on 14 January 2021; a court blocked the resulting investment ban, and the Pentagon agreed in May 2021 to remove it.',
    ],
    links: [
      {
        url: 'https://www.theregister.com/2021/05/12/us_xiamoi_ban/',
        title: 'Pentagon backs away from labeling smartphone maker Xiaomi a military org run by China’s communist elite',
        publisher: 'The Register',
        published: '2021-05-12',
      },
      {
        url: 'https://thehill.com/policy/defense/553055-pentagon-removing-chinese-tech-giant-from-blacklist-after-court-loss',
        title: 'Pentagon removing Chinese tech giant from blacklist after court loss',
        publisher: 'The Hill',
        published: '2021-05-11',
      },
    ],
    related: ['huawei', '1260h-list'],
  },
  {
    id: 'catl',
    label: 'CATL (Contemporary Amperex Technology)',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese electric-vehicle battery maker',
    aliases: [
      { text: 'CATL', case: 'exact', context: onSecurityPage },
      { text: 'Contemporary Amperex Technology', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'CATL (Contemporary Amperex Technology) is a Ningde company, the world’s largest maker of electric-vehicle batteries, supplying Tesla, Ford and most European carmakers.',
    knownFor: ['Added to the Pentagon’s list of Chinese military companies in January 2025; it called the listing a mistake.'],
    links: [pentagonList2025, pentagonList2025Reuters],
    related: ['tencent', 'cosco', 'cxmt', '1260h-list'],
  },
  {
    id: 'cosco',
    label: 'COSCO Shipping',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-owned shipping group',
    aliases: [
      // "Cosco" is also a US furniture brand: only on pages about security.
      { text: 'COSCO', case: 'any', context: onSecurityPage },
      { text: 'COSCO Shipping', case: 'any', context: onSecurityPage },
      { text: 'China COSCO Shipping', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'China COSCO Shipping is China’s largest, state-owned shipping company, with container lines and stakes in ports around the world. The Pentagon says its ships would carry troops in a war over Taiwan.',
    knownFor: ['Added to the Pentagon’s list of Chinese military companies in January 2025.'],
    links: [
      {
        url: 'https://worldecr.com/?p=2035969',
        title: 'US adds tech giant Tencent and battery maker CATL to Chinese military companies list',
        publisher: 'WorldECR',
        published: '2025-01',
      },
      {
        url: 'https://am1.news/usconservative/topic/watimes/6-slug-pentagon-adds-chinese-social-media-giant-tencent-to-list-of-sanctioned-companies',
        title: 'Pentagon adds Chinese social media giant Tencent to list of sanctioned companies',
        publisher: 'The Washington Times',
        published: '2025-01',
      },
    ],
    related: ['catl', 'tencent', '1260h-list'],
  },
  {
    id: 'tencent',
    label: 'Tencent',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese internet company, owner of WeChat',
    aliases: [
      { text: 'Tencent', case: 'any', context: onSecurityPage },
      { text: 'Tencent Holdings', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'Tencent Holdings is a Shenzhen internet company, owner of the WeChat messaging app and one of the world’s largest video game publishers.',
    knownFor: [
      'Added to the Pentagon’s list of Chinese military companies in January 2025; it called the listing a mistake.',
      'Its WeChat app was the target of a 2020 US executive order, later revoked.',
    ],
    links: [pentagonList2025, pentagonList2025Reuters],
    related: ['catl', 'cosco', 'bytedance', '1260h-list'],
  },
  {
    id: 'crrc',
    label: 'CRRC',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese state-owned rail equipment maker',
    aliases: [
      { text: 'CRRC', case: 'exact', context: onSecurityPage },
      { text: 'CRRC Corporation', case: 'any', context: onSecurityPage },
      { text: 'China Railway Rolling Stock Corporation', case: 'any', context: onSecurityPage },
      { text: 'China Railway Rolling Stock Corp', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'CRRC (China Railway Rolling Stock Corporation) is the state-owned Chinese maker of trains and metro cars, the world’s largest. US lawmakers called its subway cars a spying and cyber risk.',
    knownFor: [
      'Targeted by a 2019 US defence law (NDAA) that barred federal transit money for rail cars and buses from Chinese state-owned companies.',
      'Listed by the Pentagon as a Chinese military company.',
    ],
    links: [
      {
        url: 'https://www.rollcall.com/2019/12/10/ndaa-provision-targets-chinese-rail-cars-and-electric-buses/?ref=chinatrademonitor.com',
        title: 'NDAA provision targets Chinese rail cars and electric buses',
        publisher: 'Roll Call',
        published: '2019-12-10',
      },
      {
        url: 'https://www.wkms.org/2019-08-23/security-concerns-prompt-congress-to-move-toward-banning-chinese-railcars',
        title: 'Security concerns prompt Congress to move toward banning Chinese railcars',
        publisher: 'NPR',
        published: '2019-08-23',
      },
    ],
    related: ['cosco', '1260h-list'],
  },
  {
    id: 'nexperia',
    label: 'Nexperia',
    kind: 'company',
    pack: 'companies',
    role: 'Dutch chipmaker owned by China’s Wingtech',
    aliases: [{ text: 'Nexperia', case: 'any', context: onSecurityPage }],
    country: 'NL',
    summary:
      'Nexperia is a Nijmegen maker of simple chips such as diodes and transistors for cars and electronics, owned since 2019 by China’s Wingtech. Britain and the Netherlands have both intervened in it on security grounds.',
    knownFor: [
      'Ordered by the UK in November 2022 to sell Newport Wafer Fab under the National Security and Investment Act.',
      'Taken under Dutch government control in September 2025 under the Goods Availability Act, over fears of technology transfer to Wingtech.',
    ],
    links: [
      {
        url: 'https://cybernews.com/security/dutch-government-controls-chipmaker-nexperia-national-economic-security/',
        title: 'Dutch government takes control of chipmaker Nexperia for national economic security',
        publisher: 'Cybernews',
        published: '2025-10-14',
      },
      {
        url: 'https://semiconductor-today.com/news_items/2022/nov/nexperia-newport-181122.shtml',
        title: 'UK Government deems Nexperia’s acquisition of Newport Wafer Fab a “risk to national security”',
        publisher: 'Semiconductor Today',
        published: '2022-11-18',
      },
    ],
    related: ['wingtech', 'newport-wafer-fab', 'asml', 'national-security-and-investment-act'],
  },
  {
    id: 'newport-wafer-fab',
    label: 'Newport Wafer Fab',
    kind: 'company',
    pack: 'companies',
    role: 'Welsh chip factory at the centre of a UK security review',
    aliases: [{ text: 'Newport Wafer Fab', case: 'any', context: onSecurityPage }],
    country: 'GB',
    summary:
      'Newport Wafer Fab is Britain’s largest semiconductor factory, in south Wales. Its 2021 takeover by Chinese-owned Nexperia was reversed by a UK government order on national security grounds.',
    knownFor: ['Nexperia was ordered in November 2022 to sell at least 86% of it; the US firm Vishay bought it in 2024.'],
    links: [
      {
        url: 'https://www.pcmag.com/news/chinese-owner-told-to-sell-uks-largest-chip-factory',
        title: 'Chinese owner told to sell UK’s largest chip factory',
        publisher: 'PCMag',
        published: '2022-11',
      },
      {
        url: 'https://www.marketscreener.com/news/latest/UK-orders-sale-of-microchip-factory-by-China-s-Nexperia-citing-national-security--42336409/?utm_medium=RSS&utm_content=20221116',
        title: 'UK orders sale of microchip factory by China’s Nexperia, citing national security',
        publisher: 'Reuters (via MarketScreener)',
        published: '2022-11-16',
      },
    ],
    related: ['nexperia', 'wingtech', 'national-security-and-investment-act'],
  },
  {
    id: 'wingtech',
    label: 'Wingtech Technology',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese owner of Nexperia',
    aliases: [
      { text: 'Wingtech', case: 'any', context: onSecurityPage },
      { text: 'Wingtech Technology', case: 'any', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'Wingtech Technology is a Chinese electronics and semiconductor company that bought the Dutch chipmaker Nexperia between 2018 and 2020.',
    knownFor: ['Added to the US Entity List in December 2024; a US rule of September 2025 extended the restrictions to subsidiaries such as Nexperia.'],
    links: [
      {
        url: 'https://english.indianews.in/tech-auto/chinas-wingtech-seeks-government-help-after-dutch-intervention-at-nexperia-unit-841446/amp',
        title: 'China’s Wingtech seeks government help after Dutch intervention at Nexperia unit',
        publisher: 'Reuters (via India News)',
        published: '2025-10-13',
      },
      {
        url: 'https://cloudnews.tech/?p=28260',
        title: 'The Dutch government takes control of Nexperia',
        publisher: 'CloudNews.tech',
        published: '2025-10',
      },
    ],
    related: ['nexperia', 'entity-list'],
  },
  {
    id: 'tp-link',
    label: 'TP-Link',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese-founded maker of home Wi-Fi routers',
    aliases: [{ text: 'TP-Link', case: 'any', context: onDevicePolicyPage }],
    country: 'CN',
    summary:
      'TP-Link is a Shenzhen-founded maker of home and small-office Wi-Fi routers, the best-selling brand in the US; its US business was split off as TP-Link Systems in 2024. US agencies have weighed banning its routers over ties to China.',
    knownFor: [
      'Investigated from 2024 by the US Commerce, Defense and Justice departments; a ban on new sales was proposed in 2025.',
    ],
    links: [
      {
        url: 'https://www.scworld.com/brief/tp-link-router-ban-urged-by-republican-legislators',
        title: 'TP-Link router ban urged by Republican legislators',
        publisher: 'SC Media',
        published: '2025-05-16',
      },
      {
        url: 'https://www.inkl.com/news/federal-agencies-are-backing-plans-to-ban-top-selling-home-internet-router-because-of-national-security-fears-report',
        title: 'Federal agencies are backing plans to ban top-selling home internet router because of national security fears',
        publisher: 'The Independent (via inkl)',
        published: '2025-10',
      },
    ],
    related: ['huawei'],
  },
  {
    id: 'temu',
    label: 'Temu',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese-owned online shopping app',
    aliases: [
      // A shopping app first: only on pages about spyware claims, data security or bans.
      { text: 'Temu', case: 'proper', context: onSecurityPage },
    ],
    country: 'CN',
    summary:
      'Temu is an online marketplace owned by PDD Holdings, selling cheap goods shipped from China. Several US states have sued it, alleging its app collects far more data than shopping needs and could expose it to Chinese authorities.',
    knownFor: ['Sued by the attorneys general of Arkansas (2024), Nebraska, Kentucky and Arizona (2025), which called the app spyware or malware; Temu denies it.'],
    links: [
      {
        url: 'https://www.newser.com/story/379698/arizona-ag-temu-knows-everywhere-you-go.html',
        title: 'Arizona AG: Temu knows everywhere you go',
        publisher: 'Newser',
        published: '2025-12',
      },
      {
        url: 'https://itechnologynews.com/is-temu-shopping-app-a-dangerous-malware-spying-on-your-texts-lawsuit-alleges',
        title: 'Is Temu shopping app a dangerous malware spying on your texts, lawsuit alleges',
        publisher: 'iTechnology News',
        published: '2024-07',
      },
    ],
    related: ['tiktok'],
  },
  {
    id: 'positive-technologies',
    label: 'Positive Technologies',
    kind: 'company',
    pack: 'companies',
    role: 'Russian cyber-security company',
    aliases: [{ text: 'Positive Technologies', case: 'proper' }],
    country: 'RU',
    summary:
      'Positive Technologies is a Moscow cyber-security company known for vulnerability research and its Positive Hack Days conference. The US says it supports Russian intelligence services.',
    knownFor: [
      'Sanctioned by the US Treasury in April 2021 for supporting the FSB, which it denies.',
      'Added to the US Entity List in November 2021 with NSO Group and Candiru.',
    ],
    links: [
      {
        url: 'https://www.techradar.com/news/positive-technologies-denies-involvement-in-solarwinds-attack',
        title: 'Positive Technologies denies involvement in SolarWinds attack',
        publisher: 'TechRadar',
        published: '2021-04',
      },
      {
        url: 'https://www.jpost.com/breaking-news/us-blacklists-4-companies-from-israel-russia-singapore-citing-spyware-683917',
        title: 'US blacklists 4 companies from Israel, Russia, Singapore citing spyware',
        publisher: 'The Jerusalem Post',
        published: '2021-11-03',
      },
    ],
    related: ['kaspersky', 'nso-group', 'candiru', 'entity-list', 'fsb', 'ofac'],
  },
];

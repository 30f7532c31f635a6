import type { TermInput } from './schema';

const mi5Article = 'productiveclue-2025-mi5-espionage';
// Quotes are byte-exact: where the Benzinga text has a no-break space, so does the quote (\u00a0).
const surveillanceArticle = 'benzinga-2022-uk-surveillance';

// Cues for "this page is about spying". Kept specific: bare "intelligence" also means
// business or artificial intelligence, so it is only used where China must be mentioned too.
const espionageCues = [
  'espionage',
  'spy',
  'spies',
  'spying',
  'spied',
  'spymaster',
  'counter-intelligence',
  'counterintelligence',
  'intelligence agency',
  'intelligence agencies',
  'intelligence officer',
  'intelligence service',
  'MI5',
  'MI6',
  'Ministry of State Security',
  'foreign interference',
];

const chinaCues = ['China', 'Chinese', 'Beijing', 'PRC', 'CCP', 'Ministry of State Security'];

// MSS is also TCP's maximum segment size, the Mobile Satellite Service and Mississippi State:
// those pages can mention China and spying too, so they are ruled out outright.
const notTheMinistry = [
  'TCP',
  'MTU',
  'maximum segment size',
  'Mobile Satellite Service',
  'satellite service',
  'Mississippi State',
  'Bulldogs',
  'Starkville',
  'Southeastern Conference',
];

// Dahua is also a Chinese given name and a county in Guangxi; the company is the one with cameras.
const surveillanceCues = [
  'surveillance',
  'camera',
  'CCTV',
  'Hikvision',
  'security technology',
  'video recorder',
  'facial recognition',
  'Entity List',
  'trade blacklist',
];

/** The dictionary's entries, in the order of the coverage list (shared/dictionary-coverage.json). */
export const terms: TermInput[] = [
  {
    id: 'hikvision',
    label: 'Hikvision',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese maker of surveillance cameras',
    aliases: [
      { text: 'Hikvision', case: 'any' },
      { text: 'Hangzhou Hikvision Digital Technology', case: 'any' },
      { text: 'Hangzhou Hikvision', case: 'any' },
    ],
    country: 'CN',
    summary:
      'Hangzhou Hikvision Digital Technology is a Chinese maker of video surveillance cameras and equipment, and one of the largest in the world. Its biggest shareholder is the state-owned China Electronics Technology Group.',
    facts: [
      {
        text: 'In 2022 the UK Department of Health and Social Care stopped buying Hikvision cameras.',
        quote:
          "the Department of Health and Social Care (DHSC) decided to stop purchasing cameras from Hikvision,\u00a0the world's largest surveillance camera provider",
        source: surveillanceArticle,
      },
      {
        text: 'In 2019 the US put Hikvision and Dahua on its trade blacklist over the surveillance of Uyghurs in Xinjiang.',
        quote:
          'the U.S. placed multiple Chinese artificial intelligence surveillance companies, including video-camera makers Hikvision and Dahua, on its trade blacklist',
        source: surveillanceArticle,
      },
      {
        text: 'The European Parliament removed Hikvision thermal cameras it had used to check visitors for fever.',
        quote:
          'The European Parliament last year removed the Hikvision thermal cameras used to monitor visitors for fever.',
        source: surveillanceArticle,
      },
    ],
    related: [
      'dahua',
      'national-intelligence-law',
      'entity-list',
      'covered-list',
      '1260h-list',
      'xinjiang',
      'uyghurs',
      'dhsc',
      'cabinet-office',
      'european-parliament',
    ],
  },
  {
    id: 'dahua',
    label: 'Dahua Technology',
    kind: 'company',
    pack: 'companies',
    role: 'Chinese maker of surveillance cameras',
    aliases: [
      {
        text: 'Dahua',
        case: 'any',
        context: {
          // Named in full, the company makes its short name clear for the rest of the page.
          requires: [[...surveillanceCues, 'Dahua Technology', 'Zhejiang Dahua']],
          excludes: ['Dahua County', 'Dahua Yao Autonomous County'],
        },
      },
      { text: 'Dahua Technology', case: 'any' },
      { text: 'Zhejiang Dahua Technology', case: 'any' },
      { text: 'Zhejiang Dahua', case: 'any' },
    ],
    country: 'CN',
    summary:
      'Zhejiang Dahua Technology is a Hangzhou-based Chinese maker of video surveillance cameras and related security technology, and one of the largest in the world.',
    facts: [
      {
        text: 'In 2019 the US put Dahua and Hikvision on its trade blacklist over the surveillance of Uyghurs in Xinjiang.',
        quote:
          'the U.S. placed multiple Chinese artificial intelligence surveillance companies, including video-camera makers Hikvision and Dahua, on its trade blacklist',
        source: surveillanceArticle,
      },
      {
        text: '67 UK parliamentarians called for a ban on UK sales of Dahua and Hikvision equipment because of the companies’ role in Xinjiang.',
        quote:
          "called for a ban on all U.K. sales of Dahua and Hikvision equipment on ethical grounds, citing the companies' involvement in Xinjiang",
        source: surveillanceArticle,
      },
    ],
    related: ['hikvision', 'entity-list', 'covered-list', '1260h-list', 'xinjiang', 'uyghurs', 'national-intelligence-law'],
  },
  {
    id: 'mss',
    label: 'Ministry of State Security (MSS)',
    kind: 'agency',
    pack: 'services',
    aliases: [
      {
        text: 'MSS',
        case: 'exact',
        context: {
          requires: [chinaCues, [...espionageCues, 'intelligence']],
          excludes: notTheMinistry,
        },
      },
      { text: 'Ministry of State Security', case: 'proper' },
      { text: 'Chinese Ministry of State Security', case: 'proper' },
      { text: "China's Ministry of State Security", case: 'proper' },
      { text: 'Guoanbu', case: 'any' },
      { text: 'State Security Ministry', case: 'proper' },
    ],
    role: 'China’s civilian intelligence and counter-intelligence ministry',
    links: [{ url: 'https://en.wikipedia.org/wiki/Ministry_of_State_Security_(China)', title: 'Ministry of State Security (China)', publisher: 'Wikipedia' }],
    country: 'CN',
    sharedName: true,
    namesakes: [
      'East German Ministry of State Security',
      'Ministry of State Security of the GDR',
      'North Korean Ministry of State Security',
      'Ministry of State Security of North Korea',
    ],
    summary:
      'The Ministry of State Security is China’s main civilian intelligence and security agency, responsible for foreign intelligence, counter-intelligence and political security.',
    facts: [
      {
        text: 'In 2025 MI5 warned MPs and peers that the MSS was trying to recruit people in British politics by deception, including through LinkedIn profiles.',
        quote:
          'detailed efforts by the Chinese Ministry of State Security (MSS) to recruit individuals within the British political sphere using deceptive tactics, including creating profiles on LinkedIn',
        source: mi5Article,
      },
    ],
    related: ['mi5', 'linkedin', 'national-intelligence-law', 'ministry-of-public-security', 'united-front-work-department', 'apt40', 'apt31', 'counter-espionage-law', 'dan-jarvis'],
  },
  {
    id: 'national-intelligence-law',
    label: "National Intelligence Law of the People's Republic of China",
    kind: 'law',
    pack: 'laws',
    aliases: [
      { text: 'National Intelligence Law', case: 'proper' },
      { text: "National Intelligence Law of the People's Republic of China", case: 'proper' },
    ],
    role: 'Chinese law obliging organisations and citizens to assist state intelligence work',
    year: 2017,
    knownFor: ['Article 7: organisations and citizens must support, assist and cooperate with state intelligence work', 'Cited by Western governments in the Huawei and TikTok restrictions'],
    country: 'CN',
    sharedName: true,
    summary:
      'China’s National Intelligence Law (2017) requires organisations and citizens to support, assist and cooperate with state intelligence work, and to keep that work secret. Western governments cite it when restricting Chinese technology.',
    facts: [
      {
        text: 'The UK’s 2022 restriction on surveillance systems covered equipment made by companies subject to this law.',
        quote:
          'visual surveillance equipment "produced by companies subject to the National Intelligence Law\u00a0of the People\'s Republic of China."',
        source: surveillanceArticle,
      },
    ],
    related: ['mss', 'counter-espionage-law', 'data-security-law', 'hikvision', 'dahua', 'huawei', 'cabinet-office', 'oliver-dowden'],
  },
  {
    id: 'mi5',
    label: 'MI5 (the Security Service)',
    kind: 'agency',
    pack: 'services',
    aliases: [{ text: 'MI5', case: 'exact' }],
    role: 'the UK’s domestic security and counter-intelligence service',
    links: [
      { url: 'https://www.mi5.gov.uk/', title: 'MI5 - The Security Service', publisher: 'MI5' },
      { url: 'https://en.wikipedia.org/wiki/MI5', title: 'MI5', publisher: 'Wikipedia' },
    ],
    country: 'GB',
    summary:
      'MI5, formally the Security Service, is the United Kingdom’s domestic counter-intelligence and security agency, protecting the country against threats such as espionage, terrorism and foreign interference.',
    facts: [
      {
        text: 'In 2025 MI5 alerted MPs and peers to Chinese attempts to recruit people in British politics.',
        quote:
          'This statement comes in response to MI5’s alert to Members of Parliament (MPs) and peers',
        source: mi5Article,
      },
      {
        text: 'According to MI5’s alert, Chinese state actors offered trips to China and paid for information in cash or cryptocurrency.',
        quote:
          'The alert issued by MI5 outlines various tactics employed by Chinese state actors, including extensive trips to China and compensation for information through cash or cryptocurrency methods.',
        source: mi5Article,
      },
    ],
    related: ['mss', 'mi6', 'gchq', 'national-security-act-2023', 'dan-jarvis', 'linkedin'],
  },
  {
    id: 'cabinet-office',
    label: 'Cabinet Office',
    kind: 'government body',
    pack: 'context',
    aliases: [{ text: 'Cabinet Office', case: 'proper' }],
    country: 'GB',
    sharedName: true,
    namesakes: ['Cabinet Office of Japan', 'Cabinet Office of the Prime Minister', 'Federal Cabinet Office'],
    summary:
      'The Cabinet Office is the UK government department that supports the Prime Minister and the Cabinet and coordinates work across government, including government security.',
    facts: [
      {
        text: 'In 2022 the Cabinet Office told central government departments to stop installing Chinese-made surveillance systems on sensitive sites.',
        quote:
          'The U.K. Cabinet Office has told central government departments to stop installing Chinese-made surveillance systems on "sensitive sites," citing security risks',
        source: surveillanceArticle,
      },
      {
        text: 'The decision followed a security review that called for additional controls.',
        quote:
          'A security review found that "in light of the threat to the U.K. and the increasing capability and\u00a0connectivity of these systems, additional controls are required."',
        source: surveillanceArticle,
      },
    ],
    related: ['oliver-dowden', 'national-intelligence-law', 'hikvision'],
  },
  {
    id: 'oliver-dowden',
    label: 'Oliver Dowden',
    kind: 'person',
    pack: 'context',
    aliases: [
      { text: 'Oliver Dowden', case: 'any' },
      { text: 'Dowden', case: 'proper', afterFullName: true },
    ],
    country: 'GB',
    summary:
      'Oliver Dowden is a British Conservative politician. He was Chancellor of the Duchy of Lancaster, a Cabinet Office minister, from 2022 and Deputy Prime Minister from 2023 to 2024.',
    facts: [
      {
        text: 'As a Cabinet Office minister in 2022, Dowden said the restriction would cover surveillance equipment from companies subject to China’s National Intelligence Law.',
        quote:
          'Cabinet Office minister Oliver Dowden said it would cover visual surveillance equipment "produced by companies subject to the National Intelligence Law\u00a0of the People\'s Republic of China."',
        source: surveillanceArticle,
      },
    ],
    related: ['cabinet-office', 'national-intelligence-law'],
  },
  {
    id: 'dan-jarvis',
    label: 'Dan Jarvis',
    kind: 'person',
    pack: 'context',
    aliases: [
      { text: 'Dan Jarvis', case: 'any' },
      { text: 'Jarvis', case: 'proper', afterFullName: true },
    ],
    country: 'GB',
    summary:
      'Dan Jarvis is a British Labour politician and MP for Barnsley North who became the UK’s Security Minister in July 2024.',
    facts: [
      {
        text: 'As Security Minister, Jarvis said the UK would not accept covert attempts to interfere in its sovereign affairs.',
        quote:
          'Security Minister Dan Jarvis emphasized that the UK will not accept any covert attempts to interfere with its sovereign affairs.',
        source: mi5Article,
      },
      {
        text: 'He called China’s recruitment attempts covert and calculated.',
        quote:
          'He described the attempts as “covert and calculated,” warning that China has a “low threshold” for what constitutes valuable information',
        source: mi5Article,
      },
      {
        text: 'His package of measures included £170 million for encrypted technology protecting government communications.',
        quote:
          'the government plans to invest £170 million to enhance encrypted technology that protects government communications',
        source: mi5Article,
      },
    ],
    related: ['mi5', 'mss', 'electoral-commission'],
  },
  {
    id: 'rishi-sunak',
    label: 'Rishi Sunak',
    kind: 'person',
    pack: 'context',
    aliases: [
      { text: 'Rishi Sunak', case: 'any' },
      { text: 'Sunak', case: 'proper', afterFullName: true },
    ],
    country: 'GB',
    summary:
      'Rishi Sunak is a British Conservative politician who was Prime Minister of the United Kingdom from October 2022 to July 2024.',
    facts: [
      {
        text: 'As prime minister, Sunak called China a systemic challenge and the biggest state-based threat to the UK’s economic security.',
        quote:
          'Rishi Sunak, prime minister, said China posed a "systemic challenge" to the U.K. and called it "undoubtedly the biggest\u00a0state-based threat to our economic security."',
        source: surveillanceArticle,
      },
    ],
    related: ['cabinet-office', 'oliver-dowden'],
  },
  {
    id: 'electoral-commission',
    label: 'Electoral Commission',
    kind: 'government body',
    pack: 'context',
    aliases: [{ text: 'Electoral Commission', case: 'proper' }],
    country: 'GB',
    sharedName: true,
    namesakes: [
      'Australian Electoral Commission',
      'Electoral Commission of India',
      'Election Commission of India',
      'Independent Electoral Commission',
      'National Electoral Commission',
      'Central Electoral Commission',
      'Electoral Commission of South Africa',
      'Electoral Commission of Ghana',
      'Electoral Commission of Queensland',
      'Victorian Electoral Commission',
      'Irish Electoral Commission',
      'Electoral Commission of Ireland',
      'Electoral Commission of New Zealand',
      'Fiji Electoral Commission',
      'Zambia Electoral Commission',
    ],
    summary:
      'The Electoral Commission is the independent body that oversees elections and regulates political party and election finance in the United Kingdom.',
    facts: [
      {
        text: 'In response to MI5’s 2025 alert, the government said the Electoral Commission would get stronger enforcement powers.',
        quote:
          'Furthermore, the Electoral Commission is set to acquire more significant enforcement capabilities.',
        source: mi5Article,
      },
    ],
    related: ['dan-jarvis', 'senedd', 'scottish-parliament'],
  },
  {
    id: 'dhsc',
    label: 'Department of Health and Social Care (DHSC)',
    kind: 'government body',
    pack: 'context',
    aliases: [
      { text: 'Department of Health and Social Care', case: 'proper' },
      { text: 'DHSC', case: 'exact' },
    ],
    country: 'GB',
    summary:
      'The Department of Health and Social Care is the UK government department responsible for health and adult social care policy in England, including the NHS.',
    facts: [
      {
        text: 'In 2022, months before the Cabinet Office order, the DHSC decided to stop buying Hikvision cameras.',
        quote:
          'the Department of Health and Social Care (DHSC) decided to stop purchasing cameras from Hikvision',
        source: surveillanceArticle,
      },
    ],
    related: ['hikvision', 'cabinet-office'],
  },
  {
    id: 'entity-list',
    label: 'US Entity List (trade blacklist)',
    kind: 'policy',
    pack: 'laws',
    aliases: [
      { text: 'Entity List', case: 'proper' },
      { text: 'trade blacklist', case: 'any' },
      { text: 'export blacklist', case: 'any' },
    ],
    role: 'US export blacklist kept by the Commerce Department',
    year: 1997,
    links: [
      { url: 'https://www.bis.gov/entity-list', title: 'Entity List', publisher: 'US Bureau of Industry and Security' },
      { url: 'https://en.wikipedia.org/wiki/Entity_List', title: 'Entity List', publisher: 'Wikipedia' },
    ],
    country: 'US',
    sharedName: true,
    owners: ['Commerce Department', 'Department of Commerce', 'Bureau of Industry and Security', 'BIS'],
    summary:
      'The Entity List, kept by the US Commerce Department’s Bureau of Industry and Security, names foreign companies and people that need a licence, often denied, to receive US goods and technology. News reports often call it a trade blacklist.',
    facts: [
      {
        text: 'In 2019 the US added Chinese surveillance companies, including Hikvision and Dahua, to the list over the repression of Uyghurs and other Muslim minorities in Xinjiang.',
        quote:
          'on its trade blacklist for aiding the "repression, mass arbitrary detention and high-technology surveillance" of Uyghurs and other\u00a0Muslim minorities',
        source: surveillanceArticle,
      },
    ],
    related: ['hikvision', 'dahua', 'huawei', 'smic', 'nso-group', 'export-administration-regulations', 'unreliable-entity-list', 'xinjiang', 'uyghurs'],
  },
  {
    id: 'xinjiang',
    label: 'Xinjiang',
    kind: 'place',
    pack: 'context',
    aliases: [
      { text: 'Xinjiang', case: 'any' },
      { text: 'Xinjiang Uyghur Autonomous Region', case: 'any' },
    ],
    country: 'CN',
    summary:
      'Xinjiang, officially the Xinjiang Uyghur Autonomous Region, is a large region in north-western China and the homeland of the Uyghurs and other mainly Muslim peoples.',
    facts: [
      {
        text: 'The US says Chinese surveillance companies aided the repression of Uyghurs and other Muslim minorities in Xinjiang.',
        quote:
          "of Uyghurs and other\u00a0Muslim minorities in China's northwestern region of Xinjiang",
        source: surveillanceArticle,
      },
      {
        text: 'UK parliamentarians cited Dahua’s and Hikvision’s involvement in Xinjiang when calling for a ban on their equipment.',
        quote:
          "called for a ban on all U.K. sales of Dahua and Hikvision equipment on ethical grounds, citing the companies' involvement in Xinjiang",
        source: surveillanceArticle,
      },
    ],
    related: ['uyghurs', 'hikvision', 'dahua', 'entity-list'],
  },
  {
    id: 'uyghurs',
    label: 'Uyghurs',
    kind: 'people',
    pack: 'context',
    aliases: [
      { text: 'Uyghur', case: 'any', plural: true },
      { text: 'Uighur', case: 'any', plural: true },
    ],
    country: 'CN',
    summary:
      'The Uyghurs are a Turkic, mainly Muslim people whose homeland is Xinjiang in north-western China, where they have been subjected to mass surveillance and detention.',
    facts: [
      {
        text: 'The US blacklisted Chinese surveillance companies in 2019 for aiding the repression and mass detention of Uyghurs.',
        quote:
          '"repression, mass arbitrary detention and high-technology surveillance" of Uyghurs and other\u00a0Muslim minorities',
        source: surveillanceArticle,
      },
    ],
    related: ['xinjiang', 'hikvision', 'dahua', 'entity-list'],
  },
  {
    id: 'european-parliament',
    label: 'European Parliament',
    kind: 'institution',
    pack: 'context',
    aliases: [{ text: 'European Parliament', case: 'proper' }],
    summary:
      'The European Parliament is the directly elected legislature of the European Union, sitting in Strasbourg and Brussels.',
    facts: [
      {
        text: 'In 2021 the European Parliament removed the Hikvision thermal cameras it had used to check visitors for fever.',
        quote:
          'The European Parliament last year removed the Hikvision thermal cameras used to monitor visitors for fever.',
        source: surveillanceArticle,
      },
    ],
    related: ['hikvision'],
  },
  {
    id: 'asml',
    label: 'ASML Holding',
    kind: 'company',
    pack: 'context',
    aliases: [
      { text: 'ASML', case: 'exact' },
      { text: 'ASML Holding', case: 'proper' },
      { text: 'ASML Holdings NV', case: 'proper' },
    ],
    country: 'NL',
    summary:
      'ASML Holding is a Dutch company based in Veldhoven that makes the lithography machines used to manufacture semiconductors, and is the only supplier of extreme ultraviolet (EUV) lithography systems.',
    facts: [
      {
        text: 'Under US pressure, the Dutch government has since 2018 refused ASML licences to ship its most advanced machines to China.',
        quote:
          'the Dutch government has since 2018 prohibited semiconductor equipment maker ASML Holdings NV (NASDAQ:\u00a0ASML) licenses to ship its most advanced machines to China',
        source: surveillanceArticle,
      },
      {
        text: 'The concern is that the machines could also serve military purposes.',
        quote: 'fearing their "dual use" with potential military applications',
        source: surveillanceArticle,
      },
    ],
    related: ['liesje-schreinemacher'],
  },
  {
    id: 'liesje-schreinemacher',
    label: 'Liesje Schreinemacher',
    kind: 'person',
    pack: 'context',
    aliases: [
      { text: 'Liesje Schreinemacher', case: 'any' },
      { text: 'Schreinemacher', case: 'proper', afterFullName: true },
    ],
    country: 'NL',
    summary:
      'Liesje Schreinemacher is a Dutch VVD politician who was the Netherlands’ Minister for Foreign Trade and Development Cooperation from 2022 to 2024.',
    facts: [
      {
        text: 'In 2022, as trade minister, she said the Netherlands was discussing new export restrictions on semiconductor equipment to China with the US.',
        quote:
          'Dutch trade minister Liesje Schreinemacher said the Netherlands is in talks with the U.S. government about new export restrictions for semiconductor equipment to China',
        source: surveillanceArticle,
      },
    ],
    related: ['asml'],
  },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    kind: 'platform',
    pack: 'context',
    aliases: [{ text: 'LinkedIn', case: 'any', context: { requires: [espionageCues] } }],
    summary:
      'LinkedIn is a professional networking site owned by Microsoft. Western security services have warned that foreign intelligence officers use fake LinkedIn profiles to approach and recruit targets.',
    facts: [
      {
        text: 'MI5 warned in 2025 that China’s Ministry of State Security created LinkedIn profiles to recruit people in British politics.',
        quote: 'using deceptive tactics, including creating profiles on LinkedIn',
        source: mi5Article,
      },
    ],
    related: ['mss', 'mi5'],
  },
  {
    id: 'senedd',
    label: 'Senedd (Welsh Parliament)',
    kind: 'institution',
    pack: 'context',
    aliases: [
      { text: 'Senedd', case: 'any' },
      { text: 'Welsh Senedd', case: 'any' },
      { text: 'Welsh Parliament', case: 'proper' },
    ],
    country: 'GB',
    summary: 'The Senedd (Welsh Parliament) is the devolved legislature of Wales, sitting in Cardiff Bay.',
    facts: [
      {
        text: 'The next Senedd election was due in May 2026, alongside the Scottish Parliament and English local elections.',
        quote:
          'In anticipation of the upcoming elections for the Scottish Parliament, the Welsh Senedd, and local councils in England next May',
        source: mi5Article,
      },
      {
        text: 'Ahead of those elections, all parties and candidates were to receive security briefings on foreign interference.',
        quote:
          'all political parties and candidates will receive security briefings to ensure heightened awareness about potential foreign interference',
        source: mi5Article,
      },
    ],
    related: ['scottish-parliament', 'electoral-commission'],
  },
  {
    id: 'scottish-parliament',
    label: 'Scottish Parliament',
    kind: 'institution',
    pack: 'context',
    aliases: [{ text: 'Scottish Parliament', case: 'proper' }],
    country: 'GB',
    summary:
      'The Scottish Parliament is the devolved legislature of Scotland, sitting at Holyrood in Edinburgh.',
    facts: [
      {
        text: 'The next Scottish Parliament election was due in May 2026, alongside the Senedd and English local elections.',
        quote:
          'In anticipation of the upcoming elections for the Scottish Parliament, the Welsh Senedd, and local councils in England next May',
        source: mi5Article,
      },
      {
        text: 'Ahead of those elections, all parties and candidates were to receive security briefings on foreign interference.',
        quote:
          'all political parties and candidates will receive security briefings to ensure heightened awareness about potential foreign interference',
        source: mi5Article,
      },
    ],
    related: ['senedd', 'electoral-commission'],
  },
];

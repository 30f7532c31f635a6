/**
 * Countries and the words news text names them by: the country, its people's adjective, its
 * capital and its seats of government. The matcher reads them to tell one country's body
 * from another country's namesake ("Japan's Cabinet Office", "the Electoral Commission of
 * India") and to know which countries a page is about. Possessives ("Tokyo's") need no entry
 * of their own: the matcher takes in 's after any word.
 *
 * Codes are ISO 3166-1 alpha-2, with the withdrawn codes of states that no longer exist but
 * still fill security stories (DD: East Germany, SU: the Soviet Union).
 *
 * Left out on purpose: names that are mostly something else in English news (Georgia, also a
 * US state; Jordan and Chad, given names; Jersey). Acronyms (UK, US, PRC) match in capitals only.
 */
export interface Country {
  code: string;
  names: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'GB',
    names: [
      'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'British', 'Briton', 'Britons',
      'England', 'English', 'Scotland', 'Scottish', 'Wales', 'Welsh', 'Northern Ireland',
      'London', 'Westminster', 'Whitehall', 'Downing Street', 'Holyrood', 'Edinburgh', 'Cardiff', 'Belfast',
    ],
  },
  {
    code: 'US',
    names: [
      'United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'American',
      'Americans', 'New Mexico', 'New England', 'Washington', 'White House', 'Capitol Hill', 'Pentagon',
    ],
  },
  { code: 'CN', names: ['China', "People's Republic of China", 'PRC', 'Chinese', 'Beijing', 'Zhongnanhai'] },
  { code: 'JP', names: ['Japan', 'Japanese', 'Tokyo'] },
  { code: 'AU', names: ['Australia', 'Australian', 'Australians', 'Canberra', 'New South Wales'] },
  { code: 'NZ', names: ['New Zealand', 'New Zealander', 'Wellington'] },
  { code: 'CA', names: ['Canada', 'Canadian', 'Canadians', 'Ottawa'] },
  { code: 'IN', names: ['India', 'Indian', 'Indians', 'New Delhi', 'Delhi'] },
  { code: 'PK', names: ['Pakistan', 'Pakistani', 'Islamabad'] },
  { code: 'BD', names: ['Bangladesh', 'Bangladeshi', 'Dhaka'] },
  { code: 'LK', names: ['Sri Lanka', 'Sri Lankan', 'Colombo'] },
  { code: 'KP', names: ['North Korea', 'North Korean', 'North Koreans', 'DPRK', 'Pyongyang'] },
  { code: 'KR', names: ['South Korea', 'South Korean', 'Korea', 'Korean', 'Seoul'] },
  { code: 'TW', names: ['Taiwan', 'Taiwanese', 'Taipei'] },
  { code: 'HK', names: ['Hong Kong'] },
  { code: 'SG', names: ['Singapore', 'Singaporean'] },
  { code: 'MY', names: ['Malaysia', 'Malaysian', 'Kuala Lumpur'] },
  { code: 'ID', names: ['Indonesia', 'Indonesian', 'Jakarta'] },
  { code: 'PH', names: ['Philippines', 'Philippine', 'Filipino', 'Manila'] },
  { code: 'VN', names: ['Vietnam', 'Viet Nam', 'Vietnamese', 'Hanoi'] },
  { code: 'TH', names: ['Thailand', 'Thai', 'Bangkok'] },
  { code: 'RU', names: ['Russia', 'Russian', 'Russians', 'Russian Federation', 'Moscow', 'Kremlin'] },
  { code: 'SU', names: ['Soviet Union', 'USSR', 'Soviet'] },
  { code: 'UA', names: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'] },
  { code: 'DE', names: ['Germany', 'German', 'Germans', 'Berlin', 'Bundestag'] },
  { code: 'DD', names: ['East Germany', 'East German', 'East Germans', 'GDR', 'German Democratic Republic', 'East Berlin'] },
  { code: 'FR', names: ['France', 'French', 'Paris', 'Élysée'] },
  { code: 'IE', names: ['Ireland', 'Irish', 'Dublin'] },
  { code: 'NL', names: ['Netherlands', 'Dutch', 'Amsterdam', 'The Hague'] },
  { code: 'BE', names: ['Belgium', 'Belgian'] },
  { code: 'IT', names: ['Italy', 'Italian', 'Rome'] },
  { code: 'ES', names: ['Spain', 'Spanish', 'Madrid'] },
  { code: 'PT', names: ['Portugal', 'Portuguese', 'Lisbon'] },
  { code: 'SE', names: ['Sweden', 'Swedish', 'Stockholm'] },
  { code: 'NO', names: ['Norway', 'Norwegian', 'Oslo'] },
  { code: 'DK', names: ['Denmark', 'Danish', 'Copenhagen'] },
  { code: 'FI', names: ['Finland', 'Finnish', 'Helsinki'] },
  { code: 'PL', names: ['Poland', 'Polish', 'Warsaw'] },
  { code: 'CZ', names: ['Czech Republic', 'Czechia', 'Czech', 'Prague'] },
  { code: 'HU', names: ['Hungary', 'Hungarian', 'Budapest'] },
  { code: 'RO', names: ['Romania', 'Romanian', 'Bucharest'] },
  { code: 'AT', names: ['Austria', 'Austrian', 'Vienna'] },
  { code: 'CH', names: ['Switzerland', 'Swiss', 'Bern'] },
  { code: 'GR', names: ['Greece', 'Greek', 'Athens'] },
  { code: 'TR', names: ['Turkey', 'Türkiye', 'Turkish', 'Ankara'] },
  { code: 'IR', names: ['Iran', 'Iranian', 'Tehran'] },
  { code: 'IL', names: ['Israel', 'Israeli', 'Jerusalem'] },
  { code: 'SA', names: ['Saudi Arabia', 'Saudi', 'Riyadh'] },
  { code: 'AE', names: ['United Arab Emirates', 'UAE', 'Emirati', 'Abu Dhabi'] },
  { code: 'EG', names: ['Egypt', 'Egyptian', 'Cairo'] },
  { code: 'ZA', names: ['South Africa', 'South African', 'Pretoria'] },
  { code: 'NG', names: ['Nigeria', 'Nigerian', 'Abuja'] },
  { code: 'KE', names: ['Kenya', 'Kenyan', 'Nairobi'] },
  { code: 'GH', names: ['Ghana', 'Ghanaian', 'Accra'] },
  { code: 'BR', names: ['Brazil', 'Brazilian', 'Brasília', 'Brasilia'] },
  { code: 'MX', names: ['Mexico', 'Mexican', 'Mexico City'] },
  { code: 'AR', names: ['Argentina', 'Argentine', 'Argentinian', 'Buenos Aires'] },
  { code: 'CU', names: ['Cuba', 'Cuban', 'Havana'] },
  { code: 'BY', names: ['Belarus', 'Belarusian', 'Minsk'] },
  { code: 'SY', names: ['Syria', 'Syrian', 'Damascus'] },
  { code: 'LB', names: ['Lebanon', 'Lebanese', 'Beirut'] },
  { code: 'IQ', names: ['Iraq', 'Iraqi', 'Baghdad'] },
  { code: 'AF', names: ['Afghanistan', 'Afghan', 'Kabul'] },
  { code: 'QA', names: ['Qatar', 'Qatari', 'Doha'] },
  { code: 'KZ', names: ['Kazakhstan', 'Kazakh', 'Astana'] },
  { code: 'AZ', names: ['Azerbaijan', 'Azerbaijani', 'Baku'] },
  { code: 'AM', names: ['Armenia', 'Armenian', 'Yerevan'] },
  { code: 'RS', names: ['Serbia', 'Serbian', 'Belgrade'] },
  { code: 'BG', names: ['Bulgaria', 'Bulgarian'] },
  { code: 'EE', names: ['Estonia', 'Estonian', 'Tallinn'] },
  { code: 'LV', names: ['Latvia', 'Latvian', 'Riga'] },
  { code: 'LT', names: ['Lithuania', 'Lithuanian', 'Vilnius'] },
  { code: 'CY', names: ['Cyprus', 'Cypriot', 'Nicosia'] },
  { code: 'MA', names: ['Morocco', 'Moroccan', 'Rabat'] },
  { code: 'ET', names: ['Ethiopia', 'Ethiopian', 'Addis Ababa'] },
  { code: 'RW', names: ['Rwanda', 'Rwandan', 'Kigali'] },
  { code: 'MM', names: ['Myanmar', 'Burma', 'Burmese', 'Naypyidaw'] },
  { code: 'KH', names: ['Cambodia', 'Cambodian', 'Phnom Penh'] },
  { code: 'YE', names: ['Yemen', 'Yemeni', 'Sanaa'] },
  { code: 'BH', names: ['Bahrain', 'Bahraini', 'Manama'] },
  { code: 'VE', names: ['Venezuela', 'Venezuelan', 'Caracas'] },
  { code: 'CO', names: ['Colombia', 'Colombian', 'Bogotá', 'Bogota'] },
  { code: 'LU', names: ['Luxembourg'] },
];

// Made when first asked, not as the module loads: a page's content script, which matches with
// the build's compiled tables, then leaves the table out.
let byCode: ReadonlyMap<string, Country> | undefined;
const countryOf = (code: string) => (byCode ??= new Map(COUNTRIES.map((country) => [country.code, country]))).get(code);

export const isCountryCode = (code: string): boolean => countryOf(code) !== undefined;

/** How a reader would name a country: its first name in the table, "the" before a union or kingdom. */
export function countryName(code: string): string {
  const name = countryOf(code)?.names[0] ?? code;
  return /^United /.test(name) ? `the ${name}` : name;
}

import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary/index';
import { alsoKnownAs, firstNames, shortLabel, whoseNameOnPage, whoseName, type NamedBy } from '../../lib/dictionary/crosswalk';
import { countryDisplayName } from '../../lib/dictionary/country-display-name';
import type { Alias, Term } from '../../lib/dictionary/schema';
import { COUNTRIES } from '../../lib/text/countries';

const alias = (text: string, by: string[] = [], more: Partial<Alias> = {}): Alias => ({
  text,
  case: 'proper',
  plural: false,
  by,
  former: false,
  afterFullName: false,
  ...more,
});

/** A made-up group, its names given in no particular order. */
const emberOwl = {
  label: 'APT99 (Ember Owl)',
  aliases: [
    alias('Ember Owl', ['CrowdStrike']),
    alias('Cinder', ['Microsoft'], { former: true }),
    alias('APT99', ['MITRE ATT&CK', 'Mandiant']),
    alias('APT 99', ['Press']),
    alias('Ashen Blizzard', ['Microsoft']),
    alias('EmberOwl', ['Press']),
    alias('Owl Crew', ['Press']),
    alias('OwlLeaks', ['Self']),
    alias('TA999', ['Proofpoint']),
  ],
};

const names = (groups: NamedBy[]) => groups.map(({ namer, names }) => [namer ?? null, names.map(({ text, former }) => (former ? `${text} (former)` : text))]);

const term = (id: string): Term => bundledDictionary.terms.find((one) => one.id === id)!;

describe('also known as', () => {
  it('groups a group’s names by who uses them, namers in their order, the press and its own names last, former names after current ones', () => {
    expect(names(alsoKnownAs(emberOwl))).toEqual([
      ['MITRE ATT&CK', ['APT99']],
      ['Microsoft', ['Ashen Blizzard', 'Cinder (former)']],
      ['CrowdStrike', ['Ember Owl']],
      ['Mandiant', ['APT99']],
      ['Proofpoint', ['TA999']],
      // "APT 99" and "EmberOwl" are other spellings of names listed above.
      ['Press', ['Owl Crew']],
      ['Self', ['OwlLeaks']],
    ]);
  });

  it('lists an agency’s other names under no namer, without its label and its short references', () => {
    const service = {
      label: 'GRX (Example military intelligence)',
      aliases: [alias('GRX', [], { case: 'exact' }), alias('Main Example Directorate'), alias('Directorate', [], { afterFullName: true })],
    };
    expect(names(alsoKnownAs(service))).toEqual([[null, ['Main Example Directorate']]]);
    expect(alsoKnownAs({ label: 'Hikvision', aliases: [alias('Hikvision'), alias('HIKVISION', [], { case: 'exact' })] })).toEqual([]);
  });

  it('gives APT28’s crosswalk from the bundled dictionary: Microsoft’s current and former names, CrowdStrike’s, Proofpoint’s', () => {
    const groups = new Map(alsoKnownAs(term('apt28')).map((group) => [group.namer, group.names]));
    expect(groups.get('Microsoft')).toEqual([
      { text: 'Forest Blizzard', former: false },
      { text: 'Strontium', former: true },
    ]);
    expect(groups.get('CrowdStrike')).toEqual([{ text: 'Fancy Bear', former: false }]);
    expect(groups.get('Proofpoint')).toEqual([{ text: 'TA422', former: false }]);
    expect(groups.get('MITRE ATT&CK')).toEqual([{ text: 'APT28', former: false }]);
    expect([...groups.keys()].slice(0, 4)).toEqual(['MITRE ATT&CK', 'Microsoft', 'CrowdStrike', 'Mandiant']);
  });
});

describe('the first names, then "+N more"', () => {
  const groups = alsoKnownAs(emberOwl);

  it('shows the first names in their groups, the last group cut short, and counts the rest', () => {
    const { shown, hidden } = firstNames(groups, 3);
    expect(names(shown)).toEqual([
      ['MITRE ATT&CK', ['APT99']],
      ['Microsoft', ['Ashen Blizzard', 'Cinder (former)']],
    ]);
    expect(hidden).toBe(5);
    const cut = firstNames(groups, 2);
    expect(names(cut.shown)).toEqual([
      ['MITRE ATT&CK', ['APT99']],
      ['Microsoft', ['Ashen Blizzard']],
    ]);
    expect(cut.hidden).toBe(6);
  });

  it('hides nothing when one name would be left over, or none', () => {
    expect(firstNames(groups, 7)).toEqual({ shown: groups, hidden: 0 });
    expect(firstNames(groups, 8)).toEqual({ shown: groups, hidden: 0 });
    expect(firstNames(groups, 6).hidden).toBe(2);
  });
});

describe('whose name it is', () => {
  it('names the namer, a former name as such, several namers together, the press and the group itself', () => {
    expect(whoseName(alias('Ashen Blizzard', ['Microsoft']), 'APT99')).toBe('Microsoft’s name for APT99');
    expect(whoseName(alias('Cinder', ['Microsoft'], { former: true }), 'APT99')).toBe('Microsoft’s former name for APT99');
    expect(whoseName(alias('APT99', ['MITRE ATT&CK', 'Mandiant']), 'Ember Owl')).toBe('MITRE ATT&CK’s and Mandiant’s name for Ember Owl');
    expect(whoseName(alias('Tide', ['Palo Alto Networks']), 'APT99')).toBe('Palo Alto Networks’ name for APT99');
    expect(whoseName(alias('Wuhan X', ['US government', 'UK government']), 'APT99')).toBe('the US government’s and the UK government’s name for APT99');
    expect(whoseName(alias('Owl Crew', ['Press']), 'APT99')).toBe('a name the press uses for APT99');
    expect(whoseName(alias('OwlLeaks', ['Self']), 'APT99')).toBe('a name APT99 uses for itself');
    expect(whoseName(alias('Main Example Directorate'), 'GRX')).toBe('another name for GRX');
  });
});

describe('the name on the page', () => {
  it('says whose name the page used when it is not the label: "Forest Blizzard — Microsoft’s name for APT28"', () => {
    const apt28 = term('apt28');
    expect(whoseNameOnPage(apt28, 'Forest Blizzard')).toEqual({ text: 'Forest Blizzard', whose: 'Microsoft’s name for APT28' });
    expect(whoseNameOnPage(apt28, 'Fancy Bear')).toEqual({ text: 'Fancy Bear', whose: 'CrowdStrike’s name for APT28' });
    expect(whoseNameOnPage(apt28, 'STRONTIUM')).toEqual({ text: 'STRONTIUM', whose: 'Microsoft’s former name for APT28' });
  });

  it('reads the name without the possessive or plural the page gave it', () => {
    expect(whoseNameOnPage(term('apt28'), 'Forest Blizzard’s')).toEqual({ text: 'Forest Blizzard', whose: 'Microsoft’s name for APT28' });
    expect(whoseNameOnPage(emberOwl, "Owl Crew's")?.text).toBe('Owl Crew');
  });

  it('says another name is the concept’s when the label does not hold it: "Snoopers’ Charter — another name for …"', () => {
    expect(whoseNameOnPage(term('investigatory-powers-act'), 'Snoopers’ Charter')).toEqual({
      text: 'Snoopers’ Charter',
      whose: 'another name for Investigatory Powers Act 2016',
    });
    expect(whoseNameOnPage(term('gru'), 'Main Intelligence Directorate')?.whose).toBe('another name for GRU');
  });

  it('says nothing of an uncredited name that is the label with words more or fewer', () => {
    expect(whoseNameOnPage(term('gru-unit-26165'), 'Unit 26165')).toBeUndefined();
    expect(whoseNameOnPage(term('investigatory-powers-act'), 'Investigatory Powers Act')).toBeUndefined();
    expect(whoseNameOnPage(term('kaspersky'), 'Kaspersky Lab')).toBeUndefined();
    // A vendor's name inside the label still says whose it is.
    expect(whoseNameOnPage(term('apt28'), 'Fancy Bear')?.whose).toBe('CrowdStrike’s name for APT28');
  });

  it('says nothing for the label or its short form, a short reference, or a text that is not one of its names', () => {
    expect(whoseNameOnPage(term('apt28'), 'APT28')).toBeUndefined();
    expect(whoseNameOnPage(emberOwl, 'apt 99')).toBeUndefined();
    expect(whoseNameOnPage(term('hikvision'), 'Hikvision')).toBeUndefined();
    expect(whoseNameOnPage(term('oliver-dowden'), 'Dowden')).toBeUndefined();
    expect(whoseNameOnPage(term('apt28'), 'Cozy Bear')).toBeUndefined();
  });

  it('takes the label without what its brackets add as the short form', () => {
    expect(shortLabel(term('apt28'))).toBe('APT28');
    expect(shortLabel(term('gru'))).toBe('GRU');
    expect(shortLabel({ label: 'NIS2 Directive (EU)' })).toBe('NIS2 Directive');
    expect(shortLabel({ label: 'Hikvision' })).toBe('Hikvision');
  });
});

describe('country names', () => {
  it('names a country in the reader’s language, from the browser', () => {
    expect(countryDisplayName('RU', ['en-GB'])).toBe('Russia');
    expect(countryDisplayName('RU', ['fr'])).toBe('Russie');
    expect(countryDisplayName('KP', ['de'])).toBe('Nordkorea');
    expect(countryDisplayName('HK', ['en'])).toBe('Hong Kong');
  });

  it('names states that no longer exist, not their successors', () => {
    expect(countryDisplayName('SU', ['en'])).toBe('Soviet Union');
    expect(countryDisplayName('DD', ['fr'])).toBe('East Germany');
  });

  it('knows every country of the dictionary’s table, and gives a code the browser does not know as it is', () => {
    for (const { code } of COUNTRIES) expect(countryDisplayName(code, ['en']), code).not.toBe(code);
    expect(countryDisplayName('QQ', ['en'])).toBe('QQ');
  });
});

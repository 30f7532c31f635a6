import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary';
import { explain } from '../../lib/match/explain';
import { compileMatcher, findTerms, findTermsInBlocks } from '../../lib/match/matcher';
import { standsAlone } from '../../lib/match/short-references';

const matcher = compileMatcher(bundledDictionary);
const found = (text: string) => findTerms(matcher, text).map(({ termId, text }) => [termId, text]);
const foundIn = (blocks: string[]) => findTermsInBlocks(matcher, blocks).map(({ termId, text }) => [termId, text]);
const idsIn = (text: string) => findTerms(matcher, text).map(({ termId }) => termId);

describe('namesakes in other countries', () => {
  it.each([
    ['a possessive', "Japan's Cabinet Office published its annual survey."],
    ['a capital', "Tokyo's Cabinet Office published its annual survey."],
    ['a demonym', 'The Japanese Cabinet Office published its annual survey.'],
    ['a possessive and an adjective', "Japan's powerful Cabinet Office published its annual survey."],
    ['"of" and the country', 'The Cabinet Office of Japan published its annual survey.'],
    ['"in" and the capital', 'The Cabinet Office in Tokyo published its annual survey.'],
    ['a two-word demonym', 'The North Korean Ministry of State Security runs the camps.'],
    ['a former state', 'The East German Ministry of State Security kept files on millions.'],
    ['a namesake that is a longer name', 'The Australian Electoral Commission counted the Senate votes.'],
    ['a namesake with no country in it', 'The National Electoral Commission of the republic announced results.'],
    ['another country’s list', "Beijing added two US defence firms to China's unreliable entity list."],
  ])('is not the term after %s', (_, text) => {
    expect(idsIn(text).filter((id) => ['cabinet-office', 'mss', 'electoral-commission', 'entity-list'].includes(id))).toEqual([]);
  });

  it('is the term with its own country attached', () => {
    expect(found("Britain's Cabinet Office and the U.K. Cabinet Office are one.")).toEqual([
      ['cabinet-office', 'Cabinet Office'],
      ['cabinet-office', 'Cabinet Office'],
    ]);
    expect(found('The Cabinet Office in London said so.')).toEqual([['cabinet-office', 'Cabinet Office']]);
  });

  it('is not the term on a page about another country only', () => {
    expect(idsIn('Voters in Canberra queued for hours. The Electoral Commission said turnout was high across Australia.')).toEqual([]);
    expect(idsIn('In Pyongyang, the Ministry of State Security answers to Kim Jong Un.')).toEqual([]);
  });

  it('still counts on a page about the UK that also mentions another country', () => {
    const text =
      'The Electoral Commission will get new powers, UK ministers said. The reform follows Australia, where donations are capped.';
    expect(found(text)).toEqual([['electoral-commission', 'Electoral Commission']]);
  });

  it('takes a term of the country with a name of its own as naming the country', () => {
    const text = 'Cabinet Office minister Oliver Dowden cited China’s National Intelligence Law.';
    expect(idsIn(text)).toEqual(['cabinet-office', 'oliver-dowden', 'national-intelligence-law']);
  });

  it('does not take a company of another country as naming that country', () => {
    expect(idsIn('The Cabinet Office banned Hikvision cameras.')).toEqual(['cabinet-office', 'hikvision']);
  });

  it('counts where no country is named at all', () => {
    expect(found('The Electoral Commission fined the party.')).toEqual([['electoral-commission', 'Electoral Commission']]);
  });

  it('reads "New South Wales" as Australia, not Wales', () => {
    expect(idsIn('The Electoral Commission of New South Wales audited the count in Sydney.')).toEqual([]);
    expect(idsIn('Officials in New South Wales said the Electoral Commission would review the rules.')).toEqual([]);
  });

  it('takes "china" in lower case as a country name only next to a name, not as a page fact', () => {
    // Fine china is no country: the page names none, so the UK body counts.
    expect(found('The Cabinet Office bought fine china for the dinner.')).toEqual([['cabinet-office', 'Cabinet Office']]);
  });
});

describe('case by context', () => {
  it('counts a lower-case name after its owner', () => {
    expect(found("The Commerce Department's entity list now names 600 firms.")).toEqual([['entity-list', 'entity list']]);
    expect(found("china's national intelligence law obliges firms to help.")).toEqual([
      ['national-intelligence-law', 'national intelligence law'],
    ]);
    expect(found('Chinese ministry of state security officers were named.')).toEqual([['mss', 'Chinese ministry of state security']]);
  });

  it('counts a lower-case name where the page also writes it with capitals, before or after', () => {
    expect(found('The Entity List grew again. Firms on the entity list need a licence, US officials said.')).toEqual([
      ['entity-list', 'Entity List'],
      ['entity-list', 'entity list'],
    ]);
    expect(found('Firms on the entity list need a licence. The Entity List grew again in the US.')).toEqual([
      ['entity-list', 'entity list'],
      ['entity-list', 'Entity List'],
    ]);
  });

  it('does not count a lone lower-case common noun', () => {
    expect(found('She added a new entity list to the database schema.')).toEqual([]);
    expect(found('The cabinet office furniture was delivered on Tuesday.')).toEqual([]);
    expect(found('Every town once had an electoral commission of sorts.')).toEqual([]);
  });

  it('does not count a common noun even where the page names the body', () => {
    expect(found('The Cabinet Office said each department needs a cabinet office of its own.')).toEqual([
      ['cabinet-office', 'Cabinet Office'],
    ]);
  });

  it('does not take another country’s possessive as the owner', () => {
    expect(idsIn("japan's cabinet office and australia's electoral commission")).toEqual([]);
  });
});

describe('short references', () => {
  it('counts a surname after the full name, with the full term', () => {
    expect(found('Oliver Dowden announced the ban. Dowden said it was overdue.')).toEqual([
      ['oliver-dowden', 'Oliver Dowden'],
      ['oliver-dowden', 'Dowden'],
    ]);
  });

  it('counts it in a later paragraph of the same page', () => {
    expect(foundIn(['Security Minister Dan Jarvis spoke in the Commons.', 'Jarvis told MPs the threat was growing.'])).toEqual([
      ['dan-jarvis', 'Dan Jarvis'],
      ['dan-jarvis', 'Jarvis'],
    ]);
  });

  it('never counts a surname on a page where the full name is absent', () => {
    expect(found('Jarvis, the butler, answered the door.')).toEqual([]);
    expect(foundIn(['Sunak was mentioned once.', 'Nothing else.'])).toEqual([]);
  });

  it('does not count it before the full name appears', () => {
    expect(foundIn(['Jarvis warns MPs.', 'Dan Jarvis, the security minister, spoke.'])).toEqual([['dan-jarvis', 'Dan Jarvis']]);
    expect(found('Jarvis warns MPs. Dan Jarvis spoke.')).toEqual([['dan-jarvis', 'Dan Jarvis']]);
  });

  it('does not take a surname in lower case', () => {
    expect(found('Dan Jarvis met the jarvis of the guild.')).toEqual([['dan-jarvis', 'Dan Jarvis']]);
  });

  it('does not take another person with the same surname', () => {
    expect(found('Dan Jarvis spoke. Lucy Jarvis, a councillor, disagreed. Jarvis Cocker sang.')).toEqual([['dan-jarvis', 'Dan Jarvis']]);
  });

  it('keeps titles and sentence starts with the surname', () => {
    const text = 'Dan Jarvis spoke. But Jarvis said more. Mr Jarvis left. Security Minister Jarvis returned.';
    expect(idsIn(text)).toEqual(['dan-jarvis', 'dan-jarvis', 'dan-jarvis', 'dan-jarvis']);
    expect(standsAlone('said Jarvis, who', 5, 11)).toBe(true);
    expect(standsAlone('Lucy Jarvis said', 5, 11)).toBe(false);
  });

  it('lets a company’s short name count once the full name is on the page', () => {
    expect(found('Zhejiang Dahua Technology reported results. Dahua shares rose.')).toContainEqual(['dahua', 'Dahua']);
    expect(found('Dahua shares rose.')).toEqual([]);
  });
});

describe('the card explains a rule that decided', () => {
  const reasonOf = (text: string, surface: string) => findTerms(matcher, text).find((hit) => hit.text === surface)?.reason;

  it('for a short reference', () => {
    const reason = reasonOf('Oliver Dowden spoke. Dowden left.', 'Dowden')!;
    expect(explain(reason, 'Dowden', 'Oliver Dowden')).toBe('Dowden: Oliver Dowden, named earlier on this page');
  });

  it('for a lower-case name', () => {
    const reason = reasonOf('The Entity List grew. The entity list is long in the US.', 'entity list')!;
    expect(explain(reason, 'entity list', 'US Entity List')).toBe('Lower case: the page names it “Entity List” too');
    const owned = reasonOf("The Commerce Department's entity list grew.", 'entity list')!;
    expect(explain(owned, 'entity list', 'US Entity List')).toBe("Lower case: named with its owner, “Commerce Department's”");
  });

  it('for a name other countries share, on a page that names other countries too', () => {
    const text = 'The Electoral Commission will get new powers, UK ministers said, as Australia did.';
    const reason = reasonOf(text, 'Electoral Commission')!;
    expect(explain(reason, 'Electoral Commission', 'Electoral Commission')).toBe(
      'Country: the page is about the United Kingdom too, so this is its Electoral Commission, not another country’s',
    );
    expect(reasonOf('The Electoral Commission will get new powers, UK ministers said.', 'Electoral Commission')).toBeUndefined();
  });

  it('and says nothing where the name speaks for itself', () => {
    expect(reasonOf('Oliver Dowden spoke.', 'Oliver Dowden')).toBeUndefined();
  });
});

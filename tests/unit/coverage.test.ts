import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary';
import { compileMatcher, findTerms } from '../../lib/match/matcher';
import { coverageList as coverage } from '../fixtures/coverage-list';

const matcher = compileMatcher(bundledDictionary);
const found = (text: string) => findTerms(matcher, text).map(({ termId, text }) => ({ termId, text }));
/** A possessive surface ("Hikvision's") is found as the name it holds: the highlight stops before the 's. */
const nameIn = (surface: string) => surface.replace(/['’]s$/i, '');

// Sentences that make a page about each context-dependent concept's subject.
const subjectOf: Record<string, string> = {
  mss: 'Chinese intelligence officers are accused of espionage in Britain.',
  linkedin: 'MI5 says spies pose as headhunters to recruit sources.',
  dahua: 'Surveillance cameras made in China are being removed from government sites.',
};

describe('coverage list (shared/dictionary-coverage.json)', () => {
  for (const concept of coverage.concepts) {
    for (const surface of concept.surfaces) {
      it(`recognises "${surface}" as ${concept.id} in running text`, () => {
        const subject = concept.context.includes(surface) ? `${subjectOf[concept.id]} ` : '';
        const text = `${subject}Reporters said that ${surface} was mentioned, again.`;
        expect(found(text)).toContainEqual({ termId: concept.id, text: nameIn(surface) });
      });
    }
  }

  for (const concept of coverage.concepts) {
    for (const surface of concept.context) {
      it(`ignores the ambiguous "${surface}" on a page that is not about ${concept.id}`, () => {
        const text = `The quarterly results were strong. ${surface} was mentioned by the chief executive.`;
        expect(found(text).filter((m) => m.termId === concept.id)).toEqual([]);
      });
    }
  }

  for (const trap of coverage.traps) {
    it(`finds nothing in the trap "${trap.text}" (${trap.why})`, () => {
      expect(found(trap.text)).toEqual([]);
    });
  }
});

describe('ambiguous MSS on pages about other things', () => {
  const china = 'China and its intelligence services were in the news too.';
  it.each([
    ['networking', `The TCP MSS was lowered to 1360 bytes. ${china}`],
    ['satellites', `Mobile Satellite Service (MSS) operators bid for spectrum. ${china}`],
    ['college sport', `Mississippi State (MSS) fans packed the stadium. ${china}`],
  ])('finds no MSS on a page about %s that also mentions China', (_, text) => {
    expect(found(text).filter((m) => m.termId === 'mss')).toEqual([]);
  });

  it('finds MSS on a page about China’s intelligence services', () => {
    const text = 'Beijing’s spies work for the MSS, MI5 says.';
    expect(found(text)).toContainEqual({ termId: 'mss', text: 'MSS' });
  });
});

describe('LinkedIn', () => {
  it('is a mention on a page about espionage', () => {
    const text = 'Spies created fake profiles on LinkedIn to recruit staff, MI5 said.';
    expect(found(text)).toContainEqual({ termId: 'linkedin', text: 'LinkedIn' });
  });

  it('is not one in a business story', () => {
    const text = 'LinkedIn reported record revenue as Microsoft shares rose.';
    expect(found(text)).toEqual([]);
  });
});

describe('Dahua', () => {
  it('is the camera maker on a page about surveillance', () => {
    expect(found('Dahua sold CCTV cameras to councils.')).toContainEqual({ termId: 'dahua', text: 'Dahua' });
  });

  it('is not the given name or the county', () => {
    expect(found('Dahua, a student from Hangzhou, won the prize.')).toEqual([]);
    expect(found('A camera crew filmed the karst hills of Dahua County.')).toEqual([]);
  });
});

describe('the source articles', () => {
  const article = (id: string) => readFileSync(new URL(`../../lib/dictionary/sources/${id}.txt`, import.meta.url), 'utf8');

  it('finds every long form once, not its parts', () => {
    const matches = found(article('benzinga-2022-uk-surveillance'));
    // The article itself has a no-break space after "Law", as CMSs often do.
    expect(matches).toContainEqual({
      termId: 'national-intelligence-law',
      text: "National Intelligence Law\u00a0of the People's Republic of China",
    });
    expect(matches.filter((m) => m.termId === 'national-intelligence-law')).toHaveLength(1);
    expect(matches).toContainEqual({ termId: 'asml', text: 'ASML Holdings NV' });
  });

  it('reads curly possessives and context in the MI5 article', () => {
    const matches = found(article('productiveclue-2025-mi5-espionage'));
    expect(matches).toContainEqual({ termId: 'mi5', text: 'MI5' });
    expect(matches.filter(({ text }) => /['’]s$/.test(text))).toEqual([]);
    expect(matches).toContainEqual({ termId: 'mss', text: 'Chinese Ministry of State Security' });
    expect(matches).toContainEqual({ termId: 'mss', text: 'MSS' });
    expect(matches).toContainEqual({ termId: 'linkedin', text: 'LinkedIn' });
    expect(matches).toContainEqual({ termId: 'senedd', text: 'Welsh Senedd' });
  });
});

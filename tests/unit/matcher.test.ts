import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dictionary, type DictionaryInput } from '../../lib/dictionary/schema';
import { foldCode, foldPhrase, isApostrophe, isSpace, normaliseSurface } from '../../lib/text/characters';
import { compileMatcher, findTerms } from '../../lib/match/matcher';

const source = { id: 'test', title: 'T', publisher: 'P', published: '2024-01', url: 'https://example.org/' };
const fact = { text: 'f', quote: 'q', source: 'test' };
const term = (id: string, aliases: DictionaryInput['terms'][number]['aliases']) => ({
  id,
  label: id,
  kind: 'agency' as const,
  aliases,
  summary: 's',
  facts: [fact],
});

const chinaIntelligence = {
  requires: [
    ['China', 'Chinese', 'Beijing', 'Ministry of State Security'],
    ['espionage', 'spy', 'spies', 'intelligence', 'Ministry of State Security'],
  ],
  excludes: ['TCP', 'maximum segment size', 'Mississippi State', 'satellite services'],
};

const matcher = compileMatcher(
  Dictionary.parse({
    sources: [source],
    terms: [
      term('hikvision', [{ text: 'Hikvision', case: 'any' }, { text: 'Hangzhou Hikvision Digital Technology', case: 'any' }]),
      term('mss', [
        { text: 'MSS', case: 'exact', context: chinaIntelligence },
        { text: 'Ministry of State Security', case: 'proper' },
        { text: 'Chinese Ministry of State Security', case: 'proper' },
      ]),
      term('law', [
        { text: 'National Intelligence Law', case: 'proper' },
        { text: "National Intelligence Law of the People's Republic of China", case: 'proper' },
      ]),
      term('asml', [{ text: 'ASML', case: 'exact' }]),
      term('uyghurs', [{ text: 'Uyghur', case: 'any', plural: true }]),
      term('cabinet-office', [{ text: 'Cabinet Office', case: 'proper' }]),
      term('oliver-dowden', [{ text: 'Oliver Dowden', case: 'any' }]),
      term('beijing-city', [{ text: 'Beijing Daxing', case: 'any' }]),
    ],
  }),
);

const found = (text: string) => findTerms(matcher, text).map(({ termId, text }) => [termId, text]);

describe('whole words', () => {
  it('never matches inside a longer token', () => {
    expect(found('MSSQL, ASMLX and XASML and Hikvisionary are not terms')).toEqual([]);
    expect(found('ASML_2 and 2ASML')).toEqual([]);
  });

  it('respects word boundaries in other scripts', () => {
    expect(found('éHikvision Hikvisioné Hikvision中国')).toEqual([]);
    expect(found('(Hikvision) «Hikvision» 海康Hikvision-made')).toEqual([
      ['hikvision', 'Hikvision'],
      ['hikvision', 'Hikvision'],
    ]);
  });

  it('matches at the very start and end of the text', () => {
    expect(found('Hikvision')).toEqual([['hikvision', 'Hikvision']]);
    expect(found('ASML')).toEqual([['asml', 'ASML']]);
  });
});

describe('possessives and plurals', () => {
  it('finds a name before its straight or curly possessive, and highlights the name alone', () => {
    expect(found("Hikvision's cameras and Hikvision’s chips; HIKVISION'S")).toEqual([
      ['hikvision', 'Hikvision'],
      ['hikvision', 'Hikvision'],
      ['hikvision', 'HIKVISION'],
    ]);
  });

  it('takes a plural s only where the alias allows it', () => {
    expect(found('Uyghurs and a Uyghur; ASMLs')).toEqual([
      ['uyghurs', 'Uyghurs'],
      ['uyghurs', 'Uyghur'],
    ]);
  });

  it('does not read a following word as a possessive', () => {
    expect(found("Hikvision'smith")).toEqual([['hikvision', 'Hikvision']]);
  });
});

describe('white space and apostrophes inside names', () => {
  it('treats any run of white space as one space', () => {
    expect(found('Oliver\u00a0Dowden, Oliver\nDowden and Oliver \t  Dowden')).toEqual([
      ['oliver-dowden', 'Oliver\u00a0Dowden'],
      ['oliver-dowden', 'Oliver\nDowden'],
      ['oliver-dowden', 'Oliver \t  Dowden'],
    ]);
  });

  it('matches a name written with a curly apostrophe', () => {
    expect(found('the National Intelligence Law of the People’s Republic of China says')).toEqual([
      ['law', 'National Intelligence Law of the People’s Republic of China'],
    ]);
  });
});

describe('longest match wins', () => {
  it('prefers the long form over the short one it contains', () => {
    expect(found("under the National Intelligence Law of the People's Republic of China.")).toEqual([
      ['law', "National Intelligence Law of the People's Republic of China"],
    ]);
    expect(found('the Chinese Ministry of State Security (MSS) spies')).toEqual([
      ['mss', 'Chinese Ministry of State Security'],
      ['mss', 'MSS'],
    ]);
  });

  it('falls back to the short form when the long one is incomplete', () => {
    expect(found('National Intelligence Law of the People and Hangzhou Hikvision Digital')).toEqual([
      ['law', 'National Intelligence Law'],
      ['hikvision', 'Hikvision'],
    ]);
  });
});

describe('case rules', () => {
  it('matches acronyms in exact case only', () => {
    expect(found('Chinese espionage: mss and Mss are not the MSS')).toEqual([['mss', 'MSS']]);
  });

  it('matches proper names as written or in capitals, not as common nouns', () => {
    expect(found('The Cabinet Office; THE CABINET OFFICE; a cabinet office of her own')).toEqual([
      ['cabinet-office', 'Cabinet Office'],
      ['cabinet-office', 'CABINET OFFICE'],
    ]);
    expect(found('the cabinet office furniture')).toEqual([]);
  });

  it('matches any-case names in any capitalisation', () => {
    expect(found('HIKVISION and hikvision')).toEqual([
      ['hikvision', 'HIKVISION'],
      ['hikvision', 'hikvision'],
    ]);
  });
});

describe('page context', () => {
  it('counts an ambiguous acronym on a page about its subject', () => {
    expect(found('Beijing uses the MSS for espionage abroad.')).toEqual([['mss', 'MSS']]);
  });

  it('ignores it where the subject is missing', () => {
    expect(found('The MSS was set to 1360 on the tunnel.')).toEqual([]);
    expect(found('China said the MSS matters.')).toEqual([]);
  });

  it('ignores it where the page is about something else, even with the subject present', () => {
    expect(found('China spies? No: the TCP MSS was lowered.')).toEqual([]);
    expect(found('Mississippi State (MSS) fans cheered; Chinese intelligence watched.')).toEqual([]);
  });

  it('matches acronym cues exactly: "tcp" in lower case is not TCP', () => {
    expect(found('tcp... Chinese espionage by the MSS')).toEqual([['mss', 'MSS']]);
  });

  it('finds a cue inside a longer term', () => {
    expect(found('The Chinese Ministry of State Security (MSS) recruits')).toEqual([
      ['mss', 'Chinese Ministry of State Security'],
      ['mss', 'MSS'],
    ]);
  });
});

describe('automaton', () => {
  it('reports overlapping patterns through failure links', () => {
    // "beijing daxing" starts inside a cue scan of "beijing": both must be seen.
    expect(found('Beijing Daxing airport, MSS espionage')).toEqual([
      ['beijing-city', 'Beijing Daxing'],
      ['mss', 'MSS'],
    ]);
  });

  it('is not confused by repeated prefixes', () => {
    expect(found('Hikhikvision HikHikvision Hik Hikvision')).toEqual([['hikvision', 'Hikvision']]);
  });
});

describe('folding a name', () => {
  /** Code unit by code unit, as the automaton folds text: the plain-ASCII shortcut must agree. */
  const foldedByUnits = (text: string) =>
    [...normaliseByUnits(text)].map((char) => String.fromCharCode(foldCode(char.charCodeAt(0)))).join('');
  const normaliseByUnits = (text: string) => {
    let out = '';
    let space = false;
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (isSpace(code)) {
        if (!space) out += ' ';
        space = true;
        continue;
      }
      space = false;
      out += isApostrophe(code) ? "'" : char;
    }
    return out.trim();
  };
  const text = fc.stringMatching(/^[ -~\t\u00a0’É]{0,24}$/);

  it('gives what folding each character gives, plain ASCII or not', () => {
    fc.assert(
      fc.property(text, (name) => {
        expect(foldPhrase(name)).toBe(foldedByUnits(name));
        expect(normaliseSurface(name)).toBe(normaliseByUnits(name));
      }),
      { numRuns: 2000 },
    );
    expect(foldPhrase("Xi Jinping's MSS")).toBe("xi jinping's mss");
    expect(foldPhrase(' Volt  Typhoon ')).toBe('volt typhoon');
  });
});

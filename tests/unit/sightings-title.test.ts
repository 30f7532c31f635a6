import { describe, expect, it } from 'vitest';
import { readableTitle } from '../../lib/sightings/title';

describe('readableTitle', () => {
  it('drops the site’s name and its section after the headline', () => {
    expect(readableTitle('Whitehall widens its review of surveillance cameras | UK news | The Guardian', 'theguardian.com')).toBe(
      'Whitehall widens its review of surveillance cameras',
    );
    expect(readableTitle('MI5 chief warns of Chinese spying - BBC News', 'bbc.co.uk')).toBe('MI5 chief warns of Chinese spying');
    expect(readableTitle('UK restricts Chinese cameras | Reuters', 'reuters.com')).toBe('UK restricts Chinese cameras');
    expect(readableTitle('How the annotator reads awkward markup | The Daily Ledger', 'theguardian.com')).toBe(
      'How the annotator reads awkward markup',
    );
    expect(readableTitle('Spy agencies and the cloud — Financial Times', 'ft.com')).toBe('Spy agencies and the cloud — Financial Times');
    expect(readableTitle('Spy agencies and the cloud · FT', 'ft.com')).toBe('Spy agencies and the cloud');
    expect(readableTitle('Surveillance technology procurement - Committees - UK Parliament', 'committees.parliament.uk')).toBe(
      'Surveillance technology procurement',
    );
  });

  it('keeps a dash that is the headline’s own, and a long part after a bar', () => {
    expect(readableTitle('Hikvision - the camera maker at the heart of a row', 'theguardian.com')).toBe(
      'Hikvision - the camera maker at the heart of a row',
    );
    const long = 'Ministers act | Cameras made by companies subject to the National Intelligence Law are to go';
    expect(readableTitle(long, 'bbc.co.uk')).toBe(long);
  });

  it('leaves a title with nothing added, or only the site’s name, as it is', () => {
    expect(readableTitle('  Select committee report on surveillance  ', 'parliament.uk')).toBe('Select committee report on surveillance');
    expect(readableTitle('The Guardian', 'theguardian.com')).toBe('The Guardian');
    expect(readableTitle('', 'theguardian.com')).toBe('');
  });
});

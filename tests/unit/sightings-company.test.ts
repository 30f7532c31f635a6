import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type LensDatabase } from '../../lib/db/database';
import { MAX_TERMS_IN_COMPANY, companyChanges, companyOfPages, mostOftenTogether, withChanges, type CompanyChanges } from '../../lib/db/sighting-company';
import { coOccurring } from '../../lib/sightings/page-index';
import type { Sighting } from '../../lib/db/sightings-schema';
import { clearSightings, forgetPage, mergeSightings, recordVisit } from '../../lib/sightings/store';

/** Changes as plain objects, for comparing. */
const plain = (changes: CompanyChanges) => Object.fromEntries([...changes].map(([term, ofTerm]) => [term, Object.fromEntries(ofTerm)]));

describe('the company of terms, kept as a summary', () => {
  it('counts each pair of a new page once in each direction', () => {
    expect(plain(companyChanges([], ['mi5', 'mss', 'hikvision']))).toEqual({
      mi5: { mss: 1, hikvision: 1 },
      mss: { mi5: 1, hikvision: 1 },
      hikvision: { mi5: 1, mss: 1 },
    });
  });

  it('changes nothing when a revisit finds the same terms, and only the pairs of a term gained or lost', () => {
    expect(companyChanges(['mi5', 'mss'], ['mss', 'mi5']).size).toBe(0);
    expect(plain(companyChanges(['mi5', 'mss'], ['mi5', 'mss', 'dahua']))).toEqual({ mi5: { dahua: 1 }, mss: { dahua: 1 }, dahua: { mi5: 1, mss: 1 } });
    expect(plain(companyChanges(['mi5', 'mss', 'dahua'], ['mi5', 'dahua']))).toEqual({ mi5: { mss: -1 }, dahua: { mss: -1 }, mss: { mi5: -1, dahua: -1 } });
    expect(plain(companyChanges(['mi5', 'mss'], []))).toEqual({ mi5: { mss: -1 }, mss: { mi5: -1 } });
  });

  it('leaves out a page with more terms than an article has, and takes its pairs back when it grows past that', () => {
    const crowded = Array.from({ length: MAX_TERMS_IN_COMPANY + 1 }, (_, i) => `term-${i}`);
    expect(companyChanges([], crowded).size).toBe(0);
    const full = crowded.slice(0, MAX_TERMS_IN_COMPANY);
    const lost = companyChanges(full, crowded);
    expect(lost.get('term-0')?.get('term-1')).toBe(-1);
    expect([...lost.values()].every((ofTerm) => [...ofTerm.values()].every((step) => step === -1))).toBe(true);
  });

  it('drops a count that falls to zero, and lists the most frequent company first, then by id', () => {
    expect(withChanges({ mi5: 1, mss: 2 }, new Map([['mi5', -1], ['mss', 1], ['dahua', 1]]))).toEqual({ mss: 3, dahua: 1 });
    expect(mostOftenTogether({ mss: 1, dahua: 3, hikvision: 1 }, 2)).toEqual([
      { termId: 'dahua', pages: 3 },
      { termId: 'hikvision', pages: 1 },
    ]);
  });

  it('comes to what the pages say from scratch, whatever the order the pages changed in', () => {
    const terms = fc.uniqueArray(fc.constantFrom('mi5', 'mss', 'dahua', 'hikvision', 'xinjiang'), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), terms), { maxLength: 30 }), (steps) => {
        const pages = new Map<number, readonly string[]>();
        const changes: CompanyChanges = new Map();
        for (const [page, termIds] of steps) {
          companyChanges(pages.get(page) ?? [], termIds, changes);
          pages.set(page, termIds);
        }
        const kept = Object.fromEntries(
          [...changes].map(([term, ofTerm]) => [term, withChanges({}, ofTerm)] as const).filter(([, together]) => Object.keys(together).length > 0),
        );
        const fromScratch = Object.fromEntries(companyOfPages(pages.values()).map(({ termId, together }) => [termId, together]));
        expect(kept).toEqual(fromScratch);
      }),
    );
  });
});

const SITES = ['https://www.bbc.co.uk/news/a', 'https://www.reuters.com/b', 'https://www.theguardian.com/c', 'https://www.ft.com/d'];
const TERMS = ['mi5', 'mss', 'dahua', 'hikvision', 'xinjiang'];

/** The company of a term counted from the sightings themselves: what the summary must say. */
async function companyFromSightings(db: LensDatabase, termId: string): Promise<Record<string, number>> {
  const all = await db.sightings.toArray();
  const pagesOf = new Set(all.filter((s) => s.termId === termId).map((s) => s.url));
  const together: Record<string, number> = {};
  for (const { termId: other, url } of all) if (other !== termId && pagesOf.has(url)) together[other] = (together[other] ?? 0) + 1;
  return together;
}

const asRecord = (counts: { termId: string; pages: number }[]) => Object.fromEntries(counts.map(({ termId, pages }) => [termId, pages]));

describe('the company summary in the database', () => {
  let db: LensDatabase;
  beforeEach(() => {
    db = openDatabase(`company-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  const sighting = (termId: string, url: string, day: number): Sighting => {
    const time = new Date(Date.UTC(2026, 0, 1 + day)).toISOString();
    return { termId, url, title: 't', site: new URL(url).hostname, firstSeen: time, lastSeen: time, count: 1 };
  };
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('visit' as const), page: fc.constantFrom(...SITES), terms: fc.uniqueArray(fc.constantFrom(...TERMS), { minLength: 1 }), day: fc.nat(30) }),
    fc.record({ kind: fc.constant('forget' as const), page: fc.constantFrom(...SITES) }),
    fc.record({ kind: fc.constant('clear' as const), day: fc.nat(30) }),
    fc.record({ kind: fc.constant('import' as const), sightings: fc.array(fc.tuple(fc.constantFrom(...TERMS), fc.constantFrom(...SITES), fc.nat(30)), { maxLength: 6 }) }),
  );

  it('says what the sightings say after any visits, forgets, clears and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
        await clearSightings(db);
        for (const op of operations) {
          const time = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString();
          if (op.kind === 'visit') await recordVisit(db, { page: { url: op.page, title: 't' }, terms: op.terms.map((termId) => ({ termId, count: 1 })) }, time(op.day));
          if (op.kind === 'forget') await forgetPage(db, op.page);
          if (op.kind === 'clear') await clearSightings(db, time(op.day));
          if (op.kind === 'import') {
            const tables = [db.sightings, db.sightingPages, db.sightingTerms, db.sightingCompany];
            await db.transaction('rw', tables, () => mergeSightings(db, op.sightings.map(([termId, url, day]) => sighting(termId, url, day))));
          }
        }
        for (const termId of TERMS) expect(asRecord(await coOccurring(db, termId, Infinity))).toEqual(await companyFromSightings(db, termId));
        // A term with no company has no record left behind.
        const kept = await db.sightingCompany.toArray();
        expect(kept.every(({ together }) => Object.keys(together).length > 0)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('counts a damaged summary record again from the pages, when read and when next changed', async () => {
    await recordVisit(db, { page: { url: SITES[0]!, title: 'a' }, terms: [{ termId: 'mi5', count: 1 }, { termId: 'mss', count: 1 }] });
    await recordVisit(db, { page: { url: SITES[1]!, title: 'b' }, terms: [{ termId: 'mi5', count: 1 }, { termId: 'mss', count: 1 }] });
    await db.sightingCompany.put({ termId: 'mi5', together: { mss: 'two' } } as never);
    expect(await coOccurring(db, 'mi5')).toEqual([{ termId: 'mss', pages: 2 }]);
    await recordVisit(db, { page: { url: SITES[2]!, title: 'c' }, terms: [{ termId: 'mi5', count: 1 }, { termId: 'dahua', count: 1 }] });
    expect(await db.sightingCompany.get('mi5')).toEqual({ termId: 'mi5', together: { mss: 2, dahua: 1 } });
  });
});

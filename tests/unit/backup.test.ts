/**
 * The promise of a backup: whatever the database holds, what the extension can write and
 * what damage left there, the JSON export restores through the extension's own import. Valid
 * records come back exactly; damaged ones are listed with their reasons, never dropped in silence.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import { LIMITS, type SavedHighlight, type SavedPage } from '../../lib/db/schema';
import { collectAll, importCollection } from '../../lib/export/transfer';
import { writeArchive } from '../../lib/export/archive';
import { MAX_IMPORT_BYTES } from '../../lib/checks/guard';
import { readImportFile } from '../../lib/export/read-file';
import { collection, damage, damagePage, highlightAtLimits } from './arbitraries';

const context = { exportedAt: '2026-11-23T10:00:00.000Z', termLabel: () => undefined };

/** Valid records (some at the limits), and damaged ones with ids of their own. */
const databaseContent = fc
  .record({
    saved: collection,
    large: fc.uniqueArray(highlightAtLimits(LIMITS), { selector: (h) => h.id, maxLength: 3 }),
    damagedHighlights: fc.array(fc.tuple(fc.uuid(), damage(LIMITS)), { maxLength: 4 }),
    damagedPages: fc.array(damagePage(LIMITS), { maxLength: 2 }),
  })
  .map(({ saved, large, damagedHighlights, damagedPages }) => {
    const highlights = [...saved.highlights, ...large.filter((h) => !saved.highlights.some((s) => s.id === h.id))];
    const template = highlights[0] ?? saved.pages[0];
    const damaged = damagedHighlights
      .filter(([id]) => !highlights.some((h) => h.id === id))
      .map(([id, spoil]) => spoil({ ...(template as object), id }));
    const brokenPages = damagedPages.map((spoil, i) => ({ ...spoil({ ...saved.pages[0]! }), url: `https://damaged.example/${i}` }));
    return { highlights, pages: saved.pages, damaged, brokenPages };
  });

const byId = (a: SavedHighlight, b: SavedHighlight) => (a.id < b.id ? -1 : 1);

describe('a JSON backup', () => {
  it('restores every valid record exactly, and lists every damaged one with its reasons', async () => {
    await fc.assert(
      fc.asyncProperty(databaseContent, async ({ highlights, pages, damaged, brokenPages }) => {
        const source = openDatabase(`source-${crypto.randomUUID()}`);
        const target = openDatabase(`target-${crypto.randomUUID()}`);
        try {
          await source.highlights.bulkPut([...highlights, ...(damaged as SavedHighlight[])]);
          await source.pages.bulkPut([...pages, ...(brokenPages as SavedPage[])]);
          const file = writeArchive(await collectAll(source), context);
          expect(new Blob([file]).size).toBeLessThanOrEqual(MAX_IMPORT_BYTES);

          const { collection: restored, refused } = await readImportFile(file, context.exportedAt);
          await importCollection(target, restored);

          const back = await collectAll(target);
          expect([...back.highlights].sort(byId)).toEqual([...highlights].sort(byId));
          expect(back.pages).toEqual(expect.arrayContaining(pages));
          expect(back.damaged).toEqual([]);
          const reported = refused.map(({ where, id }) => (where.startsWith('highlights') ? id : where));
          expect(reported.sort()).toEqual(
            [...damaged.map((record) => record.id as string), ...brokenPages.map((_, i) => `pages[${pages.length + i}]`)].sort(),
          );
          for (const record of refused) expect(record.problems.length).toBeGreaterThan(0);
        } finally {
          await Promise.all([source.delete(), target.delete()]);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

import { Correction, holdsOn, type NewCorrection } from './corrections-schema';
import { siteOf } from '../url';
import type { LensDatabase } from './database';

/** Records read back are parsed one by one: a damaged one is left out, never the others. */
function parsed(records: readonly unknown[]): Correction[] {
  return records.flatMap((record) => {
    const correction = Correction.safeParse(record);
    return correction.success ? [correction.data] : [];
  });
}

/** Keeps a correction; the same one made twice is kept once. */
export async function addCorrection(db: LensDatabase, request: NewCorrection): Promise<Correction> {
  const correction = Correction.parse({ ...request, id: crypto.randomUUID(), site: siteOf(request.url), createdAt: new Date().toISOString() });
  return db.transaction('rw', db.corrections, async () => {
    const same = (await correctionsOn(db, request.url)).find(
      (c) => c.termId === correction.termId && c.text === correction.text && c.scope === correction.scope,
    );
    if (same) return same;
    await db.corrections.add(correction);
    return correction;
  });
}

/** The corrections that hold on a page: its own, and its site's. */
export async function correctionsOn(db: LensDatabase, url: string): Promise<Correction[]> {
  const ofSite = parsed(await db.corrections.where('site').equals(siteOf(url)).toArray());
  return ofSite.filter((correction) => holdsOn(correction, url));
}

/** Every correction, newest first, for the settings page. */
export async function allCorrections(db: LensDatabase): Promise<Correction[]> {
  return parsed(await db.corrections.orderBy('createdAt').reverse().toArray());
}

export async function removeCorrection(db: LensDatabase, id: string): Promise<void> {
  await db.corrections.delete(id);
}

/** Brings in corrections from an archive: those not kept yet (by id) are added. */
export async function mergeCorrections(db: LensDatabase, corrections: readonly Correction[]): Promise<number> {
  return db.transaction('rw', db.corrections, async () => {
    const kept = await db.corrections.bulkGet(corrections.map((correction) => correction.id));
    const added = corrections.filter((_, i) => kept[i] === undefined);
    await db.corrections.bulkAdd(added);
    return added.length;
  });
}

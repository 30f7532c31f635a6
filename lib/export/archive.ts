import { z } from 'zod/mini';
import { Sighting } from '../sightings/schema';
import { Collection, type ExportContext } from './collection';

export const ARCHIVE_FORMAT = 'state-security-lens';
/** Raised only when a change would make older copies of the extension misread the file. */
export const ARCHIVE_VERSION = 2;
/**
 * Versions this extension reads. Version 2 adds optional top-level arrays, one per feature
 * (`sightings` here); a version 1 file is a version 2 file without them.
 */
export const READABLE_ARCHIVE_VERSIONS: readonly number[] = [1, 2];

/** Enough to tell our files, and their version, from anything else before reading them through. */
export const ArchiveHeader = z.object({ format: z.literal(ARCHIVE_FORMAT), version: z.number() });

/** The extension's own file: everything needed to restore the highlights and pages exactly. */
export const Archive = z.extend(Collection, {
  format: z.literal(ARCHIVE_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.iso.datetime(),
  /** Where each term was seen (version 2). */
  sightings: z.optional(z.array(Sighting)),
});
export type Archive = z.infer<typeof Archive>;

export function writeArchive({ pages, highlights, sightings }: Collection, { exportedAt }: ExportContext): string {
  const archive: Archive = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt, pages, highlights, ...(sightings && { sightings }) };
  return `${JSON.stringify(archive, null, 2)}\n`;
}

import { z } from 'zod/mini';
import { Collection, type ExportContext } from './collection';

export const ARCHIVE_FORMAT = 'state-security-lens';
/**
 * Raised only when a change would make older copies of the extension misread the file.
 * Version 2 may add optional arrays (corrections, ...); version 1 files still read.
 */
export const ARCHIVE_VERSION = 2;
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** Enough to tell our files, and their version, from anything else before reading them through. */
export const ArchiveHeader = z.object({ format: z.literal(ARCHIVE_FORMAT), version: z.number() });

/** The extension's own file: everything needed to restore the highlights and pages exactly. */
export const Archive = z.extend(Collection, {
  format: z.literal(ARCHIVE_FORMAT),
  version: z.union([z.literal(1), z.literal(ARCHIVE_VERSION)]),
  exportedAt: z.iso.datetime(),
});
export type Archive = z.infer<typeof Archive>;

export function writeArchive({ pages, highlights, corrections }: Collection, { exportedAt }: ExportContext): string {
  const archive: Archive = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt,
    pages,
    highlights,
    ...(corrections && { corrections }),
  };
  return `${JSON.stringify(archive, null, 2)}\n`;
}

import { z } from 'zod/mini';
import { Collection, type ExportContext } from './collection';

export const ARCHIVE_FORMAT = 'state-security-lens';
/**
 * Raised only when a change would make older copies of the extension misread the file.
 * Version 2 added optional arrays beside `pages` and `highlights` (`watchlists`); version 1
 * files, which have none, still import.
 */
export const ARCHIVE_VERSION = 2;

/** Enough to tell our files, and their version, from anything else before reading them through. */
export const ArchiveHeader = z.object({ format: z.literal(ARCHIVE_FORMAT), version: z.number() });

/** The extension's own file: everything needed to restore the highlights and pages exactly. */
export const Archive = z.extend(Collection, {
  format: z.literal(ARCHIVE_FORMAT),
  version: z.int().check(z.gte(1), z.lte(ARCHIVE_VERSION)),
  exportedAt: z.iso.datetime(),
});
export type Archive = z.infer<typeof Archive>;

export function writeArchive({ pages, highlights, watchlists }: Collection, { exportedAt }: ExportContext): string {
  const archive: Archive = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt, pages, highlights, ...(watchlists && { watchlists }) };
  return `${JSON.stringify(archive, null, 2)}\n`;
}

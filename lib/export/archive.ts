import { z } from 'zod/mini';
import { Collection, type ExportCollection, type ExportContext } from './collection';
import { jsonValueOf } from './raw-record';

export const ARCHIVE_FORMAT = 'state-security-lens';
/**
 * Raised only when a change would make older copies of the extension misread the file.
 * Version 2 adds optional top-level arrays, one per feature (watchlists, corrections,
 * sightings); a version 1 file is a version 2 file without them.
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

/** The archive with its records left unread: import checks each one on its own. */
export const ArchiveEnvelope = z.extend(Archive, {
  pages: z.array(z.unknown()),
  highlights: z.array(z.unknown()),
  corrections: z.optional(z.array(z.unknown())),
  sightings: z.optional(z.array(z.unknown())),
  watchlists: z.optional(z.array(z.unknown())),
});

/**
 * Compact JSON (indentation made 100,000 highlights 54.6 MB instead of 38 MB). Damaged
 * records go in as they are, after the valid ones: the import lists them with what is wrong
 * and restores the rest, so that one bad record never makes the whole backup unrestorable.
 */
export function writeArchive({ pages, highlights, watchlists, corrections, sightings, damaged = [] }: ExportCollection, { exportedAt }: ExportContext): string {
  const raw = (table: string) => damaged.filter((record) => record.table === table).map(jsonValueOf);
  const archive = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt,
    pages: [...pages, ...raw('pages')],
    highlights: [...highlights, ...raw('highlights')],
    ...(watchlists && { watchlists }),
    ...(corrections && { corrections }),
    ...(sightings && { sightings }),
  } satisfies z.input<typeof ArchiveEnvelope>;
  return `${JSON.stringify(archive)}\n`;
}

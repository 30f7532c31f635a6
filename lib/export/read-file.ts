import { Correction } from '../db/corrections-schema';
import { check, type Checked, type Path } from '../checks/problems';
import { SavedHighlight, SavedPage } from '../db/schema';
import { Sighting } from '../db/sightings-schema';
import { SharedWatchlist } from '../watchlists/formats/shared';
import type { OnProgress } from '../scheduling/progress';
import { ArchiveEnvelope, ArchiveHeader, ARCHIVE_VERSION, READABLE_VERSIONS } from './archive';
import type { Collection } from './collection';
import { checkFileSize, checkStructure, structureProblem } from '../checks/guard';
import { ImportError, parseAt } from '../checks/import-error';
import { readWebAnnotations } from './read-web-annotation';
import { RecordCheck, uniqueIds, type FileContents } from './record-check';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportError(`The file is not valid JSON (is it complete?): ${(error as Error).message}`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A record of our file: no hostile structure, then its schema. */
const recordOf =
  <T>(read: (value: unknown, path: Path) => Checked<T>) =>
  (value: unknown, path: Path): Checked<T> => {
    const problem = structureProblem(value, path);
    return problem ? { ok: false, problems: [problem] } : read(value, path);
  };

const inArray = (values: readonly unknown[], name: string) => values.map((value, i) => ({ value, path: [name, i] }));

async function readArchive(document: Record<string, unknown>, onProgress: OnProgress): Promise<FileContents> {
  const header = ArchiveHeader.safeParse(document);
  if (header.success && !READABLE_VERSIONS.includes(header.data.version)) {
    throw new ImportError(
      `This file is version ${header.data.version} of the State Security Lens format; this extension reads versions 1 to ${ARCHIVE_VERSION}.`,
    );
  }
  // Everything but the records is refused whole when hostile; each record on its own.
  checkStructure({ ...document, pages: [], highlights: [], corrections: [], sightings: [], watchlists: [] });
  const envelope = parseAt(ArchiveEnvelope, document);
  const { corrections: correctionRecords = [], sightings: sightingRecords = [], watchlists: watchlistRecords = [] } = envelope;
  const total = envelope.pages.length + envelope.highlights.length + correctionRecords.length + sightingRecords.length + watchlistRecords.length;
  const records = new RecordCheck(total, onProgress);
  const pages = await records.each(inArray(envelope.pages, 'pages'), recordOf((value, path) => check(SavedPage, value, path)));
  const highlights = await records.each(
    inArray(envelope.highlights, 'highlights'),
    recordOf(uniqueIds((value, path) => check(SavedHighlight, value, path))),
  );
  const corrections = await records.each(
    inArray(correctionRecords, 'corrections'),
    recordOf(uniqueIds((value, path) => check(Correction, value, path))),
  );
  const sightings = await records.each(inArray(sightingRecords, 'sightings'), recordOf((value, path) => check(Sighting, value, path)));
  // A list is one record: a damaged one is refused with its terms, the other lists come in.
  const watchlists = await records.each(inArray(watchlistRecords, 'watchlists'), recordOf((value, path) => check(SharedWatchlist, value, path)));
  const collection = {
    pages,
    highlights,
    ...(envelope.corrections && { corrections }),
    ...(envelope.sightings && { sightings }),
    ...(envelope.watchlists && { watchlists }),
  };
  return { collection, refused: records.refused };
}

const looksLikeWebAnnotation = (document: unknown) => Array.isArray(document) || (isObject(document) && '@context' in document);

/**
 * The highlights and pages in an imported file, this extension's JSON or Web Annotation
 * JSON-LD, checked record by record: the valid ones, and the others with what is wrong with
 * each. Throws an ImportError for a file that cannot be read at all (not JSON, cut off,
 * another format or version). Nothing is written here.
 */
export async function readImportFile(text: string, importedAt: string, onProgress: OnProgress = () => {}): Promise<FileContents> {
  // Characters, not bytes: never more than the bytes, so a file let through by size passes.
  checkFileSize(text.length);
  const document = parseJson(text);
  if (isObject(document) && 'format' in document) return readArchive(document, onProgress);
  if (looksLikeWebAnnotation(document)) {
    checkStructure(document);
    return readWebAnnotations(document, importedAt, onProgress);
  }
  throw new ImportError('This is neither a State Security Lens export (JSON) nor a Web Annotation file (JSON-LD).');
}

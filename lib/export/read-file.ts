import type { SavedHighlight } from '../db/schema';
import { Archive, ArchiveHeader, ARCHIVE_VERSION, READABLE_ARCHIVE_VERSIONS } from './archive';
import type { Collection } from './collection';
import { checkFileSize, checkStructure } from './guard';
import { ImportError, parseAt } from './import-error';
import { readWebAnnotations } from './read-web-annotation';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportError(`The file is not valid JSON (is it complete?): ${(error as Error).message}`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readArchive(document: Record<string, unknown>): Collection {
  const header = ArchiveHeader.safeParse(document);
  if (header.success && !READABLE_ARCHIVE_VERSIONS.includes(header.data.version)) {
    throw new ImportError(
      `This file is version ${header.data.version} of the State Security Lens format; this extension reads versions ${new Intl.ListFormat('en').format(READABLE_ARCHIVE_VERSIONS.map(String))}.`,
    );
  }
  const { pages, highlights, sightings } = parseAt(Archive, document);
  return { pages, highlights, ...(sightings && { sightings }) };
}

const looksLikeWebAnnotation = (document: unknown) => Array.isArray(document) || (isObject(document) && '@context' in document);

/** Two highlights with one id would leave which one is kept to chance. */
function checkUniqueIds(highlights: readonly SavedHighlight[]): void {
  const seen = new Set<string>();
  for (const { id } of highlights) {
    if (seen.has(id)) throw new ImportError(`The highlight id "${id}" appears twice in the file.`);
    seen.add(id);
  }
}

/**
 * The highlights and pages in an imported file: this extension's JSON, or Web Annotation
 * JSON-LD. Throws an ImportError saying where the file is wrong; nothing is written here.
 */
export function readImportFile(text: string, importedAt: string): Collection {
  // Characters, not bytes: never more than the bytes, so a file let through by size passes.
  checkFileSize(text.length);
  const document = parseJson(text);
  checkStructure(document);
  let collection: Collection;
  if (isObject(document) && 'format' in document) collection = readArchive(document);
  else if (looksLikeWebAnnotation(document)) collection = readWebAnnotations(document, importedAt);
  else throw new ImportError('This is neither a State Security Lens export (JSON) nor a Web Annotation file (JSON-LD).');
  checkUniqueIds(collection.highlights);
  return collection;
}

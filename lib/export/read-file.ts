import { check, type Checked, type Path } from '../db/problems';
import { SavedHighlight, SavedPage } from '../db/schema';
import type { OnProgress } from '../db/transfer';
import { ArchiveEnvelope, ArchiveHeader, ARCHIVE_VERSION } from './archive';
import type { Collection } from './collection';
import { checkFileSize, checkStructure, structureProblem } from './guard';
import { ImportError, parseAt } from './import-error';
import { readWebAnnotations } from './read-web-annotation';
import { RecordCheck, uniqueIds, type RefusedRecord } from './record-check';

/** What a file holds: the records to import, and those left out with their reasons. */
export interface FileContents {
  collection: Collection;
  refused: RefusedRecord[];
}

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
  if (header.success && header.data.version !== ARCHIVE_VERSION) {
    throw new ImportError(
      `This file is version ${header.data.version} of the State Security Lens format; this extension reads version ${ARCHIVE_VERSION}.`,
    );
  }
  // Everything but the records is refused whole when hostile; each record on its own.
  checkStructure({ ...document, pages: [], highlights: [] });
  const envelope = parseAt(ArchiveEnvelope, document);
  const records = new RecordCheck(envelope.pages.length + envelope.highlights.length, onProgress);
  const pages = await records.each(inArray(envelope.pages, 'pages'), recordOf((value, path) => check(SavedPage, value, path)));
  const highlights = await records.each(
    inArray(envelope.highlights, 'highlights'),
    recordOf(uniqueIds((value, path) => check(SavedHighlight, value, path))),
  );
  return { collection: { pages, highlights }, refused: records.refused };
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

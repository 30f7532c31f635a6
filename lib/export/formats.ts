import { writeArchive } from './archive';
import type { ExportCollection, ExportContext } from './collection';
import { writeCsv } from './csv';
import { writeMarkdown } from './markdown';
import { writeWebAnnotations } from './web-annotation';

export interface ExportFormat {
  /** What the reader chooses from. */
  label: string;
  extension: string;
  mediaType: string;
  /** Import reads it back, so export keeps it within what import reads. */
  importable: boolean;
  /** Damaged records are written too, as they are (only the JSON archive can hold them). */
  keepsDamaged: boolean;
  write(collection: ExportCollection, context: ExportContext): string;
}

export const EXPORT_FORMATS = {
  json: { label: 'JSON (complete, to import)', extension: 'json', mediaType: 'application/json', importable: true, keepsDamaged: true, write: writeArchive },
  csv: { label: 'CSV (spreadsheet)', extension: 'csv', mediaType: 'text/csv;charset=utf-8', importable: false, keepsDamaged: false, write: writeCsv },
  markdown: {
    label: 'Markdown (notes app)',
    extension: 'md',
    mediaType: 'text/markdown;charset=utf-8',
    importable: false,
    keepsDamaged: false,
    write: writeMarkdown,
  },
  webAnnotation: {
    label: 'Web Annotation (JSON-LD)',
    extension: 'jsonld',
    mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
    importable: true,
    keepsDamaged: false,
    write: writeWebAnnotations,
  },
} satisfies Record<string, ExportFormat>;
export type ExportFormatId = keyof typeof EXPORT_FORMATS;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `state-security-lens-2026-11-23.csv`, dated in the reader's own time zone. */
export function exportFileName(format: ExportFormatId, date: Date): string {
  const day = `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `state-security-lens-${day}.${EXPORT_FORMATS[format].extension}`;
}

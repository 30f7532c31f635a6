import Papa from 'papaparse';
import type { SavedHighlight } from '../db/schema';
import type { Collection, ExportContext } from './collection';

export const CSV_COLUMNS = ['Page title', 'URL', 'Term', 'Quote', 'Note', 'Tags', 'Created', 'Updated'] as const;

/**
 * Cells a spreadsheet would run as a formula (OWASP's "CSV injection" list). Papaparse's own
 * `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses a formula followed by a new
 * line ("=1+1\nx"): `.` stops at the line break and `$` needs the end of the cell.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Excel reads a CSV without a byte order mark as the system's code page, garbling accents. */
export const BOM = '\ufeff';

function row(highlight: SavedHighlight, termLabel: ExportContext['termLabel']): string[] {
  const term = highlight.termId ? (termLabel(highlight.termId) ?? highlight.termId) : '';
  return [
    highlight.pageTitle,
    highlight.url,
    term,
    highlight.quote.exact,
    highlight.note,
    highlight.tags.join(', '),
    highlight.createdAt,
    highlight.updatedAt,
  ];
}

/**
 * One row per highlight, RFC 4180 (quoted where needed, CRLF between records), UTF-8 with a
 * BOM; a cell that would start a formula gets a leading apostrophe, which spreadsheets show as
 * text.
 */
export function writeCsv({ highlights }: Collection, { termLabel }: ExportContext): string {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: highlights.map((highlight) => row(highlight, termLabel)) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // Every record ends with CRLF (RFC 4180 §2.2); papaparse ends only a header-only file so.
  return `${BOM}${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}

import Papa from 'papaparse';
import { localDay } from '../dates';
import type { Sighting } from '../db/sightings-schema';
import { BOM, FORMULA_START } from './csv';
import { escapeLine, linkDestination } from './markdown';

/** One term's page as a reading list: the pages it was seen on, newest first. */
export interface ReadingList {
  termLabel: string;
  sightings: readonly Sighting[];
  /** ISO date and time of the export. */
  exportedAt: string;
}

export const READING_LIST_COLUMNS = ['Title', 'URL', 'Site', 'Published', 'First seen', 'Last seen', 'Mentions'] as const;

/** RFC 4180 with a BOM, formula-looking cells written as text: the same rules as the highlights' CSV (csv.ts). */
export function readingListCsv({ sightings }: ReadingList): string {
  const data = sightings.map((s) => [s.title, s.url, s.site, s.publishedAt ?? '', s.firstSeen, s.lastSeen, String(s.count)]);
  const csv = Papa.unparse({ fields: [...READING_LIST_COLUMNS], data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `${BOM}${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}


function item(sighting: Sighting): string {
  const title = escapeLine(sighting.title || sighting.url);
  const published = sighting.publishedAt ? `, published ${sighting.publishedAt}` : '';
  const mentions = sighting.count === 1 ? '1 mention' : `${sighting.count} mentions`;
  return `- [${title}](${linkDestination(sighting.url)}): ${escapeLine(sighting.site)}${published}; seen ${localDay(sighting.lastSeen)}, ${mentions}`;
}

/** A Markdown list of links, for a notes app. */
export function readingListMarkdown({ termLabel, sightings, exportedAt }: ReadingList): string {
  const pages = sightings.length === 1 ? '1 page' : `${sightings.length} pages`;
  const heading = `# ${escapeLine(termLabel)}: where it was seen\n\nExported ${localDay(exportedAt)} from State Security Lens: ${pages}, most recently seen first.`;
  return `${[heading, sightings.map(item).join('\n')].filter(Boolean).join('\n\n')}\n`;
}

/** `hikvision-sightings-2026-11-23.csv`, dated in the reader's own time zone. */
export function readingListFileName(termId: string, extension: 'csv' | 'md', date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${termId}-sightings-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}

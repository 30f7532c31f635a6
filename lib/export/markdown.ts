import type { SavedHighlight, SavedPage } from '../db/schema';
import type { Collection, ExportContext } from './collection';

/**
 * Characters that would start emphasis, code, links, HTML or a table cell inside a line
 * (CommonMark 2.4: any ASCII punctuation may be escaped with a backslash).
 */
const INLINE_MARKUP = /[\\`*_[\]<>~|]/g;
/** What makes a line a heading, quote, list item or rule when it starts the line. */
const LINE_START_MARKUP = /^(\s*)([#>+=-]|\d+[.)])/;

export const escapeLine = (line: string) =>
  line.replace(INLINE_MARKUP, '\\$&').replace(LINE_START_MARKUP, (_, space: string, mark: string) => `${space}\\${mark}`);

/** Text as Markdown that shows it as typed, one output line per line of text. */
const escapeText = (text: string): string[] => text.split(/\r\n|\r|\n/).map(escapeLine);

/** Angle brackets let a link destination hold parentheses; they cannot hold <, > or spaces. */
export const linkDestination = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

const day = (time: string) => time.slice(0, 10);

function highlightBlock(highlight: SavedHighlight, termLabel: ExportContext['termLabel']): string {
  const lines = escapeText(highlight.quote.exact).map((line) => (line ? `> ${line}` : '>'));
  const details: string[] = [];
  if (highlight.termId) details.push(`- Term: ${escapeLine(termLabel(highlight.termId) ?? highlight.termId)}`);
  // A note's later lines are indented to stay in its list item.
  if (highlight.note) details.push(`- Note: ${escapeText(highlight.note).join('\n  ')}`);
  if (highlight.tags.length) details.push(`- Tags: ${highlight.tags.map(escapeLine).join(', ')}`);
  details.push(`- Saved: ${day(highlight.createdAt)}`);
  return `${lines.join('\n')}\n\n${details.join('\n')}`;
}

function pageSection(url: string, page: SavedPage | undefined, highlights: SavedHighlight[], context: ExportContext): string {
  const title = page?.title || highlights[0]?.pageTitle || url;
  const parts = [`## [${escapeLine(title)}](${linkDestination(url)})`];
  if (page?.note) parts.push(escapeText(page.note).join('\n'));
  // In the order they appear in the article.
  const inReadingOrder = [...highlights].sort((a, b) => a.position.start - b.position.start);
  parts.push(...inReadingOrder.map((highlight) => highlightBlock(highlight, context.termLabel)));
  return parts.join('\n\n');
}

/** Highlights grouped by page (pages in the order of their first highlight), for a notes app. */
export function writeMarkdown({ pages, highlights }: Collection, context: ExportContext): string {
  const byPage = Map.groupBy(highlights, (highlight) => highlight.url);
  const pageOf = new Map(pages.map((page) => [page.url, page]));
  const sections = [...byPage].map(([url, onPage]) => pageSection(url, pageOf.get(url), onPage, context));
  const count = `${highlights.length} ${highlights.length === 1 ? 'highlight' : 'highlights'}`;
  const heading = `# State Security Lens highlights\n\nExported ${day(context.exportedAt)}: ${count} from ${byPage.size} ${byPage.size === 1 ? 'page' : 'pages'}.`;
  return `${[heading, ...sections].join('\n\n')}\n`;
}

import type { z } from 'zod/mini';

/** A file that cannot be imported, with a message for the reader saying where it is wrong. */
export class ImportError extends Error {
  override name = 'ImportError';
}

type Path = readonly PropertyKey[];

/** `highlights[12].quote.exact`, as a reader of the file would look for it. */
export function formatPath(path: Path): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** Zod's messages, reworded where they would puzzle a reader who is not a programmer. */
const describeIssue: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'invalid_format' && issue.format === 'url') {
    return URL.canParse(String(issue.input)) ? 'not a web address (http or https)' : 'not a URL';
  }
  if (issue.code === 'invalid_format' && issue.format === 'datetime') return 'not a date and time (ISO 8601, as 2026-11-23T10:00:00.000Z)';
  return undefined;
};

/** Shown in full; more than this and the reader is told how many more there are. */
const ISSUES_SHOWN = 3;

/** Parses `value`, found at `path` in the file, or throws an ImportError naming where it is wrong. */
export function parseAt<T extends z.ZodMiniType>(schema: T, value: unknown, path: Path = []): z.output<T> {
  const result = schema.safeParse(value, { error: describeIssue });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const lines = issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const where = formatPath([...path, ...issue.path]);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  if (issues.length > ISSUES_SHOWN) lines.push(`and ${issues.length - ISSUES_SHOWN} more problems`);
  throw new ImportError(lines.join('\n'));
}

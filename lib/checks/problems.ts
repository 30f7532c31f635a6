import type { z } from 'zod/mini';

/**
 * What is wrong with a record, in words for a reader who is not a programmer, with where it is
 * (`highlights[12].quote.exact: longer than 100,000 characters`). Shared by import (what a
 * file holds), the database reader (a damaged record) and saving (over a limit).
 */

export type Path = readonly PropertyKey[];

/** `highlights[12].quote.exact`, as a reader of the file would look for it. */
export function formatPath(path: Path): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const count = (n: number | bigint) => Number(n).toLocaleString('en');

const KINDS: Record<string, string> = { string: 'text', array: 'a list', object: 'a record', number: 'a number', int: 'a whole number' };

/** Zod's messages (zod/mini has none of its own but "Invalid input"), in words for a reader. */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'missing';
  if (issue.code === 'invalid_type') return `not ${KINDS[issue.expected] ?? issue.expected}`;
  if (issue.code === 'invalid_format' && issue.format === 'url') {
    return URL.canParse(String(issue.input)) ? 'not a web address (http or https)' : 'not a URL';
  }
  if (issue.code === 'invalid_format' && issue.format === 'datetime') return 'not a date and time (ISO 8601, as 2026-11-23T10:00:00.000Z)';
  if (issue.code === 'too_small' && issue.origin === 'string') return issue.minimum === 1 ? 'empty' : `shorter than ${count(issue.minimum)} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `longer than ${count(issue.maximum)} characters`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `more than ${count(issue.maximum)} entries`;
  return undefined;
};

export type Checked<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** Parses `value`, found at `path`, into its data or the list of what is wrong with it. */
export function check<T extends z.ZodMiniType>(schema: T, value: unknown, path: Path = []): Checked<z.output<T>> {
  const result = schema.safeParse(value, { error: describeIssue });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue) => {
    const where = formatPath([...path, ...issue.path]);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return { ok: false, problems };
}

/** Shown in full; more than this and the reader is told how many more there are. */
const PROBLEMS_SHOWN = 3;

/** A few problems, one a line, and how many more. */
export function summarize(problems: readonly string[]): string {
  const lines = problems.slice(0, PROBLEMS_SHOWN);
  if (problems.length > PROBLEMS_SHOWN) lines.push(`and ${problems.length - PROBLEMS_SHOWN} more problems`);
  return lines.join('\n');
}

/** What the reader calls the fields a save or an edit can go wrong in. */
const FIELD_NAMES: Record<string, string> = {
  'quote.exact': 'the passage',
  'quote.prefix': 'the text before the passage',
  'quote.suffix': 'the text after the passage',
  note: 'the note',
  pageTitle: 'the page title',
  title: 'the page title',
  url: 'the page address',
  tags: 'the list of tags',
};

/**
 * The record, or an Error that says in words why it cannot be kept ("Not saved: the passage is
 * longer than 100,000 characters."): the card, the popup and the library show its message.
 */
export function parseToSave<T extends z.ZodMiniType>(schema: T, value: unknown): z.output<T> {
  const result = check(schema, value);
  if (result.ok) return result.data;
  const reasons = result.problems.map((problem) => {
    const [path, message] = problem.split(/: (.*)/s) as [string, string?];
    return message === undefined ? path : `${FIELD_NAMES[path] ?? path} is ${message}`;
  });
  throw new Error(`Not saved: ${reasons.join('; ')}.`);
}

import { formatPath, type Path } from '../db/problems';
import { ImportError } from './import-error';

/**
 * The largest file import reads, and export writes in a format that imports: what the one
 * can write, the other reads back (an export over it is refused with a message to export in
 * parts). Chosen by measurement (README, *Backups*): the file is read whole and parsed at once,
 * about 0.4 s for 55 MB in V8, so 256 MB stays within a few seconds and well inside a tab's
 * memory; 100,000 ordinary highlights make 38 MB.
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
/** Our files nest six levels deep; annotation files from other tools a few more. */
export const MAX_DEPTH = 32;
/**
 * Keys that reach Object.prototype when code copies them with a plain assignment: nothing in
 * our formats is named so, and a file that has them was written to attack a reader of JSON.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `The file is ${megabytes(bytes)}; files of up to ${megabytes(MAX_IMPORT_BYTES)} can be imported.`;
}

export function checkFileSize(bytes: number): void {
  const problem = fileSizeProblem(bytes);
  if (problem) throw new ImportError(problem);
}

/**
 * What parsed JSON should never hold: nesting deeper than any file we read, and prototype
 * keys. A loop, not recursion, so that a file nested a million deep cannot overflow the stack.
 * Text lengths are the schemas' to check (lib/db/schema.ts), field by field.
 */
export function structureProblem(root: unknown, rootPath: Path = []): string | undefined {
  const stack: Array<{ value: unknown; path: Path }> = [{ value: root, path: rootPath }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) return `${formatPath(path)}: nested more than ${MAX_DEPTH} levels deep`;
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (PROTOTYPE_KEYS.has(key)) return `${formatPath(childPath)}: the key "${key}" is not allowed`;
      stack.push({ value: child, path: childPath });
    }
  }
  return undefined;
}

/** The whole file refused for a structure no file of ours has. */
export function checkStructure(root: unknown): void {
  const problem = structureProblem(root);
  if (problem) throw new ImportError(problem);
}

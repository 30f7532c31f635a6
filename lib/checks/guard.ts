import { formatPath, type Path } from './problems';
import { ImportError } from './import-error';

/**
 * The largest file import reads, and export writes in a format that imports: what the one
 * can write, the other reads back (an export over it is refused with a message to export in
 * parts). Chosen by measurement (in git: README.md before issue 33, *Backups*): the file is read whole and parsed at
 * once; at 255 MB that took 3.9 s and a peak heap of 1.3 GB, within a tab's memory, while
 * 100,000 ordinary highlights with their pages make 57 MB.
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

/** A value met while walking parsed JSON, linked to its parent: no path is built unless needed. */
interface Visit {
  value: unknown;
  key?: PropertyKey;
  parent?: Visit;
  depth: number;
}

function pathOf(visit: Visit, rootPath: Path): Path {
  const keys: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.unshift(at.key!);
  return [...rootPath, ...keys];
}

/**
 * What parsed JSON should never hold: nesting deeper than any file we read, and prototype
 * keys. A loop, not recursion, so that a file nested a million deep cannot overflow the stack.
 * Text lengths are the schemas' to check (lib/db/schema.ts), field by field.
 */
export function structureProblem(root: unknown, rootPath: Path = []): string | undefined {
  const stack: Visit[] = [{ value: root, depth: rootPath.length }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return `${formatPath(pathOf(next, rootPath))}: nested more than ${MAX_DEPTH} levels deep`;
    const isArray = Array.isArray(value);
    for (const [key, child] of Object.entries(value)) {
      const visit: Visit = { value: child, key: isArray ? Number(key) : key, parent: next, depth: depth + 1 };
      if (PROTOTYPE_KEYS.has(key)) return `${formatPath(pathOf(visit, rootPath))}: the key "${key}" is not allowed`;
      stack.push(visit);
    }
  }
  return undefined;
}

/** The whole file refused for a structure no file of ours has. */
export function checkStructure(root: unknown): void {
  const problem = structureProblem(root);
  if (problem) throw new ImportError(problem);
}

import { formatPath, ImportError } from './import-error';

/**
 * Files bigger than this are refused before they are read. 10,000 highlights make a JSON file
 * of 8 MB and a Web Annotation file of 10 MB (npm run bench:export).
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Our files nest six levels deep; annotation files from other tools a few more. */
export const MAX_DEPTH = 32;
/** A note or quote longer than a long book is not something the reader wrote or saved. */
export const MAX_TEXT_LENGTH = 1_000_000;
/**
 * Keys that reach Object.prototype when code copies them with a plain assignment: nothing in
 * our formats is named so, and a file that has them was written to attack a reader of JSON.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function checkFileSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(`The file is ${megabytes(bytes)}; files of up to ${megabytes(MAX_IMPORT_BYTES)} can be imported.`);
  }
}

/**
 * Refuses what parsed JSON should never hold: nesting deeper than any file we read, strings
 * longer than any text we keep, and prototype keys. A loop, not recursion, so that a file
 * nested a million deep cannot overflow the stack.
 */
export function checkStructure(root: unknown): void {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
      throw new ImportError(`${formatPath(path) || 'The file'}: text longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters`);
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      throw new ImportError(`${formatPath(path)}: nested more than ${MAX_DEPTH} levels deep`);
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (PROTOTYPE_KEYS.has(key)) throw new ImportError(`${formatPath(childPath)}: the key "${key}" is not allowed`);
      stack.push({ value: child, path: childPath });
    }
  }
}

import type { z } from 'zod/mini';
import { check, summarize, type Path } from './problems';

export { formatPath } from './problems';

/** A file that cannot be imported, with a message for the reader saying where it is wrong. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Parses `value`, found at `path` in the file, or throws an ImportError naming where it is wrong. */
export function parseAt<T extends z.ZodMiniType>(schema: T, value: unknown, path: Path = []): z.output<T> {
  const result = check(schema, value, path);
  if (result.ok) return result.data;
  throw new ImportError(summarize(result.problems));
}

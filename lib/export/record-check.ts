import { formatPath, type Checked, type Path } from '../checks/problems';
import type { OnProgress } from '../scheduling/progress';
import type { Collection } from './collection';

/** A record of a file the import leaves out, and why: where it is, its id, what is wrong. */
export interface RefusedRecord {
  /** `highlights[12]`, as a reader of the file would look for it. */
  where: string;
  id?: string;
  problems: string[];
}

/** What a file holds: the records to import, and those left out with their reasons (read-file.ts, read-web-annotation.ts). */
export interface FileContents {
  collection: Collection;
  refused: RefusedRecord[];
}

export interface FileRecord {
  value: unknown;
  path: Path;
}

/** Records checked between two pauses: about 20 ms of work, so that the page stays responsive. */
const CHUNK = 2_000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const idOf = (value: unknown) => {
  const id = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Checks the records of a file one by one: the valid ones are kept, the others listed with
 * their problems. Pauses every few records, telling `onProgress` how far it has got.
 */
export class RecordCheck {
  readonly refused: RefusedRecord[] = [];
  private done = 0;
  private readonly total: number;
  private readonly onProgress: OnProgress;

  constructor(total: number, onProgress: OnProgress) {
    this.total = total;
    this.onProgress = onProgress;
  }

  async each<T>(records: readonly FileRecord[], read: (value: unknown, path: Path) => Checked<T>): Promise<T[]> {
    const valid: T[] = [];
    for (const { value, path } of records) {
      const result = read(value, path);
      if (result.ok) valid.push(result.data);
      else this.refused.push({ where: formatPath(path), id: idOf(value), problems: result.problems });
      if (++this.done % CHUNK === 0) {
        this.onProgress({ stage: 'checking', done: this.done, total: this.total });
        await nextTask();
      }
    }
    return valid;
  }
}

/** Refuses a second record with an id already seen: which one to keep would be left to chance. */
export function uniqueIds<T extends { id: string }>(read: (value: unknown, path: Path) => Checked<T>) {
  const seen = new Map<string, string>();
  return (value: unknown, path: Path): Checked<T> => {
    const result = read(value, path);
    if (!result.ok) return result;
    const first = seen.get(result.data.id);
    if (first !== undefined) return { ok: false, problems: [`the id "${result.data.id}" is already used by ${first}`] };
    seen.set(result.data.id, formatPath(path));
    return result;
  };
}

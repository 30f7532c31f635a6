import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { STORAGE_FULL, describeSaveError } from '../../lib/save-errors';

describe('save errors in plain words', () => {
  it('a full quota, however wrapped, says the storage is full', () => {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(describeSaveError(quota)).toBe(STORAGE_FULL);
    expect(describeSaveError(new Dexie.AbortError('Transaction aborted', quota))).toBe(STORAGE_FULL);
    expect(describeSaveError(new Error('write failed', { cause: quota }))).toBe(STORAGE_FULL);
  });

  it('a record that does not fit the schema gives its first reason, not a dump', () => {
    const result = z.object({ note: z.string().check(z.maxLength(3, 'the note is too long')) }).safeParse({ note: 'four' });
    expect(describeSaveError(result.error)).toBe('This passage cannot be saved as it is: the note is too long (note).');
  });

  it('anything else is named in one sentence', () => {
    expect(describeSaveError(new Error('disk on fire'))).toBe('The highlight could not be saved (disk on fire).');
    expect(describeSaveError('odd')).toBe('The highlight could not be saved (odd).');
  });
});

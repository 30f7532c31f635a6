import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { STORAGE_FULL, describeSaveError } from '../../lib/save-errors';

describe('save errors in plain words', () => {
  it('a full quota, however wrapped, says the storage is full', () => {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(describeSaveError(quota)).toBe(STORAGE_FULL);
    expect(describeSaveError(new Dexie.AbortError('Transaction aborted', quota))).toBe(STORAGE_FULL);
    expect(describeSaveError(new Error('write failed', { cause: quota }))).toBe(STORAGE_FULL);
  });

  it('the extension’s own errors, already in words, are kept as they are', () => {
    expect(describeSaveError(new Error('Not saved: the note is longer than 100,000 characters.'))).toBe(
      'Not saved: the note is longer than 100,000 characters.',
    );
  });

  it('anything else is named in one sentence', () => {
    expect(describeSaveError(new Dexie.ConstraintError('Key already exists'))).toBe('The highlight could not be saved (Key already exists).');
    expect(describeSaveError('odd')).toBe('The highlight could not be saved (odd).');
  });
});

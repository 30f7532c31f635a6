import type { DamagedRecord } from '../db/records';

/**
 * A damaged record as JSON can hold it. IndexedDB keeps what JSON cannot (a BigInt, a cycle):
 * a BigInt is written as its digits, and a record that cannot be written at all as a note of
 * its key, so that one odd record never stops an export.
 */
export function jsonValueOf(record: DamagedRecord): unknown {
  try {
    return JSON.parse(JSON.stringify(record.raw, (_, value) => (typeof value === 'bigint' ? String(value) : value)) ?? 'null');
  } catch (error) {
    return { unwritable: String(error), key: String(record.key) };
  }
}

/** *Export raw* in the library: one damaged record, as a file of its own. */
export function writeRawRecord(record: DamagedRecord): string {
  return `${JSON.stringify({ table: record.table, problems: record.problems, record: jsonValueOf(record) }, null, 2)}\n`;
}

/** `state-security-lens-damaged-highlights-3f2a….json`: the key, made safe for a file name. */
export const rawRecordFileName = (record: DamagedRecord) =>
  `state-security-lens-damaged-${record.table}-${String(record.key).slice(0, 40).replace(/[^\w-]+/g, '_')}.json`;

/**
 * Records written per request: each put copies its record on the page's thread, and 20,000 in
 * one request held it for over a second; between requests the page paints (and its progress).
 */
const WRITE_CHUNK = 2_000;

export function* inChunks<T>(records: readonly T[], size = WRITE_CHUNK): Generator<T[]> {
  for (let start = 0; start < records.length; start += size) yield records.slice(start, start + size);
}

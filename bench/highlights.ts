/**
 * The benchmarks' saved highlights: deterministic, so that runs compare. Node runs this file
 * directly (type stripping): erasable syntax only.
 */

/** Deterministic highlights across 60 sites, with notes, terms and a spread of dates. */
export function benchHighlights(count: number) {
  const words = ['surveillance', 'ministry', 'espionage', 'cameras', 'export', 'controls', 'parliament', 'sanctions', 'recruit', 'network'];
  const terms = ['hikvision', 'mss', 'mi5', 'dahua', 'asml', 'linkedin', undefined];
  return Array.from({ length: count }, (_, i) => {
    const created = new Date(Date.UTC(2022, 0, 1) + i * 3_600_000).toISOString();
    const exact = `${words[i % 10]} ${words[(i * 7) % 10]} passage ${i} about ${words[(i * 3) % 10]}`;
    return {
      id: `bench-${i}`,
      url: `https://www.site${i % 60}.example/news/${i}`,
      pageTitle: `Article ${i} on ${words[(i * 5) % 10]}`,
      termId: terms[i % terms.length],
      quote: { type: 'TextQuoteSelector' as const, exact, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector' as const, start: 100, end: 100 + exact.length },
      note: i % 3 === 0 ? `note ${i}: ${words[(i * 9) % 10]} ${i % 100 === 0 ? 'Hikvision export controls' : ''}` : '',
      tags: i % 10 === 0 ? ['follow-up'] : [],
      createdAt: created,
      updatedAt: created,
    };
  });
}

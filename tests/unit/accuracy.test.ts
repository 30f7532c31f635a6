import { describe, expect, it } from 'vitest';
import { bundledDictionary } from '../../lib/dictionary';
import { compileMatcher, findTermsInBlocks } from '../../lib/match/matcher';
import { accuracyCorpus, type Passage, type Span } from '../fixtures/accuracy/corpus';

const matcher = compileMatcher(bundledDictionary);

const key = (span: Span) => `${span.block}:${span.start}:${span.end}:${span.termId}`;
const overlaps = (a: Span, b: Span) => a.block === b.block && a.start < b.end && b.start < a.end;

function score(passage: Passage) {
  const found: Span[] = findTermsInBlocks(matcher, passage.blocks);
  const expected = new Set(passage.terms.map(key));
  const truePositives = found.filter((span) => expected.has(key(span))).length;
  const text = (span: Span) => `${span.termId ?? 'trap'} "${passage.blocks[span.block]!.slice(span.start, span.end)}"`;
  return {
    truePositives,
    falsePositives: found.filter((span) => !expected.has(key(span))).map(text),
    missed: passage.terms.filter((span) => !found.some((hit) => key(hit) === key(span))).map(text),
    trapsHit: passage.traps.filter((trap) => found.some((hit) => overlaps(hit, trap))).map(text),
  };
}

describe('accuracy over the labelled corpus (tests/fixtures/accuracy)', () => {
  const scores = accuracyCorpus.map((passage) => ({ passage, ...score(passage) }));
  const truePositives = scores.reduce((sum, s) => sum + s.truePositives, 0);
  const falsePositives = scores.reduce((sum, s) => sum + s.falsePositives.length, 0);
  const missed = scores.reduce((sum, s) => sum + s.missed.length, 0);
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + missed);

  it('holds passages with terms and traps of every kind', () => {
    expect(accuracyCorpus.length).toBeGreaterThanOrEqual(100);
    expect(accuracyCorpus.filter((p) => p.traps.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it('reports precision ≥ 0.98 and recall ≥ 0.95, with no trap hit', () => {
    const traps = accuracyCorpus.reduce((sum, p) => sum + p.traps.length, 0);
    console.log(
      `Accuracy over ${accuracyCorpus.length} passages (${truePositives + missed} terms, ${traps} traps): ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    for (const s of scores.filter((s) => s.falsePositives.length + s.missed.length + s.trapsHit.length > 0)) {
      console.log(`  ${s.passage.name}: wrong ${s.falsePositives.join(', ') || '-'}; missed ${s.missed.join(', ') || '-'}`);
    }
    expect(scores.flatMap((s) => s.trapsHit.map((trap) => `${s.passage.name}: ${trap}`))).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

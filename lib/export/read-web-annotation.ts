/**
 * Reads Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) into highlights:
 * what this extension writes, and what other tools write as long as an annotation targets
 * text with a TextQuoteSelector. Other selectors, bodies and properties are passed over.
 */
import { z } from 'zod/mini';
import { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import { PageUrl, SavedHighlight } from '../db/schema';
import { TermId } from '../dictionary/schema';
import type { Checked, Path } from '../checks/problems';
import type { OnProgress } from '../scheduling/progress';
import { ImportError, formatPath, parseAt } from '../checks/import-error';
import { RecordCheck, uniqueIds, type FileContents } from './record-check';
import { highlightIdOf } from './web-annotation';
import { checked } from '../checks/checked';

const oneOrMany = <T extends z.ZodMiniType>(schema: T) => z.union([schema, z.array(schema)]);
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const Types = oneOrMany(z.string());
const hasType = (types: string | string[] | undefined, wanted: string) => list(types).includes(wanted);

const Iri = checked(z.string(), z.refine((iri) => URL.canParse(iri), 'not an IRI'));
/** Other tools write times with an offset; we keep them in UTC. */
const Time = z.iso.datetime({ offset: true });

const Selector = z.looseObject({ type: z.string() });
const Target = z.looseObject({
  source: z.union([PageUrl, z.looseObject({ id: PageUrl })]),
  selector: z.optional(oneOrMany(Selector)),
  'dcterms:title': z.optional(z.string()),
});
const Body = z.union([
  Iri,
  z.looseObject({ type: z.optional(Types), value: z.optional(z.string()), purpose: z.optional(Types) }),
]);
const Annotation = z.looseObject({
  id: Iri,
  type: checked(Types, z.refine((types) => hasType(types, 'Annotation'), 'not "Annotation"')),
  created: z.optional(Time),
  modified: z.optional(Time),
  body: z.optional(oneOrMany(Body)),
  target: oneOrMany(z.union([Iri, Target])),
});
type Annotation = z.infer<typeof Annotation>;
type TextualBody = Exclude<z.infer<typeof Body>, string>;

const Container = z.looseObject({ type: z.optional(Types) });
const AnnotationPage = z.looseObject({ items: z.array(z.unknown()) });
const AnnotationCollection = z.looseObject({ first: AnnotationPage });


/** The annotations of a file and where they are in it: one, a list, a page or a collection. */
function annotationsIn(document: unknown): Array<{ annotation: unknown; path: Path }> {
  const at = (items: unknown[], path: Path) => items.map((annotation, i) => ({ annotation, path: [...path, i] }));
  if (Array.isArray(document)) return at(document, []);
  const { type } = parseAt(Container, document);
  if (hasType(type, 'AnnotationCollection')) return at(parseAt(AnnotationCollection, document).first.items, ['first', 'items']);
  if (hasType(type, 'AnnotationPage')) return at(parseAt(AnnotationPage, document).items, ['items']);
  return [{ annotation: document, path: [] }];
}

/** The bodies that carry text (TextualBody, §3.2.4), whatever their purpose. */
const textualBodies = (annotation: Annotation) =>
  list(annotation.body).filter(
    (body): body is TextualBody & { value: string } => typeof body === 'object' && typeof body.value === 'string',
  );

const valuesFor = (annotation: Annotation, purpose: string) =>
  textualBodies(annotation)
    .filter((body) => hasType(body.purpose, purpose))
    .map((body) => body.value);

/** A note is the commenting bodies, or text bodies with no purpose (as many tools write them). */
const noteOf = (annotation: Annotation) =>
  textualBodies(annotation)
    .filter((body) => body.purpose === undefined || hasType(body.purpose, 'commenting'))
    .map((body) => body.value)
    .join('\n\n');

const tagsOf = (annotation: Annotation) => valuesFor(annotation, 'tagging').filter(Boolean);

/** Only a classifying body that names a term the way the dictionary does. */
const termOf = (annotation: Annotation) => valuesFor(annotation, 'classifying').find((value) => TermId.safeParse(value).success);

const utc = (time: string | undefined, fallback: string) => (time ? new Date(time).toISOString() : fallback);

function textTarget(annotation: Annotation, path: Path) {
  const targets = list(annotation.target);
  for (const [t, target] of targets.entries()) {
    if (typeof target === 'string') continue;
    const selectors = list(target.selector);
    const q = selectors.findIndex((selector) => selector.type === 'TextQuoteSelector');
    if (q < 0) continue;
    const selectorPath = (i: number) => [...path, 'target', ...(Array.isArray(annotation.target) ? [t] : []), 'selector', ...(Array.isArray(target.selector) ? [i] : [])];
    // Prefix and suffix are optional in the model (§4.2.4), always there in what we keep.
    const quote = parseAt(TextQuoteSelector, { prefix: '', suffix: '', ...selectors[q] }, selectorPath(q));
    const p = selectors.findIndex((selector) => selector.type === 'TextPositionSelector');
    // Without a position, the start of the page: only a hint, the quote is what finds the text.
    const position =
      p < 0
        ? { type: 'TextPositionSelector' as const, start: 0, end: quote.exact.length }
        : parseAt(TextPositionSelector, selectors[p], selectorPath(p));
    return { target, quote, position };
  }
  throw new ImportError(`${formatPath([...path, 'target']) || 'target'}: no text quote (TextQuoteSelector) to find the passage by`);
}

function toHighlight(annotation: Annotation, path: Path, importedAt: string): SavedHighlight {
  const { target, quote, position } = textTarget(annotation, path);
  const createdAt = utc(annotation.created, importedAt);
  const termId = termOf(annotation);
  return parseAt(
    SavedHighlight,
    {
      id: highlightIdOf(annotation.id),
      url: typeof target.source === 'string' ? target.source : target.source.id,
      pageTitle: target['dcterms:title'] ?? '',
      ...(termId ? { termId } : {}),
      quote,
      position,
      note: noteOf(annotation),
      tags: tagsOf(annotation),
      createdAt,
      updatedAt: utc(annotation.modified, createdAt),
    },
    path,
  );
}

/** One annotation as a highlight, or what is wrong with it. */
function readAnnotation(annotation: unknown, path: Path, importedAt: string): Checked<SavedHighlight> {
  try {
    return { ok: true, data: toHighlight(parseAt(Annotation, annotation, path), path, importedAt) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, problems: error.message.split('\n') };
    throw error;
  }
}

/** The highlights of a Web Annotation file, each checked on its own; pages are made from them when imported. */
export async function readWebAnnotations(document: unknown, importedAt: string, onProgress: OnProgress): Promise<FileContents> {
  const annotations = annotationsIn(document).map(({ annotation, path }) => ({ value: annotation, path }));
  const records = new RecordCheck(annotations.length, onProgress);
  const highlights = await records.each(annotations, uniqueIds((value, path) => readAnnotation(value, path, importedAt)));
  return { collection: { pages: [], highlights }, refused: records.refused };
}

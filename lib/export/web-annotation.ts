/**
 * The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), serialised as
 * JSON-LD: one annotation per highlight, in an AnnotationCollection (§5) holding them in one
 * embedded AnnotationPage. Other annotation tools read the selectors, the note (a commenting
 * body) and the tags (tagging bodies); the page title and the dictionary term travel in
 * properties the context already defines (dcterms:title, a classifying body), so that the
 * file imports back into this extension as the same highlights.
 */
import type { SavedHighlight } from '../db/schema';
import type { Collection, ExportContext } from './collection';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** For ids that are not UUIDs (the model wants every id to be an IRI, §3.1). */
const ID_PREFIX = 'urn:state-security-lens:highlight:';

export const annotationId = (highlightId: string) =>
  UUID.test(highlightId) ? `urn:uuid:${highlightId}` : `${ID_PREFIX}${encodeURIComponent(highlightId)}`;

/** The highlight id for an annotation's IRI: ours are turned back, another tool's kept whole. */
export function highlightIdOf(iri: string): string {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9))) return iri.slice(9);
  if (iri.startsWith(ID_PREFIX)) return decodeURIComponent(iri.slice(ID_PREFIX.length));
  return iri;
}

type Body = { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging' | 'classifying'; format?: string };

function bodies(highlight: SavedHighlight): Body[] {
  const body: Body[] = [];
  if (highlight.note) body.push({ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of highlight.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (highlight.termId) body.push({ type: 'TextualBody', value: highlight.termId, purpose: 'classifying' });
  return body;
}

export function toAnnotation(highlight: SavedHighlight) {
  const body = bodies(highlight);
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationId(highlight.id),
    type: 'Annotation',
    motivation: highlight.note ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    // No body at all when there is nothing to say: the model allows it (§3.1) for highlighting.
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: highlight.url,
      'dcterms:title': highlight.pageTitle,
      selector: [highlight.quote, highlight.position],
    },
  };
}

export function writeWebAnnotations({ highlights }: Collection, { exportedAt }: ExportContext): string {
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:state-security-lens:export:${exportedAt}`,
    type: 'AnnotationCollection',
    label: 'State Security Lens highlights',
    total: highlights.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) },
  };
  return `${JSON.stringify(collection)}\n`;
}

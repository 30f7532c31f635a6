import type { PageAnnotator } from './annotator';
import { isInsideSkipped, isSkipped, isUiHost } from './skip-rules';
import { blockContainerOf, isBlockElement } from './text-blocks';
import { measure } from './timing';

/**
 * Keeps annotations in step with a page that changes (live blogs, infinite scroll, single-page
 * navigation): only the blocks a mutation touched are read again, so the cost of a change does
 * not grow with the length of the page.
 */
export interface LiveAnnotation {
  /** Resolves when everything read so far has been annotated. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Annotates the document's body, then whatever changes. All passes run one after another, so
 * that two passes never read the same block at once.
 */
export function annotateLivePage(doc: Document, annotator: PageAnnotator): LiveAnnotation {
  let queue = annotator.annotate(doc.body);
  const observer = new MutationObserver((records) => {
    const noticed = performance.now();
    const roots = changedRoots(records, annotator);
    queue = queue.then(async () => {
      const started = performance.now();
      for (const changed of roots) {
        if (changed.isConnected && !isInsideSkipped(changed)) await annotator.annotate(changed);
      }
      // From the change to its highlights; `detail` holds the time spent waiting for earlier passes.
      measure('sst:mutation', noticed, { waitedMs: started - noticed, roots: roots.length });
    }).catch((error) => {
      // One failed pass (a node gone mid-read) must not end live annotation for the page.
      console.warn('State Security Lens: part of a change was not read', error);
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return { settled: () => queue, stop: () => observer.disconnect() };
}

const isOurs = (node: Node) => isUiHost(node) || (!!node.parentElement && isUiHost(node.parentElement));

/** The smallest set of elements whose text must be read again after these mutations. */
function changedRoots(records: MutationRecord[], annotator: PageAnnotator): Element[] {
  const roots = new Set<Element>();
  for (const record of records) {
    if (isOurs(record.target)) continue;
    for (const node of record.removedNodes) {
      if (node instanceof Element) annotator.forget(node);
    }
    const added = [...record.addedNodes].filter((node) => !isOurs(node));
    for (const node of added) {
      if (node instanceof Element && isBlockElement(node)) {
        if (!isSkipped(node)) roots.add(node);
      } else {
        roots.add(blockContainerOf(record.target));
      }
    }
    if (record.type === 'characterData' || (added.length === 0 && record.removedNodes.length > 0)) {
      roots.add(blockContainerOf(record.target));
    }
  }
  return outermost(roots);
}

function outermost(roots: Set<Element>): Element[] {
  return [...roots].filter((el) => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      if (roots.has(parent)) return false;
    }
    return true;
  });
}

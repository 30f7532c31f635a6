import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every relative link in README.md and docs/*.md leads somewhere: the file exists and, for a
 * link to a heading (`file.md#heading`, `#heading`), the heading does. Files move and sections
 * are cut; this keeps the documentation from pointing at what is gone.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** The text outside fenced code blocks and inline code, where links and headings are. */
function prose(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').flatMap((line) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return [];
    }
    return fenced ? [] : [line.replace(/`[^`]*`/g, '')];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Relative targets of Markdown links and images (`[text](target)`, `![alt](target "title")`). */
function relativeLinks(markdown: string): string[] {
  const targets = prose(markdown).flatMap((line) => [...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!));
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

function broken(file: string): string[] {
  const markdown = readFileSync(join(root, file), 'utf8');
  return relativeLinks(markdown).flatMap((target) => {
    const [path = '', fragment] = target.split('#');
    const resolved = path === '' ? join(root, file) : join(root, dirname(file), decodeURIComponent(path));
    if (!existsSync(resolved)) return [`${target} (no file ${relative(root, resolved)})`];
    if (fragment === undefined || !resolved.endsWith('.md')) return [];
    return anchorsOf(readFileSync(resolved, 'utf8')).has(decodeURIComponent(fragment)) ? [] : [`${target} (no heading #${fragment})`];
  });
}

describe('relative links in the README and docs/', () => {
  it('finds the links it checks, so that a change to the parser cannot make it pass empty', () => {
    expect(relativeLinks(readFileSync(join(root, 'README.md'), 'utf8'))).toContain('docs/security.md');
    expect(anchorsOf('## `npm run bench:export`: export and import\n## Two\n## Two')).toEqual(
      new Set(['npm-run-benchexport-export-and-import', 'two', 'two-1']),
    );
    expect(relativeLinks('[a](b.md) ![c](d.png "title") [e](https://example.org) `[f](g.md)`\n```\n[h](i.md)\n```')).toEqual(['b.md', 'd.png']);
  });

  it.each(docs)('%s: every relative link leads to a file, and to a heading that exists', (file) => {
    expect(broken(file)).toEqual([]);
  });
});

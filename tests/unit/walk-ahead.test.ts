// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isSkippedByMarkup } from '../../lib/page/skip-rules';
import { textBlocks, type TextBlock } from '../../lib/page/text-blocks';
import { WalkAhead } from '../../lib/page/walk-ahead';

// happy-dom lays nothing out: the markup rules stand in for every rule.
const rule = isSkippedByMarkup;
const texts = (blocks: Iterable<TextBlock> | undefined) => (blocks ? [...blocks].map((block) => block.text) : undefined);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  document.body.innerHTML = Array.from({ length: 400 }, (_, n) => `<p>Paragraph ${n} on <em>the MSS</em> and Hikvision.</p>`).join('') + '<nav>Share</nav>';
});

describe('walking the page while its terms are on their way', () => {
  it('hands over the blocks a walk finds, walked ahead or not yet', async () => {
    // Long enough that the first slice of the walk (8 ms) does not reach the end.
    document.body.innerHTML = document.body.innerHTML.repeat(10);
    const expected = texts(textBlocks(document.body, rule));
    expect(expected).toHaveLength(4000);
    expect(texts(new WalkAhead(document.body, { rule }).take())).toEqual(expected);
    const walked = new WalkAhead(document.body, { rule });
    await settle();
    expect(texts(walked.take())).toEqual(expected);
  });

  it('hands over nothing once the page’s text changed, was added or was taken out', async () => {
    const changes = [
      () => (document.querySelector('em')!.firstChild as Text).appendData(' Ministry'),
      () => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Volt Typhoon' })),
      () => document.querySelector('p')!.remove(),
    ];
    for (const change of changes) {
      const walk = new WalkAhead(document.body, { rule });
      change();
      expect(walk.take()).toBeUndefined();
      const settled = new WalkAhead(document.body, { rule });
      await settle();
      change();
      await settle();
      expect(settled.take()).toBeUndefined();
    }
  });
});

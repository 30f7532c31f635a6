import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageMatcherReply } from '../../lib/watchlists/page-matcher-reply';
import { NO_LISTS, readPageMatcherReply, readWatchState } from '../../lib/watchlists/lean-read';
import { WatchState } from '../../utils/watch-state';

/** Values near the real ones: right fields, wrong types, missing and extra fields. */
const loose = fc.oneof(fc.string(), fc.boolean(), fc.integer({ min: -2, max: 5 }), fc.double(), fc.constant(null), fc.constant(undefined));
const state = fc.record({ revision: loose, active: loose, extra: loose }, { requiredKeys: [] });
const pageMatcher = fc.record(
  {
    revision: loose,
    matcher: loose,
    slots: fc.oneof(fc.array(fc.integer({ min: -1, max: 7 })), fc.array(loose), loose),
    companions: fc.oneof(fc.array(fc.tuple(fc.string(), fc.string())), fc.array(fc.array(loose)), loose),
  },
  { requiredKeys: [] },
);

describe('the first look reads the lists as the schemas do', () => {
  it('reads the stored state of the lists as WatchState does (no lists when it is not one)', () => {
    fc.assert(
      fc.property(fc.oneof(state, loose, fc.array(loose)), (stored) => {
        expect(readWatchState(stored)).toEqual(WatchState.safeParse(stored).data ?? NO_LISTS);
      }),
    );
    expect(readWatchState({ revision: 'r1', active: true })).toEqual({ revision: 'r1', active: true });
  });

  it('takes a page matcher (or none), and whether the page has saved passages, exactly when PageMatcherReply does', () => {
    const reply = fc.record({ matcher: fc.oneof(pageMatcher, loose), saved: loose, extra: loose }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(reply, loose), (value) => {
        const parsed = PageMatcherReply.safeParse(value);
        if (parsed.success) expect(readPageMatcherReply(value)).toEqual(parsed.data);
        else expect(() => readPageMatcherReply(value)).toThrow('Not a page matcher');
      }),
      { numRuns: 1000 },
    );
    const valid = { revision: 'r', matcher: 'AAAA', slots: [0, -1], companions: [['mss', 'wt-x']] };
    expect(readPageMatcherReply({ matcher: valid })).toEqual({ matcher: valid });
    expect(readPageMatcherReply({ matcher: null, saved: true })).toEqual({ matcher: null, saved: true });
    expect(() => readPageMatcherReply(null)).toThrow('Not a page matcher');
  });
});

/**
 * Marks the moment the content script starts to run, before the dictionary is read and the
 * matcher built, for the benchmark's annotation time (bench/run.ts). Imported first.
 */
import { mark } from '../../lib/page/timing';

export const START_MARK = 'sst:start';
mark(START_MARK);

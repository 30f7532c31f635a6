/**
 * Marks the moment the content script starts to run, before the dictionary is read and the
 * matcher built, for the benchmark's annotation time (bench/run.ts). Imported first.
 */
export const START_MARK = 'sst:start';
performance.mark(START_MARK);

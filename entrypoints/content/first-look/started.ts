/**
 * Marks the moment the content script starts to run, before the dictionary is read and the
 * matcher built, for the benchmark's annotation time (bench/run.ts). Imported first.
 */
import { START_MARK, mark } from '../../../lib/page/timing';

mark(START_MARK);

import { loadExtensionScript } from './extension-script';
import type { startReader } from '../reader/reader';

/** The reader is a script of its own (entrypoints/page-reader.ts); it leaves its factory under this name. */
export const READER_SCRIPT = '/page-reader.js';
export const READER_GLOBAL = '__stateSecurityLensReader';

/** Loads the reader's code and returns its factory. */
export const loadReader = (): Promise<typeof startReader> => loadExtensionScript(READER_SCRIPT, READER_GLOBAL, 'sst:reader');

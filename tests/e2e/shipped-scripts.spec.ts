/**
 * What the built scripts carry, read from the build the other end-to-end tests load. Two slips
 * cost every page without any test failing: a lib/ function with a parameter named `browser`
 * made WXT import webextension-polyfill into the first look (9 KB on every page), and a
 * `.check()` on a schema no one used kept the dictionary's whole Term schema in the reader,
 * built on every page that holds a term (lib/checks/checked.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './launch.ts';

const shipped = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

test('the script every page runs carries neither zod nor webextension-polyfill', () => {
  const firstLook = shipped('first-look.js');
  expect(firstLook).not.toContain('_zod');
  expect(firstLook).not.toContain('This script should only be loaded in a browser extension');
  // A control: the reader carries both, and the markers are what the build leaves of them.
  const reader = shipped('page-reader.js');
  expect(reader).toContain('_zod');
  expect(reader).toContain('This script should only be loaded in a browser extension');
});

test('the reader builds no schema of the dictionary’s terms (only the card and the background read the dictionary)', () => {
  // `knownFor` is a field of the dictionary's Term schema and of nothing else the reader has.
  expect(shipped('page-reader.js')).not.toContain('knownFor');
  expect(shipped('background.js')).toContain('knownFor');
});

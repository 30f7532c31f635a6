/**
 * The flag the content script leaves in its (isolated) world so that it never runs twice in one
 * page; once the reader runs, its value is the page's highlight names (entrypoints/content/reader/reader.ts).
 * A module of its own: the content script imports it without the background's helpers.
 */
export const RUNNING_FLAG = '__stateSecurityLensRunning';

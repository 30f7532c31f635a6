/**
 * A reader's own term's id (WatchTermId in lib/db/watchlists-schema.ts): `wt-` and a UUID, so
 * that it travels in the same messages and highlights as a bundled term's (TermId in
 * schema.ts) and never collides with one. A file of its own, without zod: the first look
 * (entrypoints/content/first-look/load-matcher.ts) tells a reader's term by it on every page.
 */
export const WATCH_TERM_ID = /^wt-[0-9a-f-]{36}$/;

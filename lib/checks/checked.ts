import type { z } from 'zod/mini';

/**
 * `schema.check(...checks)`, as a call the bundler may drop when nothing uses its result. A
 * method call is kept for what it might do, and with it every schema it was made from: before,
 * each page's reader built the dictionary's whole Term schema for a length check of a schema no
 * one used, and the background and the card likewise (zod/mini's own functions are marked free
 * of side effects; its `.check` method cannot be).
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked<T extends z.ZodMiniType>(schema: T, ...checks: Parameters<T['check']>): T {
  return schema.check(...checks) as T;
}

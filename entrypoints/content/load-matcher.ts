import { bundledDictionary } from '../../lib/dictionary/bundled';
import { deserializeMatcher, fromBase64 } from '../../lib/match/compiled';
import { buildMatcherTables, type MatcherTables } from '../../lib/match/matcher';
import type { CompiledWatchPart, GetWatchMatcher } from '../../lib/messages';
import { readCompiledPart, readWatchState, type StoredWatchState } from '../../lib/watchlists/lean-read';

/**
 * What the page matches with: the tables of one matcher (the bundled terms, and the reader's
 * enabled lists when there are any), which term is painted in which list colour, and which
 * bundled and reader's terms are one (a shared name).
 */
export interface MatcherSource {
  tables: MatcherTables;
  /** The colour slot of a term, or -1 for the bundled style. */
  slotOf(termId: string): number;
  /** The other half of a term shared by the dictionary and a list, if any. */
  companionsOf(termId: string): readonly string[];
}

let bundledOnly: MatcherSource | undefined;
/** The bundled dictionary alone, compiled here: small enough to cost a few milliseconds. */
function bundledSource(): MatcherSource {
  bundledOnly ??= { tables: buildMatcherTables(bundledDictionary.terms), slotOf: () => -1, companionsOf: () => [] };
  return bundledOnly;
}

/** The storage key of utils/watch-state.ts, read here without WXT's storage helper or zod. */
const WATCH_STATE_KEY = 'watchlists';

/** Lets the page run between the steps of loading a large matcher: no step is one long task. */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

async function askPart(part: number): Promise<CompiledWatchPart> {
  const message: GetWatchMatcher = { type: 'getWatchMatcher', part };
  return readCompiledPart(await browser.runtime.sendMessage(message));
}

/** The matcher's bytes, a part (one message, one task) at a time; all from one revision. */
async function fetchCompiled(): Promise<{ first: CompiledWatchPart; bytes: ArrayBuffer }> {
  const first = await askPart(0);
  const decoded = [new Uint8Array(fromBase64(first.matcher))];
  for (let part = 1; part < first.parts; part++) {
    const next = await askPart(part);
    if (next.revision !== first.revision) throw new Error('The lists changed while their matcher loaded');
    decoded.push(new Uint8Array(fromBase64(next.matcher)));
  }
  const bytes = new Uint8Array(decoded.reduce((sum, part) => sum + part.length, 0));
  decoded.reduce((offset, part) => (bytes.set(part, offset), offset + part.length), 0);
  return { first, bytes: bytes.buffer };
}

/** The background's compiled matcher, loaded as it is (never compiled here). */
async function watchSource(): Promise<MatcherSource> {
  const { first: compiled, bytes } = await fetchCompiled();
  await yieldToPage();
  const tables = deserializeMatcher(bytes);
  await yieldToPage();
  const slots = new Map<string, number>();
  tables.termIds.forEach((id, index) => compiled.slots[index]! >= 0 && slots.set(id, compiled.slots[index]!));
  const companions = new Map<string, string[]>();
  for (const [bundled, own] of compiled.companions) {
    companions.set(bundled, [...(companions.get(bundled) ?? []), own]);
    companions.set(own, [...(companions.get(own) ?? []), bundled]);
  }
  await yieldToPage();
  return { tables, slotOf: (id) => slots.get(id) ?? -1, companionsOf: (id) => companions.get(id) ?? [] };
}

/** Calls back with the lists' stored state (utils/watch-state.ts), then at each change. */
function followWatchState(callback: (state: StoredWatchState) => void): Promise<void> {
  let changed = false;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(WATCH_STATE_KEY in changes)) return;
    changed = true;
    callback(readWatchState(changes[WATCH_STATE_KEY]!.newValue));
  });
  return browser.storage.local.get(WATCH_STATE_KEY).then((stored) => {
    if (!changed) callback(readWatchState(stored[WATCH_STATE_KEY]));
  });
}

/**
 * The one way the content script gets its matcher: calls back with it at start, then whenever
 * the reader's lists change (in any tab or page), with no reload. Without enabled lists it asks
 * the background nothing.
 */
export function followMatcher(onSource: (source: MatcherSource) => void): Promise<void> {
  let latest = '';
  const load = async ({ revision, active }: StoredWatchState) => {
    latest = revision;
    const source = active ? await watchSource().catch(fallBack) : bundledSource();
    // A newer change may have arrived while this one loaded.
    if (latest === revision) onSource(source);
  };
  let first: Promise<void> | undefined;
  return followWatchState((state) => {
    const loading = load(state);
    first ??= loading;
  }).then(() => first);
}

function fallBack(error: unknown): MatcherSource {
  console.warn('State Security Lens: the watchlists matcher could not be loaded; bundled terms only', error);
  return bundledSource();
}

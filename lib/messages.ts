import { z } from 'zod/mini';
import { Correction, NewCorrection } from './db/corrections-schema';
import { NewHighlight, SavedHighlight } from './db/schema';
import { TermId } from './dictionary/schema';
import { PageVisit } from './db/sightings-schema';
import { PAGE_TEXT_LIMIT } from './page/text-parts';
import { Watchlist, WatchlistId, WatchTerm, WatchTermId } from './db/watchlists-schema';
import { checked } from './checks/checked';

/** Every message between the extension's contexts, parsed with zod where it arrives. */

export const GetPageMatches = z.object({ type: z.literal('getPageMatches') });

export const PageMatch = z.object({
  termId: TermId,
  /** The exact text matched on the page. */
  text: z.string(),
});
export type PageMatch = z.infer<typeof PageMatch>;

export const PageMatches = z.object({
  url: z.string(),
  title: z.string(),
  /** One entry per occurrence, in document order. */
  matches: z.array(PageMatch),
});
export type PageMatches = z.infer<typeof PageMatches>;

/** Content script → background: how many terms the page holds, for the toolbar badge. */
export const PageMatchCount = z.object({
  type: z.literal('pageMatchCount'),
  count: checked(z.int(), z.nonnegative()),
});
export type PageMatchCount = z.infer<typeof PageMatchCount>;

/** Popup → content script: scroll to a term's first occurrence and open its card. */
export const RevealTerm = z.object({ type: z.literal('revealTerm'), termId: TermId });
export type RevealTerm = z.infer<typeof RevealTerm>;
/** Popup → content script: scroll to a saved highlight. */
export const RevealHighlight = z.object({ type: z.literal('revealHighlight'), id: z.string() });
export type RevealHighlight = z.infer<typeof RevealHighlight>;
/** Background (context menu) → content script: save what the reader selected. */
export const SaveSelection = z.object({ type: z.literal('saveSelection') });
export type SaveSelection = z.infer<typeof SaveSelection>;
/** Popup → content script: which saved highlights were found on the page again. */
export const GetSavedStatus = z.object({ type: z.literal('getSavedStatus') });
export type GetSavedStatus = z.infer<typeof GetSavedStatus>;
export const SavedStatus = z.object({ missing: z.array(z.string()) });
export type SavedStatus = z.infer<typeof SavedStatus>;
/** Popup → content script: the page's saved highlights changed (edited, deleted, restored). */
export const SavedChanged = z.object({ type: z.literal('savedHighlightsChanged') });
export type SavedChanged = z.infer<typeof SavedChanged>;

/** Popup → content script: the reader chose "Forget this page": record nothing more of this visit. */
export const ForgetSightings = z.object({ type: z.literal('forgetSightings') });
export type ForgetSightings = z.infer<typeof ForgetSightings>;

/** Background (context menu) → content script: offer the add-to-watchlist form for the selection. */
export const AddSelectionToWatchlist = z.object({ type: z.literal('addSelectionToWatchlist') });
export type AddSelectionToWatchlist = z.infer<typeof AddSelectionToWatchlist>;

export const ContentRequest = z.discriminatedUnion('type', [
  GetPageMatches,
  RevealTerm,
  RevealHighlight,
  SaveSelection,
  GetSavedStatus,
  SavedChanged,
  ForgetSightings,
  AddSelectionToWatchlist,
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/**
 * Content script → background: keep a highlight (the database lives in the extension's origin).
 * `id` is made once per save and sent again if the save is retried: the store keeps one copy.
 */
export const SaveHighlightRequest = z.object({ type: z.literal('saveHighlight'), id: z.uuid(), highlight: NewHighlight });
export type SaveHighlightRequest = z.infer<typeof SaveHighlightRequest>;
/** The background's answer: the stored highlight, or why it was not stored, in plain words. */
export const SaveOutcome = z.union([z.object({ saved: SavedHighlight }), z.object({ error: z.string() })]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;
/** Content script → background: the saved highlights of a page, by normalised URL. */
export const PageHighlightsRequest = z.object({ type: z.literal('getPageHighlights'), url: z.url() });
export type PageHighlightsRequest = z.infer<typeof PageHighlightsRequest>;
export const PageHighlights = z.array(SavedHighlight);

/**
 * Popup → background: "Annotate this page" (the context menu and the keyboard shortcut take the
 * same path inside the background). Injects the content script into the tab, which needs the
 * activeTab grant the toolbar button gives, or the site's permission.
 */
export const AnnotateTab = z.object({ type: z.literal('annotateTab'), tabId: checked(z.int(), z.nonnegative()) });
export type AnnotateTab = z.infer<typeof AnnotateTab>;
/** "already": the content script was running there (a news site, or annotated before). */
export const AnnotateOutcome = z.enum(['annotated', 'already']);
export type AnnotateOutcome = z.infer<typeof AnnotateOutcome>;

/** Content script → background: the reader's "Not this" on a term's occurrence. */
export const AddCorrectionRequest = z.object({ type: z.literal('addCorrection'), correction: NewCorrection });
export type AddCorrectionRequest = z.infer<typeof AddCorrectionRequest>;
/** Content script → background: the corrections that hold on a page (its own and its site's). */
export const PageCorrectionsRequest = z.object({ type: z.literal('getPageCorrections'), url: z.url() });
export type PageCorrectionsRequest = z.infer<typeof PageCorrectionsRequest>;
export const PageCorrections = z.array(Correction);
/** Content script → background: the terms of this page visit, once annotation has settled. */
export const RecordSightings = z.extend(PageVisit, { type: z.literal('recordSightings') });
export type RecordSightings = z.infer<typeof RecordSightings>;
/** Content script → background: where else a card's term was seen (answered with SeenElsewhere). */
export const SeenElsewhereRequest = z.object({ type: z.literal('getSeenElsewhere'), termId: TermId, url: z.url() });
export type SeenElsewhereRequest = z.infer<typeof SeenElsewhereRequest>;
/** Content script → background: open a term's page (a web page may not open the extension's pages). */
export const OpenTermPage = z.object({ type: z.literal('openTermPage'), termId: TermId });
export type OpenTermPage = z.infer<typeof OpenTermPage>;
/** The extension's own scripts a content script loads (entrypoints/page-reader.ts, card-view.ts). */
export const EXTENSION_SCRIPTS = ['page-reader.js', 'card-view.js'] as const;
/**
 * Content script → background: run one of the extension's scripts in the content script's
 * world of its frame, where a dynamic import of it failed (the reader blocked the site's
 * JavaScript: Chromium then refuses the import, not a script the background injects).
 */
export const LoadScript = z.object({ type: z.literal('loadScript'), script: z.enum(EXTENSION_SCRIPTS) });
export type LoadScript = z.infer<typeof LoadScript>;
/** One reading of a page's text (its first look, a change, added text): random, made by the page. */
export const PageReading = checked(z.string(), z.regex(/^[0-9a-f]{32}$/, 'a reading (32 hex digits)'));
/**
 * Content script → background: the reader's terms this text (a part of a page, or what was
 * added to it) names are kept for its reading, until the page asks for its matcher.
 */
export const NameWatchTerms = z.object({ type: z.literal('nameWatchTerms'), text: checked(z.string(), z.maxLength(PAGE_TEXT_LIMIT)), reading: PageReading });
export type NameWatchTerms = z.infer<typeof NameWatchTerms>;
/**
 * Content script → background: the page's matcher, of the bundled terms, the reader's terms
 * the page already has (`known`) and those the reading's parts named, its last part (`text`)
 * included; null when they named none beyond `known`. With `url`, also whether the reader saved
 * passages of that page: the first look's one question (PageMatcherReply).
 */
export const GetPageMatcher = z.object({
  type: z.literal('getPageMatcher'),
  known: checked(z.array(WatchTermId), z.maxLength(200_000)),
  reading: PageReading,
  text: z.optional(checked(z.string(), z.maxLength(PAGE_TEXT_LIMIT))),
  url: z.optional(z.url()),
});
export type GetPageMatcher = z.infer<typeof GetPageMatcher>;
/** Content script → background: a reader's term and its list, for its card. */
/** A card asks for a reader's term; `text`: the name it was opened on, whose namesakes the card lists too. */
export const GetWatchTerm = z.object({ type: z.literal('getWatchTerm'), id: WatchTermId, text: z.optional(checked(z.string(), z.maxLength(1_000))) });
export type GetWatchTerm = z.infer<typeof GetWatchTerm>;
export const WatchTermWithList = z.object({
  term: WatchTerm,
  list: Watchlist,
  /** The other terms of enabled lists with that name: namesakes, one highlight for all. */
  namesakes: z.optional(checked(z.array(z.object({ term: WatchTerm, list: Watchlist })), z.maxLength(100))),
});
export type WatchTermWithList = z.infer<typeof WatchTermWithList>;
/** Content script → background: the lists a new term can go in. */
export const GetWatchlists = z.object({ type: z.literal('getWatchlists') });
export const WatchlistChoices = z.array(Watchlist);
/** Content script → background: a term added while reading (the form), or removed from its card. */
export const AddWatchTermRequest = z.object({
  type: z.literal('addWatchTerm'),
  /** An existing list, or the name of a new one. */
  listId: z.optional(WatchlistId),
  newListName: z.optional(checked(z.string(), z.trim(), z.minLength(1), z.maxLength(200))),
  label: checked(z.string(), z.trim(), z.minLength(1), z.maxLength(300)),
  aliases: checked(z.array(checked(z.string(), z.trim(), z.minLength(1), z.maxLength(300))), z.maxLength(500)),
  note: checked(z.string(), z.maxLength(10_000)),
});
export type AddWatchTermRequest = z.infer<typeof AddWatchTermRequest>;
export const RemoveWatchTerm = z.object({ type: z.literal('removeWatchTerm'), id: WatchTermId });
/**
 * Extension pages → background: they changed the lists; every tab is told. `termIds`: only
 * these terms changed (an edit, a delete, its undo), which the background takes in at once;
 * otherwise it compiles every list again.
 */
export const WatchlistsChanged = z.object({ type: z.literal('watchlistsChanged'), termIds: z.optional(checked(z.array(WatchTermId), z.maxLength(1000))) });
export type WatchlistsChanged = z.infer<typeof WatchlistsChanged>;
/** Content script (a card's Edit) → background: open the watchlists page at a term. */
export const OpenWatchlists = z.object({ type: z.literal('openWatchlists'), termId: z.optional(WatchTermId) });

export const BackgroundRequest = z.discriminatedUnion('type', [
  PageMatchCount,
  SaveHighlightRequest,
  PageHighlightsRequest,
  AnnotateTab,
  AddCorrectionRequest,
  PageCorrectionsRequest,
  RecordSightings,
  SeenElsewhereRequest,
  OpenTermPage,
  NameWatchTerms,
  GetPageMatcher,
  GetWatchTerm,
  GetWatchlists,
  AddWatchTermRequest,
  RemoveWatchTerm,
  WatchlistsChanged,
  OpenWatchlists,
  LoadScript,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** A clear error for a request from this extension that does not fit any schema. */
export function malformed(error: z.core.$ZodError): Error {
  return new Error(`Malformed request: ${z.prettifyError(error)}`);
}

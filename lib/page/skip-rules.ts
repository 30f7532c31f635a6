/**
 * Which parts of a news page are not article text. On real pages a "Share on LinkedIn" button
 * or a "Login with LinkedIn" label is not a mention of anything, so page chrome is skipped
 * along with code, form fields, editable regions and text a sighted reader cannot see.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'LABEL', 'FORM', 'NAV', 'FOOTER', 'ASIDE', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT',
  'CODE', 'KBD', 'SAMP', 'PRE', 'HEAD', 'DIALOG', 'MENU',
]);

const SKIPPED_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'button',
  'dialog', 'alertdialog', 'complementary', 'tablist', 'textbox', 'combobox',
]);

// Class and id words that publishers use for share bars, sign-in prompts and other chrome.
const CHROME_WORDS =
  /(?:^|[\s_-])(?:share|sharing|social|login|log-in|signin|sign-in|signup|sign-up|newsletter|subscribe|subscription|cookie|consent|promo|advert|ad-slot|related|recommended|breadcrumbs?|nav|navigation|menu|footer|sidebar|paywall|comments?)(?:[\s_-]|$)/i;

/**
 * The extension's own UI host: never annotated, never observed. It is a plain element with no
 * telling name (a page could style, detect or pre-define a custom element of a fixed name), so
 * it is known by a mark set in the extension's isolated world, where the page cannot see it:
 * expando properties of a DOM node belong to the world that set them.
 */
const UI_HOST_MARK = Symbol.for('state-security-lens/ui-host');

export function markUiHost(el: Element): void {
  Object.defineProperty(el, UI_HOST_MARK, { value: true });
}

export const isUiHost = (node: Node): boolean => UI_HOST_MARK in node;

function isChrome(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length > 1 && CHROME_WORDS.test(names);
}

/** A site header is chrome; an article's own header holds its headline. */
function isSiteHeader(el: Element): boolean {
  return el.tagName === 'HEADER' && !el.closest('article, main, [role="main"]');
}

/** Hidden by its markup: the `hidden` attribute, or hidden from assistive technology as decoration. */
const isHiddenByMarkup = (el: Element): boolean => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';

/**
 * Hidden by its style: not rendered, or shrunk to a pixel the way "visually hidden" text is.
 * This asks the layout engine, so the first look at a page leaves it to the blocks it has to.
 */
export function isHiddenByStyle(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (!el.checkVisibility({ visibilityProperty: true })) {
    return getComputedStyle(el).display !== 'contents';
  }
  return el.offsetWidth <= 1 && el.offsetHeight <= 1;
}

/** Outside the article text by what its markup says (tag, role, class, attributes): no style read. */
export function isSkippedByMarkup(el: Element): boolean {
  return (
    SKIPPED_TAGS.has(el.tagName) ||
    isUiHost(el) ||
    isSiteHeader(el) ||
    isChrome(el) ||
    isHiddenByMarkup(el) ||
    (el as HTMLElement).contentEditable === 'true' ||
    (el as HTMLElement).contentEditable === 'plaintext-only'
  );
}

/** Is this element (and everything in it) outside the article text? */
export function isSkipped(el: Element): boolean {
  return isSkippedByMarkup(el) || (el instanceof HTMLElement && el.isContentEditable) || isHiddenByStyle(el);
}

/** Is any ancestor of `node` (up to the document) skipped? For nodes that arrive later. */
export function isInsideSkipped(node: Node, rule: (el: Element) => boolean = isSkipped): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (rule(el)) return true;
  }
  return false;
}

/**
 * The pages the benchmark reads: the dictionary's two source articles, a long article made of
 * their sentences, a ~1 MB page of generated news text in ~5,000 paragraphs, an article of the
 * same length with no dictionary term at all, a live blog and an empty article. All are built
 * with a seeded generator, so every run reads the same bytes.
 */
import { readFileSync } from 'node:fs';
import { terms as bundledTerms } from '../lib/dictionary/terms.ts';
import type { Term, TermInput } from '../lib/dictionary/schema.ts';
import type { GeneratedTerm } from './generate-dictionary.ts';
import { seeded, type Random } from './random.ts';

export interface BenchPage {
  name: string;
  /** Path under the news site the benchmark serves it at. */
  path: string;
  html: string;
  words: number;
}

type Slot = 'person' | 'company' | 'agency' | 'place';

export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

// ---------------------------------------------------------------------------------------------
// The page around the text: site chrome that the annotator skips, and an article that it reads.

interface Layout {
  title: string;
  /** The article's paragraphs, headings and figures, as HTML. */
  body: string[];
  script?: string;
}

const SITE_HEADER = `<header class="site-header"><a class="logo" href="/">Daily Bench</a>
<nav aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/news/world">World</a></li><li><a href="/news/uk">UK</a></li><li><a href="/news/technology">Technology</a></li><li><a href="/news/politics">Politics</a></li></ul></nav>
<form role="search"><input type="search" placeholder="Search"><button>Search</button></form></header>`;

const SHARE_BAR = `<div class="share-tools"><span>Share this story</span> <a href="#">Share on LinkedIn</a> <a href="#">Share on X</a> <a href="#">Email</a></div>`;

const FOOTER = `<footer class="site-footer"><nav><a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></nav><p>© 2025 Daily Bench. Not responsible for the content of external sites.</p></footer>`;

const STYLE = `body{font:18px/1.55 Georgia,serif;margin:0;color:#222}main{max-width:42rem;margin:0 auto;padding:1rem}
.site-header,.site-footer{background:#222;color:#eee;padding:.5rem 1rem}.site-header a,.site-footer a{color:#eee}
.site-header ul{display:flex;gap:1rem;list-style:none;padding:0}.share-tools{font:14px sans-serif;display:flex;gap:1rem}
aside{border-top:2px solid #ccc;font:15px sans-serif}figure{margin:1rem 0}figure div{height:12rem;background:#ddd}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;

function newsPage({ title, body, script }: Layout): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width"><style>${STYLE}</style></head><body>
${SITE_HEADER}
<main id="main-content"><article><header><h1>${escape(title)}</h1><p class="byline">By Bench Reporter, Security correspondent</p></header>
${SHARE_BAR}
${body.join('\n')}
</article>
<aside class="related-stories"><h2>Related stories</h2><ul><li><a href="/a">Ministers announce review of camera contracts</a></li><li><a href="/b">What the new security law means</a></li></ul></aside>
</main>
${FOOTER}
${script ? `<script>${script}</script>` : ''}
</body></html>`;
}

const paragraph = (html: string) => `<p>${html}</p>`;

/** Every so often, what articles carry between paragraphs: a heading, a figure, a related box. */
function interleave(paragraphs: string[], random: Random): string[] {
  const body: string[] = [];
  paragraphs.forEach((html, i) => {
    if (i > 0 && i % 40 === 0) body.push(`<h2>${escape(random.pick(SUBHEADS))}</h2>`);
    if (i > 0 && i % 97 === 0) {
      body.push(`<figure><div role="img" aria-label="Photograph"></div><figcaption>${escape(random.pick(CAPTIONS))}</figcaption></figure>`);
    }
    if (i > 0 && i % 211 === 0) {
      body.push(`<aside class="related"><h3>Read more</h3><ul><li><a href="/r${i}">Inside the review of foreign-made equipment</a></li></ul></aside>`);
    }
    if (i > 0 && i % 157 === 0) body.push(`<span class="visually-hidden">Advertisement</span>`);
    body.push(paragraph(html));
  });
  return body;
}

const SUBHEADS = [
  'What happens next', 'A growing concern', 'The companies respond', 'Questions in Parliament',
  'How the rules work', 'A wider pattern', 'What officials say', 'The view from industry',
];
const CAPTIONS = [
  'Cameras outside a government building in London', 'The minister speaking in the Commons',
  'Delegates arrive for the summit', 'A control room monitoring city traffic',
];

// ---------------------------------------------------------------------------------------------
// The source articles and their sentences.

const SOURCE_IDS = ['productiveclue-2025-mi5-espionage', 'benzinga-2022-uk-surveillance'];

const sourceText = (id: string) =>
  readFileSync(new URL(`../lib/dictionary/sources/${id}.txt`, import.meta.url), 'utf8');

/** A source's paragraphs, without its title line and the one-word scraps of its page chrome. */
function sourceParagraphs(id: string): { title: string; paragraphs: string[] } {
  const blocks = sourceText(id)
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean);
  return { title: blocks[0]!, paragraphs: blocks.slice(1).filter((block) => countWords(block) >= 4) };
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/).filter((s) => countWords(s) >= 5);

export function sourceArticle(id: string): BenchPage {
  const { title, paragraphs } = sourceParagraphs(id);
  const html = newsPage({ title, body: paragraphs.map((text) => paragraph(escape(text))) });
  return { name: `source: ${id}`, path: `/news/source-${id}`, html, words: countWords(paragraphs.join(' ')) };
}

/** A real-size article (~9,000 words): the source sentences, shuffled into paragraphs of 2 to 4. */
export function longArticle(targetWords = 9_000): BenchPage {
  const random = seeded(7);
  const sentences = SOURCE_IDS.flatMap((id) => sourceParagraphs(id).paragraphs.flatMap(sentencesOf));
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const count = 2 + random.int(3);
    const text = Array.from({ length: count }, () => random.pick(sentences)).join(' ');
    paragraphs.push(escape(text));
    words += countWords(text);
  }
  const html = newsPage({ title: 'China, espionage and the cameras on Whitehall: a long read', body: interleave(paragraphs, random) });
  return { name: 'long article (source sentences)', path: '/news/long-read', html, words };
}

// ---------------------------------------------------------------------------------------------
// Generated news text.

const TEMPLATES = [
  '{person}, a spokesperson for the {agency}, said on {weekday} that the review would be completed by {month}.',
  'Officials in {place} confirmed that {n} contracts with {company} were under examination.',
  'The report, published by the {agency}, found that {n} per cent of the devices tested had been supplied by {company}.',
  '{company} declined to comment when approached, but said in a statement that it complied with all applicable laws.',
  'Speaking in {place}, {person} described the measures as overdue and said more would follow.',
  'Analysts said the decision could cost {company} as much as £{n} million in lost orders over the next two years.',
  'The inquiry heard evidence from {person}, who previously worked for the {agency} for {n} years.',
  'Trade between the two countries rose by {n} per cent last year, according to figures from the {agency}.',
  'Residents of {place} said they had not been consulted about the installation of new cameras on their streets.',
  '{person} told reporters that the government would publish its full assessment in {month}.',
  'A spokesperson for {company} said the company had never been asked to hand over data to any government.',
  'The committee is expected to question {person} and senior officials from the {agency} next {weekday}.',
  'Security researchers in {place} found that the software sent diagnostic data to servers abroad every {n} minutes.',
  'Shares in {company} fell {n} per cent in early trading after the announcement.',
  'The {agency} said it had issued {n} warnings to universities and research institutes this year.',
  'Critics, including {person}, argued that the rules were too vague to be enforced.',
  'The contract, worth £{n} million, was awarded to {company} after a tender that began in {month}.',
  'Police in {place} said they were investigating reports of a cyber attack on local council systems.',
  'According to court documents, {person} met representatives of {company} at least {n} times.',
  'The minister is due to visit {place} on {weekday} to meet business leaders and local officials.',
  'The {agency} has been asked to review the security of {n} government buildings before the summer.',
  'Opposition politicians said the announcement did not go far enough and called for a full statement.',
  'Heavy rain in {place} delayed the opening of the new port terminal by {n} days.',
  'Officials insisted that there was no evidence of wrongdoing by any member of staff.',
  '{person}, who chairs the committee, said the findings were deeply concerning.',
  'The case is the latest in a series of espionage allegations that have strained relations with {place}.',
  'Former officials said spying on diaspora communities had increased, citing cases in {place} and elsewhere.',
  'In a letter seen by this newspaper, {person} asked {company} to explain where its components were made.',
];

// Sentences with no dictionary term and no page-context cue, for the article with nothing to find.
const QUIET_TEMPLATES = [
  '{person} said on {weekday} that the new timetable would be in place by {month}.',
  'Officials in {place} confirmed that {n} new buses would join the fleet next year.',
  'The festival in {place} drew more than {n} thousand visitors over the weekend.',
  '{person}, who runs a bakery on the high street, said trade had picked up since the spring.',
  'Council leaders met on {weekday} to discuss the budget for the coming year.',
  'Heavy rain in {place} delayed the opening of the new library by {n} days.',
  'The local team won {n} matches in a row before losing at home in {month}.',
  'Residents of {place} said the new cycle lanes had made the school run easier.',
  'A spokesperson for the hospital trust said waiting times had fallen by {n} per cent.',
  '{person} told reporters that the bridge repairs would cost about £{n} million.',
  'The museum will reopen in {month} after a refurbishment that took {n} months.',
  'Farmers near {place} said the dry summer had cut their harvest by a fifth.',
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'April', 'June', 'July', 'September', 'October', 'December'];
// Names that no dictionary here holds.
const PLAIN_FIRST = ['Helen', 'Graham', 'Fiona', 'Neil', 'Joanna', 'Stuart', 'Rachel', 'Colin', 'Alison', 'Trevor', 'Gillian', 'Derek'];
const PLAIN_LAST = ['Pembury', 'Ashcroft', 'Whitlock', 'Thistlewood', 'Featherstone', 'Galloway', 'Hartigan', 'Kettering', 'Lowther', 'Marchbank'];
const PLAIN_PLACES = ['Leeds', 'Bristol', 'Swindon', 'Aberdeen', 'Norwich', 'Exeter', 'Lyon', 'Rotterdam', 'Gothenburg', 'Valencia'];
const PLAIN_COMPANIES = ['Harbour Freight Partners', 'Northgate Bakeries', 'Riverside Print Works', 'Milestone Buses', 'Copperfield Builders'];
const PLAIN_AGENCIES = ['county council', 'parish council', 'hospital trust', 'chamber of commerce', 'tourist board'];

const BUNDLED_SLOT: Record<string, Slot> = {
  person: 'person', company: 'company', platform: 'company', agency: 'agency', 'government body': 'agency',
  institution: 'agency', law: 'agency', policy: 'agency', place: 'place', people: 'place',
};

interface NameSource {
  name(slot: Slot, random: Random): string;
}

/** Surfaces of a dictionary's aliases by slot, as a page would write them. */
function aliasesBySlot(terms: readonly (TermInput | GeneratedTerm)[], kindSlot: (kind: string) => Slot): Record<Slot, string[]> {
  const bySlot: Record<Slot, string[]> = { person: [], company: [], agency: [], place: [] };
  for (const term of terms) {
    for (const alias of term.aliases) bySlot[kindSlot(term.kind)].push(alias.text);
  }
  return bySlot;
}

function plainName(slot: Slot, random: Random): string {
  switch (slot) {
    case 'person':
      return `${random.pick(PLAIN_FIRST)} ${random.pick(PLAIN_LAST)}`;
    case 'company':
      return random.pick(PLAIN_COMPANIES);
    case 'agency':
      return random.pick(PLAIN_AGENCIES);
    case 'place':
      return random.pick(PLAIN_PLACES);
  }
}

/**
 * Names for the slots of the templates: some of the bundled dictionary's terms, some of the
 * generated dictionary's (which only the 10,000-term build knows), and many names of neither.
 */
export function sprinkledNames(generated: readonly GeneratedTerm[]): NameSource {
  const bundled = aliasesBySlot(bundledTerms, (kind) => BUNDLED_SLOT[kind] ?? 'agency');
  const extra = aliasesBySlot(generated, (kind) => kind as Slot);
  return {
    name(slot, random) {
      const roll = random.next();
      if (roll < 0.12 && bundled[slot].length > 0) {
        const alias = random.pick(bundled[slot]);
        return random.chance(0.1) ? `${alias}’s` : alias;
      }
      if (roll < 0.37) return random.pick(extra[slot]);
      return plainName(slot, random);
    },
  };
}

const quietNames: NameSource = { name: plainName };

/**
 * Names for the slots from a dictionary's terms (the knowledge packs'): in `share` of the slots
 * one of their names that needs no help from the page (no page context, no earlier full name,
 * not a name other countries' bodies share), written as the dictionary has it; plain names in
 * the rest.
 */
export function knowledgeNames(terms: readonly Term[], share = 0.15): NameSource {
  const usable = terms
    .filter((term) => !term.sharedName)
    .map((term) => ({ ...term, aliases: term.aliases.filter((alias) => !alias.context && !alias.afterFullName) }));
  const bySlot = aliasesBySlot(usable, (kind) => BUNDLED_SLOT[kind] ?? 'agency');
  return {
    name(slot, random) {
      if (random.chance(share) && bySlot[slot].length > 0) return random.pick(bySlot[slot]);
      return plainName(slot, random);
    },
  };
}

function fill(template: string, names: NameSource, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'n') return String(2 + random.int(98));
    if (slot === 'weekday') return random.pick(WEEKDAYS);
    if (slot === 'month') return random.pick(MONTHS);
    const name = escape(names.name(slot as Slot, random));
    // Publishers link people and companies: terms then span more than one text node.
    return random.chance(0.15) ? `<a href="/topics/${slot}">${name}</a>` : name;
  });
}

/** A paragraph of one to three generated sentences, about `length` characters long. */
function newsParagraph(templates: readonly string[], names: NameSource, random: Random, length: number): string {
  let html = '';
  while (html.length < length) html += (html ? ' ' : '') + fill(random.pick(templates), names, random);
  return html;
}

/** `count` paragraphs of generated news: what the live blog posts and the batch cases append. */
export function newsParagraphs(count: number, names: NameSource, seed: number): string[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => newsParagraph(TEMPLATES, names, random, 120 + random.int(160)));
}

/** ~1 MB of news in ~5,000 paragraphs (or `targetBytes`), with dictionary terms sprinkled through it. */
export function megaPage(names: NameSource, targetBytes = 1_000_000): BenchPage {
  const random = seeded(11);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const html = newsParagraph(TEMPLATES, names, random, 120 + random.int(160));
    paragraphs.push(html);
    bytes += html.length + 8;
  }
  const html = newsPage({ title: 'Everything we know about the review of foreign-made security equipment', body: interleave(paragraphs, random) });
  return { name: `1 MB page (${paragraphs.length} paragraphs)`, path: '/news/one-megabyte', html, words: countWords(paragraphs.join(' ')) };
}

/** A real-size article (~9,000 words) in which no dictionary has anything to find. */
export function quietArticle(targetWords = 9_000): BenchPage {
  const random = seeded(13);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const html = newsParagraph(QUIET_TEMPLATES, quietNames, random, 200 + random.int(250));
    paragraphs.push(html);
    words += countWords(html);
  }
  const html = newsPage({ title: 'Town centre plans: what the council decided', body: interleave(paragraphs, random) });
  return { name: 'article with no terms', path: '/news/no-terms', html, words };
}

/** `count` paragraphs of local news with no dictionary term and no cue: the real-world pages' text. */
export function quietParagraphs(count: number, seed: number, length = 200): string[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => newsParagraph(QUIET_TEMPLATES, quietNames, random, length + random.int(length)));
}

/**
 * An article with a headline and nothing else: where the batch cases append to an empty page.
 * The headline names a term, so that the extension reads the page (rather than only looking).
 */
export function emptyArticle(): BenchPage {
  return { name: 'empty article', path: '/news/empty', html: newsPage({ title: 'Live: MI5 latest updates', body: [] }), words: 0 };
}

export const LIVE_BATCHES = 100;
export const LIVE_BATCH_SIZE = 50;
export const LIVE_INTERVAL_MS = 100;

/**
 * A live blog: once `startLiveBlog()` is called (the benchmark calls it when the first pass is
 * done), it appends 50 paragraphs every 100 ms for 10 s, and sets `data-done` on the body.
 */
export function liveBlog(names: NameSource): BenchPage {
  const posts = newsParagraphs(LIVE_BATCHES * LIVE_BATCH_SIZE, names, 17);
  const opening = newsParagraphs(20, names, 19).map(paragraph);
  const script = `
const posts = ${JSON.stringify(posts).replace(/</g, '\\u003c')};
window.startLiveBlog = () => {
  const live = document.querySelector('article');
  let batch = 0;
  const timer = setInterval(() => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < ${LIVE_BATCH_SIZE}; i++) {
      const p = document.createElement('p');
      p.innerHTML = posts[batch * ${LIVE_BATCH_SIZE} + i];
      fragment.append(p);
    }
    live.append(fragment);
    if (++batch === ${LIVE_BATCHES}) {
      clearInterval(timer);
      document.body.dataset.done = '1';
    }
  }, ${LIVE_INTERVAL_MS});
};`;
  return { name: 'live blog (+50 paragraphs / 100 ms, 10 s)', path: '/news/live', html: newsPage({ title: 'Live: security review updates', body: opening, script }), words: 0 };
}

const TERM_SENTENCE = 'The Ministry of State Security and Hikvision were named again in the report on MI5. ';
const QUIET_SENTENCE = 'Council leaders met on Tuesday to discuss the budget for the coming year and the new bus timetable. ';

/** The page's own timer: `startTicker()` updates `#clock` every `everyMs` for 2 s, counting runs in `ticks`. */
const tickerScript = (everyMs: number, text: string) => `window.ticks = 0;
window.startTicker = () => { const clock = document.getElementById('clock');
  const timer = setInterval(() => { clock.textContent = ${text}; window.ticks++; }, ${everyMs});
  setTimeout(() => clearInterval(timer), 2000); };`;

/** A 10 ms clock in a span inside one ~200 KB paragraph holding 60 terms (issue 10, item 4). */
export function tickerParagraph(): BenchPage {
  const clock = '<span id="clock" style="display:inline-block;width:4em;height:1.2em;contain:strict">0</span>';
  const body = [`<p>${(QUIET_SENTENCE.repeat(99) + TERM_SENTENCE).repeat(20)}${clock}</p>`];
  return { name: '10 ms ticker in a 200 KB paragraph', path: '/news/ticker', html: newsPage({ title: 'Live: markets', body, script: tickerScript(10, 'String(window.ticks)') }), words: 0 };
}

/** A 10 Hz "Updated" label directly inside a 300-paragraph article (issue 10, item 4). */
export function updatedLabel(): BenchPage {
  const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>${QUIET_SENTENCE.repeat(2)}${i % 5 === 0 ? TERM_SENTENCE : ''}</p>`);
  const body = ['<span id="clock">Updated just now</span>', ...paragraphs];
  return { name: '10 Hz label in a 300-paragraph article', path: '/news/updated', html: newsPage({ title: 'Live: council budget', body, script: tickerScript(100, "'Updated ' + window.ticks + ' seconds ago'") }), words: 0 };
}

/**
 * Pages built the way real news sites build theirs, none of which mentions a dictionary term:
 * the pages most readers open. Around a local-news article: a cookie banner, a mega menu, a
 * breaking-news strip, share bars, ad slots, a newsletter form, inline scripts (analytics
 * stubs, a large JSON state blob, one that builds a "most read" list), a comments section and
 * a footer full of links. From about 100 KB to 1.5 MB, deterministic (seeded).
 */
import { escape, quietParagraphs, type BenchPage } from './pages.ts';
import { seeded, type Random } from './random.ts';

const SECTIONS = ['News', 'Sport', 'Business', 'Culture', 'Travel', 'Weather', 'Food', 'Property', 'Motoring', 'Puzzles'];
const TOPICS = ['Buses', 'Schools', 'Libraries', 'Parks', 'Markets', 'Festivals', 'Bakeries', 'Cycling', 'Bridges', 'Harbours', 'Museums', 'Allotments'];
const COMMENTERS = ['garden_gnome', 'Busdriver64', 'RiversideRita', 'cyclist_in_leeds', 'Marmalade', 'oldtowner', 'FionaW', 'trevor.b', 'BakerStreetBaker'];

/** A site's own stylesheet, inline as many publishers ship it: a few hundred rules. */
function stylesheet(random: Random, rules: number): string {
  const out: string[] = [];
  for (let i = 0; i < rules; i++) {
    out.push(`.c-${i.toString(36)}{margin:${random.int(24)}px ${random.int(24)}px;color:#${random.int(0xffffff).toString(16).padStart(6, '0')};font-size:${12 + random.int(10)}px}`);
  }
  return `body{font:17px/1.5 Georgia,serif;margin:0;color:#1a1a1a}main{display:grid;grid-template-columns:1fr 20rem;gap:2rem;max-width:72rem;margin:auto}
.mega-menu{display:flex;flex-wrap:wrap;gap:.5rem;background:#111;color:#fff}.mega-menu a{color:#ddd}.ad-slot{min-height:250px;background:#f4f4f4;text-align:center}
.share-bar{display:flex;gap:.75rem;font:13px sans-serif}.comments{border-top:3px solid #222}.comment{padding:.5rem 0;border-bottom:1px solid #eee}
.cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -2px 8px #0003;padding:1rem}.ticker{overflow:hidden;white-space:nowrap}
${out.join('\n')}`;
}

function megaMenu(random: Random, links: number): string {
  const groups = SECTIONS.map((section) => {
    const items = Array.from({ length: Math.ceil(links / SECTIONS.length) }, (_, i) => `<li><a href="/${section.toLowerCase()}/${i}">${escape(random.pick(TOPICS))} ${i + 1}</a></li>`);
    return `<li class="mega-menu__group"><a href="/${section.toLowerCase()}">${section}</a><ul>${items.join('')}</ul></li>`;
  });
  return `<nav class="mega-menu" aria-label="Sections"><ul>${groups.join('')}</ul></nav>`;
}

const shareBar = (where: string) =>
  `<div class="share-bar share-bar--${where}"><button aria-label="Share by email">Email</button><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">Copy link</a></div>`;

const adSlot = (i: number) =>
  `<div class="ad-slot" id="ad-slot-${i}" data-ad-unit="/1234/news/article/mpu${i}"><span class="ad-slot__label">Advertisement</span><div style="width:300px;height:250px;margin:auto"></div></div>`;

function comment(random: Random, text: string, depth: number): string {
  const replies = depth < 2 && random.chance(0.3) ? comment(random, text.slice(0, 120), depth + 1) : '';
  return `<div class="comment" data-depth="${depth}"><div class="comment__meta"><strong>${random.pick(COMMENTERS)}</strong> <time>${1 + random.int(23)} hours ago</time></div>
<p class="comment__body">${text}</p><div class="comment__actions"><button>Reply</button> <button>Like (${random.int(40)})</button> <button>Report</button></div>${replies}</div>`;
}

/** What a publisher's framework leaves inline: the page's state as JSON, read by its own scripts. */
function stateBlob(random: Random, bytes: number, paragraphs: string[]): string {
  const teasers: { id: number; headline: string; section: string }[] = [];
  let size = 0;
  for (let id = 0; size < bytes; id++) {
    const headline = paragraphs[id % paragraphs.length]!.replace(/<[^>]+>/g, '').slice(0, 60 + random.int(60));
    teasers.push({ id, headline, section: random.pick(SECTIONS) });
    size += headline.length + 40;
  }
  return `window.__PAGE_STATE__ = ${JSON.stringify({ teasers }).replace(/</g, '\\u003c')};`;
}

// The page's own scripts: an analytics stub, and a "most read" box built from the state blob.
const ANALYTICS = `window.dataLayer = window.dataLayer || []; dataLayer.push({ event: 'pageview', section: 'news' });
addEventListener('scroll', () => { window.__depth = Math.max(window.__depth || 0, scrollY); }, { passive: true });`;
const MOST_READ = `document.addEventListener('DOMContentLoaded', () => {
  const list = document.querySelector('#most-read ol');
  for (const teaser of window.__PAGE_STATE__.teasers.slice(0, 10)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '/news/' + teaser.id;
    a.textContent = teaser.headline;
    li.append(a);
    list.append(li);
  }
});`;

interface Shape {
  seed: number;
  /** Roughly how many bytes the page should weigh. */
  bytes: number;
}

function realWorldPage({ seed, bytes }: Shape, index: number): BenchPage {
  const random = seeded(seed);
  // Real pages put about a quarter of their bytes in the article and its comments, and the rest
  // in markup, styles and scripts: the split varies from page to page.
  const articleShare = 0.15 + random.next() * 0.15;
  const commentShare = 0.05 + random.next() * 0.15;
  const article = quietParagraphs(Math.max(8, Math.round((bytes * articleShare) / 330)), seed + 1);
  const comments = quietParagraphs(Math.max(4, Math.round((bytes * commentShare) / 400)), seed + 2, 60);
  const body: string[] = [];
  article.forEach((html, i) => {
    if (i > 0 && i % 6 === 0) body.push(adSlot(i));
    if (i > 0 && i % 15 === 0) body.push(`<figure><div style="height:14rem;background:#ccd"></div><figcaption>${escape(random.pick(TOPICS))} in the town centre on Saturday</figcaption></figure>`);
    body.push(`<p>${html}</p>`);
  });
  const menuLinks = 80 + random.int(320);
  const styleRules = Math.round((bytes * (0.05 + random.next() * 0.1)) / 60);
  const stateBytes = Math.round(bytes * (0.1 + random.next() * 0.2));
  const title = `${random.pick(TOPICS)} plan: what the council decided (${index + 1})`;
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Local news">
<meta property="og:title" content="${escape(title)}"><meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title })}</script>
<style>${stylesheet(random, styleRules)}</style><script>${ANALYTICS}</script></head><body>
<div class="cookie-consent" role="dialog" aria-label="Cookies"><p>We use cookies to improve your experience and to show you relevant advertising.</p><button>Accept all</button> <button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="/">The Daily Courier</a>${megaMenu(random, menuLinks)}
<form role="search"><input type="search" placeholder="Search the Courier"><button>Search</button></form></header>
<div class="ticker" aria-live="polite"><strong>Breaking:</strong> Road closures in the town centre this weekend</div>
${adSlot(0)}
<main id="main"><article><header><h1>${escape(title)}</h1><p class="byline">By Courier Reporter · ${1 + random.int(28)} November</p></header>
${shareBar('top')}
${body.join('\n')}
${shareBar('bottom')}
<div class="newsletter-signup"><h2>Get the morning briefing</h2><form><label>Email <input type="email"></label><button>Sign up</button></form></div>
<section class="comments" id="comments"><h2>Comments (${comments.length})</h2>${comments.map((text) => comment(random, text, 0)).join('\n')}</section>
</article>
<aside class="sidebar"><section id="most-read"><h2>Most read</h2><ol></ol></section>${adSlot(999)}</aside></main>
<footer class="site-footer"><nav>${SECTIONS.map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ')}</nav><p>© The Daily Courier. All rights reserved.</p></footer>
<script>${stateBlob(random, stateBytes, article)}</script>
<script>${MOST_READ}</script>
</body></html>`;
  const words = article.join(' ').split(/\s+/).length;
  return { name: `real-world page ${index + 1} (${Math.round(html.length / 1024)} KB)`, path: `/news/local-${index + 1}`, html, words };
}

/** The set: eight pages from about 100 KB to 1.5 MB. */
export function realWorldPages(): BenchPage[] {
  const sizes = [120, 200, 300, 430, 610, 850, 1200, 1850];
  return sizes.map((kb, i) => realWorldPage({ seed: 300 + i * 7, bytes: kb * 1024 }, i));
}

// HTML pages: the article body, title, author and publication date from a saved news page.
import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';
import { classifyLines } from './text.js';

export interface HtmlArticle {
  body: string;
  title: string | null;
  author: string | null;
  published: string | null;
}

const require = createRequire(import.meta.url);
let cheerio: typeof import('cheerio') | null = null;
function loadCheerio(): typeof import('cheerio') {
  cheerio ??= require('cheerio') as typeof import('cheerio');
  return cheerio;
}

const DROP = 'script, style, noscript, template, svg, iframe, form, nav, header, footer, aside, button, select, input, link, meta';
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'section', 'article', 'blockquote', 'figcaption', 'figure', 'table', 'ul', 'ol', 'dd', 'dt', 'pre', 'hr', 'main']);

function textWithBreaks($: CheerioAPI, root: ReturnType<CheerioAPI>): string {
  const parts: string[] = [];
  const walk = (nodes: ReturnType<CheerioAPI>) => {
    nodes.contents().each((_, node) => {
      if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
      else if (node.type === 'tag') {
        const name = (node as unknown as { name: string }).name.toLowerCase();
        const block = BLOCK.has(name);
        if (block) parts.push('\n');
        walk($(node));
        if (block) parts.push('\n');
      }
    });
  };
  walk(root);
  return parts.join('').replace(/[ \t\u00A0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{2,}/g, '\n').trim();
}

function meta($: CheerioAPI, ...names: string[]): string | null {
  for (const n of names) {
    const v = $(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`).first().attr('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function stripSiteName(title: string, site: string | null): string {
  let t = title;
  if (site) t = t.replace(new RegExp(`\\s*[|\\-–—:]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i'), '');
  return t.replace(/\s*[|–—]\s*[^|–—]{1,40}$/u, '').trim();
}

export function cleanHtml(html: string): HtmlArticle {
  const $ = loadCheerio().load(html, { xml: { xmlMode: false, decodeEntities: true } } as never);
  const site = meta($, 'og:site_name');
  const rawTitle = $('h1').first().text().trim() || meta($, 'og:title', 'twitter:title') || $('title').first().text().trim() || null;
  const title = rawTitle ? stripSiteName(rawTitle.replace(/\s+/g, ' '), site) : null;
  const author = meta($, 'author', 'article:author', 'dc.creator');
  const published = meta($, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date');
  $(DROP).remove();
  const candidates = $('article, [itemprop="articleBody"], .article-body, .detail-content, .content-detail, .news-content, main, body');
  let best = candidates.first();
  let bestScore = -1;
  candidates.each((_, el) => {
    const node = $(el);
    const text = node.text();
    const links = node.find('a').text().length;
    const score = text.length - 2 * links;
    if (score > bestScore * 1.05 || (node.is('article, [itemprop="articleBody"]') && score > bestScore * 0.5)) {
      best = node;
      bestScore = score;
    }
  });
  const text = textWithBreaks($, best.length ? best : $.root());
  const body = classifyLines(text)
    .filter((l) => l.verdict === 'keep' && l.text)
    .map((l) => l.text)
    .join('\n');
  return { body, title, author, published };
}

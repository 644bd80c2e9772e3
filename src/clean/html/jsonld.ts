// JSON-LD: the article object a page describes itself with (headline, author, datePublished, articleBody).
import { ARTICLE_LD_TYPES } from '../html-markers.js';
import type { Page } from './dom.js';

export interface LdArticle {
  headline: string | null;
  author: string | null;
  published: string | null;
  body: string | null;
}

const articleTypes = new Set(ARTICLE_LD_TYPES);

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function typesOf(o: { [k: string]: Json }): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Every object in the JSON, breadth first (an explicit queue: no recursion on hostile nesting). */
function objectsIn(root: Json): { [k: string]: Json }[] {
  const out: { [k: string]: Json }[] = [];
  const queue: Json[] = [root];
  for (let k = 0; k < queue.length && k < 5000; k++) {
    const v = queue[k];
    if (Array.isArray(v)) for (const item of v) queue.push(item);
    else if (v && typeof v === 'object') {
      out.push(v);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (key in v) queue.push(v[key]);
    }
  }
  return out;
}

function stringOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return stringOf(v[0]);
  return null;
}

/**
 * The people an article object credits, by name: an author typed as an organisation ("author": {"@type":
 * "Organization", "name": "VnExpress"}) is the site itself, which a person byline in the page beats (ANNOTATION.md:
 * the outlet only when no person is credited).
 */
function personNameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(personNameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return typesOf(v).some((t) => t === 'organization' || t === 'newsmediaorganization') ? null : stringOf(v.name);
  return null;
}

/** The page's article object, a news type preferred over a plain WebPage. */
export function readJsonLd(page: Page): LdArticle | null {
  let best: { [k: string]: Json } | null = null;
  let bestIsPage = true;
  for (const text of page.jsonLd.values()) {
    let json: Json;
    try {
      json = JSON.parse(text) as Json;
    } catch {
      continue;
    }
    for (const o of objectsIn(json)) {
      const types = typesOf(o);
      if (!types.some((t) => articleTypes.has(t))) continue;
      const isPage = types.every((t) => t === 'webpage');
      if (!best || (bestIsPage && !isPage)) {
        best = o;
        bestIsPage = isPage;
      }
    }
  }
  if (!best) return null;
  return {
    headline: stringOf(best.headline) ?? stringOf(best.name),
    author: personNameOf(best.author) ?? personNameOf(best.creator),
    published: stringOf(best.datePublished) ?? stringOf(best.dateCreated),
    body: stringOf(best.articleBody) ?? stringOf(best.text),
  };
}

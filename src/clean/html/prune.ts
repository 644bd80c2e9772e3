// Pruning: which elements are page furniture. A decision per element, top-down over the document-order arrays,
// so a pruned element takes its whole subtree with it. Regions that hold most of the page's prose are never pruned,
// whatever their markers say: a <form> around an ASP.NET portal, a wrapper classed "has-sidebar".
import {
  BOILERPLATE_HINTS,
  BOILERPLATE_WORDS,
  CHROME_REGION_TAGS,
  CHROME_ROLES,
  CONTENT_HINTS,
  NEVER_CONTENT_TAGS,
} from '../html-markers.js';
import type { Page } from './dom.js';
import { anyOf, isEmbeddedPost, wordsOf } from './hints.js';

/** Why an element was pruned; 0 for kept. Descendants of a pruned element carry Pruned.Inside. */
export const enum Pruned {
  Kept = 0,
  Tag = 1,
  Region = 2,
  Hidden = 3,
  Role = 4,
  Hint = 5,
  /** Dropped inside the chosen container by Readability's conditional cleaning. */
  Conditional = 6,
  /** An item of a teaser list (teasers.ts). */
  Teaser = 7,
  Inside = 9,
}

export interface PruneOptions {
  /** Prune by class/id hints. The fallback chain turns this off when the first pick is too short. */
  byHints: boolean;
}

const neverContent = new Set(NEVER_CONTENT_TAGS);
const chromeRegions = new Set(CHROME_REGION_TAGS);
const chromeRoles = new Set(CHROME_ROLES);
const boilerplateSubstrings = anyOf(Object.values(BOILERPLATE_HINTS).flat());
const boilerplateWords = wordsOf(Object.values(BOILERPLATE_WORDS).flat());
const contentHints = anyOf(CONTENT_HINTS);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** A region holding this share of the page's unlinked text is the article's home, not furniture. */
const PROSE_SHARE_KEPT = 0.5;

/** Unlinked text per subtree, before any pruning except the never-content tags. */
function unlinkedText(page: Page): Int32Array {
  const n = page.size;
  const own = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (neverContent.has(page.tag[i])) continue;
    if (page.tag[i] !== 'a') own[i] += page.ownText[i];
    const p = page.parent[i];
    if (p >= 0 && page.tag[i] !== 'a') own[p] += own[i];
  }
  return own;
}

/** Verdicts by hint string: pages repeat their classes, and sites repeat them across pages. */
const hintVerdicts = new Map<string, boolean>();
const HINT_MEMO_SIZE = 20000;

export function isBoilerplateHint(hint: string): boolean {
  if (hint === '') return false;
  let verdict = hintVerdicts.get(hint);
  if (verdict === undefined) {
    verdict = (boilerplateSubstrings.test(hint) || boilerplateWords.test(hint)) && !contentHints.test(hint);
    if (hintVerdicts.size >= HINT_MEMO_SIZE) hintVerdicts.clear();
    hintVerdicts.set(hint, verdict);
  }
  return verdict;
}

/** A <header> inside an <article> holds its headline, dateline and lead, not the site's masthead. */
function isArticleHeader(page: Page, i: number): boolean {
  if (page.tag[i] !== 'header') return false;
  for (let a = page.parent[i]; a >= 0; a = page.parent[a]) if (page.tag[a] === 'article') return true;
  return false;
}

function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function verdict(page: Page, i: number, options: PruneOptions): Pruned {
  const tag = page.tag[i];
  if (neverContent.has(tag)) return Pruned.Tag;
  // pictures hold no text, and teaser lists are recognised by their thumbnails (a "lazy-hidden" class included)
  if (tag === 'html' || tag === 'body' || tag === 'img') return Pruned.Kept;
  const attribs = page.attribs[i];
  if (chromeRegions.has(tag) && !isArticleHeader(page, i)) return Pruned.Region;
  if (isHidden(attribs)) return Pruned.Hidden;
  if (attribs.role && chromeRoles.has(attribs.role.toLowerCase())) return Pruned.Role;
  if (options.byHints && isBoilerplateHint(page.hint[i]) && !isEmbeddedPost(page, i)) return Pruned.Hint;
  return Pruned.Kept;
}

export function prune(page: Page, options: PruneOptions): Uint8Array {
  const n = page.size;
  const pruned = new Uint8Array(n);
  const prose = unlinkedText(page);
  let pageProse = 0;
  for (let i = 0; i < n; i++) if (page.parent[i] < 0) pageProse += prose[i];
  const holdsTheProse = (i: number) => pageProse > 0 && prose[i] >= PROSE_SHARE_KEPT * pageProse;
  for (let i = 0; i < n; i++) {
    const p = page.parent[i];
    if (p >= 0 && pruned[p] !== Pruned.Kept) {
      pruned[i] = Pruned.Inside;
      continue;
    }
    const why = verdict(page, i, options);
    pruned[i] = why !== Pruned.Kept && why !== Pruned.Tag && holdsTheProse(i) ? Pruned.Kept : why;
  }
  return pruned;
}

/** Prunes more elements after the fact, their subtrees with them. */
export function pruneAlso(page: Page, pruned: Uint8Array, elements: number[], why: Pruned): void {
  for (const i of elements) {
    if (pruned[i] !== Pruned.Kept) continue;
    pruned[i] = why;
    pruned.fill(Pruned.Inside, i + 1, page.end[i]);
  }
}

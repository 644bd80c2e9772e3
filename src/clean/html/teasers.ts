// Teaser lists: four or more sibling items of one shape, each a linked headline or a thumbnail with a short
// summary. They are a category page's content or a "more news" box beside an article, never the article, and
// their summaries would otherwise score like prose.
import type { Page } from './dom.js';
import type { Measures } from './measure.js';
import { Pruned } from './prune.js';

const MIN_ITEMS = 4;
/** Share of a group's items that must look like teasers for the whole group to be a teaser list. */
const TEASER_SHARE = 0.75;
const MAX_TEASER_TEXT = 600;
const MIN_TITLE_LINK = 15;
/** Elements of an item looked at for its headline. */
const ITEM_SCAN = 200;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Items of a list look alike: same tag, same first class once numbers (item-1, post-1234) are left out. */
function shapeOf(page: Page, i: number): string {
  const cls = page.classHint[i].trim();
  if (!cls) return page.tag[i];
  const space = cls.indexOf(' ');
  return `${page.tag[i]}.${(space < 0 ? cls : cls.slice(0, space)).replace(/\d+/g, '#')}`;
}

function hasDescendant(page: Page, i: number, tag: string, stop: number): boolean {
  for (let d = i + 1; d < Math.min(page.end[i], stop); d++) if (page.tag[d] === tag) return true;
  return false;
}

function hasAncestorWithin(page: Page, i: number, tag: string, top: number): boolean {
  for (let a = page.parent[i]; a >= top; a = page.parent[a]) if (page.tag[a] === tag) return true;
  return false;
}

/** A heading that holds a link, or sits in one. */
function hasLinkedHeading(page: Page, item: number): boolean {
  const stop = Math.min(page.end[item], item + ITEM_SCAN);
  for (let k = item; k < stop; k++) {
    if (HEADINGS.has(page.tag[k]) && (hasDescendant(page, k, 'a', stop) || hasAncestorWithin(page, k, 'a', item))) return true;
  }
  return false;
}

function isTeaser(page: Page, m: Measures, item: number): boolean {
  if (m.text[item] > MAX_TEASER_TEXT || m.links[item] < MIN_TITLE_LINK) return false;
  return m.images[item] > 0 || page.tag[item] === 'img' || hasLinkedHeading(page, item);
}

function groupChildren(page: Page, m: Measures, p: number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let c = p + 1; c < page.end[p]; c = page.end[c]) {
    if (m.pruned[c] !== Pruned.Kept || page.isInline[c]) continue;
    const shape = shapeOf(page, c);
    const members = groups.get(shape);
    if (members) members.push(c);
    else groups.set(shape, [c]);
  }
  return groups;
}

/** The items of every teaser list on the page. */
export function teaserItems(page: Page, m: Measures): number[] {
  const items: number[] = [];
  for (let p = 0; p < page.size; p++) {
    if (m.pruned[p] !== Pruned.Kept || m.children[p] < MIN_ITEMS) continue;
    for (const members of groupChildren(page, m, p).values()) {
      if (members.length < MIN_ITEMS) continue;
      // the odd member with a longer summary is a teaser all the same
      const teasers = members.filter((c) => isTeaser(page, m, c)).length;
      if (teasers >= TEASER_SHARE * members.length) for (const c of members) items.push(c);
    }
  }
  return items;
}

// The extraction methods, each named, tried in order until one gives an article-sized body (trafilatura's way):
//   scored             prune furniture by tag, role and class/id hints; score paragraphs and their ancestors
//                      (Readability); take the best container and its siblings; drop widgets inside it
//   scored-unpruned    the same without class/id pruning (a page whose article wrapper carries a chrome-like class)
//   scored-unweighted  the same without class/id weights either
//   json-ld            the articleBody the page describes itself with
//   paragraphs         every low-link paragraph of the page that pruning kept
import { blocksOf, cleanConditionally, type Block } from './blocks.js';
import { textAt, type Page } from './dom.js';
import { keptBlocks } from './filters.js';
import type { LdArticle } from './jsonld.js';
import { measure, type Measures } from './measure.js';
import { prune, pruneAlso, Pruned } from './prune.js';
import { pickTop, scoreCandidates, withSiblings } from './score.js';
import { teaserItems } from './teasers.js';

export type ExtractionMethod = 'scored' | 'scored-unpruned' | 'scored-unweighted' | 'json-ld' | 'paragraphs' | 'none';

export interface Attempt {
  method: ExtractionMethod;
  blocks: Block[];
  /** Characters of text, one more per block for its line break. */
  length: number;
}

export interface Context {
  page: Page;
  /** The headline, once known: a block that repeats it is not body. */
  headline: string | null;
  ld: LdArticle | null;
  /** Pruning and measures with and without class/id hints, computed once each. */
  measured: Map<boolean, Measures>;
  /** Items of teaser lists found on the page. */
  teasers: number;
}

/** Readability's article size: a body this long is taken without trying the next method. */
export const ARTICLE_SIZE = 500;
/** Below this a body is as good as missing, and a fallback may come from anywhere. */
export const SHORT_BODY = 200;
const REPLACEMENT_RATIO = 2;
/** A paragraph of the page-wide fallback: this long at least and mostly unlinked. */
const FALLBACK_PARAGRAPH = 25;
/** A paragraph right after another as its sibling: a byline's few words ("Bài, ảnh: Phan Tuấn"). */
const FALLBACK_NEXT_PARAGRAPH = 8;
const FALLBACK_LINK_SHARE = 0.3;

export function newContext(page: Page, headline: string | null, ld: LdArticle | null): Context {
  return { page, headline, ld, measured: new Map(), teasers: 0 };
}

/** Furniture pruned by tags (and hints), then teaser lists, which only show once the furniture is measured. */
export function measured(ctx: Context, byHints: boolean): Measures {
  let m = ctx.measured.get(byHints);
  if (!m) {
    const pruned = prune(ctx.page, { byHints });
    m = measure(ctx.page, pruned);
    const teasers = teaserItems(ctx.page, m);
    if (teasers.length) {
      pruneAlso(ctx.page, pruned, teasers, Pruned.Teaser);
      m = measure(ctx.page, pruned);
      ctx.teasers = Math.max(ctx.teasers, teasers.length);
    }
    ctx.measured.set(byHints, m);
  }
  return m;
}

function attempt(method: ExtractionMethod, blocks: Block[]): Attempt {
  return { method, blocks, length: blocks.reduce((n, b) => n + b.text.length + 1, 0) };
}

function scored(ctx: Context, method: ExtractionMethod, byHints: boolean, weighClasses: boolean): Attempt {
  const { page } = ctx;
  const m = measured(ctx, byHints);
  const score = scoreCandidates(page, m, { weighClasses });
  const picked = pickTop(page, m, score);
  if (!picked) return attempt(method, []);
  const skip = (i: number) => m.pruned[i] !== Pruned.Kept;
  const roots = withSiblings(page, m, score, picked.top, (i) => textAt(page, i, skip));
  const cleaned = cleanConditionally(page, m.pruned, roots, picked.best, weighClasses);
  return attempt(method, keptBlocks(blocksOf(page, cleaned, roots), ctx.headline));
}

function fromJsonLd(ctx: Context): Attempt {
  const paragraphs = (ctx.ld?.body ?? '').split(/\n+/).map((text) => text.trim()).filter(Boolean);
  return attempt('json-ld', keptBlocks(paragraphs.map((text) => ({ text, at: -1, linkShare: 0 })), ctx.headline));
}

/**
 * Every paragraph-like element with enough text, outermost first, in document order; and a short one that comes
 * straight after such a paragraph as its sibling, as an article's closing byline does in a fragment of bare paragraphs
 * ("<p>…</p><p style="text-align:right">Bài, ảnh: Phan Tuấn</p>": round 20, the markup variant of
 * bench/studies/round20-words.mjs found three audit pages whose bylines only <br> kept).
 */
function paragraphRoots(page: Page, m: Measures): number[] {
  const roots: number[] = [];
  let after = -1;
  for (let i = 0; i < page.size; i++) {
    if (m.pruned[i] !== Pruned.Kept) {
      i = page.end[i] - 1;
      continue;
    }
    const next = after === i && roots.length > 0 && page.parent[i] === page.parent[roots[roots.length - 1]];
    if (page.isInline[i] || m.hasBlock[i] || m.inline[i] < (next ? FALLBACK_NEXT_PARAGRAPH : FALLBACK_PARAGRAPH)) continue;
    roots.push(i);
    after = page.end[i];
    i = page.end[i] - 1;
  }
  return roots;
}

function allParagraphs(ctx: Context): Attempt {
  const { page } = ctx;
  const m = measured(ctx, true);
  const blocks = blocksOf(page, m, paragraphRoots(page, m)).filter((b) => b.linkShare < FALLBACK_LINK_SHARE);
  return attempt('paragraphs', keptBlocks(blocks, ctx.headline));
}

export const EXTRACTION_CHAIN: readonly { method: ExtractionMethod; run: (ctx: Context) => Attempt }[] = [
  { method: 'scored', run: (ctx) => scored(ctx, 'scored', true, true) },
  { method: 'scored-unpruned', run: (ctx) => scored(ctx, 'scored-unpruned', false, true) },
  { method: 'scored-unweighted', run: (ctx) => scored(ctx, 'scored-unweighted', false, false) },
  { method: 'json-ld', run: fromJsonLd },
  { method: 'paragraphs', run: allParagraphs },
];

/** Mostly from regions that the markers prune (comments, related news, footer): taken only when nothing else is. */
function isFromFurniture(ctx: Context, a: Attempt): boolean {
  const { pruned } = measured(ctx, true);
  let furniture = 0;
  for (const b of a.blocks) if (b.at >= 0 && pruned[b.at] !== Pruned.Kept) furniture += b.text.length + 1;
  return furniture > a.length / 2;
}

/**
 * A later method replaces a short body only when it finds more than twice as much (trafilatura's rule), and
 * never with furniture unless the page gave nothing else and is not a list of teasers (an index page).
 */
function replaces(ctx: Context, later: Attempt, current: Attempt): boolean {
  if (later.length <= REPLACEMENT_RATIO * current.length) return false;
  return !isFromFurniture(ctx, later) || (current.length < SHORT_BODY && ctx.teasers === 0);
}

/** The first method's body unless it is short and a later method finds clearly more. */
export function extractBody(ctx: Context): Attempt {
  let pick = attempt('none', []);
  for (const { run } of EXTRACTION_CHAIN) {
    const result = run(ctx);
    if (pick.method === 'none' || replaces(ctx, result, pick)) pick = result;
    if (pick.length >= ARTICLE_SIZE) break;
  }
  return pick;
}

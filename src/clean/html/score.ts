// Content scoring, Readability's way on flat arrays: every paragraph scores on its length and commas, the score
// flows to five levels of ancestors, each candidate is discounted by its link density, the best one wins, and
// its siblings that look like more of the same article join it.
import { BYLINE_HINTS, PARAGRAPH_TAGS, TAG_BASE_SCORE } from '../html-markers.js';
import { isStampLine } from './dates.js';
import type { Page } from './dom.js';
import { anyOf, classWeight } from './hints.js';
import type { Measures } from './measure.js';
import { Pruned } from './prune.js';

export interface ScoreOptions {
  /** Add ±25 for class/id hints (the fallback chain turns this off). */
  weighClasses: boolean;
}

const paragraphTags = new Set(PARAGRAPH_TAGS);
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;
const ALTERNATIVES_NEEDED = 3;
/** A chunk of a split article scores at least this share of the best chunk, and is mostly unlinked. */
const CHUNK_SHARE = 0.2;
const CHUNK_LINK_DENSITY = 0.3;
/** A dateline or byline is a short line. */
const STAMP_LINE = 120;
const bylineHints = anyOf(BYLINE_HINTS);
const LEAD_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** A paragraph's own score: 1, one per comma-separated piece, one per 100 characters up to 3. */
function paragraphScore(length: number, commas: number, pieces: number): number {
  return pieces + (commas + pieces) + Math.min(Math.floor(length / 100), 3 * pieces);
}

/**
 * A text run in a block that also holds blocks, or one cut by several <br>, is a group of paragraphs in that
 * element (Readability wraps them in <p>); a single run in a paragraph-like block is a paragraph of its parent.
 */
function scoresItself(page: Page, m: Measures, i: number): boolean {
  if (paragraphTags.has(page.tag[i])) return false;
  return m.hasBlock[i] === 1 || m.breaks[i] >= 2;
}

export function linkDensity(m: Measures, i: number): number {
  return m.text[i] ? m.links[i] / m.text[i] : 0;
}

export function scoreCandidates(page: Page, m: Measures, options: ScoreOptions): Float64Array {
  const n = page.size;
  const score = new Float64Array(n);
  const isCandidate = new Uint8Array(n);
  const initialise = (a: number) => {
    isCandidate[a] = 1;
    score[a] = (TAG_BASE_SCORE[page.tag[a]] ?? 0) + (options.weighClasses ? classWeight(page, a) : 0);
  };
  for (let i = 0; i < n; i++) {
    if (m.pruned[i] !== Pruned.Kept || page.isInline[i] || m.inline[i] < MIN_PARAGRAPH) continue;
    if (m.inlineLinks[i] > 0.8 * m.inline[i]) continue;
    const itself = scoresItself(page, m, i);
    const pieces = itself ? Math.max(1, Math.ceil(m.breaks[i] / 2)) : 1;
    const s = paragraphScore(m.inline[i], m.inlineCommas[i], pieces);
    let a = itself ? i : page.parent[i];
    for (let level = 0; level < ANCESTOR_LEVELS && a >= 0; level++, a = page.parent[a]) {
      if (page.tag[a] === 'html') break;
      if (!isCandidate[a]) initialise(a);
      score[a] += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (let i = 0; i < n; i++) if (isCandidate[i]) score[i] *= 1 - linkDensity(m, i);
  return score;
}

function isAncestorOf(page: Page, a: number, i: number): boolean {
  return a <= i && i < page.end[a];
}

/** When several near-best candidates share an ancestor, the article is that ancestor (Readability). */
function sharedAncestorOfAlternatives(page: Page, score: Float64Array, ranked: number[], top: number): number {
  const alternatives = ranked.slice(1, 5).filter((c) => score[c] / score[top] >= 0.75);
  if (alternatives.length < ALTERNATIVES_NEEDED) return top;
  for (let a = page.parent[top]; a >= 0 && page.tag[a] !== 'body'; a = page.parent[a]) {
    if (alternatives.filter((c) => isAncestorOf(page, a, c)).length >= ALTERNATIVES_NEEDED) return a;
  }
  return top;
}

/** Climb while the parent scores higher than the child, as long as it keeps a third of the score. */
function climbToBetterParent(page: Page, score: Float64Array, top: number): number {
  let last = score[top];
  const threshold = last / 3;
  for (let a = page.parent[top]; a >= 0 && page.tag[a] !== 'body'; a = page.parent[a]) {
    if (score[a] === 0) continue;
    if (score[a] < threshold) break;
    if (score[a] > last) return a;
    last = score[a];
  }
  return top;
}

function climbOutOfOnlyChild(page: Page, m: Measures, top: number): number {
  let c = top;
  for (let a = page.parent[c]; a >= 0 && page.tag[a] !== 'body' && m.children[a] === 1; a = page.parent[a]) c = a;
  return c;
}

export interface Top {
  /** The best-scored element: the core of the article, whatever the container chosen around it. */
  best: number;
  /** The container chosen: the best element, or an ancestor that holds more of the same article. */
  top: number;
}

function commonAncestor(page: Page, a: number, b: number): number {
  let x = a;
  while (x >= 0 && !isAncestorOf(page, x, b)) x = page.parent[x];
  return x;
}

/**
 * An article cut into chunks by ad rails or section wrappers: other well-scored elements with the same class
 * as the best one are more of it, and the container is their common ancestor.
 */
function joinChunks(page: Page, m: Measures, score: Float64Array, ranked: number[], best: number, top: number): number {
  const signature = page.classHint[best];
  if (!signature) return top;
  let container = top;
  for (const c of ranked) {
    if (score[c] < CHUNK_SHARE * score[best]) break;
    if (c === best || page.classHint[c] !== signature || isAncestorOf(page, container, c) || isAncestorOf(page, c, container)) continue;
    if (linkDensity(m, c) > CHUNK_LINK_DENSITY) continue;
    const joined = commonAncestor(page, container, c);
    if (joined < 0 || page.tag[joined] === 'html' || page.tag[joined] === 'body') continue;
    container = joined;
  }
  return container;
}

export function pickTop(page: Page, m: Measures, score: Float64Array): Top | null {
  const ranked: number[] = [];
  for (let i = 0; i < score.length; i++) if (score[i] > 0) ranked.push(i);
  if (!ranked.length) return null;
  ranked.sort((a, b) => score[b] - score[a]);
  const best = ranked[0];
  let top = sharedAncestorOfAlternatives(page, score, ranked, best);
  top = climbToBetterParent(page, score, top);
  top = climbOutOfOnlyChild(page, m, top);
  return { best, top: joinChunks(page, m, score, ranked, best, top) };
}

/** Readability's sibling test, and the article's own dateline or byline standing beside its text. */
function siblingJoins(page: Page, m: Measures, score: Float64Array, top: number, s: number, text: (i: number) => string): boolean {
  if (m.text[s] > 0 && m.text[s] <= STAMP_LINE && (bylineHints.test(page.hint[s]) || (linkDensity(m, s) < 0.5 && isStampLine(text(s))))) return true;
  const threshold = Math.max(10, score[top] * 0.2);
  const topClass = page.attribs[top].class ?? '';
  const bonus = topClass !== '' && page.attribs[s].class === topClass ? score[top] * 0.2 : 0;
  if (score[s] !== 0 && score[s] + bonus >= threshold) return true;
  const length = m.text[s];
  // a long heading beside the text is a lead written as <h2 class="sapo">, not a section title
  const isParagraph = page.tag[s] === 'p' || (!m.hasBlock[s] && (page.tag[s] === 'div' || (LEAD_HEADINGS.has(page.tag[s]) && length > 80)));
  if (!isParagraph) return false;
  const density = linkDensity(m, s);
  if (length > 80) return density < 0.25;
  return length > 0 && density === 0 && /\.( |$)/.test(text(s));
}

export function withSiblings(page: Page, m: Measures, score: Float64Array, top: number, text: (i: number) => string): number[] {
  // (a fragment's top-level elements are siblings too: "<h1>…</h1><div>lead</div><div>body …</div>", as army pages save
  // their articles; round 20, the markup variant of bench/studies/round20-words.mjs)
  const parent = page.parent[top];
  const roots: number[] = [];
  for (let s = parent < 0 ? 0 : parent + 1; s < (parent < 0 ? page.size : page.end[parent]); s = page.end[s]) {
    if (m.pruned[s] !== Pruned.Kept || page.isInline[s]) continue;
    if (s === top || siblingJoins(page, m, score, top, s, text)) roots.push(s);
  }
  return roots;
}

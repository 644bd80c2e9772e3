// What each kept subtree holds, summed bottom-up in one reverse pass over the document-order arrays (children
// come after their parent, so a child is complete before it is added to its parent).
import { TagKind, type Page } from './dom.js';
import { Pruned } from './prune.js';

export interface Measures {
  pruned: Uint8Array;
  /** Characters of kept text in the subtree, and of that, inside links. */
  text: Int32Array;
  links: Int32Array;
  commas: Int32Array;
  /** The element's own line of text: its text nodes and those of its inline descendants down to the next block. */
  inline: Int32Array;
  inlineCommas: Int32Array;
  inlineLinks: Int32Array;
  /** <br> among the inline content: a run of text cut by them is several paragraphs. */
  breaks: Int32Array;
  /** Has a block-level descendant that is kept. */
  hasBlock: Uint8Array;
  /** Kept element children. */
  children: Int32Array;
  /** Counts in the subtree, for Readability's conditional cleaning. */
  paragraphs: Int32Array;
  images: Int32Array;
  items: Int32Array;
  inputs: Int32Array;
  embeds: Int32Array;
  headingText: Int32Array;
  /** Text inside lists (ul, ol). */
  listText: Int32Array;
}

/** A second opinion on a kept element once its subtree is measured: Readability's conditional cleaning. */
export type Judge = (i: number, m: Measures) => Pruned;

const COUNTS = 15;

/** All counters in one allocation: fifteen page-long views of a single buffer. */
function emptyMeasures(page: Page, pruned: Uint8Array): Measures {
  const n = page.size;
  const buffer = new Int32Array(n * COUNTS);
  const view = (k: number) => buffer.subarray(k * n, (k + 1) * n);
  const m: Measures = {
    pruned,
    text: view(0),
    links: view(1),
    commas: view(2),
    inline: view(3),
    inlineCommas: view(4),
    inlineLinks: view(5),
    breaks: view(6),
    hasBlock: new Uint8Array(n),
    children: view(7),
    paragraphs: view(8),
    images: view(9),
    items: view(10),
    inputs: view(11),
    embeds: view(12),
    headingText: view(13),
    listText: view(14),
  };
  m.text.set(page.ownText);
  m.inline.set(page.ownText);
  m.commas.set(page.ownCommas);
  m.inlineCommas.set(page.ownCommas);
  return m;
}

/**
 * Sums every kept subtree, children before parents. With `roots`, only their subtrees are measured (and
 * judged); the rest of the arrays stays at zero.
 */
export function measure(page: Page, pruned: Uint8Array, judge?: Judge, roots?: number[]): Measures {
  const m = emptyMeasures(page, pruned);
  const ranges = roots ? roots.map((r) => [r, page.end[r]]) : [[0, page.size]];
  for (const [from, to] of ranges) {
    for (let i = to - 1; i >= from; i--) {
      const p = page.parent[i];
      if (pruned[i] === Pruned.Kept && judge) pruned[i] = judge(i, m);
      if (p < from) continue;
      countWidget(m, page, i, p);
      if (pruned[i] === Pruned.Kept) addToParent(m, page, i, p);
    }
  }
  return m;
}

/** Removed widgets still count against their container, as in Readability. */
function countWidget(m: Measures, page: Page, i: number, p: number): void {
  if (m.pruned[i] === Pruned.Inside || m.pruned[p] !== Pruned.Kept) return;
  const kind = page.kind[i];
  if (kind === TagKind.Input) m.inputs[p]++;
  else if (kind === TagKind.Embed) m.embeds[p]++;
}

function addToParent(m: Measures, page: Page, i: number, p: number): void {
  const kind = page.kind[i];
  const isLink = kind === TagKind.Link;
  m.text[p] += m.text[i];
  m.links[p] += isLink ? m.text[i] : m.links[i];
  m.commas[p] += m.commas[i];
  m.children[p]++;
  m.paragraphs[p] += m.paragraphs[i] + (kind === TagKind.Paragraph ? 1 : 0);
  m.images[p] += m.images[i] + (kind === TagKind.Image ? 1 : 0);
  m.items[p] += m.items[i] + (kind === TagKind.ListItem ? 1 : 0);
  m.inputs[p] += m.inputs[i];
  m.embeds[p] += m.embeds[i];
  m.headingText[p] += kind === TagKind.Heading ? m.text[i] : m.headingText[i];
  m.listText[p] += kind === TagKind.List ? m.text[i] : m.listText[i];
  if (page.isInline[i]) {
    m.inline[p] += m.inline[i];
    m.inlineCommas[p] += m.inlineCommas[i];
    m.inlineLinks[p] += isLink ? m.inline[i] : m.inlineLinks[i];
    m.breaks[p] += m.breaks[i] + (kind === TagKind.Break ? 1 : 0);
    if (m.hasBlock[i]) m.hasBlock[p] = 1;
  } else {
    m.hasBlock[p] = 1;
  }
}

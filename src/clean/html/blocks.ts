// Inside the chosen container: Readability's conditional cleaning of containers that look like widgets, then
// the text as blocks (one per paragraph, heading, list item, cell or <br>-separated line), each with its link
// share so that link lists and prompts can be dropped line by line.
import { collapsedLength, walk, type Page, type Visitor } from './dom.js';
import { classWeight, isEmbeddedPost } from './hints.js';
import { measure, type Measures } from './measure.js';
import { Pruned } from './prune.js';

export interface Block {
  text: string;
  /** The innermost block element around the line; -1 for text that did not come from the page's markup. */
  at: number;
  /** Share of the line's characters inside links. */
  linkShare: number;
}

const JUDGED_TAGS = new Set(['div', 'section', 'table', 'ul', 'form', 'fieldset', 'figure', 'center', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MANY_COMMAS = 10;
/** Cells of a data row: short, and written on one line between separators. */
const ROW_CELL_TEXT = 200;
const CELL_SEPARATOR = ' | ';
/** Marks a cell boundary inside a line until the line is written (NUL, taken out of the page's own text). */
const CELL_BOUNDARY = '\u0000';

function isDataTable(page: Page, t: number): boolean {
  const attribs = page.attribs[t];
  if (attribs.role === 'presentation' || attribs.datatable === '0') return false;
  if (attribs.summary) return true;
  let cells = 0;
  for (let i = t + 1; i < page.end[t]; i++) {
    const tag = page.tag[i];
    if (tag === 'table') return false;
    if (tag === 'caption' || tag === 'th' || tag === 'thead' || tag === 'tfoot' || tag === 'colgroup') return true;
    if (tag === 'td') cells++;
  }
  return cells > 10;
}

function insideFigure(page: Page, i: number): boolean {
  for (let a = page.parent[i], hops = 0; a >= 0 && hops < 32; a = page.parent[a], hops++) if (page.tag[a] === 'figure') return true;
  return false;
}

/** Readability's "shadiness" checks for a container inside the article. */
function looksLikeWidget(page: Page, m: Measures, i: number, weighClasses: boolean): boolean {
  const tag = page.tag[i];
  if (isEmbeddedPost(page, i)) return false;
  const weight = weighClasses ? classWeight(page, i) : 0;
  if (weight < 0) return true;
  if (m.commas[i] >= MANY_COMMAS) return false;
  if (tag === 'table' && isDataTable(page, i)) return false;
  const length = m.text[i];
  const isList = tag === 'ul' || tag === 'ol' || (length > 0 && m.listText[i] / length > 0.9);
  const paragraphs = m.paragraphs[i];
  const images = m.images[i];
  const density = length ? m.links[i] / length : 0;
  const headingShare = length ? m.headingText[i] / length : 0;
  const inFigure = images > 0 && insideFigure(page, i);
  const shady =
    (!inFigure && images > 1 && paragraphs / images < 0.5) ||
    (!isList && m.items[i] - 100 > paragraphs) ||
    m.inputs[i] > Math.floor(paragraphs / 3) ||
    (!isList && !inFigure && headingShare < 0.9 && length < 25 && (images === 0 || images > 2) && density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (m.embeds[i] === 1 && length < 75) ||
    m.embeds[i] > 1;
  if (shady && isList && images > 0 && images === m.items[i]) return false; // a list of pictures stays
  return shady;
}

/**
 * Measures again with widgets inside the roots dropped, innermost first so that outer ones are judged clean.
 * The best-scored element and its ancestors are the article itself and are not judged.
 */
export function cleanConditionally(page: Page, pruned: Uint8Array, roots: number[], best: number, weighClasses: boolean): Measures {
  const inside = new Uint8Array(page.size);
  for (const r of roots) inside.fill(1, r + 1, page.end[r]);
  for (let a = best; a >= 0 && inside[a]; a = page.parent[a]) inside[a] = 0;
  const judge = (i: number, m: Measures): Pruned => {
    if (!inside[i]) return Pruned.Kept;
    const tag = page.tag[i];
    if (HEADINGS.has(tag)) return weighClasses && classWeight(page, i) < 0 ? Pruned.Conditional : Pruned.Kept;
    if (!JUDGED_TAGS.has(tag)) return Pruned.Kept;
    return looksLikeWidget(page, m, i, weighClasses) ? Pruned.Conditional : Pruned.Kept;
  };
  return measure(page, Uint8Array.from(pruned), judge, roots);
}

/** One line: invisible characters dropped, white space (JavaScript's \s includes the Unicode spaces) collapsed. */
function tidy(text: string): string {
  return text.replace(/[\u200B-\u200D\u2060\u00AD]+/g, '').replace(/\s+/g, ' ').trim();
}

class LineBuilder {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private readonly open: number[] = [];

  enterBlock(i: number): void {
    this.flush();
    this.open.push(i);
  }

  leaveBlock(): void {
    this.flush();
    this.open.pop();
  }

  text(data: string, inLink: boolean): void {
    this.parts.push(data.includes(CELL_BOUNDARY) ? data.replaceAll(CELL_BOUNDARY, '') : data);
    if (inLink) this.linkChars += collapsedLength(data);
  }

  /** Between two cells of a row written as one line; empty cells leave no separator behind. */
  cellBoundary(): void {
    this.parts.push(CELL_BOUNDARY);
  }

  flush(): void {
    if (!this.parts.length) return;
    const joined = this.parts.join('');
    const text = joined.includes(CELL_BOUNDARY) ? joined.split(CELL_BOUNDARY).map(tidy).filter(Boolean).join(CELL_SEPARATOR) : tidy(joined);
    if (text) {
      const at = this.open[this.open.length - 1] ?? -1;
      this.blocks.push({ text, at, linkShare: Math.min(1, this.linkChars / text.length) });
    }
    this.parts = [];
    this.linkChars = 0;
  }
}

/** A table row of short cells without blocks in them (a data row, not a layout row) reads as one line. */
function isTextRow(page: Page, m: Measures, tr: number): boolean {
  let cells = 0;
  for (let c = tr + 1; c < page.end[tr]; c = page.end[c]) {
    if (m.pruned[c] !== Pruned.Kept || (page.tag[c] !== 'td' && page.tag[c] !== 'th')) continue;
    if (m.hasBlock[c] || m.text[c] > ROW_CELL_TEXT) return false;
    cells++;
  }
  return cells >= 2;
}

/** The blocks of text under the roots, in document order, skipping pruned subtrees. */
export function blocksOf(page: Page, m: Measures, roots: number[]): Block[] {
  const out = new LineBuilder();
  let linkDepth = 0;
  // the row being written as one line, and how many of its cells are written
  let row = -1;
  let cells = 0;
  const isCellOfRow = (i: number) => row >= 0 && page.parent[i] === row;
  const visitor: Visitor = {
    skip: (i) => m.pruned[i] !== Pruned.Kept,
    open: (i) => {
      const tag = page.tag[i];
      if (tag === 'br') out.flush();
      else if (isCellOfRow(i)) {
        if (cells++ > 0) out.cellBoundary();
      } else if (!page.isInline[i]) {
        out.enterBlock(i);
        if (tag === 'tr' && isTextRow(page, m, i)) {
          row = i;
          cells = 0;
        }
      } else if (tag === 'a') linkDepth++;
    },
    close: (i) => {
      if (isCellOfRow(i)) return;
      if (i === row) row = -1;
      if (!page.isInline[i]) out.leaveBlock();
      else if (page.tag[i] === 'a') linkDepth--;
    },
    text: (data) => out.text(data, linkDepth > 0),
  };
  for (const r of roots) walk(page, r, visitor);
  out.flush();
  return out.blocks;
}

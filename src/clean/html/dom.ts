// The parsed page as flat arrays, read once from the tree cheerio (htmlparser2 mode) parses. Elements are
// numbered in document order, so a subtree is the index range [i, end[i]); the document itself is an event log
// (open element, text, close element) that every walk reads as a plain loop: no recursion, however deep the
// markup nests.
import { createRequire } from 'node:module';
import { INLINE_TAGS, TAXONOMY_CLASS_PREFIXES } from '../html-markers.js';
import { MAX_DEPTH } from './depth.js';

export interface Page {
  /** Number of elements. */
  size: number;
  tag: string[];
  attribs: Record<string, string>[];
  /** Index of the parent element, -1 at the top. */
  parent: Int32Array;
  /** One past the last descendant: the subtree of i is [i, end[i]). */
  end: Int32Array;
  /** Characters (white space collapsed) and commas of the element's own text nodes. */
  ownText: Int32Array;
  ownCommas: Int32Array;
  /** Lower-cased "class id", or '' when the element has neither; classHint and idHint are the two halves. */
  hint: string[];
  classHint: string[];
  idHint: string[];
  isInline: Uint8Array;
  /** What the counters of html/measure.ts need to know about a tag. */
  kind: Uint8Array;
  /** The document in order: 2i opens element i, 2i + 1 closes it, -1 - k is text node k. */
  events: Int32Array;
  /** Where element i opens and closes in `events`. */
  openAt: Int32Array;
  closeAt: Int32Array;
  texts: string[];
  /** The content of script elements that hold JSON-LD, by element. */
  jsonLd: Map<number, string>;
}

export const enum TagKind {
  Other = 0,
  Link,
  Paragraph,
  Image,
  ListItem,
  List,
  Heading,
  Break,
  Input,
  Embed,
}

const TAG_KINDS: Readonly<Record<string, TagKind>> = {
  a: TagKind.Link, p: TagKind.Paragraph, img: TagKind.Image, li: TagKind.ListItem, ul: TagKind.List,
  ol: TagKind.List, h1: TagKind.Heading, h2: TagKind.Heading, h3: TagKind.Heading, h4: TagKind.Heading,
  h5: TagKind.Heading, h6: TagKind.Heading, br: TagKind.Break, input: TagKind.Input, select: TagKind.Input,
  textarea: TagKind.Input, button: TagKind.Input, iframe: TagKind.Embed, embed: TagKind.Embed,
  object: TagKind.Embed, video: TagKind.Embed, audio: TagKind.Embed,
};

const inlineTags = new Set(INLINE_TAGS);
/** Their text is code or styling, never prose. */
const NOT_TEXT_TAGS = new Set(['script', 'style']);

const enum Char {
  Tab = 9,
  LineFeed = 10,
  FormFeed = 12,
  CarriageReturn = 13,
  Space = 32,
  NoBreakSpace = 160,
}

function isSpace(c: number): boolean {
  return c === Char.Space || c === Char.LineFeed || c === Char.Tab || c === Char.CarriageReturn || c === Char.FormFeed || c === Char.NoBreakSpace;
}

/** Length of the text with white-space runs counted as one character, leading white space not counted. */
export function collapsedLength(s: string): number {
  let n = 0;
  let inSpace = true;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return n;
}

const COMMAS = [',', '\u060C', '\uFF0C'];

function countCommas(s: string): number {
  let n = 0;
  for (const comma of COMMAS) for (let i = s.indexOf(comma); i >= 0; i = s.indexOf(comma, i + 1)) n++;
  return n;
}

const taxonomyClass = new RegExp(`(?:^|\\s)(?:${TAXONOMY_CLASS_PREFIXES.join('|')})\\S*`, 'g');
const hasTaxonomyClass = new RegExp(`(?:^|\\s)(?:${TAXONOMY_CLASS_PREFIXES.join('|')})`);
const UPPER = /[A-Z]/;

/** The class attribute as role hints: lower-cased, taxonomy labels left out. */
function classHintOf(cls: string): string {
  const lower = UPPER.test(cls) ? cls.toLowerCase() : cls;
  return hasTaxonomyClass.test(lower) ? lower.replace(taxonomyClass, '').trim() : lower;
}

/** An Int32Array that doubles when full. Its buffer is reused from page to page; done() copies the numbers out. */
class IntList {
  data = new Int32Array(4096);
  length = 0;

  reset(): this {
    this.length = 0;
    return this;
  }

  push(v: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = v;
  }

  private grow(): void {
    const bigger = new Int32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Thrown from the parser callbacks when the markup nests past MAX_DEPTH (see depth.ts). */
export class TooDeep extends Error {}

/** The lists reused from page to page. */
const lists = {
  parent: new IntList(),
  end: new IntList(),
  ownText: new IntList(),
  ownCommas: new IntList(),
  events: new IntList(),
  openAt: new IntList(),
  closeAt: new IntList(),
};

/** Collects the page from the parsed tree, event by event (open element, text, close element). */
class PageBuilder {
  readonly tag: string[] = [];
  readonly attribs: Record<string, string>[] = [];
  readonly texts: string[] = [];
  readonly jsonLd = new Map<number, string>();
  private readonly open: number[] = [];
  private readonly parent = lists.parent.reset();
  private readonly end = lists.end.reset();
  private readonly ownText = lists.ownText.reset();
  private readonly ownCommas = lists.ownCommas.reset();
  private readonly events = lists.events.reset();
  private readonly openAt = lists.openAt.reset();
  private readonly closeAt = lists.closeAt.reset();

  constructor(private readonly maxDepth: number) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.open.length >= this.maxDepth) throw new TooDeep();
    const i = this.tag.length;
    this.tag.push(name);
    this.attribs.push(attribs);
    this.parent.push(this.open.length ? this.open[this.open.length - 1] : -1);
    this.end.push(i + 1);
    this.ownText.push(0);
    this.ownCommas.push(0);
    this.openAt.push(this.events.length);
    this.closeAt.push(this.events.length);
    this.events.push(2 * i);
    this.open.push(i);
  }

  onclosetag(): void {
    const i = this.open.pop();
    if (i === undefined) return;
    this.end.data[i] = this.tag.length;
    this.closeAt.data[i] = this.events.length;
    this.events.push(2 * i + 1);
  }

  ontext(data: string): void {
    const owner = this.open.length ? this.open[this.open.length - 1] : -1;
    if (owner >= 0 && NOT_TEXT_TAGS.has(this.tag[owner])) {
      if (/ld\+json/i.test(this.attribs[owner].type ?? '')) this.jsonLd.set(owner, (this.jsonLd.get(owner) ?? '') + data);
      return;
    }
    this.texts.push(data);
    this.events.push(-this.texts.length);
    if (owner >= 0) {
      this.ownText.data[owner] += collapsedLength(data);
      this.ownCommas.data[owner] += countCommas(data);
    }
  }

  page(): Page {
    const n = this.tag.length;
    const hint = new Array<string>(n);
    const classHint = new Array<string>(n);
    const idHint = new Array<string>(n);
    const isInline = new Uint8Array(n);
    const kind = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const { class: cls, id } = this.attribs[i];
      classHint[i] = cls ? classHintOf(cls) : '';
      idHint[i] = id ? (UPPER.test(id) ? id.toLowerCase() : id) : '';
      hint[i] = cls || id ? `${classHint[i]} ${idHint[i]}` : '';
      isInline[i] = inlineTags.has(this.tag[i]) ? 1 : 0;
      kind[i] = TAG_KINDS[this.tag[i]] ?? TagKind.Other;
    }
    return {
      size: n,
      tag: this.tag,
      attribs: this.attribs,
      parent: this.parent.done(),
      end: this.end.done(),
      ownText: this.ownText.done(),
      ownCommas: this.ownCommas.done(),
      hint,
      classHint,
      idHint,
      isInline,
      kind,
      events: this.events.done(),
      openAt: this.openAt.done(),
      closeAt: this.closeAt.done(),
      texts: this.texts,
      jsonLd: this.jsonLd,
    };
  }
}

const require = createRequire(import.meta.url);
type CheerioSlim = typeof import('cheerio/slim');
let cheerio: CheerioSlim | null = null;

/** A node of the tree cheerio builds (domhandler): what the walk below reads of it. */
interface TreeNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
  children?: TreeNode[];
}

/**
 * Parses with cheerio in its htmlparser2 mode (cheerio/slim): forgiving, linear in the page's size, and several
 * times faster than its default HTML5 parser. Loaded on first use, so that plain-text inputs never pay for it.
 * The tree is then read once, without recursion, into the flat arrays. Throws TooDeep past MAX_DEPTH.
 */
export function parsePage(html: string, maxDepth = MAX_DEPTH): Page {
  cheerio ??= require('cheerio/slim') as CheerioSlim;
  const root = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } }).root()[0] as unknown as TreeNode;
  const builder = new PageBuilder(maxDepth);
  const stack: { node: TreeNode; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const children = top.node.children ?? [];
    if (top.next >= children.length) {
      stack.pop();
      if (stack.length) builder.onclosetag();
      continue;
    }
    const child = children[top.next++];
    if (child.type === 'text') builder.ontext(child.data ?? '');
    else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
      builder.onopentag(child.name ?? '', child.attribs ?? {});
      stack.push({ node: child, next: 0 });
    }
  }
  return builder.page();
}

/** What a walk over a subtree reports, in document order. */
export interface Visitor {
  /** Leave this element and everything in it out. */
  skip(i: number): boolean;
  open(i: number): void;
  close(i: number): void;
  text(data: string): void;
}

/** Walks the subtree of element `root` in document order: a loop over the event log, skipped subtrees jumped. */
export function walk(page: Page, root: number, visitor: Visitor): void {
  if (visitor.skip(root)) return;
  const stop = page.closeAt[root];
  visitor.open(root);
  for (let at = page.openAt[root] + 1; at < stop; at++) {
    const event = page.events[at];
    if (event < 0) {
      visitor.text(page.texts[-1 - event]);
      continue;
    }
    const i = event >> 1;
    if (event & 1) visitor.close(i);
    else if (visitor.skip(i)) at = page.closeAt[i];
    else visitor.open(i);
  }
  visitor.close(root);
}

const never = () => false;

/** The text of element i, white space collapsed, a space between blocks, leaving out the subtrees `skip` names. */
export function textAt(page: Page, i: number, skip: (i: number) => boolean = never): string {
  const parts: string[] = [];
  const blockEdge = (k: number) => {
    if (!page.isInline[k] || page.kind[k] === TagKind.Break) parts.push(' ');
  };
  walk(page, i, { skip, open: blockEdge, close: blockEdge, text: (data) => parts.push(data) });
  return collapse(parts.join(''));
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// A guard against hostile nesting. htmlparser2 keeps its open elements (and its foreign-content flags) in arrays
// it grows with Array.unshift and searches with indexOf, so a parse costs time quadratic in how deep the page
// nests: 200,000 nested <div>, or "</b><i>" repeated (each <i> nests inside the last, each </b> searches the whole
// stack in vain), take tens of seconds or more. Real pages nest well under a hundred levels.
//
// The guard replays the parser's own rules on the parser's own tokens (htmlparser2's Tokenizer): which tags are
// void, which opening tags close the open element first (<p> closes <p>, <td> closes <td>), how a closing tag
// closes the nearest open element of its name and everything inside it (or nothing, when none is open), and when
// "<x/>" closes itself (inside <svg> and <math> only). Its stacks are plain arrays used at their end, with the
// open elements of each name indexed, so the replay is linear. Where the replay reaches MAX_DEPTH, opening tags
// are left out of the page (their text kept), and so are closing tags that close nothing; the page that is left
// nests no deeper than MAX_DEPTH by the same rules, so it is parsed once, in time linear in its size.
import { createRequire } from 'node:module';
import type { TokenizerCallbacks } from 'htmlparser2';

/** The deepest nesting a parsed page may reach (the page builder in dom.ts refuses to go deeper). */
export const MAX_DEPTH = 512;

// htmlparser2 10's tables (Parser.ts), which the replay must follow exactly: test/clean/html.test.ts compares the
// depth it predicts with the depth of the parsed tree.
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P = new Set(['p']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, P] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM_TAGS] as [string, Set<string>]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t) => [t, P] as [string, Set<string>],
  ),
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Elements whose content the tokenizer reads as raw text: never left out, or their content would become markup. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/**
 * htmlparser2's elements stack, top at the end, with the positions of each name's open elements, so that "is an
 * element of this name open, and where" is one look-up.
 */
class OpenElements {
  readonly names: string[] = [];
  private readonly at = new Map<string, number[]>();

  get depth(): number {
    return this.names.length;
  }

  top(): string | undefined {
    return this.names[this.names.length - 1];
  }

  push(name: string): void {
    let list = this.at.get(name);
    if (!list) this.at.set(name, (list = []));
    list.push(this.names.length);
    this.names.push(name);
  }

  pop(): void {
    const name = this.names.pop();
    if (name !== undefined) this.at.get(name)!.pop();
  }

  /** Closes the nearest open element of this name and everything inside it; false when none is open. */
  closeNearest(name: string): boolean {
    const list = this.at.get(name);
    if (!list?.length) return false;
    const pos = list[list.length - 1];
    while (this.names.length > pos) this.pop();
    return true;
  }
}

export interface NestingReplay {
  /** The deepest the parser's stack of open elements goes (the tree can be one deeper: void elements). */
  deepest: number;
  /** [start, end) ranges of tags to leave out so that it stays within the limit. */
  drops: [number, number][];
  /** Opening tags among them. */
  droppedOpenings: number;
}

const require = createRequire(import.meta.url);
type Htmlparser2 = typeof import('htmlparser2');
let htmlparser2: Htmlparser2 | null = null;

/**
 * Replays htmlparser2 on `html`, leaving out (as it goes, so that the rest is replayed on the page as it will be)
 * opening tags that would take the parsed tree, or the stack of foreign-content flags, deeper than `limit`, and
 * closing tags that close nothing. Linear in the page's size.
 */
export function replayNesting(html: string, limit = MAX_DEPTH): NestingReplay {
  htmlparser2 ??= require('htmlparser2') as Htmlparser2;
  const open = new OpenElements();
  /** htmlparser2's foreignContext, top at the end: whether "<x/>" closes itself here. */
  const foreign: boolean[] = [false];
  const drops: [number, number][] = [];
  let deepest = 0;
  let droppedOpenings = 0;
  let tagName = '';
  /** Where the opening tag being read starts, when it is left out; -1 when it is kept. */
  let droppedFrom = -1;

  const nameAt = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const dropOpening = (end: number) => {
    if (droppedFrom < 0) return false;
    drops.push([droppedFrom, end]);
    droppedOpenings++;
    droppedFrom = -1;
    return true;
  };
  const noop = () => {};
  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      const name = nameAt(start, end);
      tagName = name;
      const isVoid = VOID.has(name);
      // the tree may hold one more level than the stack: a void element, or the empty paragraph "</p>" makes
      const deepens = !isVoid && (open.depth >= limit - 1 || ((FOREIGN.has(name) || HTML_INTEGRATION.has(name)) && foreign.length >= limit));
      if (deepens && !RAW_TEXT.has(name)) {
        droppedFrom = start - 1;
        return;
      }
      droppedFrom = -1;
      const closes = OPEN_IMPLIES_CLOSE.get(name);
      if (closes) while (open.depth > 0 && closes.has(open.top()!)) open.pop();
      if (isVoid) return;
      open.push(name);
      deepest = Math.max(deepest, open.depth);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (HTML_INTEGRATION.has(name)) foreign.push(false);
    },
    onopentagend(end) {
      dropOpening(end + 1);
    },
    onselfclosingtag(end) {
      if (dropOpening(end + 1)) return;
      // recognised only in foreign content (svg, math); elsewhere "<div/>" opens a div
      if (foreign[foreign.length - 1] && open.top() === tagName) open.pop();
    },
    onclosetag(start, end) {
      const name = nameAt(start, end);
      if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) {
        foreign.pop();
        return void open.closeNearest(name);
      }
      // "</br>" is a line break; any other closing tag that closes nothing is ignored by the parser ("</p>" makes
      // an empty paragraph, which holds no text), after a search of the whole stack
      if (name === 'br' || (!VOID.has(name) && open.closeNearest(name))) return;
      // white space may come before the name ("</ b>"), anything after it up to the ">" ("</div class=x>")
      const close = html.indexOf('>', end);
      drops.push([html.lastIndexOf('<', start), close < 0 ? html.length : close + 1]);
    },
    onend() {
      // an opening tag cut off by the end of the page
      dropOpening(html.length);
    },
    ontext: noop,
    ontextentity: noop,
    onattribname: noop,
    onattribdata: noop,
    onattribentity: noop,
    onattribend: noop,
    oncomment: noop,
    oncdata: noop,
    ondeclaration: noop,
    onprocessinginstruction: noop,
  };
  // entities do not move tag boundaries, and not decoding them halves the time
  const tokenizer = new htmlparser2.Tokenizer({ xmlMode: false, decodeEntities: false }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return { deepest, drops, droppedOpenings };
}

/** What parsing a page may cost, in steps of the parser's stack per character of the page, before it is replayed. */
const PARSE_STEPS_PER_CHAR = 64;

/**
 * Whether parsing the page as it is could cost more than PARSE_STEPS_PER_CHAR steps per character: each tag costs
 * the parser at most one step per open element, and no more elements can be open than opening tags were seen, so
 * counting "<x" and "</x" bounds it. Cheap, and false for real pages (a few hundred to a few thousand tags in
 * 50-300 KB), which are parsed as they are; a page that then turns out to nest past MAX_DEPTH is replayed after.
 */
export function costlyToParse(html: string): boolean {
  let opening = 0;
  let closing = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    let c = html.charCodeAt(i + 1);
    const isClosing = c === 0x2f;
    if (isClosing) c = html.charCodeAt(i + 2);
    c |= 0x20;
    if (c < 97 || c > 122) continue;
    if (isClosing) closing++;
    else opening++;
  }
  return (opening + closing) * opening > PARSE_STEPS_PER_CHAR * html.length;
}

/**
 * The page with opening tags past `limit`, and closing tags that close nothing, left out (their text kept);
 * `dropped` counts the opening tags.
 */
export function flattenDeepNesting(html: string, limit = MAX_DEPTH): { html: string; dropped: number } {
  const { drops, droppedOpenings } = replayNesting(html, limit);
  if (!drops.length) return { html, dropped: 0 };
  const out: string[] = [];
  let copied = 0;
  for (const [start, end] of drops) {
    out.push(html.slice(copied, start));
    // a "<" just before a tag is text ("<<b>"): with the tag gone it would open a tag of the text after it
    if (html.charCodeAt(start - 1) === 0x3c) out.push(' ');
    copied = end;
  }
  out.push(html.slice(copied));
  return { html: out.join(''), dropped: droppedOpenings };
}

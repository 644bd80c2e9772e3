// Expected files written the way they were written. `check --update` changes only the values that changed, in
// place: everything else in the file (key order, indentation, which lists have one element per line, spacing
// inside braces) stays byte for byte. New values are laid out like their neighbours in the same file. jsonc-parser
// gives the offsets of every value; the edits and the layout are worked out here, generically over JSON.
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';

interface Layout {
  eol: string;
  indent: string;
  /** Inside a one-line object or array: after "{" (and before "}"), after "[", after ":", after ",". */
  brace: string;
  bracket: string;
  colon: string;
  comma: string;
  /** Whether containers of a kind at a depth are spread over lines ("1:array" → true), as first seen. */
  spread: Map<string, boolean>;
}

/** The layout of the fixture files: one field per line, one list element per line, each element on one line. */
const DEFAULT_LAYOUT: Layout = {
  eol: '\n',
  indent: '  ',
  brace: ' ',
  bracket: '',
  colon: ': ',
  comma: ', ',
  spread: new Map([
    ['0:object', true],
    ['1:array', true],
  ]),
};

function isSpread(layout: Layout, depth: number, kind: 'object' | 'array'): boolean {
  return layout.spread.get(`${depth}:${kind}`) ?? DEFAULT_LAYOUT.spread.get(`${depth}:${kind}`) ?? false;
}

/** A value laid out as `layout` says for its depth; `inline` forces one line (inside a one-line container). */
function render(value: unknown, layout: Layout, depth: number, inline = false): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  const isArray = Array.isArray(value);
  const items = isArray ? (value as unknown[]) : Object.entries(value as Record<string, unknown>);
  if (!items.length) return isArray ? '[]' : '{}';
  const spread = !inline && isSpread(layout, depth, isArray ? 'array' : 'object');
  const one = (item: unknown) => {
    const v = isArray ? item : (item as [string, unknown])[1];
    const body = render(v, layout, depth + 1, !spread);
    return isArray ? body : `${JSON.stringify((item as [string, unknown])[0])}${spread ? ': ' : layout.colon}${body}`;
  };
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (spread) {
    const inner = layout.eol + layout.indent.repeat(depth + 1);
    return `${open}${inner}${items.map(one).join(`,${inner}`)}${layout.eol}${layout.indent.repeat(depth)}${close}`;
  }
  const pad = isArray ? layout.bracket : layout.brace;
  return `${open}${pad}${items.map(one).join(layout.comma)}${pad}${close}`;
}

/** A new expected file, in the fixture files' layout. */
export function formatExpected(value: unknown): string {
  return `${render(value, DEFAULT_LAYOUT, 0)}\n`;
}

const end = (n: Node) => n.offset + n.length;

function layoutOf(text: string, root: Node): Layout {
  const layout: Layout = { ...DEFAULT_LAYOUT, eol: text.includes('\r\n') ? '\r\n' : '\n', spread: new Map() };
  const indent = /\n([ \t]+)\S/.exec(text);
  if (indent) layout.indent = indent[1];
  let sawObject = false;
  let sawArray = false;
  const visit = (n: Node, depth: number) => {
    const kids = n.children ?? [];
    if ((n.type === 'object' || n.type === 'array') && kids.length) {
      const source = text.slice(n.offset, end(n));
      const spread = source.includes('\n');
      const key = `${depth}:${n.type}`;
      if (!layout.spread.has(key)) layout.spread.set(key, spread);
      // the spacing of one-line containers, from the first of each kind that has two items
      if (!spread && n.type === 'object' && !sawObject) {
        sawObject = true;
        layout.brace = /^\{(\s*)/.exec(source)![1];
        const first = kids[0].children!;
        layout.colon = text.slice(end(first[0]), first[1].offset);
        if (kids.length > 1) layout.comma = text.slice(end(kids[0]), kids[1].offset);
      }
      if (!spread && n.type === 'array' && !sawArray) {
        sawArray = true;
        layout.bracket = /^\[(\s*)/.exec(source)![1];
      }
    }
    for (const k of kids) visit(k.type === 'property' ? k.children![1] : k, k.type === 'property' || n.type === 'array' ? depth + 1 : depth);
  };
  visit(root, 0);
  return layout;
}

interface Edit {
  offset: number;
  length: number;
  content: string;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The separator before a new last item: as between the last two items, or as the container was laid out. */
function separator(text: string, container: Node, items: Node[], layout: Layout, depth: number): string {
  if (items.length >= 2) return text.slice(end(items[items.length - 2]), items[items.length - 1].offset);
  const source = text.slice(container.offset, end(container));
  if (source.includes('\n')) return `,${layout.eol}${layout.indent.repeat(depth + 1)}`;
  return layout.comma;
}

/**
 * The text of an expected file changed to hold `next`, editing only what differs. Falls back to a fresh file in
 * the same layout when the text is not JSON.
 */
export function rewriteExpected(text: string, next: unknown): string {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors);
  if (!root || errors.length) return formatExpected(next);
  const layout = layoutOf(text, root);
  const edits: Edit[] = [];
  const replace = (n: Node, value: unknown, depth: number, inline: boolean) =>
    edits.push({ offset: n.offset, length: n.length, content: render(value, layout, depth, inline) });

  const visit = (n: Node, value: unknown, depth: number, inline: boolean) => {
    if (sameJson(getNodeValue(n), value)) return;
    const oneLine = inline || !text.slice(n.offset, end(n)).includes('\n');
    if (n.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      const props = n.children ?? [];
      const next = value as Record<string, unknown>;
      const keys = props.map((p) => p.children![0].value as string);
      // a key dropped: rare enough (check never drops one) to rewrite the object whole
      if (!keys.every((k) => k in next)) return replace(n, value, depth, inline);
      for (const p of props) visit(p.children![1], next[p.children![0].value as string], depth + 1, oneLine);
      const added = Object.keys(next).filter((k) => !keys.includes(k));
      if (!added.length) return;
      if (!props.length) return replace(n, value, depth, inline);
      const sep = separator(text, n, props, layout, depth);
      const colon = oneLine ? layout.colon : ': ';
      const content = added.map((k) => `${sep}${JSON.stringify(k)}${colon}${render(next[k], layout, depth + 1, oneLine)}`).join('');
      edits.push({ offset: end(props[props.length - 1]), length: 0, content });
      return;
    }
    if (n.type === 'array' && Array.isArray(value)) {
      const items = n.children ?? [];
      if (!items.length || !value.length) return replace(n, value, depth, inline);
      const common = Math.min(items.length, value.length);
      for (let i = 0; i < common; i++) visit(items[i], value[i], depth + 1, oneLine);
      if (value.length > items.length) {
        const sep = separator(text, n, items, layout, depth);
        const content = value
          .slice(items.length)
          .map((v) => `${sep}${render(v, layout, depth + 1, oneLine)}`)
          .join('');
        edits.push({ offset: end(items[items.length - 1]), length: 0, content });
      } else if (value.length < items.length) {
        const from = end(items[value.length - 1]);
        edits.push({ offset: from, length: end(items[items.length - 1]) - from, content: '' });
      }
      return;
    }
    replace(n, value, depth, inline);
  };
  visit(root, next, 0, false);
  edits.sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of edits) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}

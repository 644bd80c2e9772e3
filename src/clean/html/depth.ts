// A guard against hostile nesting. htmlparser2 keeps its open-element stack with Array.unshift, so parsing is
// quadratic in nesting depth: 200,000 nested <div> take tens of seconds. Real pages nest well under a hundred
// levels; the page builder (dom.ts) stops at MAX_DEPTH open elements, and such a page is flattened here (the
// excess opening tags and the closing tags that answer them dropped, the text kept) and parsed again.

export const MAX_DEPTH = 2000;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: the next one closes them, so they never nest deep ("<p>a<p>b"). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);
/** Tags that do not change the depth. */
const FLAT_TAGS = new Set([...VOID_TAGS, ...SELF_CLOSING_SIBLINGS]);
/** Elements whose content is raw text: a "<" inside them is not a tag. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title']);

function skipRawText(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}`, 'ig');
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}

/** The page with opening tags past `limit` (and the closing tags that answer them) left out. */
export function flattenDeepNesting(html: string, limit: number): { html: string; dropped: number } {
  let droppedTags = 0;
  const out: string[] = [];
  const dropped: boolean[] = [];
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>/g;
  let copied = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || FLAT_TAGS.has(name)) continue;
    let drop = false;
    if (m[1]) drop = dropped.pop() ?? false;
    else if (!m[0].endsWith('/>')) {
      drop = dropped.length >= limit;
      dropped.push(drop);
      if (RAW_TEXT_TAGS.has(name)) tag.lastIndex = skipRawText(html, name, tag.lastIndex);
    }
    if (drop) {
      droppedTags++;
      out.push(html.slice(copied, m.index));
      copied = m.index + m[0].length;
    }
  }
  out.push(html.slice(copied));
  return { html: droppedTags ? out.join('') : html, dropped: droppedTags };
}

// title: the headline. A page's own (its h1, og:title or JSON-LD headline, which the cleaner reads and puts on the
// first line), else the first line of a text that reads like one: short, no date stamp, not a lead sentence that
// opens with the event's date, not a caption.
import { defineField } from '../../engine/field.js';
import type { Rule } from '../../engine/rule.js';
import { tokenAt, type Doc } from '../../engine/document.js';
import { ruleTag } from '../../emit/view.js';
import { nullable, text } from '../../engine/schema-parts.js';

const MAX_TITLE_CHARS = 250;
const MAX_TITLE_WORDS = 40;
const LINES_TO_SCAN = 4;

/** Lines that date the page or the event rather than name it. */
const DATE_LINE = /^(?:\(?\s*(?:Cập\s+nhật|Ngày\s+đăng|Đăng\s+lúc|Thứ\s+\S+|Chủ\s+nhật)|[\d\s/:.,()+-]+(?:GMT|UTC)?[\d\s/:.,()+-]*$|[\p{Lu}][\p{L}\p{M} .'-]{1,40},\s*ngày\s+\d)/iu;
const LEAD_OPENER = /^(?:\(?[\p{L}\p{N}.\s]{0,30}\)?\s*-\s*)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+(?:nay\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;

export function trimTitle(s: string): string {
  return s.replace(/[\s.:;,!?…]+$/u, '').trim();
}

/** The line the headline stands on, when the text has one. */
export function titleLine(doc: Doc): number | null {
  for (let i = 0; i < Math.min(LINES_TO_SCAN, doc.lines.length); i++) {
    const line = doc.lines[i];
    const text = doc.text.slice(line.start, line.end);
    if (DATE_LINE.test(text)) continue;
    if (LEAD_OPENER.test(text) || text.length > MAX_TITLE_CHARS) return null;
    const words = text.split(' ').length;
    if (words > MAX_TITLE_WORDS || words < 2 || doc.lines.length === 1) return null;
    return i;
  }
  return null;
}

export const TITLE_RULES: readonly Rule<string>[] = [
  {
    name: 'title-first-line',
    scan({ doc }, emit) {
      const i = titleLine(doc);
      if (i === null) return;
      const line = doc.lines[i];
      const value = trimTitle(doc.norm.display.slice(line.start, line.end));
      const first = tokenAt(doc.tokens, line.start);
      const end = tokenAt(doc.tokens, line.start + value.length);
      if (end > first) emit({ value, first, end });
    },
  },
];

/** Is this line a photo caption: a short body line that is not a sentence (no closing punctuation)? */
export function isCaptionLine(doc: Doc, index: number, headline: number | null): boolean {
  if (index === headline) return false;
  const line = doc.lines[index];
  if (!line) return false;
  const text = doc.text.slice(line.start, line.end);
  return text.length < 300 && !/[.!?…:;"”)]$/u.test(text);
}

export const title = defineField({
  name: 'title',
  contractKeys: null,
  dimensions: [],
  rules: TITLE_RULES,
  empty: null as string | null,
  schema: nullable(text),
  csv: (title) => ({ value: title }),
  sourced: true,
  report: { label: 'Title', colour: '#e9d5ff', edge: '#7e22ce' },
  record(ctx) {
    const f = ctx.findings('title')[0];
    return f ? { value: f.value as string, source: ctx.source(f) } : { value: null };
  },
  view: (v, r, c, explain) => (v ? [`${v}${ruleTag(c, r.sources?.title, explain)}`] : []),
});

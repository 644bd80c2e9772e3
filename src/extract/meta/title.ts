// The headline: the HTML page's own title when the cleaner found one, else the first line of the text that
// reads like a headline (short, not a date stamp, not a lead sentence that opens with the event date).
import type { Doc } from '../../text/document.js';

export interface TitleFinding {
  value: string;
  start: number;
  end: number;
  line: number | null;
  rule: string;
}

const MAX_TITLE_CHARS = 250;
const MAX_TITLE_WORDS = 40;
const LINES_TO_SCAN = 4;

/** Lines that date the page or the event rather than name it. */
const DATE_LINE = /^(?:\(?\s*(?:Cập\s+nhật|Ngày\s+đăng|Đăng\s+lúc|Thứ\s+\S+|Chủ\s+nhật)|[\d\s/:.,()+-]+(?:GMT|UTC)?[\d\s/:.,()+-]*$|[\p{Lu}][\p{L}\p{M} .'-]{1,40},\s*ngày\s+\d)/iu;
const LEAD_OPENER = /^(?:\(?[\p{L}\p{N}.\s]{0,30}\)?\s*-\s*)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+(?:nay\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;

function trimTitle(s: string): string {
  return s.replace(/[\s.:;,!…]+$/u, '').trim();
}

export function findTitle(doc: Doc): TitleFinding | null {
  for (let i = 0; i < Math.min(LINES_TO_SCAN, doc.lines.length); i++) {
    const line = doc.lines[i];
    const text = doc.text.slice(line.start, line.end);
    if (DATE_LINE.test(text)) continue;
    if (LEAD_OPENER.test(text)) return null;
    const words = text.split(/\s+/).length;
    if (text.length > MAX_TITLE_CHARS || words > MAX_TITLE_WORDS || words < 2) return null;
    if (doc.lines.length === 1) return null;
    const value = trimTitle(doc.norm.display.slice(line.start, line.end));
    return { value, start: line.start, end: line.start + value.length, line: i, rule: 'title-first-line' };
  }
  return null;
}

/** Is this line a photo caption: a short body line that is not a sentence (no closing punctuation)? */
export function isCaptionLine(doc: Doc, index: number, titleLine: number | null): boolean {
  if (index === titleLine) return false;
  const line = doc.lines[index];
  if (!line) return false;
  const text = doc.text.slice(line.start, line.end);
  return text.length < 300 && !/[.!?…:;"”)]$/u.test(text);
}

// The byline: a labelled one ("Tác giả: …", "Tin, ảnh: …"), a name closing the article ("… Tổ quốc. Hằng Hà -
// Đức Hoàng", a last line "Quốc Vũ"), or the outlet that opens the lead ("(NDHMoney) Lũy kế …").
import { gazetteer } from '../../gazetteer/index.js';
import { sentenceAt, type Doc } from '../../text/document.js';

export interface AuthorFinding {
  value: string;
  start: number;
  end: number;
  rule: string;
}

const LABEL =
  /(?:^|[\s.;])(?:Tác\s+giả|Bài\s+và\s+ảnh|Bài,?\s+ảnh|Tin\s+và\s+ảnh|Tin,?\s+ảnh|Bài|Tin|Nhóm\s+phóng\s+viên|Phóng\s+viên|Người\s+viết|Thực\s+hiện|Ghi\s+chép|Nguồn)\s*:\s*|(?:^|[\s.;])\(?Theo\s+(?=\p{Lu})/giu;

const WORD = `(?:\\p{Lu}[\\p{L}\\p{M}]*|\\p{Lu}(?:\\.\\p{Lu})+\\.?|PV|CTV|BTV)`;
/** One to six capitalised words, several names joined by " - ", ",", "và": "Hằng Hà - Đức Hoàng", "T.B", "PV". */
const NAME_LIKE = new RegExp(`^${WORD}(?:\\s+${WORD}){0,5}(?:\\s*(?:-|,|và)\\s*${WORD}(?:\\s+${WORD}){0,5})*$`, 'u');
const OUTLET_SUFFIX = /\s*[(\[][^()\[\]\n]{1,60}[)\]]\s*$/u;
/** "Đình ĐìnhTheo Infonet": the source outlet glued to the byline. */
const GLUED_SOURCE = /(?<=[\p{Ll}\p{M}])(?:Theo|Nguồn)\s+\p{Lu}[^\n]{0,40}$/u;
/** A date with a clock time: the page stamp. */
const STAMP = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.{0,6}\d{1,2}:\d{2}|\d{1,2}:\d{2}.{0,6}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/u;
/** How many closing lines may stand between the body and a byline. */
const TRAILING_LINES = 8;
const LEAD_OUTLET = /^\(([^()\n]{2,30})\)\s*[-–]?\s*/u;
const NOT_NAMES = /^(?:Xem\s+thêm|Tin\s+liên\s+quan|Video|Ảnh|Toàn\s+cảnh|Sign\s+In|Email|Print|Góp\s+ý|Chia\s+sẻ|Bình\s+luận)$/iu;

/** Longer than this, a line or sentence is prose, not a byline with its outlet: not worth the patterns below. */
const LONGEST_BYLINE = 160;

function clean(doc: Doc, start: number, end: number): { value: string; start: number; end: number } | null {
  if (end - start > LONGEST_BYLINE) return null;
  let s = start;
  let e = end;
  let text = doc.norm.display.slice(s, e);
  const lead = text.length - text.trimStart().length;
  s += lead;
  text = text.trim();
  const suffix = OUTLET_SUFFIX.exec(text) ?? GLUED_SOURCE.exec(text);
  if (suffix) text = text.slice(0, suffix.index);
  text = text.replace(/[\s.,;:…]+$/u, '');
  e = s + text.length;
  if (!text || !NAME_LIKE.test(text) || NOT_NAMES.test(text)) return null;
  return { value: text, start: s, end: e };
}

function isStampLine(text: string): boolean {
  return /^[\d\s/:.,()+-]+(?:GMT|UTC)?[\s\d:+-]*$/iu.test(text) || /^\(?\s*Cập\s+nhật/iu.test(text);
}

export function findAuthor(doc: Doc, titleLine: number | null): AuthorFinding | null {
  const lines = doc.lines.map((l, i) => ({ ...l, i })).filter((l) => l.i !== titleLine && !isStampLine(doc.text.slice(l.start, l.end)));
  if (!lines.length) return null;
  // the body ends at the last line that is a sentence; short lines after it are bylines or outlets
  let lastBody = lines.length - 1;
  while (lastBody > 0 && !/[.!?…"”]\s*$/u.test(doc.text.slice(lines[lastBody].start, lines[lastBody].end)) && lines[lastBody].end - lines[lastBody].start < 80)
    lastBody--;
  const tailStart = lines[Math.max(0, lastBody)].start;

  // 1. a label in the closing part of the text; the last one wins
  let labelled: AuthorFinding | null = null;
  LABEL.lastIndex = 0;
  for (const m of doc.text.slice(tailStart).matchAll(LABEL)) {
    const from = tailStart + m.index + m[0].length;
    const lineEnd = doc.text.indexOf('\n', from);
    const stop = lineEnd < 0 ? doc.text.length : lineEnd;
    const got = clean(doc, from, stop);
    if (got) labelled = { ...got, rule: 'author-label' };
  }
  if (labelled) return labelled;

  // 2. a short name line just after the body ("Minh Khang", "Đài Kim Bảng")
  for (let k = lastBody + 1; k < lines.length; k++) {
    const got = clean(doc, lines[k].start, lines[k].end);
    if (got) return { ...got, rule: 'author-last-line' };
  }
  // … or among the closing lines that are not sentences (related headlines, a summary some crawlers append)
  for (let k = lines.length - 1, seen = 0; k > 0 && seen < TRAILING_LINES; k--, seen++) {
    const text = doc.text.slice(lines[k].start, lines[k].end);
    if (/[.!?…"”]\s*$/u.test(text) && text.length > 80) break;
    const got = clean(doc, lines[k].start, lines[k].end);
    if (got && !gazetteer().isPlaceName(got.value)) return { ...got, rule: 'author-last-line' };
  }

  // 3. a name closing the last body paragraph, after repeated captions are set aside
  const body = lines[Math.max(0, lastBody)];
  const sentences = doc.sentences.filter((s) => s.start >= body.start && s.end <= body.end);
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k];
    const t = doc.text.slice(s.start, s.end);
    // a caption repeated at the end of the text is not where the byline is
    if (repeatedSentence(doc, t, s.start)) continue;
    const got = clean(doc, s.start, s.end);
    if (got) return { ...got, rule: 'author-closing-name' };
    break;
  }

  // 4. a byline line that carries the page stamp: "Đình Viên - Thể thao Việt Nam | 11:20 06/02/2017"
  for (const l of lines) {
    const text = doc.text.slice(l.start, l.end);
    if (!STAMP.test(text)) continue;
    const cut = /\s+[-|]\s+/u.exec(text);
    if (!cut) continue;
    const got = clean(doc, l.start, l.start + cut.index);
    if (got) return { ...got, rule: 'author-stamp-line' };
  }

  // 5. a byline under the headline: "Bài và ảnh: Nguyễn Văn A", or a name alone on the line after it
  for (const l of lines.slice(0, 3)) {
    LABEL.lastIndex = 0;
    const m = LABEL.exec(doc.text.slice(l.start, l.end));
    if (m && m.index === 0) {
      const got = clean(doc, l.start + m[0].length, l.end);
      if (got) return { ...got, rule: 'author-label-top' };
    }
  }
  if (titleLine !== null) {
    const next = lines.find((l) => l.i > titleLine);
    if (next && lines.indexOf(next) < lines.length - 1) {
      const got = clean(doc, next.start, next.end);
      if (got && got.value.split(/\s+/).length <= 4 && !gazetteer().isPlaceName(got.value)) return { ...got, rule: 'author-under-title' };
    }
  }

  // 6. the outlet that opens the lead: "(NDHMoney) Lũy kế …"
  for (const l of lines.slice(0, 3)) {
    const m = LEAD_OUTLET.exec(doc.text.slice(l.start, l.end));
    if (m) {
      const start = l.start + 1;
      const value = doc.norm.display.slice(start, start + m[1].length).trim();
      if (value && !/\d/.test(value)) return { value, start, end: start + value.length, rule: 'author-lead-outlet' };
    }
  }
  return null;
}

/** Whether the sentence at `at` appears as a whole sentence elsewhere (not merely inside one: a byline's name
 *  also shows in the photo credit "Ảnh: VGP/Liên Phương"). */
function repeatedSentence(doc: Doc, t: string, at: number): boolean {
  for (let p = doc.text.indexOf(t); p >= 0; p = doc.text.indexOf(t, p + 1)) {
    if (p === at) continue;
    const s = sentenceAt(doc, p);
    if (s && s.start === p && s.end === p + t.length) return true;
  }
  return false;
}

// author: the byline as printed. Rules in order of trust (bench/studies/author.mjs): a person credited at the end of
// the body ("… cấp trên. Hằng Hà - Đức Hoàng", "Tin, ảnh: Minh Anh", "Lê Phong (TTXVN)"), a labelled byline, the
// outlet of "Theo X", an agency alone ("(TTXVN)", "PV"), the outlet's tag that opens the lead ("(HNM) - …"), a byline
// on the page's stamp line or under the headline. A page's own byline (article:author, JSON-LD) beats them all.
import { authorContract } from './contract.js';
import { isPageStamp } from '../../lexicon/dates.js';
import { defineField } from '../../engine/field.js';
import type { Rule, ScanRule } from '../../engine/rule.js';
import { tokenAt, type Doc } from '../../engine/document.js';
import { gazetteer, nameKey } from '../../gazetteer/index.js';
import { titleLine } from '../title/index.js';
import { endTail, isLowerCaseNameCredit, isNotByline, leadTag, readCredit, withoutPhotoCredit, type CreditKind } from './credit.js';

const LABEL =
  /(?:^|[\s.;])(?:Tác\s+giả|Bài\s+và\s+ảnh|Bài,?\s+ảnh|Tin\s+và\s+ảnh|Tin,?\s+ảnh|Bài|Tin|Nhóm\s+phóng\s+viên|Phóng\s+viên|Người\s+viết|Thực\s+hiện|Ghi\s+chép|Nguồn)\s*:\s*|(?:^|[\s.;])\(?Theo\s+(?=\p{Lu})/giu;

// "PV", "CTV", "BTV" are capitalised words already: a second way to read them made a failing line of dashed names
// cost 2^n tries (round 19 second review)
const WORD = `(?:\\p{Lu}[\\p{L}\\p{M}]*|\\p{Lu}(?:\\.\\p{Lu})+\\.?)`;
/** One to six capitalised words, several names joined by " - " (or a longer dash), ",", "và": "Hằng Hà - Đức Hoàng", "Hữu Lương – Tạ Nhật", "T.B", "PV". */
const NAME_LIKE = new RegExp(`^${WORD}(?:\\s+${WORD}){0,5}(?:\\s*(?:[-–—]|,|và)\\s*${WORD}(?:\\s+${WORD}){0,5})*$`, 'u');
const OUTLET_SUFFIX = /\s*[(\[][^()\[\]\n]{1,60}[)\]]\s*$/u;
/** "Đình ĐìnhTheo Infonet": the source outlet glued to the byline. */
const GLUED_SOURCE = /(?<=[\p{Ll}\p{M}])(?:Theo|Nguồn)\s+\p{Lu}[^\n]{0,40}$/u;
/** A date with a clock time: the page stamp. */
const STAMP = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.{0,6}\d{1,2}:\d{2}|\d{1,2}:\d{2}.{0,6}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/u;

/**
 * A line under the headline that names a province or a district (a dateline's place, "Hà Nội"), not a writer; a name
 * only some commune also has is a writer's as often ("Lệ Chi" is a xã of Gia Lâm; round 24, audit 23).
 */
const namesBigPlace = (name: string) => gazetteer().named(name).some((u) => u.level !== 'commune' && nameKey(u.name) === nameKey(name));

/** The page's next label on a byline's line: its date or its count of views. */
const NEXT_PAGE_LABEL = /[\s.|,;-]+(?:Ngày\s+đăng|Ngày\s+cập\s+nhật|Cập\s+nhật|Đăng\s+lúc|Ngày\s+xuất\s+bản|Lượt\s+xem|Ngày)\s*:/u;

/**
 * A byline right before the page's stamp with nothing between, as one paper prints it: "HỒ LAN (thực hiện) 00:40,
 * 22/01/2023" (audit 24). Only a name in capitals or one with its role in brackets: a place ("Hà Nội 22/01/2023 10:30"),
 * "Ngày", "Lúc 10:30 ngày …" opening a lead, a commenter's name over a comment are no byline (round 24 review).
 */
const ROLE_IN_BRACKETS = /\s*\((?:thực hiện|ghi|ghi chép|lược dịch|biên dịch|tổng hợp)\)\s*$/iu;
function bylineBeforeStamp(doc: Doc, lineStart: number, text: string): Candidate | null {
  const stamp = STAMP.exec(text);
  if (!stamp || stamp.index === 0) return null;
  const before = text.slice(0, stamp.index).replace(/[\s,|-]+$/u, '');
  const name = before.replace(ROLE_IN_BRACKETS, '');
  const capitals = /^\p{Lu}+(?:\s+\p{Lu}+){1,4}$/u.test(name);
  if (!capitals && !ROLE_IN_BRACKETS.test(before)) return null;
  const got = asByline(doc, lineStart, lineStart + name.length);
  return got && !namesBigPlace(got.value) ? got : null;
}

/** A line of the page's labels that opens on its date, the byline's label after a separator. */
const PAGE_DATE_THEN_LABEL = /^(?:Ngày\s+đăng(?:\s+bài)?|Ngày\s+cập\s+nhật|Cập\s+nhật|Đăng\s+lúc|Ngày)\s*:[^|•]{1,40}[|•]\s*(?=(?:Tác\s+giả|Người\s+viết|Bài|Tin)\s*:)/iu;

/** Where the byline starts on a line of labels: after a label opening the line, or after the page's date and a label; -1 if neither. */
function bylineLabelEnd(line: string): number {
  const head = PAGE_DATE_THEN_LABEL.exec(line)?.[0].length ?? 0;
  LABEL.lastIndex = 0;
  const m = LABEL.exec(line.slice(head));
  return m && m.index === 0 ? head + m[0].length : -1;
}

/** Longer than this, a line or sentence is prose, not a byline with its outlet: not worth the patterns below. */
const LONGEST_BYLINE = 160;
/** How many lines under the headline the lead, with its outlet's tag, may start. */
const LEAD_TAG_LINES = 4;
/** A page's line between the headline and the lead: its stamp, a bulleted detail, a line of its labels ("; đăng: …"). */
const isPageDetail = (text: string) => isPageStamp(text) || (text.length <= LONGEST_BYLINE && (STAMP.test(text) || /^[\s;•·]/u.test(text)));

interface Candidate {
  value: string;
  start: number;
  end: number;
}

function asByline(doc: Doc, start: number, end: number): Candidate | null {
  if (end - start > LONGEST_BYLINE) return null;
  let s = start;
  let text = doc.norm.display.slice(s, end);
  s += text.length - text.trimStart().length;
  text = text.trim();
  const suffix = OUTLET_SUFFIX.exec(text) ?? GLUED_SOURCE.exec(text);
  if (suffix) text = text.slice(0, suffix.index);
  text = text.replace(/[\s.,;:…]+$/u, '');
  if (!text || !NAME_LIKE.test(text) || isNotByline(text)) return null;
  return { value: text, start: s, end: s + text.length };
}

function isStampLine(text: string): boolean {
  return isPageStamp(text) || /^\(?\s*Cập\s+nhật/iu.test(text);
}

interface Line {
  start: number;
  end: number;
  i: number;
}


/** The lines a byline may stand on (not the headline, not stamps), and where the body ends among them. */
function layout(doc: Doc): { lines: Line[]; lastBody: number; headline: number | null } {
  const headline = titleLine(doc);
  const lines = doc.lines.map((l, i) => ({ ...l, i })).filter((l) => l.i !== headline && !isStampLine(doc.text.slice(l.start, l.end)));
  let lastBody = lines.length - 1;
  while (lastBody > 0 && !/[.!?…"”]\s*$/u.test(doc.text.slice(lines[lastBody].start, lines[lastBody].end)) && lines[lastBody].end - lines[lastBody].start < 80)
    lastBody--;
  return { lines, lastBody: Math.max(0, lastBody), headline };
}

const layouts = new WeakMap<Doc, ReturnType<typeof layout>>();
function layoutOf(doc: Doc) {
  let l = layouts.get(doc);
  if (!l) layouts.set(doc, (l = layout(doc)));
  return l;
}

/** A rule that reads at most one byline candidate from the article's layout. */
function bylineRule(name: string, read: (doc: Doc, l: ReturnType<typeof layout>) => Candidate | null): ScanRule<string> {
  return {
    name,
    scan({ doc }, emit) {
      const l = layoutOf(doc);
      if (!l.lines.length) return;
      const got = read(doc, l);
      if (!got) return;
      const first = tokenAt(doc.tokens, got.start);
      const end = tokenAt(doc.tokens, got.end);
      if (end > first) emit({ value: got.value, first, end });
    },
  };
}

/** A closing line that points the reader elsewhere: "* Mời bạn đọc vào chuyên mục … xem các tin, bài liên quan." */
const POINTER_LINE = /^\*?\s*(?:Mời bạn đọc|Mời quý độc giả|Xem thêm|Đọc thêm)/u;

/** A line this long is a paragraph of the body, never page chrome. */
const PARAGRAPH = 400;

/** How many closing lines (captions, the publisher's name) may follow the credit. */
const CLOSING_LINES = 4;

/**
 * The lines a credit may stand on, last first: the closing lines after the body (a byline, a caption after it, the
 * publisher's name), down to the body's last line of prose. Pointers to other articles are passed over.
 */
function closingLines(doc: Doc, l: ReturnType<typeof layout>): Line[] {
  const out: Line[] = [];
  for (let k = l.lines.length - 1; k >= 0 && out.length < CLOSING_LINES; k--) {
    const line = l.lines[k];
    const head = doc.text.slice(line.start, Math.min(line.end, line.start + 30));
    if (POINTER_LINE.test(head)) continue;
    out.push(line);
    const length = line.end - line.start;
    // the body's last line: prose that ends a sentence, or a paragraph too long for page chrome (a keywords line)
    // whatever it ends with ("…thực tế”.Trịnh Thái Bằng Theo …"); the lines above it are body, not credits
    if (length >= PARAGRAPH || (length >= 80 && /[.!?…"”]\s*$/u.test(doc.text.slice(Math.max(line.start, line.end - 3), line.end)))) break;
  }
  return out;
}

/** Sentences of at least three words closing a line that the line holds twice: photo captions repeated at the end. */
function withoutRepeatedEnd(text: string): string {
  let t = text;
  for (let guard = 0; guard < 4; guard++) {
    const m = lastSentence(/(?:^|[.!?…]\s*)([^.!?…]{8,160}[.!?…])\s*$/u, t);
    if (!m) break;
    const last = m[1].trim();
    if (last.split(/\s+/).length < 3 || text.split(last).length < 3) break;
    t = t.slice(0, m.index + m[0].length - m[1].length).trimEnd();
  }
  return t;
}

const isSentenceEnd = (c: string) => c === '.' || c === '!' || c === '?' || c === '…';

/**
 * A pattern `(?:^|[.!?…]\s*)([^.!?…]…[.!?…])\s*$` run on the text from where its match must start: the last of
 * . ! ? … before the one that ends the text (what lies between holds none), else the text's start. The same match
 * as on the whole text, without the regex engine trying every position of a long paragraph.
 */
function lastSentence(pattern: RegExp, t: string): RegExpExecArray | null {
  let end = t.length;
  while (end > 0 && /\s/u.test(t[end - 1])) end--;
  let from = end - 2;
  while (from > 0 && !isSentenceEnd(t[from])) from--;
  if (from <= 0) return pattern.exec(t);
  const m = pattern.exec(t.slice(from));
  if (m) m.index += from;
  return m;
}

/** The credit of a closing line: what follows its last sentence, or a short last sentence itself ("… PV."). */
function creditOf(text: string) {
  const line = withoutPhotoCredit(text);
  const tail = endTail(line);
  const last = tail === '' ? lastSentence(/(?:^|[.!?…]\s*)([^.!?…]{1,30})[.!?…]\s*$/u, line) : null;
  const credit = readCredit(tail === '' ? (last?.[1].trim() ?? null) : tail);
  // before a photo credit stands a byline or the photo's caption ("Xe SH Mode - Ảnh: …"), not an outlet
  if (credit?.kind === 'theo' && line !== text && !/\b[Tt]heo\s/u.test(tail ?? '')) return null;
  // a name typed with its second syllable in lower case closes the last sentence's line ("… 12 ngày. Sỹ lực"); a line of
  // its own so is a page's word or a cut one ("Trả lời", "Thực binh", "Xin huấn"; round 26, audits 27-29)
  if (credit && tail !== null && tail === line.trim() && isLowerCaseNameCredit(credit.author)) return null;
  return credit;
}

interface ClosingCredit {
  line: Line;
  text: string;
  credit: ReturnType<typeof creditOf>;
}

/** The closing lines' credits, read once per article for the three credit rules. */
const closingCredits = new WeakMap<Doc, ClosingCredit[]>();
function closingCreditsOf(doc: Doc, l: ReturnType<typeof layout>): ClosingCredit[] {
  let got = closingCredits.get(doc);
  if (!got) {
    got = closingLines(doc, l).map((line) => {
      const text = withoutRepeatedEnd(doc.norm.display.slice(line.start, line.end));
      return { line, text, credit: creditOf(text) };
    });
    closingCredits.set(doc, got);
  }
  return got;
}

/** A credit at the end of the body, of one kind, with its place in the text. */
function creditRule(name: string, kinds: readonly CreditKind[]): ScanRule<string> {
  return bylineRule(name, (doc, l) => {
    for (const { line, text, credit } of closingCreditsOf(doc, l)) {
      if (!credit || !kinds.includes(credit.kind)) continue;
      const at = text.lastIndexOf(credit.author);
      const start = at >= 0 ? line.start + at : Math.max(line.start, line.end - credit.author.length);
      return { value: credit.author, start, end: at >= 0 ? start + credit.author.length : line.end };
    }
    return null;
  });
}

export const AUTHOR_RULES: readonly Rule<string>[] = [
  // "… cấp trên. Hằng Hà - Đức Hoàng", "Tin, ảnh: HỒNG BỈNH HIẾU", "Minh Khang", "M.T", "Lê Phong (TTXVN)"
  creditRule('author-credit', ['person']),
  // "Tác giả: Hoàng Thạc", "Tin, ảnh: Minh Anh", "Theo Báo Xây dựng": a label in the closing part; the last wins
  bylineRule('author-label', (doc, { lines, lastBody }) => {
    const tailStart = lines[lastBody].start;
    let found: Candidate | null = null;
    LABEL.lastIndex = 0;
    // the labels come in text order: the line break after one is looked for again only once it is passed (a long
    // line of labels must not be searched to its end for each of them)
    let lineEnd = -1;
    for (const m of doc.text.slice(tailStart).matchAll(LABEL)) {
      const from = tailStart + m.index + m[0].length;
      if (lineEnd < from) lineEnd = doc.text.indexOf('\n', from);
      if (lineEnd < 0) lineEnd = doc.text.length;
      found = asByline(doc, from, lineEnd) ?? found;
    }
    return found;
  }),
  // "Theo VTC", "(Theo Infonet)": the outlet a text is taken from, when no person is credited
  creditRule('author-theo', ['theo']),
  // "(TTXVN)", "PV": the agency or the paper's reporters
  creditRule('author-agency', ['agency']),
  // "(HNM) - …", "KTĐT - …": the outlet's tag that opens the lead
  bylineRule('author-lead-tag', (doc, { lines, headline }) => {
    // the lead: the first line under the headline, past the page's lines between ("; đăng: 10:04, 29/11/2019; …",
    // "14/07/2022 16:44 GMT +7", "• Nguồn: Báo Sóc Trăng": round 26, audit 29); not past a standfirst or any other text
    const first = lines.findIndex((x) => headline === null || x.i > headline);
    if (first < 0) return null;
    let k = first;
    while (k < Math.min(lines.length - 1, first + LEAD_TAG_LINES - 1) && isPageDetail(doc.text.slice(lines[k].start, lines[k].end))) k++;
    const lead = lines[k];
    const text = doc.norm.display.slice(lead.start, Math.min(lead.end, lead.start + 40));
    const tag = leadTag(text);
    if (!tag || tag.at < 0 || /\d/.test(tag.tag)) return null;
    return { value: tag.tag, start: lead.start + tag.at, end: lead.start + tag.at + tag.tag.length };
  }),
  // "Đình Viên - Thể thao Việt Nam | 11:20 06/02/2017": a byline on the stamp line
  bylineRule('author-stamp-line', (doc, { lines }) => {
    for (const l of lines) {
      const text = doc.text.slice(l.start, l.end);
      if (text.length > LONGEST_BYLINE * 2 || !STAMP.test(text)) continue;
      const cut = /\s+[-|]\s+/u.exec(text);
      const got = cut ? asByline(doc, l.start, l.start + cut.index) : bylineBeforeStamp(doc, l.start, text);
      if (got) return got;
    }
    return null;
  }),
  // "Bài và ảnh: Nguyễn Văn A" under the headline, or a name alone on the line after it
  bylineRule('author-label-top', (doc, { lines, headline }) => {
    // the text's first lines, and the first under its headline where a portal's labels stand above it (round 19)
    const under = headline === null ? -1 : lines.findIndex((l) => l.i > headline);
    const top = new Set([...lines.slice(0, 3), ...(under >= 0 ? lines.slice(under, under + 3) : [])]);
    for (const l of top) {
      // (or after the page's date on a line of labels: "Ngày đăng bài: 29/12/2020 | Tác giả: Thiện"; audit 24)
      const labelEnd = bylineLabelEnd(doc.text.slice(l.start, Math.min(l.end, l.start + LONGEST_BYLINE)));
      if (labelEnd >= 0) {
        // a portal's line of labels: "Tác giả: Thái Văn Dũng .Ngày đăng: 29/06/2022 .Lượt xem: 416 lượt." (audit 23)
        const from = l.start + labelEnd;
        const next = NEXT_PAGE_LABEL.exec(doc.text.slice(from, Math.min(l.end, from + LONGEST_BYLINE)));
        const got = asByline(doc, from, next ? from + next.index : l.end);
        if (got) return got;
      }
    }
    return null;
  }),
  bylineRule('author-under-title', (doc, { lines, headline }) => {
    if (headline === null) return null;
    const next = lines.find((l) => l.i > headline);
    if (!next || lines.indexOf(next) >= lines.length - 1) return null;
    const got = asByline(doc, next.start, next.end);
    return got && got.value.split(/\s+/).length <= 4 && !namesBigPlace(got.value) ? got : null;
  }),
];

/**
 * Rule order is precedence: an earlier rule's byline beats a later one's. A page's own byline (article:author,
 * JSON-LD, a byline element) beats them all; the meta tags that news sites fill with their name come last.
 */
export const AUTHOR_PRECEDENCE: Readonly<Record<string, number>> = {
  'meta:article:author': 100,
  'json-ld:author': 99,
  'html:byline': 98,
  ...Object.fromEntries(AUTHOR_RULES.map((r, i) => [r.name, AUTHOR_RULES.length - i + 10])),
  'html:byline-label': 9,
  meta: 1,
};

export const author = defineField(authorContract, {
  dimensions: [],
  rules: AUTHOR_RULES,
  record(ctx) {
    const f = ctx.findings('author')[0];
    return f ? { value: f.value as string, source: ctx.source(f) } : { value: null };
  },
});

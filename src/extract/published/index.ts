// published: the day the page was published or last updated, as printed in the file: a labelled date ("Cập nhật
// lúc: 10/01/2020"), a dateline ("Hải Phòng, ngày 24 tháng 01 năm 2020"), a timestamp line ("31/05/13 10:48
// GMT+7"), an ISO date, or the page's metadata (article:published_time, JSON-LD datePublished).
import { publishedContract } from './contract.js';
import { wordClass } from '../../engine/lexicon.js';
import { defineField } from '../../engine/field.js';
import type { Finding } from '../../engine/finding.js';
import { anchor, dim, gap, opt, words } from '../../engine/pattern.js';
import type { Rule } from '../../engine/rule.js';
import { Flag, Kind } from '../../engine/tokens.js';
import type { Doc } from '../../engine/document.js';
import type { DateValue } from '../../dimensions/dates/index.js';
import { PUBLISHED_LABELS } from '../../lexicon/time.js';
import { isoDate } from '../dates.js';
import { escapeRegExp } from '../../text/regexp.js';
import { SECTION_WORDS } from '../../clean/markers.js';

export const publishedLabels = wordClass('published-label', PUBLISHED_LABELS);
/** A portal's section names, which may stand before the page's date on its line ("Xã hội 17-06-2022"). */
export const sectionNames = wordClass('section-name', SECTION_WORDS);

export interface DayValue {
  year: number;
  month: number;
  day: number;
}

const withYear = (u: { value: unknown }) => (u.value as DateValue).year !== null;
const day = (m: { anchor: { value: unknown } }): DayValue => {
  const v = m.anchor.value as DateValue;
  return { year: v.year!, month: v.month, day: v.day };
};

/** How much a rule's reading of the page's date is worth against another's. */
export const PUBLISHED_PRECEDENCE: Readonly<Record<string, number>> = {
  'published-label': 4,
  'published-dateline': 3,
  'published-timestamp': 2,
  'published-iso': 2,
};

const isPlaceWord = (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Word && ((doc.tokens.flags[i] & Flag.Cap) !== 0 || doc.text[doc.tokens.start[i]] === '-');
const notPlaceWord = (doc: Doc, i: number) => !isPlaceWord(doc, i) && doc.text[doc.tokens.start[i]] !== '-';

/** Tokens of a line after a match that are only closing punctuation. */
function endsLine(doc: Doc, end: number): boolean {
  const t = doc.tokens;
  for (let k = end; k < t.count && !(t.flags[k] & Flag.LineBefore); k++) if (t.kind[k] !== Kind.Punct || /[\p{L}\p{N}]/u.test(doc.text[t.start[k]])) return false;
  return true;
}
const opensLine = (doc: Doc, first: number) => first === 0 || (doc.tokens.flags[first] & Flag.LineBefore) !== 0;

/** Right before a clock, the words of a time something happens at: "vào ", "vào lúc ". */
const AT_TIME_BEFORE = /(?<![\p{L}])vào(?:\s+lúc)?\s+$/u;
/** A page's label for its own stamp, earlier on the line ("Cập nhật", "Ngày đăng"; not "lúc", which any clock may follow). */
const PAGE_LABEL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PUBLISHED_LABELS.filter((l) => l !== 'lúc').map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');

/** Longer than this, a line is running text, where a clock and a date are an event's or a deadline's. */
const STAMP_LINE = 100;
/**
 * A clock with a date is the page's stamp when it opens or ends its line, follows a "|", or stands on a short line
 * ("31/05/13 10:48 GMT+7"); in running text it is a deadline or an event ("… khoảng 17h45 ngày 15-12-2016, tôi …").
 */
function isStamp(doc: Doc, first: number, end: number): boolean {
  if (opensLine(doc, first)) return true;
  // "hoàn thành vào 23 giờ 59 ngày 31-8-2017.", "Mời các bạn đón đọc phần tiếp theo vào lúc 0h00 ngày 12/6/2017": the time
  // something is due or comes out, even at the line's end (round 22 precision review)
  // (not a page's own label before it: "Cập nhật vào lúc 10:25 ngày 12/06/2017"; round 22 review)
  const lineBefore = doc.text.slice(doc.lines[doc.lineOf[first]].start, doc.tokens.start[first]);
  if (AT_TIME_BEFORE.test(lineBefore.slice(-12)) && !PAGE_LABEL_BEFORE.test(lineBefore)) return false;
  if (endsLine(doc, end)) return true;
  // page chrome run into one line: "Xú - Thể thao Việt Nam | 11:25 08/02/2017 Tin liên quan …"
  if (first > 0 && doc.text[doc.tokens.start[first - 1]] === '|') return true;
  const line = doc.lines[doc.lineOf[first]];
  return line.end - line.start <= STAMP_LINE;
}

/** Between a label and its date, "up to": "cập nhật đến ngày …", "cập nhật tới …". */
const UP_TO = /(?<![\p{L}])(?:đến|tới)(?![\p{L}])/iu;
/** What may follow a stamp's date on its line: a clock, a time zone. */
const STAMP_TAIL = /^[\s\d:.,()|+-]*(?:(?:GMT|UTC|AM|PM|SA|CH)[\s\d:()+-]*)?$/iu;
/** A clock right after a stamp's date: " 04:06", " 15:202130". */
const CLOCK_AFTER = /^\s+\d{1,2}:\d{2}/u;
const stamp = (m: { first: number; end: number; anchor: { value: unknown } }, { doc }: { doc: Doc }) => (isStamp(doc, m.first, m.end) ? { value: day(m) } : null);

export const PUBLISHED_RULES: readonly Rule<DayValue>[] = [
  {
    // "Cập nhật lúc: 10/01/2020", "Ngày đăng: Thứ hai, 14/12/2022", "Cập nhật lúc 10:22, ngày 31/5/2013"
    name: 'published-label',
    scope: 'line',
    pattern: [dim('published-label', 'label'), gap(8), anchor(dim('date', 'd', withYear))],
    build(m, { doc }) {
      const label = doc.text.slice(doc.tokens.start[m.caps.label.first], doc.tokens.end[m.caps.label.end - 1]).toLowerCase();
      // "lúc" alone labels a clock time in running text too, and a sentence may open with it ("Lúc 15h ngày
      // 1/6/2013, tại …", every line that opens with it in corpus/real): only a line of its own is a stamp
      if (label === 'lúc' && !(opensLine(doc, m.caps.label.first) && STAMP_TAIL.test(doc.text.slice(doc.tokens.end[m.end - 1], doc.lines[doc.lineOf[m.first]].end)))) return null;
      // "giá bán lẻ xăng … cập nhật đến ngày 8/5/2017 là 17.580 đồng/lít": figures brought up to a day, not the page's
      if (UP_TO.test(doc.text.slice(doc.tokens.end[m.caps.label.end - 1], doc.tokens.start[m.anchor.first]))) return null;
      return { value: day(m) };
    },
  },
  {
    // "2020-01-10", "2022-12-15T16:17:43+07:00"
    name: 'published-iso',
    pattern: [anchor(dim('date', 'd', (u) => (u.value as DateValue).form === 'iso'))],
    build: (m) => ({ value: day(m) }),
  },
  {
    // "31/05/13 10:48 GMT+7", "14/12/2022 16:17", "10:22 31/05/2013", "Thứ hai, 14/12/2022"
    name: 'published-timestamp',
    scope: 'line',
    pattern: [anchor(dim('date', 'd', withYear)), opt(words(',', '|', '-')), opt(words('lúc')), dim('clock')],
    build: stamp,
  },
  {
    name: 'published-timestamp',
    scope: 'line',
    pattern: [dim('clock'), opt(words('GMT', 'UTC'), gap(3, { stop: (doc, i) => doc.tokens.kind[i] === Kind.Word })), opt(words(',', '|', '-')), opt(dim('weekday'), opt(words(','))), opt(words('ngày')), anchor(dim('date', 'd', withYear))],
    build: stamp,
  },
  {
    // "Thứ hai, 14/12/2022"
    name: 'published-timestamp',
    scope: 'line',
    pattern: [dim('weekday'), opt(words(',')), opt(words('ngày')), anchor(dim('date', 'd', withYear))],
    build: (m, { doc }) => (opensLine(doc, m.first) ? { value: day(m) } : null),
  },
  {
    // "Thứ ba - 30/07/2024 04:065610": a portal's stamp with its clock (glued to the view count); without the clock a
    // weekday and a date after a dash date a notice in the page's margin ("Thứ 6 - 26/02/2016" over a 2018 article)
    name: 'published-timestamp',
    scope: 'line',
    pattern: [dim('weekday'), words('-'), anchor(dim('date', 'd', withYear))],
    build: (m, { doc }) => (opensLine(doc, m.first) && CLOCK_AFTER.test(doc.text.slice(doc.tokens.end[m.end - 1], doc.lines[doc.lineOf[m.first]].end)) ? { value: day(m) } : null),
  },
  {
    // "• 18/01/2012 1": one of a bulleted list of the page's details, the date with a clock or a count at most (not a
    // timeline's "• 03/02/1930" over a 2020 article)
    name: 'published-timestamp',
    scope: 'line',
    pattern: [words('•', '·'), anchor(dim('date', 'd', withYear))],
    build: (m, ctx) => (opensLine(ctx.doc, m.first) && STAMP_TAIL.test(ctx.doc.text.slice(ctx.doc.tokens.end[m.end - 1], ctx.doc.lines[ctx.doc.lineOf[m.first]].end)) && !olderThanTheText(ctx, day(m)) ? { value: day(m) } : null),
  },
  {
    // "<headline> (22/08/2022)" under the same headline: a portal repeats its headline with the page's date in brackets
    // (audit 28; with a clock, "… năm 2018. (06/01/2018 15:24)", the clock rules read it)
    name: 'published-timestamp',
    scope: 'line',
    pattern: [words('('), anchor(dim('date', 'd', withYear)), words(')')],
    build: (m, { doc }) => (endsLine(doc, m.end) && repeatsLineAbove(doc, m.first) ? { value: day(m) } : null),
  },
  {
    // "Xã hội 17-06-2022": the section a portal files the page under, then its date, alone on their line (audit 28)
    name: 'published-timestamp',
    scope: 'line',
    pattern: [dim('section-name'), anchor(dim('date', 'd', withYear))],
    build: (m, { doc }) => (opensLine(doc, m.first) && endsLine(doc, m.end) ? { value: day(m) } : null),
  },
  {
    // "Hải Phòng, ngày 24 tháng 01 năm 2020", or a date alone on its line, perhaps in brackets ("(11/07/2018).")
    name: 'published-dateline',
    scope: 'line',
    pattern: [opt(words('(')), opt(gap(8, { greedy: true, min: 1, stop: notPlaceWord }), words(',')), opt(dim('weekday'), opt(words(','))), opt(words('ngày')), anchor(dim('date', 'd', withYear))],
    // (a date alone in brackets, "(11/07/2018).", only when the text names no later day: "(15/03/1982)." under
    // "Quyết định thành lập xã" over a 2018 article is the commune's founding)
    build: (m, ctx) => (opensLine(ctx.doc, m.first) && endsLine(ctx.doc, m.end) && !(ctx.doc.text[ctx.doc.tokens.start[m.first]] === '(' && olderThanTheText(ctx, day(m))) ? { value: day(m) } : null),
  },
];

/** The line's text before token `first` is the text of the line above it: a headline printed again before its stamp. */
function repeatsLineAbove(doc: Doc, first: number): boolean {
  const line = doc.lineOf[first];
  let above = line - 1;
  while (above >= 0 && doc.lines[above].end === doc.lines[above].start) above--;
  if (above < 0) return false;
  const before = doc.text.slice(doc.lines[line].start, doc.tokens.start[first]).trim();
  return before.length > 0 && before === doc.text.slice(doc.lines[above].start, doc.lines[above].end).trim();
}

/** The latest year a day written with its year has in the article (read once per article). */
const latestYears = new WeakMap<Doc, number>();

/**
 * A weakly marked stamp (a bullet's, a bracket's) more than a year before the latest day the article writes with its
 * year dates something the page tells of, not the page (round 17 review: a timeline's "• 03/02/1930").
 */
function olderThanTheText({ doc, units }: { doc: Doc; units: { of: (name: string) => readonly { value: unknown }[] } }, stamp: DayValue): boolean {
  let latest = latestYears.get(doc);
  if (latest === undefined) {
    latest = 0;
    for (const u of units.of('date')) {
      const y = (u.value as DateValue).year;
      if (y !== null && y > latest) latest = y;
    }
    latestYears.set(doc, latest);
  }
  return stamp.year < latest - 1;
}

export const published = defineField(publishedContract, {
  dimensions: ['date', 'clock', 'weekday', 'published-label', 'section-name'],
  rules: PUBLISHED_RULES,
  record(ctx) {
    const f = ctx.findings('published')[0] as Finding<DayValue> | undefined;
    return f ? { value: isoDate(f.value.year, f.value.month, f.value.day), source: ctx.source(f) } : { value: null };
  },
});

// date: the day the reported event took place. Candidates are days written the ways events are dated (bench/studies/
// dates.mjs): after a part of the day ("Chiều 9/01", "sáng nay (30-5)"), a weekday ("thứ Hai (24/4)"), "Ngày"/"hôm"
// ("Ngày 21/11/2019"), in brackets ("tại Hà Nội (30-5)"), spelled out ("ngày 24 tháng 01"), or a full date. Each
// carries whether its surroundings say it is no event's day (a document's date, a deadline, a coming event, an
// earlier one, an anniversary) and which sentence of the body it stands in. The refiner (src/refine/dates.ts) takes the
// first event's day of the lead and gives it its year.
import { dateContract } from './contract.js';
import { defineField } from '../../engine/field.js';
import { anchor, dim, opt, words } from '../../engine/pattern.js';
import type { Reading, Rule, RuleContext } from '../../engine/rule.js';
import type { Match } from '../../engine/pattern.js';
import { Flag } from '../../engine/tokens.js';
import type { DateValue } from '../../dimensions/dates/index.js';
import { dayNumber, isoDate } from '../dates.js';
import { BULLETED_CHROME_LINE, CAPTION_AFTER, SHORT_CHROME_LINE, COMING_AFTER, EARLIER_AFTER, GLUED_LINES, isPageStamp, isTimestampLine, NOT_A_DATE_AFTER, NOT_THE_EVENT_BEFORE, PLANNED_ON, SAYING, SPAN_EVENT_DAYS, SPAN_END_AFTER, SPAN_FROM, SPAN_FROM_BEFORE, STATE_FROM_BEFORE, WILL_AFTER } from '../../lexicon/dates.js';
import { besideTheLead, titleLine } from '../title/index.js';
import { PARTS_OF_DAY } from '../../lexicon/time.js';
import { lineText, shortLineText, tokenText } from '../../engine/document.js';

/** A day as written (its year null when the text gives none), where it stands, and why it is no event's, if so. */
export interface EventDay extends DateValue {
  /** Index among the body's sentences (the headline's and page stamps left out); -1 outside the body. */
  sentence: number;
  /** Why the day is not the event's, or null. */
  notEvent: string | null;
}

/** The body's sentences: not the headline's, not a page stamp's. */
const bodies = new WeakMap<RuleContext['doc'], Map<number, number>>();
function bodyIndex(ctx: RuleContext, sentence: number): number {
  let index = bodies.get(ctx.doc);
  if (!index) {
    index = new Map();
    const headline = titleLine(ctx.doc);
    let n = 0;
    let lead = -1;
    ctx.doc.sentences.forEach((s, i) => {
      const text = ctx.doc.text.slice(s.start, Math.min(s.end, s.start + 60));
      if ((headline !== null && s.line === headline) || isPageStamp(text) || chromeLine(ctx.doc, s.line) || timestampLine(ctx.doc, s.line)) return;
      // a caption or a credit between the lead's sentences (not the lead's first line, which may close on words like a
      // credit: "… triển lãm ảnh: Đầm Hà quê hương tôi.")
      if (besideTheLead(ctx.doc, s.line, lead)) return;
      if (lead === -1) lead = s.line;
      index!.set(i, n++);
    });
    bodies.set(ctx.doc, index);
  }
  return index.get(sentence) ?? -1;
}

/**
 * Whether line `line` is page chrome of a few words standing as a line of its own: a bulleted page detail ("• HMT",
 * "• icon gmail"), or a short line with no digit and no sentence's punctuation (a portal's name, a section, "Xem với
 * cỡ chữ" above the headline). A long line is never one.
 */
function chromeLine(doc: RuleContext['doc'], line: number): boolean {
  const l = doc.lines[line];
  if (l === undefined || l.end - l.start > 60) return false;
  const text = lineText(doc, line);
  return BULLETED_CHROME_LINE.test(text) || SHORT_CHROME_LINE.test(text);
}

/** Whether line `line` is the page's own stamp with a time of day or a label ("8:32:31 AM | 9/10/2019", "Hôm nay, Thứ bảy ngày 15/08/2020"). */
function timestampLine(doc: RuleContext['doc'], line: number): boolean {
  const text = shortLineText(doc, line, 80);
  return text !== null && isTimestampLine(text);
}

/** A part of the day right before a day ("sáng 18/4", "chiều ngày 11/12/2023"). */
const PART_OF_DAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PARTS_OF_DAY.join('|')})\\s+(?:ngày\\s+)?$`, 'iu');

/** Why the day at [first, end) is not the event's, from its sentence around it; null when nothing says so. */
function notTheEvent(ctx: RuleContext, first: number, end: number, v: DateValue): string | null {
  const { doc } = ctx;
  const s = doc.sentences[doc.sentenceOf[first]];
  const start = doc.tokens.start[first];
  const stop = doc.tokens.end[end - 1];
  // a long-form day's "ngày" is its own ("Quyết định số 1632/QĐ-UBND ngày 22 tháng 5 năm 2020"): what stands before
  // the day is read up to its number, as for "ngày 22/5/2020"
  const dayStart = /^ngày$/iu.test(tokenText(doc, first)) && first + 1 < end ? doc.tokens.start[first + 1] : start;
  const before = doc.text.slice(Math.max(s ? s.start : 0, dayStart - 80), dayStart);
  const after = doc.text.slice(stop, stop + 30);
  if (COMING_AFTER.test(after)) return 'a coming day';
  if (EARLIER_AFTER.test(after)) return 'an earlier event';
  // an agency photo dates itself in full ("ở Qatar ngày 6/6/2017. Ảnh: Tân Hoa xã"), often a file photo; a caption
  // of the reported meeting itself ("Toàn cảnh phiên họp … ngày 30/5 Ảnh: VGP") is the event's day, and the text
  // names that day again; a caption's day named nowhere else is a photo's ("Beckham (trái) đã trở lại Mỹ vào ngày
  // 28.5 - Ảnh: Zimbio", "Cảnh đổ nát tại Qusayr sau xung đột ngày 20/5. (Nguồn: AFP/TTXVN)") while the news has none
  if (CAPTION_AFTER.test(after) && (v.year !== null || !namedElsewhere(ctx, first, v))) return "a photo's day";
  // (a document is dated with no time of day: "… ở 6 xã thuộc cụm số 1 vào sáng ngày 18/4" is the event's day)
  const timed = PART_OF_DAY_BEFORE.test(before);
  for (const [why, re] of NOT_THE_EVENT_BEFORE) if (!(timed && why === "a document's date") && re.test(before)) return why;
  // after "từ", or written with both years ("được lập ngày 20/12/2015 đến 22/12/2016", "giai đoạn 1/2/2016 – 31/1/2017")
  const span = SPAN_FROM.exec(doc.text.slice(start, start + 40));
  if (span && (SPAN_FROM_BEFORE.test(before) || (span[3] && span[6])) && spanDays(span) > SPAN_EVENT_DAYS) return "a period's start";
  const rest = doc.text.slice(stop, Math.min(s ? s.end : stop + 80, stop + 80));
  const will = WILL_AFTER.exec(rest);
  if (will && !SAYING.test(rest.slice(0, will.index))) return 'a coming day';
  const planned = PLANNED_ON.exec(doc.text.slice(Math.max(s ? s.start : 0, start - 200), start));
  if (planned && !SAYING.test(planned[1]) && !GLUED_LINES.test(planned[1])) return 'a coming day';
  // "Aleyna Yilmaz (14/11/2006)", "Tên bé: Nguyễn Đặng Tuệ Nhi (8/2/2012)": a full date in brackets after a name is
  // a birth date (or a historic day after a name of a day: "Ngày Báo chí Cách mạng Việt Nam (21/6/1925)")
  if (v.year !== null && /\p{Lu}[\p{Ll}\p{M}]*\s*\(\s*$/u.test(before)) return 'a birth date';
  // "(27/7/1947 – 27/7/2017)", "(19-5-1890/ 19-5-2017)": the days of an anniversary's span
  if (/^\s*[-–/]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u.test(after)) return 'an anniversary or history';
  if (v.year !== null && /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*[-–/]\s*$/u.test(before)) return 'an anniversary or history';
  if (!span && STATE_FROM_BEFORE.test(before) && !SPAN_END_AFTER.test(doc.text.slice(stop, stop + 50))) return "a state's start";
  return null;
}

/** Whether a date unit other than the one at token `first` names the same day and month. */
function namedElsewhere(ctx: RuleContext, first: number, v: DateValue): boolean {
  return ctx.units.of<DateValue>('date').some((u) => u.first !== first && u.value.day === v.day && u.value.month === v.month);
}

/** How many days the span "D1[/M1[/Y1]] đến D2/M2[/Y2]" matched by SPAN_FROM lasts. */
function spanDays(m: RegExpExecArray): number {
  const [d1, m2, d2] = [Number(m[1]), Number(m[5]), Number(m[4])];
  const m1 = m[2] ? Number(m[2]) : m2;
  const y2 = Number(m[6] ?? m[3] ?? 2000);
  const y1 = m[3] ? Number(m[3]) : m1 > m2 ? y2 - 1 : y2;
  return dayNumber(y2, m2, d2) - dayNumber(y1, m1, d1);
}

function day(ctx: RuleContext, m: Match): Reading<EventDay> | null {
  const v = m.anchor.value as DateValue;
  const t = ctx.doc.tokens;
  const stop = t.end[m.anchor.end - 1];
  // a day and month with no year and a number word after: a fraction, a score, a count
  if (v.year === null && v.form === 'numeric' && NOT_A_DATE_AFTER.test(ctx.doc.text.slice(stop, stop + 20))) return null;
  return { value: { ...v, sentence: bodyIndex(ctx, ctx.doc.sentenceOf[m.anchor.first]), notEvent: notTheEvent(ctx, m.anchor.first, m.anchor.end, v) } };
}

const notIso = (u: { value: unknown }) => (u.value as DateValue).form !== 'iso';
const numeric = (u: { value: unknown }) => (u.value as DateValue).form === 'numeric';
const numericOrDotted = (u: { value: unknown }) => numeric(u) || (u.value as DateValue).form === 'dotted';
const glued = (doc: RuleContext['doc'], i: number) => (doc.tokens.flags[i] & Flag.LineBefore) === 0;

export const DATE_RULES: readonly Rule<EventDay>[] = [
  {
    // "Chiều 9/01", "Sáng 31-5", "sáng nay (30-5)", "Sáng nay, 27/6", "chiều qua, 7/2/2017", "sáng 3.7", "chiều ngày 24 tháng 01"
    name: 'event-part-of-day',
    pattern: [dim('part-of-day'), opt(dim('weekday'), opt(words(','))), opt(words('(', ',')), opt(words('ngày', 'hôm')), anchor(dim('date', 'd', notIso))],
    build: (m, ctx) => day(ctx, m),
  },
  {
    // "hôm thứ Tư, 28/6", "phiên thứ Sáu (26/5)", "Chủ nhật (5/2)"
    name: 'event-weekday',
    pattern: [dim('weekday'), opt(words('(', ',')), opt(words('ngày')), anchor(dim('date', 'd', notIso))],
    build: (m, ctx) => day(ctx, m),
  },
  {
    // "(30-5)", "tại Hà Nội (30/5)": the news-agency style of dating the event
    name: 'event-parenthesised',
    pattern: [words('('), anchor(dim('date', 'd', numeric)), words(')')],
    build: (m, ctx) => day(ctx, m),
  },
  {
    // "Ngày 21/11/2019", "hôm 5-3", "vào ngày 9/7", "Ngày 27.5"
    name: 'event-day-word',
    pattern: [words('ngày', 'hôm'), anchor(dim('date', 'd', numericOrDotted))],
    build: (m, ctx) => day(ctx, m),
  },
  {
    // "ngày 24 tháng 01 năm 2020", "ngày 9 tháng 5"
    name: 'event-long-form',
    pattern: [anchor(dim('date', 'd', (u) => (u.value as DateValue).form === 'long'))],
    build: (m, ctx) => day(ctx, m),
  },
  {
    // "Từ 28-29.5, tổ chức tập huấn …", "(từ ngày 5 đến 16-5)": a span of days, dated by its first
    name: 'event-span',
    pattern: [anchor(dim('date', 'd', (u) => u.rule === 'date-span-start'))],
    build: (m, ctx) => day(ctx, m),
  },
  {
    // "13/10/2020" in running text
    name: 'event-numeric',
    pattern: [anchor(dim('date', 'd', (u, doc) => numeric(u) && (u.value as DateValue).year !== null && glued(doc, u.first)))],
    build: (m, ctx) => day(ctx, m),
  },
];

export const date = defineField(dateContract, {
  dimensions: ['date', 'part-of-day', 'weekday'],
  rules: DATE_RULES,
  record(ctx) {
    const f = ctx.findings('date')[0];
    const v = f?.value as EventDay | undefined;
    if (!f || !v || v.year === null) return { value: null };
    return { value: isoDate(v.year, v.month, v.day), source: ctx.source(f) };
  },
});

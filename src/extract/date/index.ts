// date: the day the reported event took place. Candidates are days written as events are dated ("Chiều 9/01",
// "Ngày 21/11/2019", "tại Hà Nội (30-5)", "ngày 24 tháng 01"), weighted by where they stand (opening the lead is
// the usual place) and by what is around them (a deadline, a document's date, a coming event weigh against).
// Choosing one and implying its year is the refiners' work (src/refine/dates.ts).
import { defineField } from '../../engine/field.js';
import { anchor, dim, opt, words } from '../../engine/pattern.js';
import type { Rule, RuleContext } from '../../engine/rule.js';
import type { Match } from '../../engine/pattern.js';
import type { DateValue } from '../../dimensions/dates/index.js';
import { dayView, isoDate } from '../dates.js';
import { isoDate as isoDateSchema, nullable } from '../../engine/schema-parts.js';

/** A day as written; its year is null when the text gives none. */
export type EventDay = DateValue;

/** Below this a date is a deadline, a document's date or a passing mention, not the day of the event. */
export const MIN_EVENT_WEIGHT = 4;

const OUTLET_TAG = /^(?:\(?[\p{L}\p{N}.\s]{0,30}\)?\s*-\s*)?$/u;

/** A bonus when the date opens its sentence ("Ngày 14/12, UBND…", "(BĐ) - Sáng 31-5,"), the usual place of the event. */
function leadBonus(ctx: RuleContext, first: number): number {
  const s = ctx.doc.sentences[ctx.doc.sentenceOf[first]];
  if (!s) return 0;
  const before = ctx.doc.text.slice(s.start, ctx.doc.tokens.start[first]);
  return before.length <= 40 && OUTLET_TAG.test(before) ? 4 : 0;
}

function earlyBonus(ctx: RuleContext, first: number): number {
  return ctx.doc.sentenceOf[first] < 4 ? 2 : 0;
}

const DOCUMENT_NUMBER = /(?:số\s+\S+\/\S*|\/[\p{Lu}Đ-]+(?:-[\p{Lu}Đ]+)*)\s*,?\s*(?:ký\s+)?(?:ngày\s+)?$/u;
const DOCUMENT_NAME = /(?:Quyết định|Nghị định|Thông tư|Chỉ thị|Công văn|Kế hoạch|Hướng dẫn|Nghị quyết|Luật)[^.;]{0,25}$/u;
const DEADLINE = /(?:từ|đến|tới|trước|sau|kể từ|cho đến|đến hết|hạn)\s+(?:ngày\s+)?$/iu;
const COMING = /(?:ngày\s+mai|sắp\s+tới|dự\s+kiến|sẽ(?:\s+\S+){0,3})\s*\(?\s*(?:vào\s+)?(?:ngày\s+)?$/iu;
const COMING_AFTER = /^\s*(?:tới|tới\s+đây|sắp\s+tới)(?![\p{L}])/iu;
const RANGE_AFTER = /^\s*(?:-|đến|tới)\s*(?:ngày\s+)?\d/iu;

/** Dates that are deadlines, ranges, documents' dates or coming events are rarely the event. */
function contextPenalty(ctx: RuleContext, first: number, end: number): number {
  const { doc } = ctx;
  const start = doc.tokens.start[first];
  const stop = doc.tokens.end[end - 1];
  const before = doc.text.slice(Math.max(0, start - 40), start);
  const after = doc.text.slice(stop, stop + 20);
  let p = 0;
  if (DOCUMENT_NUMBER.test(before)) p -= 8;
  if (DOCUMENT_NAME.test(before)) p -= 6;
  if (DEADLINE.test(before)) p -= 3;
  if (COMING.test(before) || COMING_AFTER.test(after)) p -= 8;
  if (RANGE_AFTER.test(after)) p -= 3;
  if (/\d\s*-\s*$/.test(before)) p -= 3;
  return p;
}

function event(base: number) {
  return (m: Match, ctx: RuleContext) => {
    const v = m.anchor.value as DateValue;
    return { value: v, weight: base + leadBonus(ctx, m.first) + earlyBonus(ctx, m.first) + contextPenalty(ctx, m.first, m.end) };
  };
}

const numericOrLong = (u: { value: unknown }) => (u.value as DateValue).form !== 'iso';

export const DATE_RULES: readonly Rule<EventDay>[] = [
  {
    // "Chiều 9/01", "Sáng 31-5", "sáng nay (9/1)", "sáng 3.7", "chiều ngày 24 tháng 01"
    name: 'event-part-of-day',
    pattern: [dim('part-of-day'), opt(words('ngày', 'hôm')), opt(words('(')), anchor(dim('date', 'd', numericOrLong))],
    build: event(8),
  },
  {
    // "(30-5)", "tại Hà Nội (30/5)": the news-agency style of dating the event
    name: 'event-parenthesised',
    pattern: [words('('), anchor(dim('date', 'd', (u) => (u.value as DateValue).form === 'numeric')), words(')')],
    build: event(7),
  },
  {
    // "Ngày 21/11/2019", "hôm 5-3"
    name: 'event-day-word',
    pattern: [words('ngày', 'hôm', 'vào ngày', 'hôm nay', 'hôm qua'), anchor(dim('date', 'd', (u) => (u.value as DateValue).form === 'numeric'))],
    build: event(6),
  },
  {
    // "ngày 24 tháng 01 năm 2020", "ngày 9 tháng 5"
    name: 'event-long-form',
    pattern: [anchor(dim('date', 'd', (u) => (u.value as DateValue).form === 'long'))],
    build: event(6),
  },
  {
    // "13/10/2020" in running text: weak evidence
    name: 'event-numeric',
    pattern: [anchor(dim('date', 'd', (u) => (u.value as DateValue).form === 'numeric' && (u.value as DateValue).year !== null))],
    build: event(3),
  },
];

export const date = defineField({
  name: 'date',
  contractKeys: null,
  dimensions: ['date', 'part-of-day'],
  rules: DATE_RULES,
  empty: null as string | null,
  schema: { ...nullable(isoDateSchema), description: 'the day the reported event took place' },
  csv: (day) => ({ value: day }),
  sourced: true,
  report: { label: 'Event date', colour: '#fed7aa', edge: '#c2410c' },
  record(ctx) {
    const f = ctx.findings('date')[0];
    const v = f?.value as EventDay | undefined;
    if (!f || !v || v.year === null) return { value: null };
    return { value: isoDate(v.year, v.month, v.day), source: ctx.source(f) };
  },
  view: (value, r, c, explain) => (value ? [dayView(value, r.sources?.date, c, explain)] : []),
});

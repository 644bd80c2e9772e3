// Calendar days and clock times, read from tokens: "21/11/2019", "31-5", "ngày 24 tháng 01 năm 2020", "2020-01-10",
// "sáng 3.7", and "10:48", "10h30". A day without a year is a unit too; which day is the event, and which year it
// belongs to, is for the date fields to decide.
import { wordClass } from '../../engine/lexicon.js';
import { alt, anchor, dim, opt, token, words } from '../../engine/pattern.js';
import type { Dimension } from '../../engine/dimension.js';
import { tokenText } from '../../engine/document.js';
import { lexDimension, type Rule, type RuleContext } from '../../engine/rule.js';
import { Flag, Kind } from '../../engine/tokens.js';
import { PARTS_OF_DAY, WEEKDAYS } from '../../lexicon/time.js';
import type { NumberValue } from '../numbers/index.js';

export interface DateValue {
  day: number;
  month: number;
  /** As written; null when the text gives none. */
  year: number | null;
  form: 'numeric' | 'long' | 'iso' | 'dotted';
}

export const partsOfDay = wordClass('part-of-day', PARTS_OF_DAY);
export const weekdays = wordClass('weekday', WEEKDAYS);

export function validDate(y: number | null, m: number, d: number): boolean {
  if (!Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return d <= new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate(); // 2000 is a leap year: 29/2 stays possible
}

type Caps = Record<string, { first: number; end: number; unit?: { value: unknown } }>;
const n = (caps: Caps, k: string) => (caps[k]?.unit?.value as NumberValue | undefined)?.value ?? NaN;
const written = (ctx: RuleContext, caps: Caps, k: string) => ctx.doc.text.slice(ctx.doc.tokens.start[caps[k].first], ctx.doc.tokens.end[caps[k].end - 1]);

function fullYear(y: number, digits: number): number | null {
  if (digits === 4) return y >= 1900 && y <= 2100 ? y : null;
  if (digits === 2) return y < 70 ? 2000 + y : 1900 + y;
  return null;
}

const isDateSeparator = (doc: RuleContext['doc'], i: number) => {
  if (doc.tokens.kind[i] !== Kind.Punct) return false;
  const c = doc.text.charCodeAt(doc.tokens.start[i]);
  return c === 0x2f || c === 0x2d || c === 0x2e;
};
const sep = (as: string) => token(isDateSeparator, as);
const sepChar = (ctx: RuleContext, caps: Caps, k: string) => ctx.doc.text[ctx.doc.tokens.start[caps[k].first]];
/** Day, month and year glued or spaced alike: "21/11/2019", "31 - 5", not "2015 - 2/3". */
function spacedAlike(ctx: RuleContext, first: number, end: number): boolean {
  const f = ctx.doc.tokens.flags;
  const glued = (f[first + 1] & Flag.Glued) !== 0;
  for (let k = first + 1; k < end; k++) if (((f[k] & Flag.Glued) !== 0) !== glued) return false;
  return true;
}

function date(day: number, month: number, year: number | null, form: DateValue['form']): { value: DateValue } | null {
  return validDate(year, month, day) ? { value: { day, month, year, form } } : null;
}

/** The day, month and year written from token i on ("29.5", "15/5/2017", "16-5"): the days of a span's end. */
function spanEnd(ctx: RuleContext, i: number): { month: number; year: number | null; end: number; form: DateValue['form'] } | null {
  const t = ctx.doc.tokens;
  const from = t.start[i];
  const text = ctx.doc.text.slice(from, from + 24);
  // "29-5", "29.5", "29/5/2017"; or written long: "Trong 2 ngày 28 và 29 tháng 5" (round 24, audit 25)
  const numeric = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}))?(?![\d./-]*\d)/u.exec(text);
  const long = numeric ? null : /^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![\d./-]*\d)/u.exec(text);
  const hit = numeric ?? long;
  if (!hit) return null;
  let end = i;
  while (end < t.count && t.start[end] < from + hit[0].length) end++;
  const [month, year] = numeric ? [numeric[3], numeric[4]] : [long![2], long![3]];
  return { month: Number(month), year: year ? Number(year) : null, end, form: numeric ? (numeric[2] === '.' ? 'dotted' : 'numeric') : 'long' };
}

/** What may follow a dotted day in brackets: the bracket's end, or a note ("(8.2, giờ VN)", "(19.6 - PV)"). */
const BRACKET_DAY_CLOSE = new Set([')', ',', '-', '–']);

export const DATE_RULES: readonly Rule<DateValue>[] = [
  {
    // "Từ 28-29.5", "từ ngày 5 đến 16-5", "từ ngày 11 - 15/5/2017", and the days of an event held over several
    // ("Ngày 13-14/4", "ngày 13 và 14/4", "trong 3 ngày 13-15/4", "trong 2 ngày (13 và 14/4)"): a span opens on its first
    name: 'date-span-start',
    pattern: [
      alt([words('từ', 'từ ngày', 'ngày', 'trong ngày', 'trong các ngày', 'các ngày')], [words('trong'), dim('number'), words('ngày')]),
      opt(words('(')),
      anchor(dim('number', 'a')),
      words('-', '–', 'đến', 'tới', 'và'),
      dim('number', 'b'),
    ],
    build(m, ctx) {
      const a = n(m.caps, 'a');
      const end = spanEnd(ctx, m.caps.b.first);
      if (!end || !Number.isInteger(a) || a > 31) return null;
      const last = Number(written(ctx, m.caps, 'b').split(/[./-]/)[0]);
      if (!(last > a)) return null;
      const got = date(a, end.month, end.year, end.form);
      return got && { ...got, first: m.caps.a.first, end: end.end };
    },
  },
  {
    // "21/11/2019", "31-5-2013", "09.01.2020", "31/05/13"
    name: 'date-numeric-year',
    pattern: [anchor(dim('number', 'd')), sep('s1'), dim('number', 'm'), sep('s2'), dim('number', 'y')],
    build(m, ctx) {
      if (sepChar(ctx, m.caps, 's1') !== sepChar(ctx, m.caps, 's2') || !spacedAlike(ctx, m.first, m.end)) return null;
      const y = fullYear(n(m.caps, 'y'), written(ctx, m.caps, 'y').length);
      if (y === null || (written(ctx, m.caps, 'y').length === 2 && sepChar(ctx, m.caps, 's1') !== '/')) return null;
      return date(n(m.caps, 'd'), n(m.caps, 'm'), y, 'numeric');
    },
  },
  {
    // "2020-01-10"
    name: 'date-iso',
    pattern: [anchor(dim('number', 'y')), words('-'), dim('number', 'm'), words('-'), dim('number', 'd')],
    build(m, ctx) {
      if (written(ctx, m.caps, 'y').length !== 4 || written(ctx, m.caps, 'm').length !== 2 || written(ctx, m.caps, 'd').length !== 2) return null;
      return date(n(m.caps, 'd'), n(m.caps, 'm'), n(m.caps, 'y'), 'iso');
    },
  },
  {
    // "ngày 24 tháng 01 năm 2020", "ngày 9 tháng 5", "24 tháng 01, 2020"; a month in words right before its year, as a
    // portal's stamp prints it: "2 tháng mười một 2018" (round 24, audit 24)
    name: 'date-long',
    pattern: [opt(words('ngày')), anchor(dim('number', 'd')), words('tháng'), dim('number', 'm'), opt(alt([words('năm')], [words(',')], []), dim('number', 'y'))],
    build(m, ctx) {
      // a year right after a month in digits is a count ("ngày 24 tháng 5 2018 người")
      const joiner = m.caps.y ? tokenText(ctx.doc, m.caps.y.first - 1) : '';
      if (m.caps.y && joiner !== 'năm' && joiner !== ',' && (m.caps.m.unit?.value as { written?: string } | undefined)?.written !== 'words') {
        const got = date(n(m.caps, 'd'), n(m.caps, 'm'), null, 'long');
        return got && { ...got, end: m.caps.m.end };
      }
      const y = m.caps.y ? fullYear(n(m.caps, 'y'), written(ctx, m.caps, 'y').length) : null;
      if (m.caps.y && (y === null || written(ctx, m.caps, 'y').length !== 4)) {
        // "Sáng 1 tháng 3, 39 đơn vị …": a count after the comma is no year; the day and month stand without one
        if (tokenText(ctx.doc, m.caps.m.end) !== ',') return null;
        const got = date(n(m.caps, 'd'), n(m.caps, 'm'), null, 'long');
        return got && { ...got, end: m.caps.m.end };
      }
      return date(n(m.caps, 'd'), n(m.caps, 'm'), y, 'long');
    },
  },
  {
    // "31/5", "9-1", "3 - 7": a day and a month; the field rules say when it is a date at all
    name: 'date-numeric',
    pattern: [anchor(dim('number', 'd')), sep('s1'), dim('number', 'm')],
    build(m, ctx) {
      if (sepChar(ctx, m.caps, 's1') === '.' || !spacedAlike(ctx, m.first, m.end)) return null;
      const t = ctx.doc.tokens;
      // "1/2/3" fractions and lists, and "2/3 số xã": a third number glued on is no day and month
      if (m.end < t.count && isDateSeparator(ctx.doc, m.end) && t.kind[m.end + 1] === Kind.Number && (t.flags[m.end] & Flag.Glued)) return null;
      if (m.first >= 2 && isDateSeparator(ctx.doc, m.first - 1) && t.kind[m.first - 2] === Kind.Number && (t.flags[m.first] & Flag.Glued)) return null;
      return date(n(m.caps, 'd'), n(m.caps, 'm'), null, 'numeric');
    },
  },
  {
    // "sáng 3.7", "Ngày 27.5": a day and a month written as a decimal, only after a part of the day or "ngày"; the
    // papers that write days with a dot put them in brackets or after a comma too: "Hôm qua (27.5)", "sáng nay (28.5)",
    // "Sáng nay, 1.7" (bench/studies/date-dotted-brackets.mjs: 53 in corpus/real, none a decimal)
    name: 'date-dotted',
    pattern: [alt([dim('part-of-day'), opt(words('(', ','))], [words('ngày', 'hôm'), opt(words('('))]), anchor(dim('number', 'dm'))],
    build(m, ctx) {
      const w = written(ctx, m.caps, 'dm');
      const parts = /^(\d{1,2})\.(\d{1,2})$/.exec(w);
      if (!parts) return null;
      // a bracket opened before the day closes right after it or goes on with a note ("(8.2, giờ VN)", "(31.5-PV)"):
      // "(28.5)", not "(3.5 điểm)"
      if (tokenText(ctx.doc, m.caps.dm.first - 1) === '(' && !BRACKET_DAY_CLOSE.has(tokenText(ctx.doc, m.caps.dm.end))) return null;
      // ("14.15" is no day and month: no date, not a date without its value)
      const got = date(Number(parts[1]), Number(parts[2]), null, 'dotted');
      return got && { ...got, first: m.caps.dm.first };
    },
  },
];

export interface ClockValue {
  minutes: number;
}

export const CLOCK_RULES: readonly Rule<ClockValue>[] = [
  {
    // "10:48", "10:48:03", "10 giờ 30"
    name: 'clock',
    pattern: [anchor(dim('number', 'h')), alt([words(':')], [words('giờ')]), dim('number', 'mm'), opt(words(':'), dim('number', 'ss'))],
    build(m, ctx) {
      const h = n(m.caps, 'h');
      const mm = n(m.caps, 'mm');
      if (!(h >= 0 && h < 24 && mm >= 0 && mm < 60) || written(ctx, m.caps, 'mm').length !== 2) return null;
      return { value: { minutes: h * 60 + mm } };
    },
  },
  {
    // "10h30", "7g45"
    name: 'clock-glued',
    scan({ doc }, emit) {
      const t = doc.tokens;
      for (let i = 0; i < t.count; i++) {
        if (t.kind[i] !== Kind.Word) continue;
        const c = doc.text.charCodeAt(t.start[i]);
        if (c < 0x30 || c > 0x39) continue;
        const parts = /^(\d{1,2})[hg](\d{2})$/i.exec(doc.text.slice(t.start[i], t.end[i]));
        if (!parts) continue;
        const h = Number(parts[1]);
        const mm = Number(parts[2] ?? 0);
        if (h < 24 && mm < 60) emit({ value: { minutes: h * 60 + mm }, first: i, end: i + 1 });
      }
    },
  },
];

export function lexDates(ctx: RuleContext): void {
  lexDimension('date', DATE_RULES, ctx, true);
  lexDimension('clock', CLOCK_RULES, ctx, true);
}

export const dates: Dimension = {
  name: 'dates',
  produces: ['date', 'clock'],
  needs: ['number', 'part-of-day'],
  lex: lexDates,
};

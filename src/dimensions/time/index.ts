// Years and spans of time: "năm 2019", "6 tháng đầu năm 2017", "9 tháng năm 2015", "quý I/2025", "tháng 5/2013",
// "giai đoạn 2015-2020", "nhiệm kỳ 2015 - 2020", "năm học 2016-2017", "5 tháng đầu năm" (its year from the page).
// Whether a span is the period an article reviews is the period field's business.
import { wordClass } from '../../engine/lexicon.js';
import { alt, anchor, dim, gap, opt, token, words, wordsAs } from '../../engine/pattern.js';
import type { Dimension } from '../../engine/dimension.js';
import { lexDimension, type Rule, type RuleContext } from '../../engine/rule.js';
import { Kind } from '../../engine/tokens.js';
import type { Doc } from '../../engine/document.js';
import { Enclosing } from '../../engine/search.js';
import type { Units } from '../../engine/units.js';
import { PLAN_WORDS, REVIEW_WORDS } from '../../lexicon/review.js';
import { FIRST_MONTHS, FIVE_FIRST_MONTHS, HALF_YEARS, MONTHS_STRETCH_AFTER, MONTHS_STRETCH_BEFORE, PROGRAMME_MONTHS_AFTER, QUARTERS, RESULT_VERB_AFTER_MONTHS, SPAN_KINDS } from '../../lexicon/time.js';
import type { NumberValue } from '../numbers/index.js';

export interface YearValue {
  year: number;
}

export type SpanKind = 'year' | 'months' | 'months-so-far' | 'last-months' | 'quarter' | 'month' | 'stage' | 'term' | 'school-year' | 'years';

export interface SpanValue {
  kind: SpanKind;
  /** ISO dates; empty when the year comes from the article's date ("5 tháng đầu năm"). */
  from: string;
  to: string;
  /** For "n tháng đầu năm" without a year: n. */
  months?: number;
  /** For "quý II" without a year: the quarter. */
  quarter?: number;
  /** For "kết quả công tác tháng 5" without a year: the month. */
  month?: number;
  /** "6 tháng qua": counted back from the article's day, a period only where a review names it. */
  counted?: boolean;
  /** "những tháng đầu năm 2013": the first months of a year, how many the article says elsewhere ("4 tháng đầu năm"). */
  firstMonths?: boolean;
}

export const spanKinds = wordClass('span-kind', SPAN_KINDS);
/** Words after which a span of time is reviewed, or planned: the period field weighs spans by them. */
export const reviewCues = wordClass('review-cue', REVIEW_WORDS);
export const planCues = wordClass('plan-cue', PLAN_WORDS);
export const quarters = wordClass('quarter-number', QUARTERS, 'as-written');
export const firstMonths = wordClass('first-months', FIRST_MONTHS);
export const fiveFirstMonths = wordClass('five-first-months', FIVE_FIRST_MONTHS);
export const halfYears = wordClass('half-year', HALF_YEARS);

const pad = (x: number) => String(x).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const monthStart = (y: number, m: number) => `${y}-${pad(m)}-01`;
/**
 * Anything but a word, or a verb's word: ends the few words a monthly work's field may hold before its month ("công tác
 * công an tháng 11"; not "nhiệm vụ được giao tháng 11", a task set; round 26 review).
 */
const notFieldWord = (doc: Doc, i: number) => doc.tokens.kind[i] !== Kind.Word || NOT_FIELD_WORDS.has(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase());
const NOT_FIELD_WORDS = new Set(['được', 'đã', 'giao', 'của', 'đề', 'trong']);

export const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

type Caps = Record<string, { first: number; end: number; unit?: { value: unknown } }>;
const num = (caps: Caps, k: string) => (caps[k]?.unit?.value as NumberValue | undefined)?.value ?? NaN;
const yearOf = (caps: Caps, k: string) => (caps[k]?.unit?.value as YearValue | undefined)?.year ?? NaN;

/** A four-digit number read as a year. */
const YEAR_RULES: readonly Rule<YearValue>[] = [
  {
    name: 'year',
    scan({ doc, units }, emit) {
      for (const u of units.of<NumberValue>('number')) {
        const v = u.value;
        if (v.written !== 'digits' || !v.integer || v.value < 1900 || v.value > 2100) continue;
        if (doc.tokens.end[u.first] - doc.tokens.start[u.first] !== 4 || doc.tokens.kind[u.first] !== Kind.Number) continue;
        emit({ value: { year: v.value }, first: u.first, end: u.end });
      }
    },
  },
];

const monthsCount = (caps: Caps) => num(caps, 'n');
const isResultVerb = (doc: Doc, i: number) => RESULT_VERB_AFTER_MONTHS.has(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase());
const isMonths = (u: { value: unknown }) => {
  const v = (u.value as NumberValue).value;
  return Number.isInteger(v) && v >= 1 && v <= 12;
};

const SPAN_RULES: readonly Rule<SpanValue>[] = [
  {
    // "lũy kế đến cuối tháng 5 năm 2013", "tính đến hết tháng 5-2013": from the start of that year
    name: 'span-cumulative',
    pattern: [words('lũy kế', 'luỹ kế', 'tính', 'cộng dồn'), opt(words('từ đầu năm')), words('đến'), opt(words('hết', 'cuối')), anchor(dim('span', 'm', (u) => (u.value as SpanValue).kind === 'month'))],
    build(m) {
      const month = m.anchor.value as SpanValue;
      return { value: { kind: 'months', from: `${month.from.slice(0, 4)}-01-01`, to: month.to } };
    },
  },
  {
    // "9 tháng năm 2015", "6 tháng đầu năm 2017", "6 tháng cuối năm 2013", "chín tháng đầu năm 2020"
    name: 'span-months-of-year',
    pattern: [anchor(dim('number', 'n', isMonths)), words('tháng'), opt(words('đầu', 'cuối'), ), words('năm'), dim('year', 'y')],
    build(m, ctx) {
      const n = monthsCount(m.caps);
      const y = yearOf(m.caps, 'y');
      const last = ctx.doc.text.slice(ctx.doc.tokens.start[m.first], ctx.doc.tokens.end[m.end - 1]).toLowerCase().includes('cuối');
      if (last) return { value: { kind: 'last-months', from: monthStart(y, 13 - n), to: monthEnd(y, 12) } };
      return { value: { kind: 'months', from: monthStart(y, 1), to: monthEnd(y, n) } };
    },
  },
  {
    // "5 tháng đầu năm", "6 tháng đầu năm nay", "9 tháng năm nay", "6 tháng qua": the year is the article's
    name: 'span-months-so-far',
    pattern: [anchor(dim('number', 'n', isMonths)), wordsAs('w', 'tháng đầu năm nay', 'tháng đầu năm', 'tháng năm nay', 'tháng qua')],
    build(m, ctx) {
      const next = m.end < ctx.doc.tokens.count ? ctx.units.at('year', m.end) : undefined;
      if (next) return null; // "… đầu năm 2017" is the rule above
      const counted = /qua$/u.test(ctx.doc.text.slice(ctx.doc.tokens.start[m.caps.w.first], ctx.doc.tokens.end[m.caps.w.end - 1]));
      return { value: { kind: 'months-so-far', from: '', to: '', months: monthsCount(m.caps), ...(counted ? { counted } : {}) } };
    },
  },
  {
    // "Chỉ số sản xuất công nghiệp 5 tháng tăng 5,7%", "lũy kế thu 5 tháng đạt 299.000 tỷ đồng": the year's first months,
    // named by a figure stated for them (bench/studies/period-round8.mjs --only bare-months); not a stretch of its own
    // ("sau 6 tháng đạt", "4 tháng giảm liên tiếp", "trong vòng 3 tháng tăng gấp đôi")
    name: 'span-months-stated',
    pattern: [anchor(dim('number', 'n', isMonths)), words('tháng'), token(isResultVerb)],
    build(m, ctx) {
      const t = ctx.doc.tokens;
      const before = ctx.doc.text.slice(Math.max(0, t.start[m.first] - 20), t.start[m.first]);
      if (MONTHS_STRETCH_BEFORE.test(before)) return null;
      if (MONTHS_STRETCH_AFTER.test(ctx.doc.text.slice(t.end[m.end - 1], t.end[m.end - 1] + 20))) return null;
      return { value: { kind: 'months-so-far', from: '', to: '', months: monthsCount(m.caps) }, end: m.end - 1 };
    },
  },
  {
    // "sơ kết 6 tháng", "tổng kết 9 tháng công tác": months of the current year, named by their review
    name: 'span-months-reviewed',
    pattern: [dim('review-cue'), anchor(dim('number', 'n', isMonths)), words('tháng')],
    build(m, ctx) {
      // (nor "thực hiện nhiệm vụ 3 tháng còn lại của năm 2020": the months still to come)
      if (m.end < ctx.doc.tokens.count && /^(?:đầu|cuối|năm|qua|tới|trước|sau|còn)$/iu.test(ctx.doc.text.slice(ctx.doc.tokens.start[m.end], ctx.doc.tokens.end[m.end]))) return null;
      // "sơ kết 6 tháng thực hiện truy xuất nguồn gốc thịt heo": months counted from a programme's start, not the year's
      if (PROGRAMME_MONTHS_AFTER.test(ctx.doc.text.slice(ctx.doc.tokens.end[m.end - 1], ctx.doc.tokens.end[m.end - 1] + 40))) return null;
      return { value: { kind: 'months-so-far', from: '', to: '', months: monthsCount(m.caps) }, first: m.caps.n.first };
    },
  },
  {
    // "quý I và II năm 2017", "quý I và quý II/2017": two quarters named together are one span, from the first's start to
    // the second's end (bench/studies/period-recall.mjs), not the first quarter alone
    name: 'span-quarters',
    pattern: [words('quý'), anchor(dim('quarter-number', 'a')), words('và', ','), opt(words('quý')), dim('quarter-number', 'b'), opt(alt([words('/')], [words('-')], [words('năm')])), dim('year', 'y')],
    build(m) {
      const a = m.caps.a.unit!.value as number;
      const b = m.caps.b.unit!.value as number;
      if (b <= a) return null;
      const y = yearOf(m.caps, 'y');
      return { value: { kind: 'quarter', from: monthStart(y, a * 3 - 2), to: monthEnd(y, b * 3) } };
    },
  },
  {
    // "quý I", "trong quý II": a quarter of the current year
    name: 'span-quarter-this-year',
    pattern: [words('quý'), anchor(dim('quarter-number', 'q'))],
    build(m, ctx) {
      const next = m.end < ctx.doc.tokens.count ? ctx.doc.text.slice(ctx.doc.tokens.start[m.end], ctx.doc.tokens.end[m.end]) : '';
      if (/^(?:\/|-|năm|\d+)$/u.test(next)) return null; // the quarter with its year is the rule below
      return { value: { kind: 'quarter', from: '', to: '', quarter: m.caps.q.unit!.value as number } };
    },
  },
  {
    // "quý I năm nay": a quarter of the article's year, named so (bench/studies/period-round8.mjs --only this-year)
    name: 'span-quarter-named-this-year',
    pattern: [words('quý'), anchor(dim('quarter-number', 'q')), words('năm nay')],
    build: (m) => ({ value: { kind: 'quarter', from: '', to: '', quarter: m.caps.q.unit!.value as number } }),
  },
  {
    // "quý I/2025", "quý I-2013", "quý 3 năm 2020", "quý II 2019"
    name: 'span-quarter',
    pattern: [words('quý'), anchor(dim('quarter-number', 'q')), opt(alt([words('/')], [words('-')], [words('năm')])), dim('year', 'y')],
    build(m) {
      const q = m.caps.q.unit!.value as number;
      const y = yearOf(m.caps, 'y');
      return { value: { kind: 'quarter', from: monthStart(y, q * 3 - 2), to: monthEnd(y, q * 3) } };
    },
  },
  {
    // "năm tháng đầu năm 2013", "trong năm tháng đầu năm nay": five months ("năm" is no number word elsewhere), not
    // January; "những năm tháng" (years and months) is the idiom, not a count
    name: 'span-five-months',
    pattern: [anchor(dim('five-first-months')), opt(alt([dim('year', 'y')], [words('nay')]))],
    build(m, ctx) {
      if (m.first > 0 && /^(?:những|bao|các)$/iu.test(ctx.doc.text.slice(ctx.doc.tokens.start[m.first - 1], ctx.doc.tokens.end[m.first - 1]))) return null;
      if (!m.caps.y) return { value: { kind: 'months-so-far', from: '', to: '', months: 5 } };
      const y = yearOf(m.caps, 'y');
      return { value: { kind: 'months', from: monthStart(y, 1), to: monthEnd(y, 5) } };
    },
  },
  {
    // "nửa đầu năm 2017", "nửa đầu năm nay": the first six months; "nửa cuối năm 2017": the last six
    name: 'span-half-year',
    pattern: [anchor(dim('half-year', 'h')), opt(alt([dim('year', 'y')], [words('nay')]))],
    build(m) {
      const y = m.caps.y ? yearOf(m.caps, 'y') : NaN;
      if (m.caps.h.unit!.value === 'last') return { value: { kind: 'last-months', from: Number.isNaN(y) ? '' : monthStart(y, 7), to: Number.isNaN(y) ? '' : monthEnd(y, 12) } };
      if (Number.isNaN(y)) return { value: { kind: 'months-so-far', from: '', to: '', months: 6 } };
      return { value: { kind: 'months', from: monthStart(y, 1), to: monthEnd(y, 6) } };
    },
  },
  {
    // "những tháng đầu năm 2013", "các tháng đầu năm nay": the first months, not January; from is the year's start when
    // it is written, else empty (the article's year)
    name: 'span-first-months',
    pattern: [anchor(dim('first-months')), opt(alt([dim('year', 'y')], [words('nay')]))],
    build(m) {
      const y = m.caps.y ? yearOf(m.caps, 'y') : NaN;
      return { value: { kind: 'months-so-far', from: Number.isNaN(y) ? '' : monthStart(y, 1), to: '', firstMonths: true } };
    },
  },
  {
    // "trong tháng đầu năm 2017": January, not the year
    name: 'span-first-month',
    pattern: [words('tháng đầu năm', 'tháng đầu tiên của năm', 'tháng đầu tiên năm'), anchor(dim('year', 'y'))],
    build: (m) => ({ value: { kind: 'month', from: monthStart(yearOf(m.caps, 'y'), 1), to: monthEnd(yearOf(m.caps, 'y'), 1) }, first: m.first }),
  },
  {
    // "kết quả công tác tháng 5", "giao ban tháng 6", "phiên họp thường kỳ tháng 5": a month of the current year, named by
    // a unit's monthly work or meeting (not a press briefing's "họp báo thường kỳ tháng 5"); a monthly briefing's
    // "đánh giá tình hình thực hiện nhiệm vụ tháng 8", "kết quả hoạt động tháng 11" (round 25, audits 24 and 27)
    name: 'span-month-this-year',
    // (the work's field may stand between, two words at most: "nhiệm vụ công tác công an tháng 11"; round 26, audit 29)
    pattern: [words('công tác', 'giao ban', 'thường kỳ', 'định kỳ', 'nhiệm vụ', 'kết quả hoạt động'), gap(2, { stop: notFieldWord }), opt(words('trong')), wordsAs('t', 'tháng'), anchor(dim('number', 'mo', isMonths))],
    build(m, ctx) {
      const next = m.end < ctx.doc.tokens.count ? ctx.doc.text.slice(ctx.doc.tokens.start[m.end], ctx.doc.tokens.end[m.end]) : '';
      // "tháng 1-2017", "tháng 1.2017" are the rule below; a full stop that ends the sentence is no date's
      const t = ctx.doc.tokens;
      const sentenceEnd = next === '.' && !(m.end + 1 < t.count && t.start[m.end + 1] === t.end[m.end] && t.kind[m.end + 1] === Kind.Number);
      if (!sentenceEnd && /^(?:\/|-|\.|năm|này|nay|\d+)$/iu.test(next)) return null;
      if (/họp báo/iu.test(ctx.doc.text.slice(Math.max(0, ctx.doc.tokens.start[m.first] - 30), ctx.doc.tokens.start[m.first]))) return null;
      return { value: { kind: 'month', from: '', to: '', month: num(m.caps, 'mo') }, first: m.caps.t.first };
    },
  },
  {
    // "tháng 5 năm nay": a month of the article's year, named so
    name: 'span-month-named-this-year',
    pattern: [wordsAs('t', 'tháng'), anchor(dim('number', 'mo', isMonths)), words('năm nay')],
    build: (m) => ({ value: { kind: 'month', from: '', to: '', month: num(m.caps, 'mo') }, first: m.caps.t.first }),
  },
  {
    // "tháng 1-2017", "tháng 5/2013", "tháng 9 năm 2020"
    name: 'span-month',
    pattern: [words('tháng'), anchor(dim('number', 'mo', isMonths)), alt([words('/')], [words('-')], [words('năm')]), dim('year', 'y')],
    build: (m) => ({ value: { kind: 'month', from: monthStart(yearOf(m.caps, 'y'), num(m.caps, 'mo')), to: monthEnd(yearOf(m.caps, 'y'), num(m.caps, 'mo')) } }),
  },
  {
    // "giai đoạn 2015-2020", "nhiệm kỳ 2015 – 2017", "năm học 2016-2017", "từ năm 2015 đến năm 2020", "(2002 – 2012)"
    name: 'span-years',
    pattern: [
      opt(alt([dim('span-kind', 'kind')], [words('từ năm', 'từ')])),
      anchor(dim('year', 'a')),
      alt([words('-', '/')], [words('đến năm', 'tới năm', 'đến', 'tới')]),
      dim('year', 'b'),
    ],
    build(m, ctx) {
      const a = yearOf(m.caps, 'a');
      const b = yearOf(m.caps, 'b');
      if (b <= a || (b - a > LONGEST_SPAN_YEARS && !reviewCounts(ctx, m.first, b - a))) return null;
      const kind = (m.caps.kind?.unit?.value as SpanKind | undefined) ?? 'years';
      return { value: { kind, from: monthStart(a, 1), to: monthEnd(b, 12) } };
    },
  },
  {
    // "năm 2019"
    name: 'span-year',
    pattern: [words('năm'), anchor(dim('year', 'y'))],
    build: (m) => ({ value: { kind: 'year', from: monthStart(yearOf(m.caps, 'y'), 1), to: monthEnd(yearOf(m.caps, 'y'), 12) } }),
  },
];

/** The most years a span of years may hold unless a review counts them before it (reviewCounts). */
const LONGEST_SPAN_YEARS = 30;
/** A review counting years, then the rest of its sentence: "tổng kết 40 năm công tác công an …". */
const REVIEW_COUNTING_YEARS = /(?<![\p{L}])(?:tổng kết|sơ kết)\s+(\d+)\s+năm(?![\p{L}])[^.!?\n]{0,100}$/iu;

/**
 * "hội nghị tổng kết 40 năm công tác công an phục vụ sự nghiệp đổi mới của đất nước (1986 - 2026)": a review that
 * counts the span's years before it makes a span of more than 30 years (an anniversary alone, "kỷ niệm 100 năm Cách
 * mạng Tháng Mười Nga (1917-2017)", stays none; bench/studies/round15-period.mjs counted-years: corpus/real 2
 * anniversaries, dev 0, the audits 1 review).
 */
function reviewCounts(ctx: RuleContext, first: number, years: number): boolean {
  const start = ctx.doc.tokens.start[first];
  const m = REVIEW_COUNTING_YEARS.exec(ctx.doc.text.slice(Math.max(0, start - 140), start));
  return m !== null && Number(m[1]) === years;
}

export function lexTime(ctx: RuleContext): void {
  lexDimension('year', YEAR_RULES, ctx);
  // spans of spans ("lũy kế đến cuối tháng 5 năm 2013" reads the month) run after the others
  lexDimension('span', SPAN_RULES.slice(1), ctx, true);
  lexDimension('span', SPAN_RULES.slice(0, 1), ctx);
}

export const time: Dimension = {
  name: 'time',
  produces: ['year', 'span'],
  needs: ['number', 'span-kind', 'quarter-number', 'first-months', 'five-first-months', 'half-year'],
  lex: lexTime,
};

export interface YearMention {
  year: number;
  first: number;
  /** In a span of years ("2015-2020", "27/7/1947 – 27/7/2017"), a date, or a month ("tháng 5/2013"). */
  kind: 'year' | 'range-start' | 'range-end' | 'date' | 'month';
  /** Part of "nhiệm kỳ 2015-2020": a term, which belongs to the year it opens. */
  term: boolean;
  /** "so với năm 2018", "cùng kỳ 2012": a year used only for comparison. */
  comparison: boolean;
  /** "Luật NVQS năm 2015": the year is part of a law's or document's name. */
  named: boolean;
  /** "đến năm 2020", "trước năm 2015": a deadline or a bound. */
  deadline: boolean;
  /** "triển khai nhiệm vụ năm 2026": the year of the tasks a review sets out, a horizon to its results but the year of its plans. */
  tasks?: boolean;
  /** "SN 1994", "sinh năm 1980": someone's birth. */
  birth: boolean;
  /** "từ năm 2001 (đến nay)": the start of a span still running. */
  since: boolean;
}

/** The words that open the name of a law or a decree. */
const LEGAL_WORDS = '(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Công ước)';
/** Before a year, the name of a law or a decree it belongs to: "Luật Thanh tra năm 2010", "Quyết định 80 năm 2002". */
const LEGAL_NAME_BEFORE = new RegExp(`${LEGAL_WORDS}(?:\\s+[^\\s,.;:()"“”]+){0,8}?\\s+$`, 'u');
/**
 * "sơ kết 9 tháng thực hiện Nghị quyết năm 2025": a Party committee's or council's resolution for the year, named by
 * nothing but its year, which is the year its tasks are carried out in; not "Hiến pháp năm 2013" nor "Nghị quyết số 10
 * năm 2020" (none on corpus/real or dev: bench/studies/period-round11.mjs).
 */
export const YEARLY_RESOLUTION_BEFORE = /(?<![\p{L}])Nghị quyết\s+(?:năm\s+)?$/u;
/** `before` (the text before a span or a year) ends in the name of a law or a decree the year belongs to. */
export const lawNamedBefore = (before: string): boolean => LEGAL_NAME_BEFORE.test(before) && !YEARLY_RESOLUTION_BEFORE.test(before);
/**
 * Before a year, a comparison: "so với năm 2018", "cùng kỳ 2012", a time of that year ("so với cuối năm 2021"), a price
 * base's year ("Giá trị SXCN (giá so sánh 2010) ước đạt …"; round 24, audit 24).
 */
export const COMPARISON = /(?:so\s+với|so\s+sánh|so|hơn|với|cùng\s+kỳ|cùng\s+kì|như|bằng|giá\s+cố\s+định)\s+(?:cùng\s+k[ỳì]\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:năm\s+)?$/iu;
/** A year compared with inside its span: "so với quý I/2012", "so với 5 tháng đầu năm 2012", "so với tháng 4/2012". */
const COMPARED_SPAN = /(?:so\s+với|so|hơn|cùng\s+kỳ|cùng\s+kì)\s+(?:cùng\s+k[ỳì]\s+)?(?:quý\s+[IVX\d]+|(?:\d+\s+)?tháng(?:\s+đầu)?(?:\s+\d+)?)\s*(?:\/|-|năm)?\s*(?:năm\s+)?$/iu;
const NAMED = new RegExp(`${LEGAL_WORDS}[^.;\\n]{0,60}?(?:năm\\s+)?$`, 'u');
/**
 * Before a date's year, a numbered document the date is of: "Kế hoạch số 05/KH-UBND ngày 20/12/", "Công văn số
 * 312/UBND-VP ngày 20 tháng 12 năm " (the year of a decree, a plan or a letter, no time the text reports; round 28
 * review).
 */
const DOCUMENT_DATE_BEFORE = /(?<![\p{L}])số\s*:?\s*\d+[\p{L}\d]*\/[\p{L}\d./&-]+\s*,?\s*(?:ban hành\s+)?ngày\s+\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]|tháng\s+\d{1,2}\s+năm)\s*$/iu;
const DEADLINE = /(?:đến|tới|trước|hết)\s+(?:hết\s+)?(?:năm\s+)?$/iu;
const SINCE = /(?:^|\s)(?:từ|kể từ|tính từ)\s+(?:năm\s+)?$/iu;
/**
 * Before a span of time, a word that makes it a bound, not a stretch reported on: a start point ("kể từ tháng
 * 4/2010", "bắt đầu từ tháng 12/2016"), a horizon or deadline ("đến năm 2020", "ngay trong tháng 2/2017", "chậm nhất
 * quý II"). "tính đến / lũy kế đến tháng 5/2013" is read whole by the span rules, so it starts before these words.
 */
export const BOUND_BEFORE = /(?:^|\s)(?:(?:kể |tính )?từ|đến|tới|trước|hết|ngay trong|chậm nhất)\s+(?:hết\s+|cuối\s+)?$/iu;
/** Words that make "sinh" no birth: "tuyển sinh năm 2017" (an admission), "phát sinh", "vệ sinh", "giáng sinh". */
const NOT_BIRTH = '(?<!(?:[Tt]uyển|[Pp]hát|[Vv]ệ|[Gg]iáng|[Tt]ái|[Nn]ảy|[Ss]ản)\\s)';
const BIRTH = new RegExp(`(?:\\bSN|${NOT_BIRTH}sinh\\s+năm|${NOT_BIRTH}sinh|năm\\s+sinh)\\s*:?\\s*$`, 'u');
/** A bare year needs a year word before it, or it is a count ("2015 học sinh"). */
const YEAR_WORD_BEFORE = /(?:năm|trong|từ|đến|cuối|đầu|kỳ|vụ|mùa|SN|\()\s*$/iu;
const AFTER_BARE_YEAR = /^(?:\s*[,.;:)”"\-–]|\s*$|\s+\p{Lu})/u;

const mentions = new WeakMap<Units, YearMention[]>();
const mentionsWithQuarters = new WeakMap<Units, YearMention[]>();

/** Every year the article names, in text order, with what kind of mention each is (computed once per article). */
export function yearMentions(doc: Doc, units: Units): YearMention[] {
  return cachedYearMentions(doc, units, mentions, false);
}

/**
 * The same, with the year of a quarter written with a slash or a dash ("quý I/2025", "quý 2/2017") read as a month's:
 * without a year word before it the year mentions skip it as a count. Percentages only: a figure of "quý I/2025"
 * belongs to 2025 (bench/studies/percentages-round11.mjs quarter-slash-year).
 */
export function yearMentionsWithQuarters(doc: Doc, units: Units): YearMention[] {
  return cachedYearMentions(doc, units, mentionsWithQuarters, true);
}

function cachedYearMentions(doc: Doc, units: Units, cache: WeakMap<Units, YearMention[]>, quarters: boolean): YearMention[] {
  const known = cache.get(units);
  if (known) return known;
  const out = collectYearMentions(doc, units, quarters);
  cache.set(units, out);
  return out;
}

function collectYearMentions(doc: Doc, units: Units, quarters: boolean): YearMention[] {
  const spans = units.of<SpanValue>('span');
  const ranges = new Enclosing(spans.filter((s) => s.value.kind === 'stage' || s.value.kind === 'term' || s.value.kind === 'school-year' || s.value.kind === 'years'));
  const months = new Enclosing(spans.filter((s) => s.value.kind === 'month' || (quarters && s.value.kind === 'quarter' && s.value.from !== '')));
  const dates = units.of<{ year: number | null }>('date');
  const inDates = new Enclosing(dates);
  // "27/7/1947 – 27/7/2017", "30.4.1975 - 30.4.2025": a span between two dates
  const dateRanges: { first: number; end: number; value: { kind: SpanKind } }[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (a.value.year === null || b.value.year === null || b.first - a.end !== 1) continue;
    if (doc.text[doc.tokens.start[a.end]] !== '-') continue;
    dateRanges.push({ first: a.first, end: b.end, value: { kind: 'years' } });
  }
  const enclosingDateRange = new Enclosing(dateRanges);
  const out: YearMention[] = [];
  for (const u of units.of<YearValue>('year')) {
    const start = doc.tokens.start[u.first];
    const before = doc.text.slice(Math.max(0, start - 80), start);
    const range = ranges.find(u) ?? enclosingDateRange.find(u);
    const inDate = inDates.holds(u);
    const kind = range ? (range.end === u.end ? 'range-end' : 'range-start') : inDate ? 'date' : months.holds(u) ? 'month' : 'year';
    if (kind === 'year' && !YEAR_WORD_BEFORE.test(before.slice(-12)) && !AFTER_BARE_YEAR.test(doc.text.slice(doc.tokens.end[u.first], doc.tokens.end[u.first] + 3))) continue;
    const tail = before.slice(-16);
    out.push({
      year: u.value.year,
      first: u.first,
      kind,
      term: range?.value.kind === 'term',
      comparison: COMPARISON.test(before) || COMPARED_SPAN.test(before),
      named: (NAMED.test(before) && !YEARLY_RESOLUTION_BEFORE.test(before)) || (kind === 'date' && DOCUMENT_DATE_BEFORE.test(before)),
      deadline: kind === 'year' && DEADLINE.test(tail),
      birth: BIRTH.test(tail),
      since: kind === 'year' && SINCE.test(tail),
    });
  }
  return out;
}

/** The year a stretch of text is about when it names one kind of time: its first usable year mention. */
export function firstUsableYear(mentions: readonly YearMention[]): number | null {
  for (const m of mentions) {
    if (m.comparison || m.named || m.birth) continue;
    if (m.kind === 'range-start') {
      if (m.term) return m.year;
      continue;
    }
    if (m.kind === 'range-end' && m.term) continue;
    return m.year;
  }
  return null;
}

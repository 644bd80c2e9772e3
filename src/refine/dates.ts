// The page's date and the event's: one publication date by the precedence of the rules that read it, then one event
// day, its year implied from the publication date (the event on or before it) or from its own sentence, never a
// day after publication (chrono's assign/imply: the day and month were said, the year is implied and marked).
import type { Finding } from '../engine/finding.js';
import { overlaps } from '../engine/finding.js';
import type { Refiner, RefineContext } from '../engine/refine.js';
import { tokenAt } from '../engine/tokens.js';
import { lineIndexAt, lineText } from '../engine/document.js';
import { yearMentions, type SpanValue } from '../dimensions/time/index.js';
import type { DateValue } from '../dimensions/dates/index.js';
import { dayNumber } from '../extract/dates.js';
import type { EventDay } from '../extract/date/index.js';
import { PUBLISHED_PRECEDENCE, type DayValue } from '../extract/published/index.js';
import { mainYearOf, REPORT_SEASON_CLOSES } from './years.js';
import { isPageStamp, isStampLine, reviewedMonthsEnd, YEARLESS_MONTHS_REVIEWED, PLANNED_YEAR_BEFORE, PLANS_FOR_NEXT_YEAR_FROM, REVIEWED_YEAR_BEFORE, STAGE_REVIEWED_BEFORE, STAGE_REVIEWED_FROM_MONTH, WILL_AFTER, YEARED_EVENT_HEADS } from '../lexicon/dates.js';
import { escapeRegExp } from '../text/regexp.js';

const precedence = (f: Finding) => (f.origin.kind === 'meta' ? 1 : (PUBLISHED_PRECEDENCE[f.origin.rule] ?? 0));

/** How many lines below the headline its page's stamp may stand. */
const STAMP_UNDER_HEADLINE = 2;
/** A stamp line's opening: its weekday, its date or clock, a bracket or a bullet. */
const STAMP_OPENING = /^\s*(?:[(•|-]\s*)?(?:Thứ\s+\S+|Chủ\s+nhật|\d)/iu;

export const choosePublished: Refiner = {
  name: 'published-by-precedence',
  fields: ['published'],
  refine(ctx) {
    const all = ctx.get<DayValue>('published');
    // of equal precedence, a stamp on its own line ("29/05/13 08:29 GMT+7") before a clock and day in running text
    // ("Lúc 10 giờ 35 ngày 18-1-2012, … xe cẩu … va quẹt"), which dates something the article tells
    // asked once per line, before sorting: a line of thousands of stamps must not be cut out for every comparison
    const stampLines = new Map<number, number>();
    const ownLine = (f: Finding) => {
      if (f.origin.kind !== 'text') return 0;
      const line = lineIndexAt(ctx.doc, f.origin.start);
      let stamp = stampLines.get(line);
      if (stamp === undefined) stampLines.set(line, (stamp = isPageStamp(lineText(ctx.doc, line)) ? 1 : 0));
      return stamp;
    };
    const keyed = all.map((f) => ({ f, precedence: precedence(f), ownLine: ownLine(f), start: start(f), clock: 0 }));
    // a stamp line above the headline later than one below it is the portal's clock ("Thứ 7, 22/06/2024, 10:30[GMT+7]"
    // over "Thứ 5, 17/05/2018 | 14:49:49"), the day the page was fetched, not the one it was posted
    const headline = ctx.facts.titleLine;
    if (headline !== null) {
      const line = (f: Finding) => lineIndexAt(ctx.doc, start(f));
      const day = (f: Finding<DayValue>) => dayNumber(f.value.year, f.value.month, f.value.day);
      // (a stamp right below it may carry the page's buttons, "Thứ 7, 24/07/2021 | 09:06:55 [GMT +7] A A" (round 29, audit
      // 33); not a sentence's or a credit's time, "Kỳ họp bế mạc lúc 11:30 ngày 22/11/2024.", "Thời gian: 08:00 ngày …")
      const stampUnder = (k: (typeof keyed)[number]) => {
        const at = line(k.f);
        return at - headline <= STAMP_UNDER_HEADLINE && STAMP_OPENING.test(lineText(ctx.doc, at)) && isStampLine(lineText(ctx.doc, at));
      };
      const below = keyed.filter((k) => line(k.f) > headline && (k.ownLine || stampUnder(k))).map((k) => day(k.f));
      const earliestBelow = below.length ? Math.min(...below) : Infinity;
      for (const k of keyed) if (k.ownLine && line(k.f) < headline && day(k.f) > earliestBelow) k.clock = 1;
    }
    const best = keyed.sort((a, b) => b.precedence - a.precedence || a.clock - b.clock || b.ownLine - a.ownLine || a.start - b.start)[0]?.f;
    ctx.set('published', best ? [best] : []);
    ctx.facts.published = best ? best.value : null;
  },
};

const start = (f: Finding) => (f.origin.kind === 'text' ? f.origin.start : -1);

/** How many sentences of the body open it: the event is dated there or not at all. */
const LEAD_SENTENCES = 3;
/** The date rules that read a day marked as an event's: by a part of the day or a weekday (src/extract/date/index.ts). */
const MARKED_DAY_RULES = new Set(['event-part-of-day', 'event-weekday']);
/** A day after publication by fewer days than this is a coming event; more, and it was last year's. */
const COMING_DAYS = 90;
/**
 * A day printed with its own year more than this many days before publication is an earlier event recalled (a birth
 * date in brackets, the issue date of an earlier article, a decree of two years before), not the news. A local page
 * may post its report two months late (a seed's dateline is 64 days after its conference): a quarter is beyond that.
 */
const RECALLED_DAYS = 90;
/** What makes a later full date of the text no measure of when its news happened: it has not happened yet. */
const NOT_HAPPENED = new Set(['a deadline', 'a coming day', 'the day something takes effect']);

/**
 * Whether a day printed with its own year is background: long before the page's date, or (no page date) in a year
 * before another day of the text that has happened, not a deadline's, a coming day's or a span's bound (a 1945
 * battle in a 2017 feature, a 2015 arrest in the story of a 2017 trial).
 */
function recalled(v: EventDay, published: { year: number; month: number; day: number } | null, latestHappened: number): boolean {
  if (v.year === null) return false;
  if (published) return dayNumber(published.year, published.month, published.day) - dayNumber(v.year, v.month, v.day) > RECALLED_DAYS;
  return latestHappened > v.year;
}

/** The latest year of a day of the text that has happened (see `recalled`), -Infinity when none has. */
function latestHappenedYear(days: readonly Finding<EventDay>[], text: string): number {
  let latest = -Infinity;
  for (const d of days) {
    if (d.value.year !== null && !NOT_HAPPENED.has(d.value.notEvent ?? '') && !SPAN_BOUND_BEFORE.test(text.slice(Math.max(0, start(d) - 12), start(d)))) latest = Math.max(latest, d.value.year);
  }
  return latest;
}

/** News dates its event by day and month alone because it is recent: more than this many days before the page, no. */
const STALE_DAYS = 30;

/**
 * Whether a day written without its year lies more than STALE_DAYS before the page's date (in the page's year, or the
 * year before when it falls more than COMING_DAYS after): an earlier event told as background ("Ngày 14/4 vừa qua" in
 * a late-May page), a score read as a day ("SHB Đà Nẵng (2-3)"), a coming event taken for last year's
 * (bench/studies/date-stale-days.mjs: 4 of the 464 year-less lead days of dated pages, all wrong; 96% lie within a week).
 */
function stale(v: EventDay, published: { year: number; month: number; day: number } | null): boolean {
  if (v.year !== null || !published) return false;
  const page = dayNumber(published.year, published.month, published.day);
  const after = dayNumber(published.year, v.month, v.day) - page;
  if (after > 0 && after < COMING_DAYS) return false; // a coming day, refused once chosen
  return (after > 0 ? page - dayNumber(published.year - 1, v.month, v.day) : -after) > STALE_DAYS;
}

/** "từ ngày 21/10/2018 đến 20/10/2019", "tới ngày 30/6/2018": a bound of a span, which may lie ahead. */
const SPAN_BOUND_BEFORE = /(?:từ|đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$/iu;

/**
 * The years a sentence names for itself: not a span's ("2016-2021"), a birth's ("SN 1980"), a horizon's ("đến năm
 * 2020"), a comparison's, a law's, or another full date's.
 */
function ownYears(ctx: RefineContext, firstToken: number, endToken: number, dayMonth: number): number[] {
  const { start, end } = ctx.doc.tokens;
  const congress = CONGRESS.test(ctx.doc.text.slice(start[firstToken], end[endToken - 1]));
  // "trong tháng 12/2016" beside "ngày 7/2": a month later in its year than the day is a coming month or an earlier
  // year's (a statistic's, a past event's), so its year is not the day's
  const inLaterMonth = new Uint8Array(Math.max(0, endToken - firstToken));
  for (const u of ctx.units.of<SpanValue>('span')) {
    if (u.value.kind === 'month' && u.first >= firstToken && u.first < endToken && Number(u.value.from.slice(5, 7)) > dayMonth) inLaterMonth.fill(1, u.first - firstToken, u.end - firstToken);
  }
  const years = yearMentions(ctx.doc, ctx.units).filter(
    (y) =>
      y.first >= firstToken &&
      y.first < endToken &&
      // a congress is held in the year its term opens ("Đại hội … nhiệm kỳ 2017-2019"); an office's term ("giữ chức
      // Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021") and other spans belong to no single year
      ((y.kind !== 'range-start' && y.kind !== 'range-end') || (congress && y.term && y.kind === 'range-start') || (y.kind === 'range-end' && !y.term && stageReviewed(ctx, firstToken, y.first, dayMonth))) &&
      y.kind !== 'date' &&
      !y.birth &&
      !y.since &&
      !(y.kind === 'month' && inLaterMonth[y.first - firstToken] === 1) &&
      !(y.kind === 'year' && reviewedEarlier(ctx, y.first, start[firstToken], dayMonth)) &&
      !(y.kind === 'year' && dayMonth >= PLANS_FOR_NEXT_YEAR_FROM && PLANNED_YEAR_BEFORE.test(ctx.doc.text.slice(Math.max(start[firstToken], start[y.first] - 140), start[y.first]))) &&
      !y.deadline &&
      !y.comparison &&
      !y.named &&
      !RECALLED_BEFORE.test(ctx.doc.text.slice(Math.max(0, ctx.doc.tokens.start[y.first] - 80), ctx.doc.tokens.start[y.first])) &&
      !PRIZE_BEFORE.test(ctx.doc.text.slice(Math.max(start[firstToken], ctx.doc.tokens.start[y.first] - 60), ctx.doc.tokens.start[y.first])) &&
      !INDEX_BEFORE.test(ctx.doc.text.slice(Math.max(0, ctx.doc.tokens.start[y.first] - 12), ctx.doc.tokens.start[y.first])) &&
      !HORIZON_BEFORE.test(ctx.doc.text.slice(Math.max(0, ctx.doc.tokens.start[y.first] - 24), ctx.doc.tokens.start[y.first])) &&
      !(dayMonth <= REPORT_SEASON_CLOSES && IN_YEAR_BEFORE.test(ctx.doc.text.slice(Math.max(0, ctx.doc.tokens.start[y.first] - 16), ctx.doc.tokens.start[y.first]))) &&
      // (a congress's term is a span of years too: its first year stays, "Đại hội … lần thứ XIII, nhiệm kỳ 2016 - 2021
      // bế mạc"; round 24, audit 24)
      (!inYearSpan(ctx.doc.text, ctx.doc.tokens.start[y.first], ctx.doc.tokens.end[y.first]) || y.kind === 'range-end' || (congress && y.term)),
  );
  return [...new Set(years.map((y) => y.year))];
}


/** The stage that ends at the year at token `yearToken` is reviewed in the day's sentence (STAGE_REVIEWED_BEFORE). */
function stageReviewed(ctx: RefineContext, firstToken: number, yearToken: number, dayMonth: number): boolean {
  if (dayMonth < STAGE_REVIEWED_FROM_MONTH) return false;
  const { start } = ctx.doc.tokens;
  const range = ctx.units.of<SpanValue>('span').find((u) => u.first < yearToken && u.end === yearToken + 1 && (u.value.kind === 'stage' || u.value.kind === 'years' || u.value.kind === 'school-year'));
  if (!range) return false;
  return STAGE_REVIEWED_BEFORE.test(ctx.doc.text.slice(start[firstToken], start[range.first]));
}

/**
 * "(1986 - 2026)", "1945-2015": a bound of a span of years written bare, longer than the time dimension reads as a span
 * (30 years); like the bounds of shorter spans, neither is the day's year (bench/studies/round13-dates.mjs span-year).
 */
const YEAR_SPAN_AFTER = /^\s*[-–]\s*(?:19|20)\d\d(?![\d/.-])/u;
const YEAR_SPAN_BEFORE = /(?<![\d/.-])(?:19|20)\d\d\s*[-–]\s*$/u;
const inYearSpan = (text: string, start: number, end: number) => YEAR_SPAN_AFTER.test(text.slice(end, end + 12)) || YEAR_SPAN_BEFORE.test(text.slice(Math.max(0, start - 12), start));

/** Whether the whole year at token `yearToken` is one a review early in the day's year looks back on. */
function reviewedEarlier(ctx: RefineContext, yearToken: number, sentenceStart: number, dayMonth: number): boolean {
  const yearStart = ctx.doc.tokens.start[yearToken];
  const before = ctx.doc.text.slice(Math.max(sentenceStart, yearStart - 120), yearStart);
  if (!REVIEWED_YEAR_BEFORE.some(([re, lastMonth]) => dayMonth <= lastMonth && re.test(before))) return false;
  // "giao ban tuần đầu năm 2021", "những tháng đầu năm 2021": the year's first stretch, the year in progress
  if (YEAR_START_BEFORE.test(before)) return false;
  // the year of a stretch of months ("6 tháng đầu năm 2017", "quý I năm 2025") is the one in progress, not reviewed
  return !ctx.units.of<SpanValue>('span').some((u) => u.value.kind !== 'year' && u.first <= yearToken && yearToken < u.end);
}

/** The start of a year named before it: "đầu năm", "tuần đầu năm", "đầu xuân năm" (the year in progress). */
const YEAR_START_BEFORE = /(?<![\p{L}])đầu(?:\s+xuân)?\s+năm\s+$/iu;

/** A congress of a party, union or association ("Đại hội đại biểu", "Đại hội Công đoàn"): it opens a term. */
const CONGRESS = /(?<![\p{L}])đại hội(?![\p{L}])/iu;

/** The years whose first months a sentence names ("6 tháng đầu năm 2017", "những tháng đầu năm 2017"): years in progress. */
function yearsInProgress(ctx: RefineContext, firstToken: number, endToken: number): number[] {
  return ctx.units
    .of<SpanValue>('span')
    .filter((u) => u.first >= firstToken && u.first < endToken && (u.value.kind === 'months' || u.value.kind === 'months-so-far') && u.value.from !== '')
    .map((u) => Number(u.value.from.slice(0, 4)));
}

/**
 * "Sáng 7-2, làm việc với quận 2 về tình hình … trong năm 2016", "Bộ Tài chính Nhật Bản công bố ngày 8/2, thặng dư … trong
 * năm 2016": in a year's first months, the stretch a review or a figure covers is the year before, no event's own year
 * (round 22 precision review of date; later in the year "… triển khai dịch vụ … trong năm 2017" on 14/7 is the event's,
 * dev 192).
 */
const IN_YEAR_BEFORE = /(?<![\p{L}])trong\s+(?:cả\s+|suốt\s+)?năm\s+$/iu;

/** "đến cuối năm 2018", "trước giữa năm 2020": a horizon with a part of the year between, which is no event's. */
const HORIZON_BEFORE = /(?:đến|tới|trước|hết|muộn nhất)\s+(?:hết\s+)?(?:cuối|giữa|đầu|nửa đầu|nửa cuối)\s+(?:năm\s+)?$/iu;

/**
 * "hồi năm 2016", "hồi tháng 7/2013", "từng đạt danh hiệu … năm 2007", "cuối những năm 1970", "(Sinh năm 1977": a year
 * the sentence recalls, someone's past or birth (bench/studies/date-year-cues.mjs), never the day's. "từng" (once, ever)
 * governs its whole clause: "từng đạt danh hiệu Hoa hậu người Việt tại Nga năm 2007" (bench/studies/date-year-cues.mjs:
 * of the 37 years 21-60 characters after "từng" on corpus/real, 36 are a past's, one a horizon's; 8 of 8 in dated
 * pages earlier than the page). "vào năm 2030",
 * "vào năm 2012" too: the news says "năm nay" of its own year (in dated articles 0 of 111 "vào năm Y" are the page's).
 */
const RECALLED_BEFORE = /(?:(?:(?<![\p{L}])(?:hồi(?![\p{L}])[^,.;()]{0,20}?|từng(?![\p{L}])[^,.;()]{0,60}?)|những\s+|(?<![\p{L}])sinh\s+)(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+\d{1,2}\s*[/.-]\s*|năm\s+)|(?<![\p{L}])vào\s+năm\s+)$/iu;

/**
 * "Giải thưởng WIPO 2016", "Giải báo chí quốc gia lần thứ XI - năm 2016": a prize is named by the year of the work
 * it honours and given the next year or later (bench/studies/date-year-cues.mjs), so its year does not date the day.
 */
const PRIZE_BEFORE = /(?<![\p{L}])giải\s+(?:thưởng|báo chí)(?![\p{L}])[^,.;:()]*$/iu;

/** "PCI 2016", "PAPI 2015", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) 2016": an index's year, not an event's. */
const INDEX_BEFORE = /(?:PCI|PAPI|ICT Index|SIPAS)\)?\s*$/u;

/**
 * How far into the text an anniversary span dates the event: a long headline, a quote or a photo caption may put the
 * day's own sentence past 600 characters ("Chiều 18/6, … nhân dịp kỷ niệm 92 năm Ngày Báo chí Cách mạng Việt Nam
 * (21/6/1925-21/6/2017)"), and a report may name its anniversary a paragraph later ("Giải đấu là hoạt động thiết thực
 * chào mừng kỷ niệm 50 năm Giải phóng miền Nam (30.4.1975 - 30.4.2025)"): bench/studies/round13-dates.mjs
 * anniversary-span.
 */
const ANNIVERSARY_SPAN_WITHIN = 1500;

/**
 * The year of an event written without one, as annotators fix it: the same day written with its year elsewhere, or the
 * end of an anniversary span in the lead ("(27/7/1947 – 27/7/2017)"). Other years of the text are other things' (a
 * caption's, a deadline's, a statistic's: the precision review found them wrong 7 times in 19).
 */
function yearFromText(ctx: RefineContext, f: Finding<EventDay>): number | null {
  const v = f.value;
  // the latest such year: an anniversary writes the day with its first year too ("(9/5/1945 -9/5/2017)")
  const sameDay = ctx.units.of<DateValue>('date').filter((d) => d.value.year !== null && d.value.month === v.month && d.value.day === v.day);
  if (sameDay.length) return Math.max(...sameDay.map((d) => d.value.year!));
  const lead = ctx.doc.text.slice(0, ANNIVERSARY_SPAN_WITHIN);
  // the two days joined by a hyphen, a dash or a slash, the first perhaps of the 19th century: "(19-5-1890/ 19-5-2017)",
  // "(9/2/1907 – 9/2/2017)"
  // (corpus/real and dev: 13 of the 31 such spans in the first 1,500 characters are not joined by a hyphen)
  const span = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:1[89]|20)\d\d\s*[-–—/]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)/u.exec(lead);
  if (span) return Number(span[1]);
  return null;
}

/** A head as written, or capitalised when it opens a sentence: "kỳ thi", "Kỳ thi"; "Thần tượng" only so (not the noun). */
const headForm = (head: string) => (/^\p{Ll}/u.test(head) ? `[${head[0]}${head[0].toUpperCase()}]${escapeRegExp(head.slice(1))}` : escapeRegExp(head));
/** A contest's, tournament's or festival's name and the bare year that ends it: "kỳ thi THPT quốc gia 2017". */
const YEARED_EVENT = new RegExp(
  `(?<![\\p{L}])(?:${YEARED_EVENT_HEADS.map(headForm).join('|')})(?![\\p{L}])(?:[^,;:()\\n.]|\\.(?=\\S)){0,60}?\\s((?:19|20)\\d\\d)(?!\\d|[/.-]\\d|\\s*[-–]\\s*(?:19|20)?\\d\\d)`,
  'gu',
);

/**
 * "đội từng vô địch giải VĐQG 2015", "hồi giải … 2016": a contest the clause recalls (RECALLED_BEFORE wants "năm").
 * Not "từng" as "each" ("từng thí sinh bước vào kỳ thi"), nor "hồi" ending "thu hồi", "phục hồi".
 */
const ONCE_BEFORE = /(?<![\p{L}])(?:từng(?!\s+(?:thí sinh|người|em|học sinh|cá nhân|đơn vị|địa phương|đội|trường|lớp|bài|môn|phần|bước|vòng)(?![\p{L}]))|(?<!(?:thu|phục|hồi)\s)hồi)(?![\p{L}])[^,.;()]{0,60}$/iu;

/**
 * The year a sentence names for the contest, tournament or festival it tells of ("Chiều nay 21.6, kỳ thi THPT quốc gia
 * 2017 chính thức bắt đầu"), when no plan word stands in it; the filters of `ownYears` hold (a prize's, a recalled one).
 */
function yearOfNamedEvent(ctx: RefineContext, sentence: { start: number; end: number }): number | null {
  const text = ctx.doc.text.slice(sentence.start, sentence.end);
  if (WILL_AFTER.test(text)) return null;
  for (const m of text.matchAll(YEARED_EVENT)) {
    const at = sentence.start + m.index + m[0].length - m[1].length;
    const before = ctx.doc.text.slice(Math.max(0, at - 80), at);
    if (RECALLED_BEFORE.test(before) || ONCE_BEFORE.test(before) || PRIZE_BEFORE.test(before.slice(-60))) continue;
    return Number(m[1]);
  }
  return null;
}

/** An event named by its acronym and year in the headline: "APEC 2017: Quản lý đô thị hóa …" (not an index, "PCI 2016"). */
const HEADLINE_ACRONYM_YEAR = /(?<![\p{L}\d])(\p{Lu}{3,})\s+((?:19|20)\d\d)(?![\d/.-]|\s*[-–]\s*\d)/u;

/**
 * On a page with no date, the year of the event the headline names by its acronym and year, when the day's sentence
 * names it too ("APEC 2017: …" over "Ngày 13/5, … Diễn đàn hợp tác kinh tế châu Á-Thái Bình Dương (APEC) …"; round 27,
 * bench/studies/round27.mjs headline-event-year: corpus/real 4 dates, three APEC meetings right and a festival's first day
 * borderline; dev 1, as annotated).
 */
function yearOfHeadlineEvent(ctx: RefineContext, sentence: { start: number; end: number }): number | null {
  const line = ctx.facts.titleLine === null ? null : ctx.doc.lines[ctx.facts.titleLine];
  if (!line) return null;
  const m = HEADLINE_ACRONYM_YEAR.exec(ctx.doc.text.slice(line.start, line.end));
  if (!m || INDEX_BEFORE.test(m[1])) return null;
  const text = ctx.doc.text.slice(sentence.start, sentence.end);
  if (WILL_AFTER.test(text) || !new RegExp(`(?<![\\p{L}])${m[1]}(?![\\p{L}])`, 'u').test(text)) return null;
  return Number(m[2]);
}

export const chooseEventDate: Refiner = {
  name: 'event-date',
  fields: ['date', 'published'],
  refine(ctx) {
    const published = ctx.facts.published;
    const pageDates = ctx.get('published');
    // the first day of the lead's sentences dated as events are, that nothing says is some other day's
    const days = ctx.get<EventDay>('date').filter((f) => !pageDates.some((p) => overlaps(p, f)));
    const latestHappened = published ? -Infinity : latestHappenedYear(days, ctx.doc.text);
    const candidates = [...days]
      .sort((a, b) => start(a) - start(b))
      .filter((f) => f.value.sentence >= 0 && f.value.sentence < LEAD_SENTENCES && f.value.notEvent === null && !recalled(f.value, published, latestHappened) && !stale(f.value, published));
    // a day written bare ("… Huy hiệu Đảng đợt 3/2 và 19/5/2023 vào sáng 21/7/2023") gives way to one its sentence dates
    // as an event's, by a part of the day or a weekday, further on and no earlier (in the bare day's year when it names
    // none): an earlier one is background ("Hội nghị diễn ra 13/10/2024 …, nối tiếp buổi làm việc chiều thứ Hai 7/10 …")
    const bare = candidates[0]?.origin.kind === 'text' && candidates[0].origin.rule === 'event-numeric' ? candidates[0].value : null;
    const notBefore = (v: EventDay) => bare !== null && bare.year !== null && dayNumber(v.year ?? bare.year, v.month, v.day) >= dayNumber(bare.year, bare.month, bare.day);
    const first = (bare && candidates.find((f) => f.value.sentence === bare.sentence && f.origin.kind === 'text' && MARKED_DAY_RULES.has(f.origin.rule) && notBefore(f.value))) || candidates[0];
    if (!first) return ctx.set('date', []);
    let v = first.value;
    if (v.year === null) {
      let year: number | null = null;
      if (published) {
        year = published.year;
        const after = dayNumber(year, v.month, v.day) - dayNumber(published.year, published.month, published.day);
        if (after > 0 && after < COMING_DAYS) return ctx.set('date', []); // a coming event
        if (after > 0) year -= 1;
      } else {
        const s = ctx.doc.sentences[ctx.doc.sentenceOf[Math.min(ctx.doc.tokens.count - 1, tokenAt(ctx.doc.tokens, first.origin.kind === 'text' ? first.origin.start : 0))]];
        // the first year of its own the sentence names ("Tối 10-2, … nhập ngũ năm 2017 và … xuất ngũ năm 2016"), or the
        // year whose first months it names: "đánh giá kết quả … năm 2016, tình hình … những tháng đầu năm 2017" is
        // held in 2017 (bench/studies/date-year-cues.mjs: 8 of 8 such years are the page's)
        const own = s ? ownYears(ctx, s.firstToken, s.endToken, v.month) : [];
        const inProgress = s ? yearsInProgress(ctx, s.firstToken, s.endToken).filter((y) => own.includes(y)) : [];
        year = inProgress.length ? inProgress[0] : own.length ? own[0] : yearFromText(ctx, first) ?? (s ? yearOfNamedEvent(ctx, s) ?? yearOfHeadlineEvent(ctx, s) : null);
        // a review of the year's first months or a quarter named without its year ("tại cuộc họp sơ kết công việc 6
        // tháng đầu năm …, diễn ra sáng 11/7"): held once they are over, in the year the article is in
        // (only a day in the months' last month or after: "tổng kết công tác quý IV" on 8/1 reviews the year before; a
        // briefing on "6 tháng đầu năm" can be held on 5-6, corpus/real r1973; round 16 review)
        const reviewed = year === null && s ? YEARLESS_MONTHS_REVIEWED.exec(ctx.doc.text.slice(ctx.doc.tokens.start[s.firstToken], ctx.doc.tokens.end[s.endToken - 1])) : null;
        const monthsEnd = reviewed ? reviewedMonthsEnd(reviewed) : null;
        // (not a year only a comparison gives, "… tăng 6,2% so với cùng kỳ năm 2023": arithmetic, as for the period)
        if (reviewed && monthsEnd !== null && v.month >= monthsEnd) {
          const main = mainYearOf(ctx);
          year = main.comparedOnly ? null : main.year;
        }
      }
      if (year === null) return ctx.set('date', []);
      v = { ...v, year };
      first.implied = ['year'];
    }
    // a day is never later than the page's
    if (published && dayNumber(v.year!, v.month, v.day) > dayNumber(published.year, published.month, published.day)) return ctx.set('date', []);
    ctx.set('date', [{ ...first, value: v }]);
  },
};

// The period, decided over every span of time the article names (bench/studies/period.mjs). An article reviews a
// period when a span in its headline or lead is no plan (or follows a review word there), or a span after a review
// word goes with a headline or lead that names a review, or two spans follow review words, one of them a word that
// names a review itself ("sơ kết", "tình hình thực hiện"; "báo cáo" or "kết quả" alone are said of news and previews
// too), or a span in the headline or lead has a figure stated for it and compared ("CPI tháng 5/2017 giảm 0,53% so với
// tháng trước": a statistical release). Spans that end after the page's date are plans, never the reviewed period, and
// so is a headline span the body names only after forecast words. The period is then the first span after a review
// word in the headline, then in the lead, else (in an article whose headline or lead names a review) the headline's
// or lead's own span, else the first span after a review word in the body, a year the article narrates clause by
// clause, the first headline or lead span a figure is stated for, the first one that is more than a bare year. A
// stage a headline's meeting names comes before the lead's reviews, the year before a year a meeting plans when the
// text reviews it, a span whose years a review counts ("sơ kết 5 năm … giai đoạn 2019-2024") before the body's other
// reviews, and a commended year ("thành tích xuất sắc trong công tác … năm 2019") when a lead sentence opens on the
// year gone by ("Trong năm, …"); a budget's final accounts give way to the next year's months reviewed.
import type { Finding } from '../engine/finding.js';
import type { Refiner, RefineContext } from '../engine/refine.js';
import { monthEnd, monthStart } from '../dimensions/time/index.js';
import { tokenAt } from '../engine/tokens.js';
import { mainYearOf, REPORT_SEASON_CLOSES } from './years.js';
import type { EventDay } from '../extract/date/index.js';
import { leadSentences, type PeriodCandidate } from '../extract/period/index.js';
import { REVIEW_LEAD, REVIEW_MEETING, REVIEW_TITLE, SAME_PERIOD_COMPARED, YEAR_GONE_OPENING } from '../lexicon/review.js';

const bare = (p: PeriodCandidate) => p.kind === 'year';
/** A span that names a reporting period by itself: "6 tháng đầu năm", "quý I/2025". */
const standsAlone = (p: PeriodCandidate) => p.kind === 'months' || p.kind === 'months-so-far' || p.kind === 'quarter';

/** A date; `approximate` when only its year is known (the year an undated article speaks of most). */
type Day = { year: number; month: number; day: number; approximate?: boolean };

/** The month from which a year's own review can be held ("tổng kết công tác năm 2019" from November on). */
const YEAR_END_REVIEWS_OPEN = 11;


/** The lead's first day written with its month and no year: "Ngày 25/12, …", "Chiều 29-12, …" (the month captured). */
const LEAD_DAY = /(?<![\d/.-])\d{1,2}\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)(?!\d)/u;

/** A review named in a comparison before a year: "So với báo cáo tổng kết năm 2017, …". */
const COMPARED_REVIEW_BEFORE = /(?<![\p{L}])so với(?![\p{L}])[^,.;:!?\n]*$/iu;

/** How many years back a congress's past term may start (a term is five years). */
const TERM_YEARS = 5;

/** How many clauses a year must open for the article to narrate it (bench/studies/period-year-clause.mjs). */
const NARRATED_YEAR_CLAUSES = 3;

/**
 * Not over by the article's date: a plan or a span still running, never the reviewed period (a year span that ends
 * after its year, the article's own year before its last two months, a school year before the May of its second
 * year, when schools close it with their year-end review "tổng kết năm học", a month span more than a month after
 * the date).
 */

function future(p: PeriodCandidate, dated: Day | null, nextSchoolYearNamed = false): boolean {
  if (!dated) return false;
  // an undated article dated only by its year: a school year ending in it is over when the article names the next one
  // or holds its closing review ("lễ tổng kết năm học 2024 - 2025")
  if (p.kind === 'school-year') return Number(p.to.slice(0, 4)) > dated.year || (Number(p.to.slice(0, 4)) === dated.year && ((dated.approximate && !nextSchoolYearNamed && !p.closingReview) || dated.month < 5));
  // "sơ kết giữa nhiệm kỳ thực hiện nghị quyết nhiệm kỳ 2018-2023" in January 2022: a review held within a term or
  // stage it names reviews it as named (ANNOTATION.md: a stage or term gives its whole years)
  if ((p.kind === 'term' || p.kind === 'stage') && p.namesReview && Number(p.from.slice(0, 4)) < dated.year) return false;
  if (p.from.endsWith('-01-01') && p.to.endsWith('-12-31')) {
    const end = Number(p.to.slice(0, 4));
    // "năm 2013" in a May 2013 debate: the year's tasks still run; year-end reviews open in November
    const running = p.from.slice(0, 4) === p.to.slice(0, 4) && end === dated.year && !dated.approximate && dated.month < YEAR_END_REVIEWS_OPEN && !p.closingReview;
    return end > dated.year || running;
  }
  // "Hội nghị giao ban … tháng 11/2025" held on 31 October to review October and set November's tasks: a month or a
  // quarter not begun by the article's date is the one planned (bench/studies/round15b-period-pct.mjs coming-month)
  if (!dated.approximate && (p.kind === 'month' || p.kind === 'quarter') && p.from > monthStart(dated.year, dated.month).slice(0, 8) + String(dated.day).padStart(2, '0')) return true;
  const limit = new Date(Date.UTC(dated.year, dated.month, dated.day)).toISOString().slice(0, 10); // a month after
  return p.to > limit;
}

/**
 * Is a commended year the one "Năm qua" opens on: the article's own year, or the year before in its report season (a
 * December 2024 article's "Năm qua" is 2024, not a prize of 2023 it mentions; round 15 review)? Undated: any.
 */
function isYearGoneBy(p: PeriodCandidate, dated: Day | null): boolean {
  if (!dated || ('approximate' in dated && dated.approximate)) return true;
  const y = Number(p.from.slice(0, 4));
  return y === dated.year || (y === dated.year - 1 && dated.month <= REPORT_SEASON_CLOSES);
}

/** A lead sentence opens on the year gone by without naming it (YEAR_GONE_OPENING). */
function yearGoneLead(ctx: RefineContext): boolean {
  const { doc } = ctx;
  return leadSentences(doc).some((i) => YEAR_GONE_OPENING.test(doc.text.slice(doc.sentences[i].start, doc.sentences[i].end)));
}

function textOf(ctx: RefineContext, where: 'title' | 'lead'): string {
  const { doc } = ctx;
  const headline = ctx.facts.titleLine;
  if (where === 'title') return headline === null ? '' : doc.text.slice(doc.lines[headline].start, doc.lines[headline].end);
  return leadSentences(doc)
    .map((i) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end))
    .join(' ');
}

const start = (f: Finding) => (f.origin.kind === 'text' ? f.origin.start : 0);
/** The sentence a finding starts in. */
const sentenceAt = (doc: RefineContext['doc'], f: Finding) => doc.sentenceOf[tokenAt(doc.tokens, start(f))];

/**
 * The year of the months an undated article counts with their year ("6 tháng đầu năm 2017", "quý I/2017"; not
 * plans, nor a schedule's bounds), the one it names most, else null: "6 tháng đầu năm nay" in it is that year, even when a target
 * year ("đạt 8 tỷ USD vào năm 2030") is named as often.
 */

function partYear(ctx: RefineContext): number | null {
  const counts = new Map<number, number>();
  for (const f of ctx.get<PeriodCandidate>('period')) {
    const p = f.value;
    // the year's last months, even planned ("phương hướng, nhiệm vụ 6 tháng cuối năm 2019"), are of the article's year
    if (!p.from || !((p.cue !== 'plan' && (p.kind === 'months' || p.kind === 'quarter')) || p.kind === 'last-months')) continue;
    const y = Number(p.from.slice(0, 4));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : null;
}

/**
 * The years the article names each stretch of whole months in, from spans that are no plan: 2017 under "01/06" for "6
 * tháng đầu năm 2017" (read once per article: a page may name thousands of spans).
 */
function yearsNamedByStretch(ctx: RefineContext): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const { value: o } of ctx.get<PeriodCandidate>('period')) {
    if (!o.from || o.cue === 'plan' || !o.from.endsWith('-01')) continue;
    const year = Number(o.from.slice(0, 4));
    const toMonth = Number(o.to.slice(5, 7));
    if (o.to.slice(0, 4) !== o.from.slice(0, 4) || o.to !== monthEnd(year, toMonth)) continue;
    const key = `${Number(o.from.slice(5, 7))}/${toMonth}`;
    out.set(key, (out.get(key) ?? new Set<number>()).add(year));
  }
  return out;
}

/**
 * The one year the article names with the same stretch as a span written without one ("6 tháng đầu năm 2017" for "6
 * tháng đầu năm", "quý I/2020" for "quý I"); null when none or several.
 */
function yearNamedFor(named: Map<string, Set<number>>, p: PeriodCandidate): number | null {
  const first = p.quarter !== undefined ? p.quarter * 3 - 2 : p.month !== undefined ? p.month : 1;
  const last = p.quarter !== undefined ? p.quarter * 3 : (p.month ?? p.months!);
  const years = named.get(`${first}/${last}`);
  return years && years.size === 1 ? [...years][0] : null;
}

/**
 * "Những tháng đầu năm 2013" is as many months as the article counts from that year's start elsewhere: the longest
 * "N tháng đầu năm" or first quarter of the same year it names ("4 tháng đầu năm 2013"); without one it names no period.
 */
function resolveFirstMonths(spans: Finding<PeriodCandidate>[], year: number | null): Finding<PeriodCandidate>[] {
  // the end of the longest count from each year's start, found once (an article may repeat the phrase many times)
  const longest = new Map<string, string>();
  for (const { value: o } of spans) {
    if (o.firstMonths || !standsAlone(o) || !o.from.endsWith('-01-01') || o.to.endsWith('-12-31')) continue;
    if (o.to > (longest.get(o.from) ?? '')) longest.set(o.from, o.to);
  }
  return spans.flatMap((f) => {
    if (!f.value.firstMonths) return [f];
    const y = f.value.from ? Number(f.value.from.slice(0, 4)) : year;
    if (y === null) return [];
    const opening = `${y}-01-01`;
    const to = longest.get(opening);
    return to ? [{ ...f, ...(f.value.from ? {} : { implied: ['year'] }), value: { ...f.value, from: opening, to } }] : [];
  });
}

export const choosePeriod: Refiner = {
  name: 'period',
  fields: ['period', 'published', 'title'],
  refine(ctx) {
    // the article's date: the page's, else the event's, else (its month unknown) the year it speaks of most
    // (the event's day as the date refiner chose it, when printed with its year: a year it implies from the sentence
    // may be the reviewed one, "Sáng 10.1, … tổng kết công tác năm 2024"; ctx.facts.date is set only after this refiner)
    const part = partYear(ctx);
    const mainOf = part === null ? mainYearOf(ctx) : { year: part, comparedOnly: false };
    const main = mainOf.year;
    const eventFinding = ctx.get<EventDay>('date')[0];
    const event = eventFinding && !eventFinding.implied?.includes('year') ? eventFinding.value : null;
    const eventDay = event && event.year !== null ? { year: event.year, month: event.month, day: event.day } : null;
    // the congresses the headline or lead names by the terms they open ("Đại hội …, nhiệm kỳ 2022 - 2027"): the latest
    // start of the terms opening in each year, so that each span is one look-up
    const congressOpens = new Map<string, string>();
    for (const c of ctx.get<PeriodCandidate>('period')) {
      if (c.value.kind !== 'term' || !c.value.meeting || c.value.where === 'body') continue;
      const year = c.value.from.slice(0, 4);
      if (c.value.from > (congressOpens.get(year) ?? '')) congressOpens.set(year, c.value.from);
    }
    // (a congress is held in the first year of the term it opens, which the event's day took: "Ngày 25-5, Đảng bộ xã …
    // tổ chức Đại hội … lần thứ XI, nhiệm kỳ 2020-2025"; round 25, audit 27)
    const congressDay = !eventDay && eventFinding && eventFinding.value.year !== null && congressOpens.has(String(eventFinding.value.year)) ? { year: eventFinding.value.year, month: eventFinding.value.month, day: eventFinding.value.day } : null;
    const dated = ctx.facts.published ?? eventDay ?? congressDay ?? (main !== null ? { year: main, month: 12, day: 31, approximate: true } : null);
    // a span without its year ("6 tháng đầu năm") is in that year, not in one worked out from a comparison alone ("6
    // tháng đầu năm, GRDP tăng 3,02% so với cùng kỳ năm 2023" names no year of its own: ANNOTATION.md's arithmetic)
    const approximate = !!dated && 'approximate' in dated && !!dated.approximate;
    const year = dated && !(approximate && mainOf.comparedOnly) ? dated.year : null;
    let stretches: Map<string, Set<number>> | undefined;
    const schoolYearsFrom = new Set(ctx.get<PeriodCandidate>('period').flatMap((f) => (f.value.kind === 'school-year' ? [f.value.from.slice(0, 4)] : [])));
    const candidates = ctx
      .get<PeriodCandidate>('period')
      .flatMap((f) => {
        if (f.value.kind === 'last-months') return []; // "6 tháng cuối năm" is always what is still to do
        if (f.value.firstMonths) return [f]; // resolved below, from the spans it stands for
        const { months, quarter: q, month } = f.value;
        if (months === undefined && q === undefined && month === undefined) return [f];
        // "Đánh giá kết quả công tác 6 tháng đầu năm" over "… hội nghị đánh giá kết quả công tác 6 tháng đầu năm 2017":
        // the same stretch the text names with its year is in that year, whatever the page's date says
        const inYear = yearNamedFor((stretches ??= yearsNamedByStretch(ctx)), f.value) ?? year;
        if (inYear === null) return [];
        const from = q !== undefined ? monthStart(inYear, q * 3 - 2) : month !== undefined ? monthStart(inYear, month) : `${inYear}-01-01`;
        const to = q !== undefined ? monthEnd(inYear, q * 3) : monthEnd(inYear, month ?? months!);
        return [{ ...f, implied: ['year'], value: { ...f.value, from, to } }];
      })
      .filter((f) => !future(f.value, dated, f.value.kind === 'school-year' && schoolYearsFrom.has(f.value.to.slice(0, 4))))
      // "người có nhiều thành tích trong công tác năm 1972" in a page of 2019: an old year's commended work is a life's
      // background, no review (round 14 review)
      .filter((f) => !f.value.commended || !dated || approximate || [dated.year - 1, dated.year].includes(Number(f.value.from.slice(0, 4))))
      .sort((a, b) => start(a) - start(b));
    // the stage a congress opens, when the stage ending as it begins is counted as gone by: "Đại hội Thi đua Quyết thắng
    // … giai đoạn 2024-2029" over "Giai đoạn 2019-2024, phong trào TĐQT … Kết quả 5 năm qua …" (round 25, audit 26)
    const counted = candidates.filter((f) => f.value.countedReview);
    const opened = (p: PeriodCandidate) => p.meeting && p.kind === 'stage' && counted.some((o) => o.value.kind === 'stage' && o.value.from < p.from && o.value.to.slice(0, 4) === p.from.slice(0, 4));
    const spans = resolveFirstMonths(counted.length ? candidates.filter((f) => !opened(f.value)) : candidates, year);
    // no span left: no period, whatever the headline and lead say (the tests below all need one)
    if (!spans.length) return ctx.set('period', []);
    const reviewed = spans.filter((f) => f.value.cue === 'review');
    // "Đà tăng trưởng tác động tích cực đến thị trường lao động trong quý II/2017" over a body that names that quarter
    // only after forecast words ("Theo dự báo, kinh tế Việt Nam quý II/2017 sẽ …"): the headline's span is a forecast
    const key = (p: PeriodCandidate) => `${p.from}/${p.to}`;
    const bodyCues = new Map<string, Set<PeriodCandidate['cue']>>();
    for (const { value: p } of spans) if (p.where === 'body') bodyCues.set(key(p), (bodyCues.get(key(p)) ?? new Set()).add(p.cue));
    const forecast = (p: PeriodCandidate) => {
      const cues = bodyCues.get(key(p));
      return p.where === 'title' && p.cue !== 'review' && cues !== undefined && [...cues].every((c) => c === 'plan');
    };
    const opening = spans.filter((f) => f.value.where !== 'body' && !forecast(f.value));
    const frame = REVIEW_TITLE.test(textOf(ctx, 'title')) || REVIEW_LEAD.test(textOf(ctx, 'lead'));
    // a span that stands for a period by itself ("6 tháng đầu năm", "quý I/2025"); a month or a span of years needs the
    // article to speak of a review or to be a meeting's; a term ("Đại hội nhiệm kỳ 2017-2019" opens one) needs a review word
    const periodLike = (p: PeriodCandidate) =>
      standsAlone(p) || ((p.kind === 'month' || p.kind === 'years' || p.kind === 'stage' || p.kind === 'school-year') && (frame || p.meeting));
    // bare years after review words say little alone ("kết quả … trong năm 2024" in a visit's report): they count
    // towards two only with a headline or lead that names a review
    const strong = reviewed.filter((f) => !bare(f.value) || frame);
    // a span in the headline or lead with no review word ("riêng quý I năm 2013 lỗ 50 tỷ", "chỉ trong 4 tháng đầu năm
    // đã phát hiện …") is the article's period only in a results report: one that speaks of a review or a meeting,
    // compares with the same stretch a year earlier ("so với cùng kỳ"), or names the span again
    // (each asked once per article, not once per span: a lead may name thousands)
    let compared: boolean | undefined;
    const named = new Map<string, number>();
    for (const o of spans) named.set(key(o.value), (named.get(key(o.value)) ?? 0) + 1);
    // a dated news event told before a span in the lead ("Sáng 3/1/2017, Công an huyện đã bắt giữ …. Năm 2016, đối tượng đã
    // …", "Tối 8/4/2020, … bắt quả tang …. Trong quý I năm 2020, Công an huyện đã …"): the span narrated as done is its
    // background, no period reported without a review word (round 14 review)
    const newsBefore = (f: Finding<PeriodCandidate>) => !!eventFinding && eventFinding.origin.kind === 'text' && start(eventFinding) < start(f);
    const reported = (f: Finding<PeriodCandidate>) =>
      frame || f.value.meeting || f.value.cue === 'review' || (f.value.opensDoneClause && !newsBefore(f)) || (compared ??= SAME_PERIOD_COMPARED.test(ctx.doc.text)) || (named.get(key(f.value)) ?? 0) >= 2;
    // a bare year or a month after a review word in the lead ("kết quả … năm 2012") needs a frame too: news names them in passing
    // a figure stated for a span of the headline or lead and compared ("CPI tháng 5/2017 giảm 0,53% so với tháng trước")
    // is a statistical release or a results report, whatever the span's kind
    const reviews =
      opening.some((f) => (periodLike(f.value) && f.value.cue !== 'plan' && reported(f)) || (f.value.cue === 'review' && (frame || !(bare(f.value) || f.value.kind === 'month'))) || f.value.stated) ||
      (reviewed.length > 0 && frame) ||
      (strong.length >= 2 && strong.some((f) => f.value.namesReview)) ||
      // "Ngày hội … cũng tổ chức sơ kết 5 năm thực hiện “Ngày Biên phòng toàn dân” giai đoạn 2019-2024" in the body
      spans.some((f) => f.value.countedReview);
    // a year narrated clause by clause ("Năm 2016, bệnh viện đã …", "…, trong năm 2016, bệnh viện đã khánh thành …",
    // "Có thể khẳng định, năm 2016, …") at least three times is the year the article reviews
    const clauses = new Map<string, number>();
    for (const { value: p } of spans) if (p.opensClause && p.cue !== 'plan') clauses.set(key(p), (clauses.get(key(p)) ?? 0) + 1);
    const narrated = spans.find((f) => f.value.opensClause && f.value.cue !== 'plan' && (clauses.get(key(f.value)) ?? 0) >= NARRATED_YEAR_CLAUSES);
    // "Đại hội …, nhiệm kỳ 2022 - 2027" in the headline or lead, and the term that ends as it opens ("Nhiệm kỳ 2017 -
    // 2022, các cấp Hội đã …"): the congress reviews the term before its own (congressOpens, above)
    // (or the years the past term ran, named as years or a stage up to the congress's year: "Đại hội … nhiệm kỳ
    // 2022-2027" over "Nhiệm kỳ qua, … Từ năm 2017 đến năm 2021, Hội đã hỗ trợ …"; bench/studies/round15b-period-pct.mjs
    // past-term-years)
    const termYears = (p: PeriodCandidate) => {
      const to = Number(p.to.slice(0, 4));
      return [to, to + 1].some((y) => (congressOpens.get(String(y)) ?? '') > p.from && Number(p.from.slice(0, 4)) >= y - TERM_YEARS);
    };
    const previousTerm = spans.find((f) => f.value.cue !== 'plan' && ((f.value.kind === 'term' && (congressOpens.get(f.value.to.slice(0, 4)) ?? '') > f.value.from) || ((f.value.kind === 'years' || f.value.kind === 'stage') && termYears(f.value))));
    // "Chính phủ tổ chức hội nghị trực tuyến triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2020" over "Hội nghị
    // nhằm phân tích, đánh giá những kết quả đạt được năm 2019": a meeting that plans a year in the headline or lead
    // reviews the year before when the text does (bench/studies/round15-period.mjs plan-meeting)
    // (also a meeting in December on the coming year's resolution, "Hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm
    // 2022" on 9/12/2021, over "Năm 2021, … Đảng ủy Quân sự huyện đã chủ động tham mưu …": the year still to come is the
    // one planned, whatever word stands before it, and the year before narrated as done is the one reviewed;
    // bench/studies/round15b-period-pct.mjs coming-year-meeting)
    // (on a page dated only by the year it speaks of, a meeting named for a year whose year before a review names: "HỘI
    // NGHỊ ĐẠI BIỂU NGƯỜI LAO ĐỘNG NĂM 2018" over "… báo cáo Tổng kết hoạt động sản xuất kinh doanh năm 2017";
    // bench/studies/round23-period.mjs meeting-year)
    // (not held in the year's last months, when a meeting reviews its own year: "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ NĂM
    // 2018", "Ngày 25/12, …"; nor a review named only to compare with: "So với báo cáo tổng kết năm 2017, …"; round 23
    // review)
    // (asked only of an undated page's meeting)
    const yearEndMeeting = () => {
      if (eventFinding && eventFinding.value.month >= YEAR_END_REVIEWS_OPEN) return true;
      const month = Number(LEAD_DAY.exec(textOf(ctx, 'lead'))?.[1] ?? 0);
      return month >= YEAR_END_REVIEWS_OPEN && month <= 12;
    };
    const comparedWith = (f: Finding<PeriodCandidate>) => COMPARED_REVIEW_BEFORE.test(ctx.doc.text.slice(Math.max(0, start(f) - 60), start(f)));
    const reviewNamedFor = (year: number) => spans.some((o) => bare(o.value) && o.value.namesReview && Number(o.value.from.slice(0, 4)) === year && !comparedWith(o));
    const plannedYear =
      opening.find((f) => f.value.meeting && f.value.cue === 'plan' && bare(f.value)) ??
      ctx
        .get<PeriodCandidate>('period')
        .find((f) => f.value.where !== 'body' && f.value.meeting && bare(f.value) && !!dated && (approximate ? f.value.cue !== 'review' && reviewNamedFor(Number(f.value.from.slice(0, 4)) - 1) && !yearEndMeeting() : future(f.value, dated)));
    // (in the headline or lead, the year before opening a clause that tells results is what was done whether or not "đã"
    // says so: "Chiều 24/01, … tổ chức Hội nghị … triển khai nhiệm vụ năm 2026. Năm 2025, Chi nhánh … triển khai hiệu quả
    // tín dụng …"; not a background, "Năm 2025, Bộ Chính trị ban hành Nghị quyết …"; round 25 and its review)
    const doneBefore = (p: PeriodCandidate) => p.cue !== 'plan' && (p.opensDoneClause || (p.opensResultClause && p.where !== 'body'));
    const yearBefore = plannedYear && spans.find((f) => bare(f.value) && (f.value.cue === 'review' || doneBefore(f.value)) && Number(f.value.from.slice(0, 4)) === Number(plannedYear.value.from.slice(0, 4)) - 1);
    // "… tổ chức hội nghị tổng kết công tác. Trong năm 2024, Công an thành phố đã điều tra …": a year opening a clause of
    // the lead of an article framed as a review, telling what was done, is the year reviewed (not "Năm 2025, ngành
    // tập trung …", the coming year's resolve at a year-end review), nor a background year: dated, the article reviews
    // its own year or the one before ("Sáng 5/1/2025, … tổng kết. Năm 2020, huyện đã được công nhận …" is no 2020 review)
    const datedYear = ctx.facts.published?.year ?? eventDay?.year ?? null;
    // "(04/01/2017) … Năm 2016, Bộ CHQS tỉnh đã duy trì …": a year narrated as done in the lead of an article printed in
    // its last two months or the next year's first three, when years are reported on, with no review word
    const reportSeason = (p: PeriodCandidate) => {
      if (!dated || approximate || p.kind !== 'year') return false;
      const y = Number(p.from.slice(0, 4));
      return (dated.year === y && dated.month >= YEAR_END_REVIEWS_OPEN) || (dated.year === y + 1 && dated.month <= REPORT_SEASON_CLOSES);
    };
    const recentEnough = (from: string) => datedYear === null || [datedYear - 1, datedYear].includes(Number(from.slice(0, 4)));
    // (or, on a page with no date, one a review names too: "Trong năm 2019, Bộ CHQS tỉnh đã xây dựng …" over "… tổng kết
    // công tác … năm 2019" in the body; a dated page's news tells such a year as background: bench/studies/round17-period.mjs)
    const reviewedToo = (f: Finding<PeriodCandidate>) => datedYear === null && !newsBefore(f) && spans.some((o) => o !== f && o.value.namesReview && key(o.value) === key(f.value));
    // (the page's year or the one before: dated, by its date; undated, by the years it speaks of most)
    const yearOfPage = (from: string) => (datedYear === null ? main === null || [main - 1, main].includes(Number(from.slice(0, 4))) : recentEnough(from));
    // (or, on a page with no date, a year whose work a body tells, of the years the page speaks of most: "Trong năm
    // 2018, Công an thành phố Quảng Ngãi đã hướng dẫn …", "(LSO) – Năm 2020, Đảng ủy, Ban Chỉ huy Đồn … đã tập trung
    // lãnh đạo …"; bench/studies/round26.mjs body-year-lead)
    // (and no day of an event: a year's work, not news of a day; round 26 review)
    const bodysYear = (f: Finding<PeriodCandidate>): boolean => datedYear === null && !eventFinding && f.value.doneByBody && yearOfPage(f.value.from);
    // (or, in an article whose headline or lead names a council's session and no span reviewed, the first year of the
    // lead or body that opens a clause, the one before a year the text plans: "Hội đồng Nhân dân xã … tổ chức kỳ họp thứ
    // 5 … Trong năm 2022, tổng giá trị các ngành kinh tế … đạt 103,309% so với Nghị quyết. … phương hướng … thực hiện năm
    // 2023", "… họp kỳ thứ 9 … Năm 2019, mặc dù gặp nhiều khó khăn, … Năm 2020, thị trấn Hưng hà phấn đấu …"; not
    // "Trong năm 2025, trường tiếp tục mở rộng hợp tác", nor a tournament's or a campaign's closing with a year before it,
    // nor a session that elects "Năm 2020, ông Tuấn đã được bầu …"; round 26, audits 29 and 30 and the review)
    let plannedYears: Set<number> | undefined;
    const nextYearPlanned = (p: PeriodCandidate) =>
      (plannedYears ??= new Set(ctx.get<PeriodCandidate>('period').flatMap((o) => (bare(o.value) && o.value.cue === 'plan' ? [Number(o.value.from.slice(0, 4))] : [])))).has(Number(p.from.slice(0, 4)) + 1);
    const frameYear = () =>
      REVIEW_MEETING.test(`${textOf(ctx, 'title')} ${textOf(ctx, 'lead')}`)
        ? spans.find((f) => f.value.where !== 'title' && bare(f.value) && f.value.cue !== 'plan' && f.value.opensClause && nextYearPlanned(f.value) && yearOfPage(f.value.from))
        : undefined;
    // (or, on a page with no date, a year opening a clause past the lead that a review's own name gives again: "… tổ
    // chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022, đề ra phương hướng nhiệm vụ năm 2023. Năm 2022, Ban Chấp
    // hành Đảng bộ xã … đã …", "Trong năm 2016, toàn Ngành đã …" over "Hội nghị tổng kết … năm 2016"; a portal's page
    // cut from its headline and date; round 29, audits 32 and 33. A review word that names no review, "Điểm chuẩn …
    // năm 2017" over "phân tích phổ điểm năm 2017", "báo cáo kết quả … năm 2018", took 4 years of corpus/real, all wrong)
    // (not a year the headline or lead plans, "Huyện ủy triển khai nhiệm vụ năm 2023"; nor a review told in the same
    // sentence, "Năm 2022, xã … được tặng Bằng khen tại Hội nghị tổng kết … năm 2022", held elsewhere or still to come,
    // "Tại lễ tổng kết Hội thi …", "… sẽ được đánh giá tại Hội nghị tổng kết năm 2024"; round 29 review)
    const toldAndReviewed = () => {
      if (datedYear !== null) return undefined;
      const planned = new Set(opening.filter((f) => f.value.cue === 'plan').map((f) => key(f.value)));
      const held = (o: Finding<PeriodCandidate>) => {
        const s = ctx.doc.sentences[sentenceAt(ctx.doc, o)];
        return !REVIEW_IN_PASSING_BEFORE.test(ctx.doc.text.slice(Math.max(s.start, start(o) - REVIEW_NAME_REACH), start(o)));
      };
      // the sentences each span's reviews are held in, read once (a page may name thousands of spans)
      const reviewSentences = new Map<string, Set<number>>();
      for (const o of spans) if (o.value.namesReview && held(o)) reviewSentences.set(key(o.value), (reviewSentences.get(key(o.value)) ?? new Set()).add(sentenceAt(ctx.doc, o)));
      const reviewedElsewhere = (f: Finding<PeriodCandidate>) => [...(reviewSentences.get(key(f.value)) ?? [])].some((s) => s !== sentenceAt(ctx.doc, f));
      return spans.find((f) => bare(f.value) && f.value.opensDoneClause && f.value.cue !== 'plan' && !planned.has(key(f.value)) && !newsBefore(f) && reviewedElsewhere(f));
    };
    const leadYear = opening.find((f) => f.value.opensDoneClause && f.value.cue !== 'plan' && recentEnough(f.value.from) && (frame || (reportSeason(f.value) && !newsBefore(f)) || reviewedToo(f)));
    // "Năm qua, Hội … đã có nhiều hoạt động …" or "Trong năm, tỷ lệ điều tra khám phá án vượt trên 3% …" opening a lead
    // sentence, and the year's work commended in the text ("tặng giấy khen cho 12 tập thể … với thành tích xuất sắc
    // trong công tác phòng chống tội phạm … năm 2019"): the year gone by is the commended one
    const commended = spans.find((f) => f.value.commended);
    // (or on that year named: "Năm 2018, công tác xây dựng phong trào … có bước phát triển" over "… thành tích xuất sắc
    // trong xây dựng phong trào toàn dân bảo vệ ANTQ năm 2018")
    const commendedYear =
      commended && ((yearGoneLead(ctx) && isYearGoneBy(commended.value, dated)) || opening.some((f) => f.value.opensClause && f.value.cue !== 'plan' && key(f.value) === key(commended.value))) ? commended : undefined;
    // with none of those, a year a body tells its work in, or a session's year before the planned one, alone names the
    // period, over a headline's span no review frames ("Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ
    // năm 2024" over "Năm 2023, Đảng ủy Quân sự tỉnh đã …")
    if (!reviews && !narrated && !previousTerm && !leadYear && !yearBefore && !commendedYear) {
      const told = opening.find((f) => f.value.cue !== 'plan' && bodysYear(f)) ?? (frame ? frameYear() : undefined) ?? pairedReview(ctx, spans) ?? toldAndReviewed();
      return ctx.set('period', told ? [told] : []);
    }
    // "Giao ban UBND Thị xã tháng 12/2019" over "… giao ban đánh giá kết quả hoạt động tháng 11, triển khai nhiệm vụ tháng
    // 12": the headline's month is the briefing's, which the lead plans; the month the lead reviews is the period
    // (round 25, audit 27)
    const plannedInLead = (p: PeriodCandidate) => p.kind === 'month' && spans.some((o) => o.value.where === 'lead' && o.value.cue === 'plan' && key(o.value) === key(p));
    const chosen =
      reviewed.find((f) => f.value.where === 'title' && !(plannedInLead(f.value) && reviewed.some((o) => o.value.where === 'lead' && o.value.kind === 'month'))) ??
      // "Hội Liên hiệp Phụ nữ huyện: Hội nghị điển hình tiên tiến giai đoạn 2015-2020" over "… và sơ kết công tác Hội 6
      // tháng đầu năm 2020" in the lead: the meeting the headline names is the article's (bench/studies/round15-period.mjs
      // title-meeting)
      spans.find((f) => f.value.where === 'title' && f.value.meeting && (f.value.kind === 'stage' || f.value.kind === 'years') && f.value.cue !== 'plan') ??
      reviewed.find((f) => f.value.where === 'lead') ??
      previousTerm ??
      yearBefore ??
      // "Những tháng đầu năm 2013, …" opening the article is its frame, as long as the body counts those months
      opening.find((f) => f.value.firstMonths && f.value.cue !== 'plan') ??
      // "Đánh giá về tình hình kinh tế Việt Nam tháng 5-2013, …" over "tình hình thực hiện NSNN những tháng đầu năm" later
      (frame ? opening.find((f) => !bare(f.value) && periodLike(f.value) && f.value.cue !== 'plan') : undefined) ??
      spans.find((f) => f.value.countedReview) ??
      reviewed[0] ??
      narrated ??
      leadYear ??
      commendedYear ??
      opening.find((f) => f.value.stated) ??
      opening.find((f) => !bare(f.value));
    const taken = chosen && (monthsOfResolution(ctx, chosen, reviewed) ?? monthsAfterAccounts(ctx, chosen, reviewed) ?? chosen);
    ctx.set('period', taken ? [yearsReviewedOf(ctx, runningTotalAfter(ctx, taken, spans) ?? taken)] : []);
  },
};

/** "sơ kết 3 năm thực hiện …": a midterm review counting the years done, before the stage it names in its sentence. */
const MIDTERM_COUNT_BEFORE = /(?<![\p{L}])sơ kết\s+(\d+)\s+năm(?![\p{L}])[^.!?\n]{0,200}$/iu;

/**
 * "sơ kết 3 năm thực hiện Nghị quyết số 03-NQ/HU … về đẩy mạnh công tác phát triển Đảng viên mới giai đoạn 2021-2025"
 * in August 2023: a midterm review of a stage reviews the years it counts from the stage's start, not the stage
 * still running (bench/studies/round15b-period-pct.mjs midterm-part; a count equal to the stage's years is the whole stage).
 */
function yearsReviewedOf(ctx: RefineContext, f: Finding<PeriodCandidate>): Finding<PeriodCandidate> {
  if (f.origin.kind !== 'text' || !COUNTED_KINDS_REVIEWED.has(f.value.kind)) return f;
  const count = MIDTERM_COUNT_BEFORE.exec(ctx.doc.text.slice(Math.max(0, f.origin.start - 220), f.origin.start));
  if (!count) return f;
  const from = Number(f.value.from.slice(0, 4));
  const years = Number(f.value.to.slice(0, 4)) - from + 1;
  const n = Number(count[1]);
  if (n < 1 || n >= years - 1) return f;
  // (a term opens in its congress's year, the years of its resolution counted from then: "sơ kết 2 năm thực hiện Nghị
  // quyết Đại hội … nhiệm kỳ 2020-2025" in December 2022 reviews up to 2022; a stage opens on 1 January; round 15 review)
  return { ...f, value: { ...f.value, to: `${from + n - (f.value.kind === 'term' ? 0 : 1)}-12-31` } };
}

const COUNTED_KINDS_REVIEWED = new Set<PeriodCandidate['kind']>(['stage', 'term']);

/** The day after an ISO date. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A span reviewed and, in the same sentence, the span right after it planned with its year written: "… các báo cáo …
 * về tình hình tổ chức, hoạt động năm 2025, phương hướng nhiệm vụ năm 2026", "… nghe các báo cáo … 6 tháng đầu năm,
 * phương hướng nhiệm vụ 6 tháng cuối năm 2022": a session's or a meeting's report on the span gone by, though the
 * headline and lead name no review (bench/studies/round28.mjs review-plan-pair; a preview's "sáu tháng đầu năm, nhiệm
 * vụ giải pháp sáu tháng cuối năm" writes no year and dates nothing; a meeting told in passing, "tại Hội nghị tổng kết năm 2016
 * và triển khai nhiệm vụ năm 2017 của Bộ …", is no report heard; "kết quả … năm 2024 và công tác chuẩn bị đón Tết … năm
 * 2025" sets no tasks for the year).
 */
function pairedReview(ctx: RefineContext, spans: readonly Finding<PeriodCandidate>[]): Finding<PeriodCandidate> | undefined {
  const { doc } = ctx;
  // (in an article about a session or a meeting held, not a press briefing on one to come: round 15b's probe)
  const opening = `${textOf(ctx, 'title')} ${textOf(ctx, 'lead')}`;
  if (!SESSION_OR_MEETING.test(opening) || PRESS_BRIEFING.test(opening)) return undefined;
  const planned = ctx.get<PeriodCandidate>('period').filter((o) => (o.value.cue === 'plan' || o.value.kind === 'last-months') && o.value.from && !o.implied.includes('year') && o.origin.kind === 'text');
  if (!planned.length) return undefined;
  return spans.find((f) => {
    if (f.value.cue !== 'review' || f.origin.kind !== 'text') return false;
    // (the words before the span in its sentence, a reach back: a sentence may run on for a whole long line)
    const sentence = sentenceAt(doc, f);
    const before = doc.text.slice(Math.max(doc.sentences[sentence].start, start(f) - REPORT_REACH), start(f));
    if (!REPORT_HEARD_BEFORE.test(before) || REPORTS_TO_COME.test(before)) return false;
    const next = dayAfter(f.value.to);
    return planned.some((o) => start(o) > start(f) && o.value.from === next && sentenceAt(doc, o) === sentence && TASKS_BEFORE.test(doc.text.slice(Math.max(0, start(o) - 40), start(o))));
  });
}

/** How far before a review's year its meeting may be named, in characters ("Hội nghị tổng kết công tác xây dựng Đảng năm 2022"). */
const REVIEW_NAME_REACH = 120;
/** A review meeting named in passing or to come: "tại Hội nghị tổng kết …", "Tại lễ tổng kết …", "sẽ được đánh giá tại …". */
const REVIEW_IN_PASSING_BEFORE = /(?<![\p{L}])(?:tại|trong|ở|sẽ|chuẩn bị|dự kiến|cho)\s+(?:các\s+|buổi\s+)?(?:hội nghị|lễ|đại hội)\s+(?:tổng kết|sơ kết)(?![\p{L}])/iu;

/** A session or a meeting: "kỳ họp thứ tư", "họp kỳ thứ 5", "Hội nghị …". */
const SESSION_OR_MEETING = new RegExp(`${REVIEW_MEETING.source}|(?<![\\p{L}])hội nghị(?![\\p{L}])`, 'iu');
const PRESS_BRIEFING = /(?<![\p{L}])họp báo(?![\p{L}])/iu;
/** Reports a session will hear, not heard: "Tại kỳ họp, Hội đồng nhân dân xã sẽ xem xét các báo cáo …" (round 28 review). */
const REPORTS_TO_COME = /(?<![\p{L}])(?:sẽ|dự kiến|chuẩn bị)(?![\p{L}])/iu;
/** How far before the span its report may be named, in characters ("đã nghe các báo cáo thường niên của UBND xã, …, các ban
 *  của HĐND và thông báo của UBMT tổ quốc xã về tham gia xây dựng chính quyền 6 tháng đầu năm": 130). */
const REPORT_REACH = 240;
/** The reports a session or a meeting hears, before the span they review: "đã nghe các báo cáo …", "xem xét các báo cáo …". */
const REPORT_HEARD_BEFORE = /(?<![\p{L}])báo cáo(?![\p{L}])/iu;
/** The tasks set for the next span, right before it: "phương hướng nhiệm vụ năm 2026", "nhiệm vụ 6 tháng cuối năm 2022". */
const TASKS_BEFORE = /(?<![\p{L}])(?:phương hướng|nhiệm vụ|kế hoạch)(?:,? (?:nhiệm vụ|giải pháp|công tác))*(?: trọng tâm)?(?: cho| của)?\s*$/iu;

/** How far (in characters) after the resolution's year its months may be named: a sentence's length. */
const RESOLUTION_MONTHS_WITHIN = 200;

/**
 * "đánh giá kết quả thực hiện Nghị quyết năm 2025 của Ban Chấp hành Đảng bộ huyện trong 9 tháng đầu năm": the year's
 * resolution names the year; the months of it reviewed later in the sentence are the period.
 */
function monthsOfResolution(ctx: RefineContext, year: Finding<PeriodCandidate>, reviewed: readonly Finding<PeriodCandidate>[]): Finding<PeriodCandidate> | undefined {
  if (!year.value.resolutionYear || year.origin.kind !== 'text') return undefined;
  const end = year.origin.end;
  return reviewed.find(
    (f) =>
      f.origin.kind === 'text' &&
      f.origin.start >= end &&
      f.origin.start - end <= RESOLUTION_MONTHS_WITHIN &&
      standsAlone(f.value) &&
      f.value.from.slice(0, 4) === year.value.from.slice(0, 4) &&
      !/[.!?\n]/u.test(ctx.doc.text.slice(end, f.origin.start)),
  );
}

/** Before a year, the final accounts of a budget: "phê chuẩn quyết toán ngân sách nhà nước năm 2017". */
const ACCOUNTS_BEFORE = /(?<![\p{L}])quyết toán\s+(?:ngân sách|NSNN)[^.!?\n]{0,40}$/iu;

/**
 * "HĐND xã đã thông qua quyết toán ngân sách nhà nước năm 2017, các nhiệm vụ thu 6 tháng đầu năm 2018": a budget's
 * final accounts are approved the year after, at a session that reviews the months of its own year; those months,
 * reviewed in the text, are the period (bench/studies/round15-period.mjs accounts).
 */
function monthsAfterAccounts(ctx: RefineContext, year: Finding<PeriodCandidate>, reviewed: readonly Finding<PeriodCandidate>[]): Finding<PeriodCandidate> | undefined {
  if (!bare(year.value) || year.origin.kind !== 'text' || !ACCOUNTS_BEFORE.test(ctx.doc.text.slice(Math.max(0, year.origin.start - 60), year.origin.start))) return undefined;
  const next = String(Number(year.value.from.slice(0, 4)) + 1);
  return reviewed.find((f) => standsAlone(f.value) && f.value.from.startsWith(next));
}

/** What may stand between a part and its running total: "quý II và 6 tháng đầu năm", "tháng 9/2025, 9 tháng năm 2025". */
const PART_AND_TOTAL_BETWEEN = /^\s*(?:và|,)\s*$/u;

/**
 * "đánh giá tình hình kinh tế - xã hội quý II và 6 tháng đầu năm 2025": a quarter or a month reviewed together with the
 * running total it closes is reviewed as that total, as dev's "phiên họp đánh giá tình hình KT-XH tháng 5 và 5 tháng
 * đầu năm" is annotated (bench/studies/period-round11.mjs --form part-and-total: 2 on corpus/real, both a month with no
 * year, which is no span; 0 with a quarter).
 */
function runningTotalAfter(ctx: RefineContext, part: Finding<PeriodCandidate>, spans: readonly Finding<PeriodCandidate>[]): Finding<PeriodCandidate> | undefined {
  if (part.origin.kind !== 'text' || (part.value.kind !== 'quarter' && part.value.kind !== 'month')) return undefined;
  const end = part.origin.end;
  // "Giao ban UBND huyện quý III, năm 2018" over "Giá trị sản xuất CN-TTCN ước 9 tháng năm 2018 đạt 200 tỷ đồng": a
  // quarter's briefing states the running total it closes, with its figures, as the quarter's results
  // (bench/studies/round15b-period-pct.mjs quarter-total)
  const stated = part.value.kind === 'quarter' && !part.value.from.endsWith('-01-01') && spans.find((f) => f.value.stated && f.value.kind === 'months' && f.value.from === `${part.value.from.slice(0, 4)}-01-01` && f.value.to === part.value.to);
  if (stated) return stated;
  return spans.find(
    (f) =>
      f.origin.kind === 'text' &&
      f.origin.start >= end &&
      f.origin.start - end <= 5 &&
      (f.value.kind === 'months' || f.value.kind === 'months-so-far') &&
      f.value.from.endsWith('-01-01') &&
      f.value.to === part.value.to &&
      PART_AND_TOTAL_BETWEEN.test(ctx.doc.text.slice(end, f.origin.start)),
  );
}

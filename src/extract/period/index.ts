// period: what the article's meeting or report reviews. Every span of time named is a candidate, read with where it
// stands (headline, lead, body) and the nearest cue before it in its sentence: a review word ("tổng kết … năm 2019",
// "kết quả 6 tháng đầu năm") or a plan word ("triển khai nhiệm vụ năm 2020"). Whether the article reviews a period at
// all, and which, is decided over all of them by the refiner (src/refine/period.ts). Spans inside quotation marks
// name a document, not a period.
import { periodContract } from './contract.js';
import { wordClass } from '../../engine/lexicon.js';
import { defineField } from '../../engine/field.js';
import { insideQuotes, type Doc } from '../../engine/document.js';
import { anchor, dim } from '../../engine/pattern.js';
import { Kind } from '../../engine/tokens.js';
import type { Rule, RuleContext } from '../../engine/rule.js';
import { BOUND_BEFORE, COMPARISON, lawNamedBefore, YEARLY_RESOLUTION_BEFORE, type SpanValue } from '../../dimensions/time/index.js';
import { isPageStamp } from '../../lexicon/dates.js';
import { LEAD_TAG_ONLY } from '../../lexicon/bylines.js';
import { BODY_SUBJECT_AFTER, COMMENDED_WORK, FIGURE_BEFORE, FIGURE_COMPARED, FIGURE_COMPARED_AFTER, MEETING_WORDS, PLAN_AFTER, PLAN_NAMED_BODIES, RESULTS_ACHIEVED_AFTER, RESULTS_ACHIEVED_BEFORE, REVIEW_NAMING_WORDS, YEAR_WORK_BODY, YEAR_WORK_BODY_OPENING, YEAR_WORK_DONE } from '../../lexicon/review.js';
import { SPORT_SEASONS } from '../../lexicon/time.js';
import { isCaptionLine, titleLine } from '../title/index.js';

export const meetingWords = wordClass('meeting-word', MEETING_WORDS);
export const planNamedBodies = wordClass('plan-named-body', PLAN_NAMED_BODIES, 'as-written');

export type Cue = 'review' | 'plan' | null;
export type Where = 'title' | 'lead' | 'body';

/** A span of time named, with what the refiner weighs it by. */
export interface PeriodCandidate extends SpanValue {
  where: Where;
  cue: Cue;
  /** A meeting is named before it in its sentence: "Hội nghị điển hình tiên tiến (2011-2013)". */
  meeting: boolean;
  /** Its review cue names a review itself ("sơ kết", "tình hình thực hiện"), not only a report ("báo cáo", "đánh giá"). */
  namesReview: boolean;
  /** A figure is stated for it and compared in its sentence ("CPI tháng 5/2017 giảm 0,53% so với tháng trước"), or results achieved for it ("năm 2025 … đã đạt được nhiều kết quả"). */
  stated: boolean;
  /** A year that opens a clause of its own: "Năm 2016, bệnh viện đã …", ", trong năm 2016, …", "Có thể khẳng định, năm 2016, …". */
  opensClause: boolean;
  /** It opens a clause that tells what was done ("Trong năm 2024, Công an thành phố đã điều tra …"), not what is resolved ("Năm 2025, ngành tập trung …"). */
  opensDoneClause: boolean;
  /**
   * It opens a clause that tells results without "đã": "Năm 2025, Chi nhánh … triển khai hiệu quả tín dụng chính sách",
   * "…, tổng thu ngân sách đạt …"; not a background ("Năm 2025, Bộ Chính trị ban hành …", "…, xã được thành lập …").
   */
  opensResultClause: boolean;
  /** It opens a done clause whose subject is a body (YEAR_WORK_BODIES) telling its work (YEAR_WORK_DONE): "Trong năm 2018, Công an thành phố … đã hướng dẫn …". */
  doneByBody: boolean;
  /** The year's work is commended ("khen thưởng thành tích công tác năm 2019"): a review only of a recent year. */
  commended?: boolean;
  /**
   * A school year right after "tổng kết" ("lễ tổng kết năm học 2024 - 2025"), or a year or a school year later in the
   * clause of a task's closing review ("tổng kết công tác tuyển quân năm 2014", "tổng kết công tác đội và phong trào
   * thiếu nhi năm học 2017 – 2018"): its closing review, held once it is over.
   */
  closingReview: boolean;
  /**
   * A review earlier in the text counts its years: "sơ kết 5 năm thực hiện “Ngày Biên phòng toàn dân” giai đoạn
   * 2019-2024", "tổng kết 40 năm công tác … (1986 - 2026)": the review of that stretch, wherever it stands.
   */
  countedReview: boolean;
  /** The year of the year's resolution ("thực hiện Nghị quyết năm 2025"): it gives way to that year's months reviewed in its sentence. */
  resolutionYear: boolean;
}

const reviewNaming = new Set(REVIEW_NAMING_WORDS);
const commendedWork = new Set(COMMENDED_WORK);
/** Spans never part of a law's or a decree's name (bench/studies/period-round11.mjs: a count of months or a quarter within eight words after a legal word, 1 on corpus/real, a plan). */
const NEVER_A_LAWS_NAME = new Set<SpanValue['kind']>(['term', 'stage', 'years', 'months', 'months-so-far', 'last-months', 'quarter']);
/** Spans of several years a review may count before it (PeriodCandidate.countedReview). */
const COUNTED_KINDS = new Set<SpanValue['kind']>(['stage', 'term', 'years']);
/** A review counting years: "sơ kết 5 năm thực hiện …", "tổng kết 40 năm công tác công an …". */
const REVIEW_COUNTING_YEARS = /(?<![\p{L}])(?:tổng kết|sơ kết)\s+(\d+)\s+năm(?![\p{L}])/giu;
const countedReviews = new WeakMap<Doc, readonly { end: number; years: number }[]>();

/**
 * A review earlier in the text counts `years` years, or one more when both ends are counted ("tổng kết 3 năm phong
 * trào …, giai đoạn 2016 - 2018"); the span may be named sentences later ("báo cáo sơ kết 2 năm vận động …. … cho 7
 * tập thể … có thành tích xuất sắc … từ năm 2008 – 2010").
 */
function countedBefore(doc: Doc, start: number, years: number): boolean {
  let reviews = countedReviews.get(doc);
  if (!reviews) countedReviews.set(doc, (reviews = [...doc.text.matchAll(REVIEW_COUNTING_YEARS)].map((m) => ({ end: m.index + m[0].length, years: Number(m[1]) }))));
  return reviews.some((r) => r.end <= start && (r.years === years || r.years === years + 1));
}
/**
 * "N năm qua" anywhere in the text, counting a stage's years named in a sentence of the emulation movement ("… có thành
 * tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015- 2020" with "5 năm qua, các phong trào thi đua …";
 * "Giai đoạn 2019-2024, phong trào TĐQT có bước chuyển biến …. Kết quả 5 năm qua …"): an emulation congress reviewing
 * that stage (round 25: audits 23 and 26, 5 articles, all so annotated; corpus/real's "10 năm qua" beside a stage of
 * ten years are no emulation's; bench/studies/round25.mjs years-gone).
 */
const YEARS_GONE = /(?<![\p{L}])(\d+)\s+năm\s+qua(?![\p{L}])/giu;
const EMULATION_WORDS = /(?<![\p{L}])(?:thi đua|TĐQT|TĐYN)(?![\p{L}])/iu;
const yearsGoneOf = new WeakMap<Doc, readonly number[]>();

function emulationYearsGone(doc: Doc, from: number, to: number, years: number): boolean {
  let gone = yearsGoneOf.get(doc);
  if (!gone) yearsGoneOf.set(doc, (gone = [...doc.text.matchAll(YEARS_GONE)].map((m) => Number(m[1]))));
  return gone.some((n) => n === years || n === years + 1) && EMULATION_WORDS.test(doc.text.slice(from, to));
}

/** Spans that open a clause of their own: "Năm 2016, …", "Trong quý III năm 2023, lực lượng … đã …", "6 tháng đầu năm 2017, …". */
const OPENS_CLAUSE_KINDS = new Set<SpanValue['kind']>(['year', 'school-year', 'quarter', 'months', 'months-so-far']);
/** The punctuation after which a year opens a clause: ", năm 2016, …". */
const CLAUSE_BREAKS = new Set([',', ';', ':']);

/** The span at token `first` opens a clause: it stands first in its sentence or after a comma, perhaps after "trong". */
function opensClauseAt(doc: Doc, first: number): boolean {
  const t = doc.tokens;
  const k = first > 0 && t.kind[first - 1] === Kind.Word && doc.text.slice(t.start[first - 1], t.end[first - 1]).toLowerCase() === 'trong' ? first - 1 : first;
  const sentence = doc.sentences[doc.sentenceOf[k]];
  // (or after the outlet's tag that opens the lead: "(LSO) – Năm 2020, Đảng ủy … đã …")
  if (k === sentence.firstToken || (k > 0 && t.kind[k - 1] === Kind.Punct && CLAUSE_BREAKS.has(doc.text[t.start[k - 1]]))) return true;
  // (only a few characters in: the slice is taken for every span, and a sentence may run to a megabyte)
  return t.start[k] - sentence.start <= LEAD_TAG_CHARS && LEAD_TAG_ONLY.test(doc.text.slice(sentence.start, t.start[k]));
}
/** How far into its sentence an outlet's tag before a year may reach: "(Báo Quảng Ninh) – ". */
const LEAD_TAG_CHARS = 40;
/** Results achieved in the span after `before`, by no one named or by a body (RESULTS_ACHIEVED_BEFORE). */
function resultsAchievedBefore(before: string): boolean {
  const m = RESULTS_ACHIEVED_BEFORE.exec(before);
  return !!m && (m[1] === undefined || YEAR_WORK_BODY_OPENING.test(m[1]));
}

/**
 * The body whose year's work a clause tells is the one the headline names, if there is a headline: "Đồn Biên phòng Chi
 * Lăng thi đua quyết thắng" over "Năm 2020, Đảng ủy, Ban Chỉ huy Đồn Biên phòng Chi Lăng đã …"; not another body's year
 * told before the headline's news ("Bộ Tư lệnh Quân khu trao thưởng …" over "Trong năm 2019, Bộ CHQS tỉnh đã …").
 */
function bodyOfHeadline(doc: Doc, clause: string): boolean {
  const headline = titleLine(doc);
  if (headline === null) return true;
  const said = doc.text.slice(doc.lines[headline].start, doc.lines[headline].end).toLowerCase();
  const subject = clause.slice(0, clause.search(/(?<![\p{L}])đã(?![\p{L}])/u));
  return [...subject.matchAll(YEAR_WORK_BODY)].some((m) => said.includes(m[0].toLowerCase()));
}

/** "tổng kết (công tác) năm học 2024 - 2025": the school year's closing review (bench/studies/period-round8.mjs). */
const SCHOOL_YEAR_CLOSED_BEFORE = /(?<![\p{L}])tổng kết(?:\s+(?:công tác|nhiệm vụ|hoạt động))?\s*$/iu;
/**
 * A year later in the clause of a closing review, "Hội nghị tổng kết công tác tuyển quân năm 2014" (held in October
 * 2014), "tổng kết công tác tuyển chọn, gọi công dân nhập ngũ năm 2018" (on 17 May), "tổng kết hoạt động hè; Tổng kết
 * phong trào thi đua người tốt việc tốt và Cuộc thi viết về gương ĐHTT, NTVT năm 2023" (on 26 August): the task's year
 * is over once it is reviewed, whatever the month. corpus/real and dev name no year of their own after "tổng kết"/"sơ
 * kết" before November but half-years and the year before; the audits of unseen articles 2 of 30 in their first six
 * lines (bench/studies/round15-period.mjs closing-year: corpus/real 8, dev 1, no record changed). A school year so
 * too: "Hội đồng Đội tỉnh tổng kết công tác đội và phong trào thiếu nhi năm học 2017 – 2018" (bench/studies/
 * round18-period.mjs: corpus/real 1, dev 0, the audits 9 articles).
 */
// (not past a launch or a plan after the review: "tổng kết Tháng Thanh niên và phát động Chiến dịch Thanh niên tình
// nguyện hè năm 2025" on 20 April names the campaign's year, still to run; round 15 review; nor past words readying
// for it or registering for it: "tổng kết công tác hè, sẵn sàng bước vào năm học 2024 - 2025", "tổng kết phong trào thi
// đua, đăng ký danh hiệu thi đua năm học 2024 - 2025"; round 18 review)
const TASK_YEAR_CLOSED_BEFORE = /(?<![\p{L}])tổng kết(?![\p{L}])(?:(?!(?<![\p{L}])(?:phát động|triển khai|ra quân|khởi động|phương hướng|kế hoạch|chuẩn bị|sẵn sàng|bước vào|hướng tới|đăng ký)(?![\p{L}]))[^.!?;\n]){0,100}$/iu;
/** A term of the school year after it: "thực tập sư phạm học kỳ II năm học 2024 - 2025" reviews the term, not the year (round 18 review). */
const SCHOOL_TERM_BEFORE = /(?<![\p{L}])(?:học\s+k[ỳìyi]|HK)\s*(?:I{1,2}|[12]|một|hai)\s*[,(\-–]?\s*$/iu;
/** "đầu tháng 12", "giữa tháng 5", "cuối tháng 11": a time within a month. */
const PART_OF_MONTH_BEFORE = /(?<![\p{L}])(?:đầu|giữa|cuối)\s+$/iu;
const SEASON_BEFORE = new RegExp(`(?:${SPORT_SEASONS.join('|')})\\s+(?:năm\\s+)?$`, 'iu');

/**
 * A clause (to its sentence's next clause break) that says what was done: "…, Công an thành phố đã điều tra làm rõ 150
 * vụ án"; not the targets it names ("…, Bộ CHQS tỉnh quyết tâm hoàn thành các chỉ tiêu đã đề ra").
 */
const DONE_CLAUSE = /^\s*,[^.!?;]*?(?<![\p{L}])đã(?![\p{L}])(?!\s+(?:đề ra|đặt ra|xác định|được giao|được phê duyệt)(?![\p{L}]))/u;
/**
 * A clause telling a result: achieved, completed, done effectively, risen or fallen; not a resolve or an aim ("Năm 2025,
 * Bộ CHQS tỉnh quyết tâm hoàn thành …", "…, phấn đấu đạt …", "…, sẽ tăng …"; round 25 review).
 */
const RESULT_CLAUSE = /^\s*,(?![^.!?;]*?(?<![\p{L}])(?:quyết tâm|phấn đấu|sẽ|cần|phải|nhằm|dự kiến)(?![\p{L}]))[^.!?;]*?(?<![\p{L}])(?:hiệu quả|đạt|hoàn thành|vượt|tăng|giảm)(?![\p{L}])/u;

/** How many sentences after the headline are the lead. */
const LEAD_SENTENCES = 2;

/** Per token, what stands before it in its sentence: the nearest cue, a meeting word, the longest span around it. */
interface Behind {
  /**
   * 0 none, 1 review, 2 plan, 3 a review named, 4 a year's work commended (a review of a year only): the cue ending last
   * at or before the token (after the sentence's first token).
   */
  cue: Uint8Array;
  /** A meeting word starts before the token in its sentence. */
  meeting: Uint8Array;
  /** The first and end token of the longest span covering the token (-1 when none). */
  outerFirst: Int32Array;
  outerEnd: Int32Array;
  /** Per sentence, are its tokens' cue and meeting read yet? */
  read: Uint8Array;
}

const behinds = new WeakMap<RuleContext['units'], Behind>();

/** The spans around every token, once per article; cues and meetings are read per sentence when asked (cueAt). */
function behind(ctx: RuleContext): Behind {
  let b = behinds.get(ctx.units);
  if (b) return b;
  const { doc, units } = ctx;
  const n = doc.tokens.count;
  b = { cue: new Uint8Array(n + 1), meeting: new Uint8Array(n + 1), outerFirst: new Int32Array(n).fill(-1), outerEnd: new Int32Array(n).fill(-1), read: new Uint8Array(doc.sentences.length) };
  for (const o of units.of('span')) {
    for (let k = o.first; k < o.end; k++) {
      if (b.outerFirst[k] < 0 || b.outerEnd[k] - b.outerFirst[k] < o.end - o.first) {
        b.outerFirst[k] = o.first;
        b.outerEnd[k] = o.end;
      }
    }
  }
  behinds.set(ctx.units, b);
  return b;
}

/**
 * Reads the cues and meeting words of the sentence that holds token `k` (the tokens that `sentenceOf` gives it): only
 * the sentences that name a span are walked.
 */
function readSentence(ctx: RuleContext, b: Behind, k: number): void {
  const { doc, units } = ctx;
  const sentence = doc.sentenceOf[k];
  if (b.read[sentence]) return;
  b.read[sentence] = 1;
  let first = k;
  while (first > 0 && doc.sentenceOf[first - 1] === sentence) first--;
  let cue = 0;
  let meeting = 0;
  for (let j = first; j < doc.tokens.count && doc.sentenceOf[j] === sentence; j++) {
    if (j > first) {
      const body = units.endingAt('plan-named-body', j);
      if (body.length) {
        // "Bộ Kế hoạch và Đầu tư": the cue is the one that stood before the body's name
        readSentence(ctx, b, body[0].first);
        cue = b.cue[body[0].first];
      } else if (units.endingAt('review-cue', j).length) {
        const cues = units.endingAt<string>('review-cue', j);
        cue = cues.some((u) => reviewNaming.has(u.value)) ? 3 : cues.every((u) => commendedWork.has(u.value)) ? 4 : 1;
      }
      else if (units.endingAt('plan-cue', j).length) cue = 2;
    }
    b.cue[j] = cue;
    b.meeting[j] = meeting;
    if (units.at('meeting-word', j)) meeting = 1;
  }
}

/** What stands before token `k` in its sentence (see Behind). */
function cueAt(ctx: RuleContext, k: number): Behind {
  const b = behind(ctx);
  readSentence(ctx, b, k);
  return b;
}

/** The nearest cue before token `first` in its sentence (the one that ends last), for a span of this kind (a year's work commended reviews a year only). */
export function nearestCue(ctx: RuleContext, first: number, kind: SpanValue['kind']): Cue {
  const c = cueAt(ctx, first).cue[first];
  return c === 1 || c === 3 || (c === 4 && kind === 'year') ? 'review' : c === 2 ? 'plan' : null;
}

const leads = new WeakMap<Doc, readonly number[]>();

/**
 * The lead: the body's first sentences, past the headline, photo captions, page stamps ("( Cập nhật lúc: … )") and a
 * sentence naming those who attended; a standfirst that lost its full stop is no caption.
 */
export function leadSentences(doc: Doc): readonly number[] {
  let lead = leads.get(doc);
  if (!lead) {
    const headline = titleLine(doc);
    const out: number[] = [];
    for (let i = 0; i < doc.sentences.length && out.length < LEAD_SENTENCES; i++) {
      const x = doc.sentences[i];
      // (a banner above the headline, "Nhiệt liệt chào mừng … Đại hội … của Đảng!", is the page's, no lead)
      if (headline !== null && x.line <= headline) continue;
      if ((isCaptionLine(doc, x.line, headline) && !isStandfirst(doc, x.line, headline)) || isPageStamp(doc.text.slice(x.start, x.end))) continue;
      if (out.length > 0 && ATTENDANCE.test(doc.text.slice(x.start, Math.min(x.end, x.start + 120)))) continue;
      out.push(i);
    }
    leads.set(doc, (lead = out));
  }
  return lead;
}

/**
 * A sentence past the lead's first that says who attended ("Về tham dự và phát biểu chỉ đạo có đồng chí …", "Tham dự
 * hội nghị có …", "Đến dự, có …"): it names no span, and the next sentence, what the meeting heard or reviewed, is still
 * the lead (bench/studies/round13-dates.mjs attendance: second or third lead sentence in real 18, dev 3, audit 6).
 */
const ATTENDANCE = /^\s*(?:Về\s+)?(?:tham\s+dự|dự|cùng\s+dự|đến\s+dự|về\s+dự)(?!\s+(?:án|thảo|luật|báo|kiến|toán|định|trữ|phòng|bị|đoán|tính)(?![\p{L}]))(?![\p{L}])[^.]{0,80}?(?<![\p{L}])có(?![\p{L}])/iu;

/** How many words make the line under the headline a standfirst rather than a caption when it lacks its full stop. */
const STANDFIRST_WORDS = 15;

/**
 * The line right under the headline, a sentence of its own that lost its full stop ("VTC News đang tiếp sóng … Quốc
 * hội thảo luận về kết quả thực hiện kế hoạch … năm 2012; … những tháng đầu năm 2013"): the lead, not a caption.
 */
function isStandfirst(doc: Doc, line: number, headline: number | null): boolean {
  if (headline === null || line !== headline + 1) return false;
  const text = doc.text.slice(doc.lines[line].start, doc.lines[line].end);
  return text.split(/\s+/).length >= STANDFIRST_WORDS && !/^(?:Ảnh|Nguồn|Video)\b/iu.test(text);
}

function whereOf(ctx: RuleContext, first: number): Where {
  const { doc } = ctx;
  const headline = titleLine(doc);
  const line = doc.lineOf[first];
  if (headline !== null && line === headline) return 'title';
  return leadSentences(doc).includes(doc.sentenceOf[first]) ? 'lead' : 'body';
}

export const PERIOD_RULES: readonly Rule<PeriodCandidate>[] = [
  {
    name: 'period-span',
    pattern: [anchor(dim('span', 's'))],
    build(m, ctx) {
      if (insideQuotes(ctx.doc, m.first)) return null;
      // "tăng 5% so với cùng kỳ năm 2012": a span named only to compare with
      const start = ctx.doc.tokens.start[m.first];
      if (COMPARISON.test(ctx.doc.text.slice(Math.max(0, start - 30), start))) return null;
      // "thi hành Luật Thanh tra năm 2010": the year of a law's name; not a congress's term ("thực hiện Nghị quyết Đại
      // hội nhiệm kỳ 2020 - 2025" is what the next congress reviews), nor a count of months or a quarter, which names no
      // law ("thực hiện Nghị quyết năm 2025 của Ban Chấp hành trong 9 tháng đầu năm")
      const span = m.anchor.value as SpanValue;
      if (!NEVER_A_LAWS_NAME.has(span.kind) && lawNamedBefore(ctx.doc.text.slice(Math.max(0, start - 80), start))) return null;
      // "kể từ tháng 4/2010", "đến năm 2020", "ngay trong tháng 2/2017": a start point, a horizon or a deadline
      if (BOUND_BEFORE.test(ctx.doc.text.slice(Math.max(0, start - 20), start))) return null;
      // "Tại lễ Chào cờ đầu tháng 12 năm 2020, ngoài việc tổng kết … tháng 11": a part of a month is a day's time, no month
      // reviewed (round 26, audit 29)
      if (span.kind === 'month' && PART_OF_MONTH_BEFORE.test(ctx.doc.text.slice(Math.max(0, start - 10), start))) return null;
      // "Vua phá lưới tại Champions League 2012-2013": a sports season
      if (SEASON_BEFORE.test(ctx.doc.text.slice(Math.max(0, start - 20), start))) return null;
      // "Báo cáo số 658 ngày 06 tháng 6 năm 2017": the month of a day
      if (ctx.units.endingAt('date', m.end).some((d) => d.first < m.first)) return null;
      // "lũy kế đến cuối tháng 5 năm 2013" is one span, not also "tháng 5 năm 2013"
      const b = cueAt(ctx, m.first);
      if (b.outerFirst[m.first] <= m.first && m.end <= b.outerEnd[m.first] && b.outerEnd[m.first] - b.outerFirst[m.first] > m.end - m.first) return null;
      const end = ctx.doc.tokens.end[m.end - 1];
      const cue = PLAN_AFTER.test(ctx.doc.text.slice(end, end + 60)) ? 'plan' : nearestCue(ctx, m.first, span.kind);
      // "2 tháng qua" in a news item counts back from its day; "tình hình thực hiện kế hoạch … 6 tháng qua" is a review
      if (span.counted && cue !== 'review') return null;
      const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[m.end - 1]];
      const after = ctx.doc.text.slice(end, Math.min(sentence.end, end + 400));
      // "CPI tháng 5/2017 giảm 0,53% so với tháng trước"; "đạt gần 2.200 tỷ đồng trong năm 2016, … tăng 76% so với 2015"
      const stated =
        cue !== 'plan' &&
        (FIGURE_COMPARED_AFTER.test(after) || RESULTS_ACHIEVED_AFTER.test(after) || resultsAchievedBefore(ctx.doc.text.slice(Math.max(sentence.start, start - 110), start)) || (FIGURE_BEFORE.test(ctx.doc.text.slice(Math.max(sentence.start, start - 80), start)) && FIGURE_COMPARED.test(after)));
      const opensClause = OPENS_CLAUSE_KINDS.has(span.kind) && /^\s*,/.test(after) && opensClauseAt(ctx.doc, m.first);
      const opensDoneClause = opensClause && DONE_CLAUSE.test(after);
      const opensResultClause = opensClause && RESULT_CLAUSE.test(after);
      const doneByBody = opensDoneClause && BODY_SUBJECT_AFTER.test(after) && YEAR_WORK_DONE.test(after) && bodyOfHeadline(ctx.doc, after);
      const before = ctx.doc.text.slice(Math.max(0, start - 60), start);
      const closingReview =
        (span.kind === 'school-year' && SCHOOL_YEAR_CLOSED_BEFORE.test(before)) ||
        ((span.kind === 'year' || (span.kind === 'school-year' && !SCHOOL_TERM_BEFORE.test(ctx.doc.text.slice(Math.max(0, start - 20), start)))) && cue !== 'plan' && TASK_YEAR_CLOSED_BEFORE.test(ctx.doc.text.slice(Math.max(0, start - 110), start)));
      const years = Number(span.to.slice(0, 4)) - Number(span.from.slice(0, 4));
      const countedReview = cue !== 'plan' && COUNTED_KINDS.has(span.kind) && (countedBefore(ctx.doc, start, years) || emulationYearsGone(ctx.doc, sentence.start, sentence.end, years));
      const resolutionYear = span.kind === 'year' && YEARLY_RESOLUTION_BEFORE.test(ctx.doc.text.slice(Math.max(0, start - 20), start));
      return { value: { ...span, where: whereOf(ctx, m.first), cue, meeting: b.meeting[m.first] === 1, namesReview: cue === 'review' && b.cue[m.first] === 3, ...(cue === 'review' && b.cue[m.first] === 4 ? { commended: true } : {}), stated, opensClause, opensDoneClause, opensResultClause, doneByBody, closingReview, countedReview, resolutionYear } };
    },
  },
];

export const period = defineField(periodContract, {
  dimensions: ['span', 'review-cue', 'plan-cue'],
  rules: PERIOD_RULES,
  record(ctx) {
    const f = ctx.findings('period')[0];
    const v = f?.value as PeriodCandidate | undefined;
    if (!f || !v || !v.from) return { value: null };
    return { value: { from: v.from, to: v.to, ...ctx.evidence(f) } };
  },
});

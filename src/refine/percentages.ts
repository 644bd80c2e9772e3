// Percentages resolved: one reading per figure (the first rule's; a listed figure only after the one it follows),
// the year each figure belongs to, achieved or planned, one entry per statement; none from a photo caption.
import { evidence, insideQuotes, lineIndexAt, tokenText, type Doc } from '../engine/document.js';
import { isCaptionLine } from '../extract/title/index.js';
import type { Finding } from '../engine/finding.js';
import type { Refiner } from '../engine/refine.js';
import { Kind, tokenEndingAfter } from '../engine/tokens.js';
import { yearMentionsWithQuarters, type YearMention } from '../dimensions/time/index.js';
import { periodYear } from './years.js';
import type { PercentMention } from '../extract/percentages/index.js';
import { BODY_ONLY, BODY_OPENER, TRAILING_PERIOD } from '../extract/percentages/phrases.js';
import type { Percentage } from '../record.js';
import { EMPTY_SUBJECT_WORDS } from '../lexicon/targets.js';
import { fold } from '../text/fold.js';
import { TIME_BRACKET } from '../lexicon/targets.js';
import { lowerBound } from '../engine/search.js';

/** How far after a figure its own year may stand, in tokens ("12% cho năm 2013"). */
const OWN_YEAR_REACH = 6;
/** "năm nay" in a figure's own statement. */
const THIS_YEAR = /(?<![\p{L}])năm nay(?![\p{L}])/iu;
/**
 * A count done over its total right before a figure's statement, its unit between ("88/102 đạt 86%", "15.366/13.273
 * lượt bệnh nhân, đạt 115,7%", "cho 652 thanh niên trên tổng số 1.661 lệnh gọi lên trạm khám, đạt 39%"): the figure is
 * worked out from what was done, a result even when its year is one to come (the draft named for the year its recruits
 * join; bench/studies/round23-percentages.mjs counted-result: audits 5 articles, all results), and how far back it is read.
 */
const COUNTED_RESULT = /(?:\d[\d.]*\s*\/\s*\d[\d.]*|(?<![\p{L}\p{M}])trên tổng số\s+\d[\d.]*)(?:\s+[^\s\d,.;:%]+){0,6}\s*,?\s*$/u;
const COUNTED_RESULT_CHARS = 80;
/** How far before a counted figure, or a horizon, its sentence is searched for a target year or a plan's word. */
const PLAN_WORD_REACH = 200;
/**
 * Before the figure in its sentence, a target year or a plan ("Đến năm 2023, toàn huyện có 45/50 trường đạt chuẩn quốc
 * gia, đạt 90%", "Theo kế hoạch, năm 2022 … nâng tổng số lên 150/180 xã …, chiếm 83,3%"): counts still to be reached.
 */
const TARGET_BEFORE = /(?<![\p{L}])(?:(?:đến|tới)\s+năm\s+\d{4}|kế hoạch|dự kiến|mục tiêu|phấn đấu)(?![\p{L}])/iu;
function countedResult(doc: Doc, start: number): boolean {
  if (!COUNTED_RESULT.test(doc.text.slice(Math.max(0, start - COUNTED_RESULT_CHARS), start))) return false;
  const sentence = doc.sentences[doc.sentenceOf[tokenEndingAfter(doc.tokens, start)]];
  return !sentence || !TARGET_BEFORE.test(doc.text.slice(Math.max(sentence.start, start - PLAN_WORD_REACH), start));
}

/** How many paragraphs back a figure may look for its year. */
const PARAGRAPHS_BACK = 2;
/**
 * Many pages run their paragraphs into one line: a line of more than RUN_TOGETHER sentences is taken for several
 * paragraphs, and a figure in it looks for its year no more than SENTENCES_BACK sentences before its own (a year
 * further back belongs to another statement: a province's founding, the year before's results, another target's
 * horizon). bench/studies/percentages-round5.mjs --lines: corpus/real has a body line of 9–12 sentences in 984 articles
 * and of more in 3,496, while dev's HTML paragraphs hold mostly 2–4 (a report's list paragraph up to 10 or so).
 */
const RUN_TOGETHER = 12;
const SENTENCES_BACK = 2;

/**
 * The year of a figure: a year in its own phrase ("kế hoạch năm 2013"), else the nearest year before it in its
 * sentence, its paragraph or the two before, in a run-together line no more than two sentences back (comparisons,
 * law names and quoted titles skipped, though not a year quoted with the figure; a span of years means the figure has
 * no single year), else the article's year as the text fixes it (`fallback`).
 */
function figureYear(doc: Doc, m: PercentMention, end: number, years: YearIndex, fallback: number | null, gone = false, how = { fallback: false }, reviewed: number | null = null): number | null {
  const { list } = years;
  // "100% sinh viên ra trường có việc làm (năm 2014 – 2015)": a bracket right after the statement says when it holds
  const reach = Math.max(bracketAfter(doc, end), m.figureEnd + OWN_YEAR_REACH);
  // years are in text order: the ones after the figure and before it are found by a binary search, not a pass over
  // all of them for each figure
  for (let i = lowerBound(list.length, (j) => list[j].first < m.figureEnd); i < list.length && list[i].first < reach; i++) {
    const y = list[i];
    let clean = true;
    // "năm 2025 đạt 47% và năm 2035 đạt 55%": a year after "và" opens the next item of a list
    for (let k = m.figureEnd; k < y.first && clean; k++)
      if ((doc.tokens.kind[k] === Kind.Punct && /[,;.]/.test(doc.text[doc.tokens.start[k]])) || tokenText(doc, k).toLowerCase() === 'và') clean = false;
    if (clean && !y.comparison && (y.kind === 'year' || y.kind === 'month')) return y.year;
    // "100% sinh viên ra trường có việc làm (năm 2014 – 2015)": a figure of a stretch of years has no one year
    if (clean && !y.comparison && y.kind === 'range-start') return null;
  }
  const closing = sentenceClosingYear(doc, m, list);
  if (closing !== null) return closing;
  const line = doc.lineOf[m.figureFirst];
  const from = doc.lines[Math.max(0, line - PARAGRAPHS_BACK)].start;
  const own = doc.lines[line];
  const runTogether = doc.sentenceOf[Math.max(own.firstToken, own.endToken - 1)] - doc.sentenceOf[own.firstToken] + 1 > RUN_TOGETHER;
  const firstSentence = runTogether ? doc.sentenceOf[m.figureFirst] - SENTENCES_BACK : -1;
  // the nearest year before the figure that is not skipped: comparisons and law names, and quoted years but those in
  // one quotation with the figure, a speaker's words ("… Phấn đấu trong năm 2013 cần có dư nợ … đạt 12%"): the years
  // after the last unquoted token before it; one jump in each of the two lists
  const quoteOpen = years.lastUnquoted[m.figureFirst];
  const nearest = (i: number, usable: Int32Array, unquoted: Int32Array) => {
    if (i >= 0 && list[i].first > quoteOpen) i = usable[i];
    if (i >= 0 && list[i].first <= quoteOpen) i = unquoted[i];
    return i;
  };
  let i = nearest(lowerBound(list.length, (j) => list[j].first < m.figureFirst) - 1, years.usable, years.unquoted);
  // an earlier sentence's horizon ("… từ 30% xuống còn 15% đến năm 2020") is another target's; every year before it
  // stands in an earlier sentence too, so from there on horizons are skipped
  // ("Quy hoạch chung xã đến năm 2045 đã hoàn thành; …, giải ngân ước đạt 96,8%": so is one in an earlier item of its
  // sentence, not a heading's before the colon that opens the list, "mục tiêu đến năm 2030: …; tỷ lệ hộ nghèo giảm
  // 2-3%/năm"; bench/studies/round23-percentages.mjs horizon-item)
  // (but a plan's year is the year of the tasks set out before it: "… tổng kết … năm 2022, triển khai nhiệm vụ năm 2023.
  // Năm nay, huyện phấn đấu trên 97% …")
  if (i >= 0 && list[i].deadline && !(list[i].tasks && m.planned) && (doc.sentenceOf[list[i].first] !== doc.sentenceOf[m.figureFirst] || horizonOfItem(doc, list[i].first, m.figureFirst)))
    i = nearest(i, years.usableNoHorizon, years.unquotedNoHorizon);
  // "… thực hiện 23 dự án chuyển tiếp từ năm 2017, …; thương mại dịch vụ, đạt 53%": a start year in an earlier item of
  // the figure's sentence is that item's, not the figure's (bench/studies/round15b-period-pct.mjs start-item)
  // (a few such items at most: a line of thousands of start years is not walked back for each figure)
  for (let skipped = 0; skipped < START_ITEMS_SKIPPED && i >= 0 && list[i].since && itemBreakBetween(doc, list[i].first, m.figureFirst); skipped++) i = nearest(i - 1, years.usable, years.unquoted);
  // a figure told of several years gone by takes a year only from its own sentence
  if (gone && (i < 0 || doc.sentenceOf[list[i].first] !== doc.sentenceOf[m.figureFirst])) return null;
  if (i < 0 || doc.tokens.start[list[i].first] < from || doc.sentenceOf[list[i].first] < firstSentence) {
    how.fallback = fallback !== null;
    return fallback;
  }
  const y = list[i];
  // "… phấn đấu năm 2018 …. Trong năm qua, Huyện ủy … kết nạp được 358 đảng viên mới, đạt tỷ lệ 7,61%": the year gone
  // by, named after the year, is the figure's time; only a reviewed period fixes which year that is
  // (after a span too: "… sơ kết … nữa nhiệm kỳ 2022-2027. … hoạt động nhân đạo … trong năm qua …; phong trào vận động
  // hiến máu tình nguyện 1.748/1.800 đạt 97,11%"; round 28, audit 33)
  if (yearGoneBetween(doc, doc.tokens.end[y.first], doc.tokens.start[m.figureFirst])) return reviewed;
  if (y.kind === 'range-start' || y.kind === 'range-end' || y.since) return null;
  // "Trong tháng 12-2016 và tháng 1-2017, … chỉ đạt khoảng 60%": two months or years of two years joined, a stretch
  // across both, none the figure's own
  if (i > 0 && list[i - 1].year !== y.year && doc.sentenceOf[list[i - 1].first] === doc.sentenceOf[y.first] && JOINED_TIMES.test(doc.text.slice(doc.tokens.end[list[i - 1].first], doc.tokens.start[y.first])))
    return null;
  // "năm 2015, 2016, 2017": several years, none the figure's own
  // ("… tổng kết năm 2023.\nNăm 2024, phấn đấu …": a year closing the sentence before is no list with this one)
  if (i > 0 && y.first - list[i - 1].first <= 3 && doc.sentenceOf[list[i - 1].first] === doc.sentenceOf[y.first]) return null;
  // "Đầu năm 2019, Trung đoàn … chuyển hướng …. Hiện nay, đơn vị … tự túc 100% nguồn rau": a sentence that opens on
  // the present tells what holds now, not in a year an earlier sentence's background names
  if (doc.sentenceOf[y.first] !== doc.sentenceOf[m.figureFirst] && opensOnPresent(doc, m.figureFirst)) {
    how.fallback = fallback !== null;
    return fallback;
  }
  return y.year;
}

/** How many start years of earlier items of its sentence a figure passes over for its year. */
const START_ITEMS_SKIPPED = 2;

/**
 * The tokens of an article that are a mark (";", ":"), in text order, found once per mark: a line of a million characters
 * is not walked again for each figure.
 */
const marksOf = new WeakMap<Doc, Map<string, number[]>>();
function markTokens(doc: Doc, mark: string): number[] {
  let byMark = marksOf.get(doc);
  if (!byMark) marksOf.set(doc, (byMark = new Map()));
  let found = byMark.get(mark);
  if (!found) {
    found = [];
    for (let k = 0; k < doc.tokens.count; k++) if (doc.tokens.kind[k] === Kind.Punct && doc.text[doc.tokens.start[k]] === mark) found.push(k);
    byMark.set(mark, found);
  }
  return found;
}

/** Does a mark stand between tokens `from` and `to`? */
function markBetween(doc: Doc, mark: string, from: number, to: number): boolean {
  const marks = markTokens(doc, mark);
  const next = lowerBound(marks.length, (j) => marks[j] <= from);
  return next < marks.length && marks[next] < to;
}

/** A plan's word before a horizon in its sentence: the horizon is the plan's, over every item after it. */
const PLAN_OPENS_LIST = /(?<![\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu|xác định|đề ra|kế hoạch)(?![\p{L}])/iu;

/** A cut-off up to which results are counted ("Cụ thể, đến hết năm 2016, 100% …; cả nước có 2.358 xã (26,43%) …"), no plan's horizon. */
const CUT_OFF = /(?:hết|cuối)\s+năm\s*$/iu;

/**
 * Is the horizon at token `from` a plan's of an earlier item than token `to`'s: a semicolon between, no colon (a
 * heading's, "mục tiêu đến năm 2030: …; …"), and no cut-off ("đến hết năm 2016")?
 */
function horizonOfItem(doc: Doc, from: number, to: number): boolean {
  // "Đến năm 2025, thu nhập … đạt 60 triệu đồng; tỷ lệ hộ nghèo …; … đạt 95%": a horizon its comma sets apart heads the
  // whole list (not "Quy hoạch chung xã đến năm 2045 đã hoàn thành; …", an item's own)
  if (!itemBreakBetween(doc, from, to) || markBetween(doc, ':', from, to)) return false;
  const at = doc.tokens.start[from];
  if (/^\d{4}\s*,/u.test(doc.text.slice(at, at + 8)) || CUT_OFF.test(doc.text.slice(Math.max(0, at - 12), at))) return false;
  // (so does one a plan's word brings in: "Tỉnh phấn đấu đến năm 2020 đón 3 triệu lượt khách, …; tỷ lệ … đạt 80%")
  return !PLAN_OPENS_LIST.test(doc.text.slice(Math.max(doc.sentences[doc.sentenceOf[from]].start, at - PLAN_WORD_REACH), at));
}

/** Does a semicolon, closing one item of a list, stand between tokens `from` and `to` of one sentence? */
function itemBreakBetween(doc: Doc, from: number, to: number): boolean {
  return doc.sentenceOf[from] === doc.sentenceOf[to] && markBetween(doc, ';', from, to);
}

/** "(Trong) năm qua", "năm vừa qua": the year gone by, no number before it ("5 năm qua" is YEARS_GONE_BY's). */
const YEAR_GONE = /(?<![\p{L}\p{M}\d])(?<!(?:\d|nhiều|những|mấy|các|hai|ba|bốn|năm|mười)\s+)năm\s+(?:vừa\s+)?qua(?![\p{L}\p{M}])/giu;

/**
 * Where the text says "năm qua", found in one pass: asked of the text between each figure and its year, the pattern
 * read a sentence of a million characters run together again for every figure in it (round 14 review: 12 s at 1 MB).
 */
const yearsGoneSaid = new WeakMap<Doc, { starts: number[]; ends: number[] }>();
function yearGoneBetween(doc: Doc, from: number, to: number): boolean {
  let said = yearsGoneSaid.get(doc);
  if (!said) {
    said = { starts: [], ends: [] };
    for (const m of doc.text.matchAll(YEAR_GONE)) said.starts.push(m.index), said.ends.push(m.index + m[0].length);
    yearsGoneSaid.set(doc, said);
  }
  const { starts, ends } = said;
  const k = lowerBound(starts.length, (j) => starts[j] < from);
  return k < starts.length && ends[k] <= to;
}

/** A sentence opening on the present: "Hiện nay, …", "Hiện tại …", "Hiện, …", "Đến nay, …", "Tính đến nay …". */
// ("Hiện" alone only before a comma or an auxiliary: "Hiện thực hóa kế hoạch, …", "Hiện đại hóa …" open on no present)
const PRESENT_OPENER = /^\s*(?:[-–+•]\s*)?(?:hiện nay|hiện tại|hiện(?=\s*,|\s+(?:đã|đang|có|còn|vẫn|chỉ|mới)(?![\p{L}\p{M}]))|(?:tính\s+)?đến nay|hiện giờ)(?![\p{L}\p{M}])/iu;

function opensOnPresent(doc: Doc, figureFirst: number): boolean {
  const s = doc.sentences[doc.sentenceOf[figureFirst]];
  return PRESENT_OPENER.test(doc.text.slice(s.start, Math.min(s.end, s.start + 20)));
}

/** What may stand between two times joined into one stretch: their days and months, "và", "đến", "tới" ("12-2016 và tháng 1-"). */
const JOINED_TIMES = /^(?:\s|\d|[-–/.]|tháng|năm|và|đến|tới)*(?:và|đến|tới|[-–])(?:\s|\d|[-–/.]|tháng|năm)*$/iu;

/** How many tokens a bracket of time after a statement may hold ("(năm 2014 – 2015)", "(tháng 5/2017)"). */
const BRACKET_REACH = 8;

/** The end of a bracket of time that opens at token `end` and closes within BRACKET_REACH tokens, else `end`. */
function bracketAfter(doc: Doc, end: number): number {
  if (end >= doc.tokens.count || doc.text[doc.tokens.start[end]] !== '(' || doc.tokens.kind[end] !== Kind.Punct) return end;
  for (let k = end + 1; k < Math.min(doc.tokens.count, end + BRACKET_REACH); k++)
    if (doc.text[doc.tokens.start[k]] === ')') return TIME_BRACKET.test(doc.text.slice(doc.tokens.start[end], doc.tokens.end[k])) ? k : end;
  return end;
}

/**
 * "Hiện Nga đặt mục tiêu tăng trưởng từ 1,5-2% và lạm phát mục tiêu là 4% trong năm 2017.": a year closing a sentence
 * after its last figure, with no comma or other mark between, is the year of every figure before it in one run of
 * the clause (not "năm 2025 đạt 47% và năm 2035 đạt 55%", where a figure follows the year).
 */
/** How many tokens a closing year may stand after the figure (a clause; no figure of corpus/real takes one further). */
const CLOSING_YEAR_REACH = 40;

function sentenceClosingYear(doc: Doc, m: PercentMention, list: readonly YearMention[]): number | null {
  const sentence = doc.sentences[doc.sentenceOf[m.figureFirst]];
  const i = lowerBound(list.length, (j) => list[j].first < m.figureEnd);
  if (i >= list.length || list[i].first >= sentence.endToken) return null;
  const y = list[i];
  if (y.comparison || y.named || (y.kind !== 'year' && y.kind !== 'month') || y.first - m.figureEnd > CLOSING_YEAR_REACH) return null;
  for (let k = m.figureEnd; k < y.first; k++) if (doc.tokens.kind[k] === Kind.Punct && /[,;.:()]/.test(doc.text[doc.tokens.start[k]])) return null;
  for (let k = y.first + 1; k < sentence.endToken; k++) if (doc.tokens.kind[k] === Kind.Number || doc.text[doc.tokens.start[k]] === '%') return null;
  return y.year;
}

/** A target that is only a stretch of years or a year ("giai đoạn 2021 - 2025", "bổ sung giai đoạn 2026 - 2035", "năm 2025"). */
/** How many figures back the head of a list may stand (a list of years' figures; a line of thousands is not walked back). */
const LIST_HEAD_REACH = 16;

const ONLY_PERIOD = /^(?:bổ sung\s+)?((?:giai đoạn|thời kỳ|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?)$/iu;

/**
 * The target of an item of a list whose head names the measure ("tốc độ tăng trưởng … giai đoạn 2016 - 2020 sẽ đạt
 * 11,62%/năm; giai đoạn 2021 - 2025 đạt 8,87%/năm", "Tỷ lệ nội địa hóa … năm 2020 đạt 45%, năm 2025 đạt 47% và năm
 * 2035 đạt 55%"): an item that names only its years, or nothing, takes the head's measure with its own years.
 */
function listItemTarget(target: string, head: string | undefined): string {
  if (!head) return target;
  // "huyện An Lão giải ngân đạt 41,38%, huyện Vân Canh đạt 24,59%": an item that names only its body takes the head's
  // measure, less the head's own body
  if (BODY_ONLY.test(target) && !BODY_ONLY.test(head)) return head.replace(BODY_OPENER, '') || target;
  const own = target === '' ? '' : ONLY_PERIOD.exec(target)?.[1];
  if (own === undefined) return target;
  const measure = head.replace(TRAILING_PERIOD, '').trim();
  return measure ? `${measure}${own ? ` ${own}` : ''}` : target;
}

/**
 * "tăng 7,5% so với thực hiện 2014", "so với kết quả năm 2015": the results of a year compared with, which the year
 * mentions do not take for a comparison (bench/studies/percentages-round5.mjs, compared-result: 8 in corpus/real).
 */
const COMPARED_RESULT = /so\s+với\s+(?:mức\s+)?(?:thực hiện|kết quả|ước thực hiện)\s+(?:của\s+)?(?:cả\s+)?(?:năm\s+)?$/iu;

function comparedResult(doc: Doc, y: YearMention): boolean {
  const start = doc.tokens.start[y.first];
  return COMPARED_RESULT.test(doc.text.slice(Math.max(0, start - 40), start));
}

/**
 * "HĐND Thị trấn Hùng Quốc huyện Trà Lĩnh khóa XIX nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ 10": a council's or a
 * committee's term named with its session number is part of the body's name, no time its figures belong to
 * (bench/studies/round15-pct.mjs term-of-body: corpus/real and dev 0 articles with a figure, audit 4 1, whose figures
 * took no year from it as a stretch of years).
 */
// ("Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025–2030": a congress named with its ordinal, likewise; bench/studies/
// round23-percentages.mjs congress-term: corpus/real 1 article, audits 17, 5 with figures)
const TERM_OF_BODY = /(?<![\p{L}\p{M}])(?:khóa|lần thứ)\s+[IVXLC\d]+\s*,?\s*\(?\s*nhiệm kỳ\s+$/iu;

function termOfBody(doc: Doc, y: YearMention): boolean {
  const start = doc.tokens.start[y.first];
  return (y.kind === 'range-start' || y.kind === 'range-end') && TERM_OF_BODY.test(doc.text.slice(Math.max(0, start - 40), start).replace(/\d{4}\s*[-–]\s*$/u, ''));
}

/**
 * "được khởi công từ tháng 6/2016, hiện đã đạt hơn 37%": the month or day a running stretch starts, which the year
 * mentions mark as a start only for a bare year ("từ năm 2001").
 */
const START_MONTH = /(?:^|\s)(?:từ|kể từ|tính từ)\s+(?:ngày\s+\d{1,2}\s*[/.-]\s*)?(?:tháng\s+)?\d{1,2}\s*[/.-]\s*$/iu;

function startMonth(doc: Doc, y: YearMention): boolean {
  const start = doc.tokens.start[y.first];
  if (y.kind !== 'month' && y.kind !== 'date') return false;
  // "kể từ Hội nghị … tháng 4/2016 đến nay, … đạt tỷ lệ 77,4%": a month the stretch runs from up to now
  return START_MONTH.test(doc.text.slice(Math.max(0, start - 30), start)) || UP_TO_NOW.test(doc.text.slice(doc.tokens.end[y.first], doc.tokens.end[y.first] + 12));
}

/**
 * "… đánh giá tình hình hoạt động năm 2025 và triển khai những nhiệm vụ trọng tâm trong năm 2026": the year of the
 * tasks a review sets out, which the results after it do not belong to; taken as a horizon, so that a result in a
 * later sentence skips it, and the lead names one year only (bench/studies/round13-pct.mjs coming-tasks: corpus/real 1
 * article with a figure, dev 0, audit 3). A plan after it is that year's (YearMention.tasks; round 25).
 */
const COMING_TASKS = /(?:triển khai|phương hướng|đề ra)[^.;:!?]{0,40}?nhiệm vụ(?:\s+(?:trọng tâm|chủ yếu|trọng yếu|công tác))?(?:\s+(?:trong|của|cho))?\s+(?:năm\s+)?$/iu;

function comingTasks(doc: Doc, y: YearMention): boolean {
  const start = doc.tokens.start[y.first];
  return y.kind === 'year' && COMING_TASKS.test(doc.text.slice(Math.max(0, start - 80), start));
}

const UP_TO_NOW = /^\s*(?:đến nay|tới nay|đến giờ)(?![\p{L}])/iu;

/**
 * "Trong 5 năm qua, trường … luôn đạt kết quả rất tốt … Về số lượng luôn đạt từ 90% trở lên": a figure told of several
 * years gone by, in its sentence or the one before, has no one year (bench/studies/percentages-round6.mjs: 3 findings
 * of corpus/real follow such a phrase, 1 without a year of its own).
 */
// ("Nhiệm kỳ vừa qua, Hội đã thực hiện tốt nhiệm vụ …; 90% chi hội đạt tiêu chuẩn vững mạnh": the term gone by, several
// years too; bench/studies/round15-pct.mjs term-gone-by: corpus/real and dev 0 articles with a figure, audits 1)
// ("Qua 5 năm, có 1.348 hội viên phụ nữ thoát nghèo, đạt 29%": the years counted after "qua", over them, as well;
// round 23 congress-term, audit 2 reports-006)
const YEARS_GONE_BY = /(?<![\p{L}\d])(?:(?:\d{1,3}|nhiều|những|mấy)\s+năm\s+(?:qua|gần đây|liên tiếp|trở lại đây)|(?<!trải\s)qua\s+\d{1,2}\s+năm|nhiệm kỳ\s+(?:vừa\s+)?qua)(?![\p{L}])/iu;

/**
 * Whether a figure's sentence, before it, or the sentence before speaks of years gone by. Each sentence is searched
 * once, for where its first such phrase ends, so that a sentence of thousands of figures is not searched again for
 * each of them.
 */
function yearsGoneByIn(doc: Doc): (figureFirst: number) => boolean {
  const firstEnd = new Map<number, number>();
  const endOfFirst = (sentence: number): number => {
    let end = firstEnd.get(sentence);
    if (end === undefined) {
      const s = doc.sentences[sentence];
      const m = YEARS_GONE_BY.exec(doc.text.slice(s.start, s.end));
      end = m ? s.start + m.index + m[0].length : -1;
      firstEnd.set(sentence, end);
    }
    return end;
  };
  return (figureFirst) => {
    const sentence = doc.sentenceOf[figureFirst];
    const own = endOfFirst(sentence);
    return (own >= 0 && own <= doc.tokens.start[figureFirst]) || (sentence > 0 && endOfFirst(sentence - 1) >= 0);
  };
}

/**
 * The one year the lead's first sentence names as the article's own ("Kỳ thi Học sinh giỏi quốc gia năm 2017, …", "…
 * công bố phương án tuyển sinh năm 2017"), not a day's, a comparison, a law's name, a deadline ("đến năm
 * 2020"), a start or a birth; null when they name none, several, or a stretch of years.
 */
function leadYear(doc: Doc, years: readonly YearMention[], titleLine: number | null): number | null {
  const headline = doc.lines[titleLine ?? 0];
  if (!headline) return null;
  const lead = doc.lines[(titleLine ?? 0) + 1];
  const end = lead && lead.firstToken < doc.tokens.count ? doc.sentences[doc.sentenceOf[lead.firstToken]].endToken : headline.endToken;
  const named = new Set<number>();
  for (const y of years) {
    // a year only the headline names is no sentence, paragraph or reviewed period of a body figure (ANNOTATION.md):
    // "Tuyên thệ chiến sỹ mới đợt 2 năm 2014" over an undated page's check results (audit 3 army 005; corpus/real and dev 0)
    if (y.first < (titleLine === null ? headline.firstToken : headline.endToken) || y.first >= end) continue;
    // a stretch of years reviewed ("tổng kết … giai đoạn 2015-2020"): the article has no one year
    if (y.kind === 'range-start' || y.kind === 'range-end') return null;
    // a day's year is the event's, not what its figures belong to ("Ngày 13/10/2020, huyện tổng kết …")
    if (y.kind === 'date' || y.comparison || y.named || y.deadline || y.since) continue;
    if (y.birth) continue;
    named.add(y.year);
  }
  return named.size === 1 ? [...named][0] : null;
}

/**
 * On an undated page, the one year the text names for a stretch of months of the year under way ("tình hình triển
 * khai nhiệm vụ những tháng đầu năm 2017", "6 tháng cuối năm 2017"): the year a review's figures belong to when
 * nothing nearer names one (bench/studies/percentages-round6.mjs: 2 undated articles of corpus/real with findings).
 */
const STRETCH_OF_MONTHS = /(?<![\p{L}\d])(?:\d{1,2}|những|mấy)\s+tháng\s+(?:đầu|cuối)\s+năm\s+((?:19|20)\d\d)(?!\d)/giu;

function stretchOfMonthsYear(text: string): number | null {
  const named = new Set<number>();
  for (const m of text.matchAll(STRETCH_OF_MONTHS)) named.add(Number(m[1]));
  return named.size === 1 ? [...named][0] : null;
}

/**
 * The years of an article in text order, and for each the nearest one at or before it that a figure does not skip:
 * `usable` skips comparisons and law names, `unquoted` quoted years too; the `NoHorizon` lists skip horizons
 * ("đến năm 2020") as well; `lastUnquoted` is, for each token, the last token at or before it outside quotation marks
 * (a year after it stands in one quotation with that token).
 */
interface YearIndex {
  list: readonly YearMention[];
  usable: Int32Array;
  unquoted: Int32Array;
  usableNoHorizon: Int32Array;
  unquotedNoHorizon: Int32Array;
  lastUnquoted: Int32Array;
}

function yearIndex(doc: Doc, list: readonly YearMention[]): YearIndex {
  const n = list.length;
  const usable = new Int32Array(n);
  const unquoted = new Int32Array(n);
  const usableNoHorizon = new Int32Array(n);
  const unquotedNoHorizon = new Int32Array(n);
  const nearestSoFar = (into: Int32Array, i: number, skipped: boolean) => (into[i] = skipped ? (i > 0 ? into[i - 1] : -1) : i);
  for (let i = 0; i < n; i++) {
    const y = list[i];
    const skipped = y.comparison || y.named;
    const quoted = skipped || insideQuotes(doc, y.first);
    nearestSoFar(usable, i, skipped);
    nearestSoFar(unquoted, i, quoted);
    nearestSoFar(usableNoHorizon, i, skipped || y.deadline);
    nearestSoFar(unquotedNoHorizon, i, quoted || y.deadline);
  }
  const lastUnquoted = new Int32Array(doc.tokens.count);
  for (let k = 0; k < doc.tokens.count; k++) lastUnquoted[k] = insideQuotes(doc, k) ? (k > 0 ? lastUnquoted[k - 1] : -1) : k;
  return { list, usable, unquoted, usableNoHorizon, unquotedNoHorizon, lastUnquoted };
}

export const resolvePercentages: Refiner = {
  name: 'percentages',
  fields: ['percentages', 'period', 'published', 'date', 'title'],
  refine(ctx) {
    const found = ctx.get<PercentMention>('percentages');
    // most articles state no figure: no year list of their own to build (it is not the one period and date share)
    if (!found.length) return ctx.set('percentages', []);
    const byFigure = new Map<number, Finding<PercentMention>>();
    for (const f of found) if (f.value.follows === undefined && !byFigure.has(f.value.figureFirst)) byFigure.set(f.value.figureFirst, f);
    // listed figures, in text order, each only after the one it follows
    for (const f of found.filter((x) => x.value.follows !== undefined).sort((a, b) => a.value.figureFirst - b.value.figureFirst)) {
      const head = byFigure.get(f.value.follows!);
      if (!head || byFigure.has(f.value.figureFirst)) continue;
      byFigure.set(f.value.figureFirst, { ...f, value: { ...f.value, planned: f.value.planned || head.value.planned } });
    }
    // the dateline's year is the page's, not a statement's
    const dateline = ctx.get('published')[0]?.origin;
    const years = yearMentionsWithQuarters(ctx.doc, ctx.units)
      .filter((y) => dateline?.kind !== 'text' || ctx.doc.tokens.start[y.first] < dateline.start || ctx.doc.tokens.start[y.first] >= dateline.end)
      .map((y) => (!y.named && termOfBody(ctx.doc, y) ? { ...y, named: true } : !y.comparison && comparedResult(ctx.doc, y) ? { ...y, comparison: true } : !y.since && startMonth(ctx.doc, y) ? { ...y, since: true } : !y.deadline && comingTasks(ctx.doc, y) ? { ...y, deadline: true, tasks: true } : y));
    const reference = ctx.facts.year;
    // a figure is a plan by its year alone only when that year is after the page's date (its event day, else its
    // publication): a report is written after the year it reviews, so a figure of the next year is mostly a result
    // ("Năm 2016, tổng doanh thu … đạt …" beside a review of 2015; "quý I/2017, … tăng 28,3%" beside one of 2016:
    // bench/studies/percentages-round7.mjs --only later, 10 of 11 such figures without a plan word are results); an
    // undated page has no such year, its plans need a plan cue
    const written = ctx.facts.date ? Number(ctx.facts.date.slice(0, 4)) : null;
    // a figure without a year of its own belongs to the reviewed period's year when the text states it, or to the
    // article's year when the text names that year; a year only the dateline gives is not fixed by the text (ANNOTATION.md)
    const periodFinding = ctx.get('period')[0];
    const reviewed = periodFinding && !periodFinding.implied.includes('year') ? periodYear(ctx) : null;
    const fallback =
      reviewed ??
      // (a school year or a span that ends in it, "năm học 2012 – 2013" on a page of May 2013, names no one year for its
      // results; one that starts in it, "năm học 2013 - 2014" whose intake the page tells of, is the page's year, as dev annotates)
      (years.some((y) => y.year === reference && !y.comparison && !y.named && y.kind !== 'range-end') ? reference : null) ??
      leadYear(ctx.doc, years, ctx.facts.titleLine) ??
      (reference === null ? stretchOfMonthsYear(ctx.doc.text) : null);
    const out: Finding<Percentage>[] = [];
    const sentenceOfFinding = new Map<Percentage, number>();
    // where in `out` the figures of one value, range and status stand: only those can be the same statement, so a
    // page of thousands of figures compares each with its likes, not with all before it
    const outByFigure = new Map<string, number[]>();
    // the figures whose year is the fallback's, not one their own text names
    const fallbackYear = new Set<Percentage>();
    let index: YearIndex | null = null;
    let goneBy: ((figureFirst: number) => boolean) | null = null;
    for (const f of [...byFigure.values()].sort((a, b) => a.value.figureFirst - b.value.figureFirst)) {
      if (f.origin.kind !== 'text') continue;
      // a photo caption repeats what the body reports
      if (isCaptionLine(ctx.doc, lineIndexAt(ctx.doc, f.origin.start), ctx.facts.titleLine)) continue;
      const m = f.value;
      const endToken = tokenEndingAfter(ctx.doc.tokens, f.origin.end);
      // "mục tiêu tăng trưởng GDP cả năm nay là 6,7%": this year is the one reported on
      const how = { fallback: false };
      const year = THIS_YEAR.test(ctx.doc.text.slice(f.origin.start, f.origin.end)) && reference !== null ? reference : figureYear(ctx.doc, m, endToken, (index ??= yearIndex(ctx.doc, years)), fallback, (goneBy ??= yearsGoneByIn(ctx.doc))(m.figureFirst), how, reviewed);
      // a year after the writing's is a plan's, unless the figure is worked out from counts done ("khám sơ tuyển nghĩa vụ
      // quân sự năm 2020" on a page of November 2019: "thị trấn Ân Thi 88/102 đạt 86%")
      const planned = m.planned || (year !== null && written !== null && year > written && !countedResult(ctx.doc, f.origin.start));
      const sentence = ctx.doc.sentenceOf[m.figureFirst];
      // the figure before it in its sentence whose target names a measure: the head of a list
      let head: string | undefined;
      for (let k = out.length - 1; k >= 0 && out.length - k <= LIST_HEAD_REACH && head === undefined && sentenceOfFinding.get(out[k].value) === sentence; k--)
        if (out[k].value.target && !ONLY_PERIOD.test(out[k].value.target)) head = out[k].value.target;
      const p: Percentage = {
        value: m.value,
        ...(m.max !== undefined ? { max: m.max } : {}),
        status: planned ? 'planned' : 'achieved',
        year,
        target: listItemTarget(m.target, head),
        subject: namedSubject(m.subject),
        ...evidence(ctx.doc, f.origin.start, f.origin.end, f.origin.rule),
      };
      const figure = `${p.value}|${p.max}|${p.status}`;
      let likes = outByFigure.get(figure);
      if (!likes) outByFigure.set(figure, (likes = []));
      // a year only the article's reviewed period or its own year gives is no year the telling fixes
      const yearless = (o: Percentage) => o.year === null || fallbackYear.has(o);
      if (how.fallback) fallbackYear.add(p);
      // targets that only share words are one statement told again when the earlier telling is the headline's or the
      // lead's, or stands in the same paragraph; two body paragraphs' "100% xe pháo, đạn được kiểm tra" and "100% xe,
      // pháo được bảo quản trong nhà xe" are two (audit army 002; every such merge of corpus/real and dev is of the kind kept)
      const lead = (ctx.facts.titleLine ?? 0) + 1;
      const line = (g: Finding<unknown>) => (g.origin.kind === 'text' ? lineIndexAt(ctx.doc, g.origin.start) : 0);
      const inHeadOrLead = (o: Finding<Percentage>) => line(o) <= lead;
      const toldAgainNear = (o: Finding<Percentage>, x: Finding<PercentMention>) => inHeadOrLead(o) || line(o) === line(x);
      const repeats = (o: Finding<Percentage>) =>
        // a headline's or a lead's figure with decimals or a range told again in the body, whatever its words: two
        // statements share such a figure by chance only ("mục tiêu tăng trưởng cả năm 6,7%" and "mục tiêu GDP 6,7%")
        (inHeadOrLead(o) && line(o) !== line(f) && (p.max !== undefined || !Number.isInteger(p.value)) && (o.value.year === p.year || yearless(o.value) || yearless(p))) ||
        (!gradesOfOthers(o.value, p, sentenceOfFinding.get(o.value) !== sentence) &&
        // (a headline's or a lead's share of a plan told again in the body is one statement: "5 tháng đầu năm, tổng thu
        // … đạt 36,6% dự toán" over "lũy kế thu 5 tháng đạt 299.000 tỷ đồng, bằng 36,6% dự toán")
        !(sharesOfOthersPlans(o.value, p) && !inHeadOrLead(o)) &&
        (o.value.year === p.year ||
          // the same figure told again in another sentence (the headline, the lead, the body), once without its year
          ((yearless(o.value) || yearless(p)) && sentenceOfFinding.get(o.value) !== sentence)) &&
        (!o.value.target ||
          !p.target ||
          fold(o.value.target).includes(fold(p.target)) ||
          fold(p.target).includes(fold(o.value.target)) ||
          (sentenceOfFinding.get(o.value) !== sentence && sharedWords(o.value.target.replace(GRADE_TAIL, ''), p.target.replace(GRADE_TAIL, '')) >= REPEAT_OVERLAP && toldAgainNear(o, f)) ||
          // a headline's figure told again in the body as a rate of a count ("Đảng bộ … phấn đấu kết nạp đảng viên mới
          // đạt từ 7%" over "tỷ lệ phát triển đảng viên mới đạt từ 7% trở lên so với tổng số đảng viên đầu năm"): the
          // body's measure is its subject, its target the count (round15-pct share-of-base)
          (inHeadOrLead(o) && sentenceOfFinding.get(o.value) !== sentence && !!p.subject && sharedWords(o.value.target, p.subject) >= REPEAT_OVERLAP)));
      let same = -1;
      for (let k = 0; k < Math.min(likes.length, LIKES_COMPARED) && same < 0; k++) if (repeats(out[likes[k]])) same = likes[k];
      if (same < 0) {
        const kept = { ...f, value: p };
        sentenceOfFinding.set(p, sentence);
        likes.push(out.length);
        out.push(kept);
      } else if (out[same].value.year === null && p.year !== null) {
        // one statement: the telling that gives its year stands for it
        sentenceOfFinding.set(p, sentence);
        out[same] = { ...f, value: p };
      } else if (fallbackYear.has(out[same].value) && !yearless(p) && out[same].value.year !== p.year) {
        // a headline's figure dated by the reviewed period, told again under its own year ("Quý 1/2017, … mục tiêu cả
        // năm 6,7%"): one statement, of the year its telling names
        const dated = { ...out[same].value, year: p.year };
        sentenceOfFinding.set(dated, sentenceOfFinding.get(out[same].value)!);
        out[same] = { ...out[same], value: dated };
      }
    }
    ctx.set('percentages', out);
  },
};

/** A target that is only a grade: "khá, giỏi", "đạt yêu cầu", "đạt loại giỏi trở lên". */
const GRADE_ONLY = /^(?:đạt\s+)?(?:loại\s+|mức\s+)?(?:khá|giỏi|xuất sắc|tốt|yêu cầu)(?:(?:,\s*|\s+và\s+|\s+)(?:khá|giỏi|xuất sắc|tốt))*(?:\s+trở lên)?$/iu;

/** A target that is only a plan or quota, naming no measure ("kế hoạch", "KH", "chỉ tiêu năm"). */
const PLAN_ONLY = /^(?:kế hoạch|KH|chỉ tiêu|dự toán|Nghị quyết|NQ)(?:\s+(?:năm|giao|đề ra|được giao))?$/iu;

const EMPTY_SUBJECT = new Set(EMPTY_SUBJECT_WORDS);

/** The subject as reported: null when none of its words names anything measured ("trong đó", "thấp hơn mức"). */
function namedSubject(subject: string | null): string | null {
  if (!subject) return null;
  return subject.split(/[\s,]+/u).some((w) => w && !EMPTY_SUBJECT.has(w.toLowerCase())) ? subject : null;
}

/**
 * Are two figures shares of plans whose subjects share no words ("kết quả giải ngân vốn đầu tư năm 2023 … đạt 24% kế
 * hoạch" and "Vốn Chương trình MTQG PTKTXH … đạt 24% kế hoạch", audit 2 portal 011): the plan names no measure, the
 * subject says whose share it is, so they are two statements.
 */
function sharesOfOthersPlans(o: Percentage, p: Percentage): boolean {
  return PLAN_ONLY.test(o.target.trim()) && PLAN_ONLY.test(p.target.trim()) && !!o.subject && !!p.subject && sharedWords(o.subject, p.subject) < REPEAT_OVERLAP;
}

/**
 * The grade that closes a target ("kết quả kiểm tra các nội dung huấn luyện đạt yêu cầu"): two groups that reached the
 * same grade share its words, not their statement (audit 2 army 002: officers' and militia's checks, one paragraph).
 */
const GRADE_TAIL = /\s+(?:đạt\s+)?(?:loại\s+|mức\s+)?(?:yêu cầu|khá,\s*giỏi|khá giỏi|khá|giỏi|xuất sắc)(?:\s+trở lên)?$/iu;

/**
 * Is one of two figures told in different sentences only a grade reached ("… diễn tập … đạt chất lượng, với 100% khá,
 * giỏi" after "100% các đồng chí tham gia học tập đều hoàn thành đạt loại khá, giỏi", audit army 001): a grade names
 * no group, so it is not the other figure told again, though the other's target ends with the same words.
 */
function gradesOfOthers(o: Percentage, p: Percentage, apart: boolean): boolean {
  return apart && fold(o.target) !== fold(p.target) && (GRADE_ONLY.test(o.target.trim()) || GRADE_ONLY.test(p.target.trim()));
}

/**
 * How many earlier figures of the same value, range and status a figure is compared with (the first ones: the
 * headline and lead tell a figure again before the body). Its target is compared by containment, which has no index,
 * so a line of thousands of 5% figures with different targets must not compare every pair; in the 5,000 articles of
 * corpus/real no article keeps more than 2 figures of one value and status.
 */
const LIKES_COMPARED = 16;

/** How many words two targets must share (Jaccard) for two tellings of one figure in different sentences to be one statement. */
const REPEAT_OVERLAP = 0.3;

/** Jaccard overlap of the words of two targets ("mục tiêu GDP tăng" and "chỉ tiêu tăng trưởng GDP cả năm": 0.38). */
function sharedWords(a: string, b: string): number {
  const words = (s: string) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const x = words(a);
  const y = words(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both || 1);
}


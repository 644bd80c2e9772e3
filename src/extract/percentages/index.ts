// percentages: each figure tied to a target, plan, quota or accomplishment. Each rule is one such tie: a verb of
// reaching ("đạt 100% chỉ tiêu"), a target noun ("mục tiêu … là 8 - 8,5%"), a change set as a target ("phấn đấu giảm
// tỷ lệ hộ nghèo 2%"), a share of a plan ("bằng 45% dự toán"), the coverage of a goal ("100% xã đạt chuẩn"), a
// figure listed after one of these. What the figure is a share of, what is measured, and whether a plan governs it
// are read the same way for all; its year and status are the refiners' (src/refine/percentages.ts).
import { percentagesContract } from './contract.js';
import { defineField } from '../../engine/field.js';
import { alt, anchor, dim, gap, group, opt, words, wordsAs } from '../../engine/pattern.js';
import type { Match } from '../../engine/pattern.js';
import type { Reading, Rule, RuleContext } from '../../engine/rule.js';
import { captured } from '../../engine/rule.js';
import { Kind } from '../../engine/tokens.js';
import { tokenText } from '../../engine/document.js';
import type { PercentValue } from '../../dimensions/numbers/index.js';
import type { Percentage } from '../../record.js';
import { BODY_ONLY, TargetReader, type Phrase } from './phrases.js';
import { BARE_LEVEL, BY_YEAR_WORDS, COMPARATIVES, DIFFERENCE_WORDS, RATE_NOUNS, RATE_SETTING_VERBS } from '../../lexicon/targets.js';

export interface PercentMention {
  value: number;
  max?: number;
  /** Token range of the figure itself ("100%", "8 - 8,5%"). */
  figureFirst: number;
  figureEnd: number;
  /** A plan cue precedes the figure in its sentence. */
  planned: boolean;
  target: string;
  subject: string | null;
  /** For a figure listed after another: the first token of that figure; it counts only if that one does. */
  follows?: number;
}

const readers = new WeakMap<RuleContext['doc'], TargetReader>();
function readerOf(ctx: RuleContext): TargetReader {
  let r = readers.get(ctx.doc);
  if (!r) readers.set(ctx.doc, (r = new TargetReader(ctx.doc, ctx.units)));
  return r;
}

/** The statement of one figure: `first` is where it starts (the verb or noun that ties the figure). */
function build(ctx: RuleContext, first: number, m: Match, measure: Phrase | null, extra: Partial<PercentMention> = {}, measured = false): Reading<PercentMention> | null {
  const r = readerOf(ctx);
  const fig = m.anchor;
  const v = fig.value as PercentValue;
  const planned = r.isPlanned(fig.first);
  // only "cần", "phải", "để", "nhằm" or "sẽ" aims at it and nothing in the sentence names a goal, plan or rule: advice,
  // a need, a claim or a proposal ("nhu cầu năng lượng … cần tăng hơn khoảng 20%", "nhằm đảm bảo … 100% sản phẩm")
  if (planned && !extra.planned && r.aimedOnlyByClauseCues(fig.first)) return null;
  // realised growth, or growth someone only expects ("tăng trưởng … năm 2019 dự kiến đạt 3,7%")
  if ((!planned || r.isForecast(fig.first)) && !extra.planned && r.isChange(fig.first, fig.end, measure)) return null;
  // any level someone only expects, a forecast spoken of ("Dự báo GDP của APEC …, sẽ tăng cao hơn, đạt mức 3,8%")
  if (planned && !extra.planned && r.isForecast(fig.first)) return null;
  // rates, market shares, a share of demand met, prices, forecasts; a survey's or a vote's shares
  if (r.excludedShare(fig.first, fig.end) || r.inSurvey(fig.first)) return null;
  // forces deployed ("đã huy động 100% cán bộ, chiến sĩ phối hợp …"): a mobilisation, no goal covered
  if (r.isDeployed(fig.first)) return null;
  // a share lost ("sẽ mất ít nhất 50% đơn vị chức năng của thận"): nothing reached or aimed at
  if (r.isLost(fig.first)) return null;
  // one share of a rating's or a poll's tally, its count in a bracket right after it ("… là 82% (287); …")
  if (!planned && !extra.planned && r.isTallied(fig.end)) return null;
  // the level a change starts from ("… có kế hoạch tăng đầu tư … từ 7% lên đến 13%"): what was, not what is set or reached
  if (r.changeStartsAt(fig.first, fig.end)) return null;
  // a level nobody set ("tỷ lệ thất nghiệp … ở mức 2,2%", "hệ số lợi nhuận … đạt 3%"); a supposition ("nếu …")
  if ((!planned && !extra.planned && r.isStatistic(fig.first, fig.end, measure)) || r.isHypothetical(fig.first)) return null;
  // a rate named before its figure is what it measures ("tỷ lệ đỗ ĐH, CĐ là 100% …")
  const shared = measured ? -1 : r.sharedPlanEnd(fig.end);
  const after = measured ? null : r.targetAfter(shared >= 0 ? shared : fig.end);
  const subject = r.subjectBefore(first);
  // "…: huyện An Lão đạt 41,38%": a body is not what is measured; a heading's rate is
  const body = !after?.text && !measure?.text && !!subject && BODY_ONLY.test(subject);
  const target = after?.text || measure?.text || (body && r.rateOfHeading(first)) || subject || r.rateNamedBefore(first) || r.countedNounBefore(first) || '';
  return {
    value: { value: v.value, ...(v.max !== undefined ? { max: v.max } : {}), figureFirst: fig.first, figureEnd: fig.end, planned, target, subject, ...extra },
    first,
    end: Math.max(fig.end, after?.end ?? 0),
  };
}


/** Words that join a target noun to its figure, never part of what it measures (bench/studies/percentages-round6.mjs). */
const TRAILING_LINKS = /(?:\s+(?:là|từ|khoảng|ở mức|ở khoảng|mức|trên|dưới|hơn|gần|tới|xoay quanh|lên|xuống))+$/iu;

/**
 * A target noun that names no measure: alone, or with only its horizon or scope, or the body that set it ("so với mục
 * tiêu cả năm 16-18%", "so với mục tiêu trung hạn 15% của CBRT", "dưới mục tiêu của FED khoảng 2%";
 * bench/studies/percentages-round6.mjs).
 */
const BARE_GOAL = /^(?:mục tiêu|chỉ tiêu)(?:\s+(?:(?:của\s+|cho\s+)?(?:cả năm|năm nay|cả năm nay|trung hạn|dài hạn|ngắn hạn|chung|(?:cả\s+)?năm\s+\d{4})|của\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*))?$/u;

/** A goal noun set for a year before "là" and the measure it is of ("mục tiêu đặt ra cho năm 2013 là lạm phát"). */
const SET_FOR_YEAR_IS = /^(?:mục tiêu|chỉ tiêu)(?:\s+(?:đã|đã được|được))?\s+(?:đề ra|đặt ra|giao)(?:\s+(?:cho|trong))?(?:\s+(?:năm\s+\d{4}|cả năm|năm nay))?\s+là\s+(?=\S)/iu;

/** A measure that is only the change word and its adverbs ("tăng", "tăng đều", "giảm thêm"). */
const ONLY_CHANGE = /^(?:tăng trưởng|tăng|giảm|lên|xuống)(?:\s+(?:đều|thêm|lên|xuống))?$/iu;

/** What closes a goal's measure before its figure and names no part of it: its change word and bounds ("tỷ lệ hộ nghèo giảm bình quân", "… giảm xuống dưới"); an average of the measure itself stays ("mức tăng trưởng GDP bình quân"). */
const GOAL_MEASURE_TAIL = /(?:\s+(?:giảm|tăng|giảm xuống|tăng lên|xuống|lên)(?:\s+(?:bình quân|còn|xuống còn|khoảng|từ|dưới|trên|tối thiểu|ít nhất))*|\s+(?:khoảng|từ|ở mức|dưới|trên|tối thiểu|ít nhất))+$/iu;

/** The change cues that are clause cues: "cần", "phải" (CHANGE_TARGET_CUES). */
const CLAUSE_CUE = /^(?:cần|phải)$/u;

const numberOrPunct = (doc: RuleContext['doc'], i: number) => doc.tokens.kind[i] === Kind.Number || doc.tokens.kind[i] === Kind.Punct;
/** A comma may stand inside a measured phrase ("tỷ lệ đỗ ĐH, CĐ là 100%"); other punctuation ends it. */
const numberOrClauseEnd = (doc: RuleContext['doc'], i: number) => numberOrPunct(doc, i) && doc.text[doc.tokens.start[i]] !== ',';
/** Words after which a year is part of the measure it dates ("năm 2025", "giai đoạn 2026 - 2030", "đến năm 2030"). */
const YEAR_WORDS = new Set(['năm', 'đoạn']);
const isYear = (doc: RuleContext['doc'], i: number, units: RuleContext['units']) => doc.tokens.kind[i] === Kind.Number && !!units.at('year', i);
const isDash = (doc: RuleContext['doc'], i: number) => /^[-–]$/u.test(tokenText(doc, i));
/**
 * A year a word of time names inside a measure, or the dash and the end of its stretch of years: "Mục tiêu tăng
 * trưởng GRDP năm 2025 là 11,5 - 12,4%", "chỉ tiêu … giai đoạn 2026 - 2030: 10%" (bench/studies/percentages-round11.mjs
 * goal-noun-year). A bare number or a year standing alone still ends the measure.
 */
function yearInMeasure(doc: RuleContext['doc'], i: number, units: RuleContext['units']): boolean {
  const namedYear = (k: number) => isYear(doc, k, units) && YEAR_WORDS.has(tokenText(doc, k - 1).toLowerCase());
  if (namedYear(i)) return true;
  if (isDash(doc, i)) return namedYear(i - 1) && isYear(doc, i + 1, units);
  return isYear(doc, i, units) && isDash(doc, i - 1) && namedYear(i - 2);
}
/** A target noun's measure: a comma may stand inside it, and a year named with its word; other numbers and punctuation end it. */
const measureEnd = (doc: RuleContext['doc'], i: number, units: RuleContext['units']) => numberOrClauseEnd(doc, i) && !yearInMeasure(doc, i, units);
/** Punctuation or another figure ends a measure; a count inside it does not ("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng"). */
const clauseEndOrFigure = (doc: RuleContext['doc'], i: number, units: RuleContext['units']) => (doc.tokens.kind[i] === Kind.Punct && doc.text[doc.tokens.start[i]] !== '/') || !!units.at('percent', i);

/** What ends the stretch between a listed figure and the one before it: another figure, or a mark that ends a clause. */
const figureOrClauseMark = (doc: RuleContext['doc'], i: number, units: RuleContext['units']) => !!units.at('percent', i) || /[%.;:]/.test(doc.text[doc.tokens.start[i]]);

/** A year to come right after a figure: "… lên 20% trước năm 2030", "… 15% đến năm 2020", "15% vào 2020". */
function yearAfter(ctx: RuleContext, end: number): boolean {
  const t = ctx.doc.tokens;
  let k = end;
  for (let n = 0; n < 2 && k < t.count && t.kind[k] === Kind.Word && BY_YEAR_WORDS.includes(tokenText(ctx.doc, k).toLowerCase()); n++) k++;
  return k > end && k < t.count && isYear(ctx.doc, k, ctx.units);
}

export const PERCENT_RULES: readonly Rule<PercentMention>[] = [
  {
    // "đạt 100% chỉ tiêu", "hoàn thành 100% chỉ tiêu tuyển quân", "vượt 2% kế hoạch", "đạt tỷ lệ 98%"
    name: 'pct-verb',
    pattern: [dim('achieve-verb', 'v'), gap(5, { as: 'between', stop: numberOrPunct }), anchor(dim('percent', 'f'))],
    build(m, ctx) {
      // "không (được) vượt quá 80% giá trị tài sản bảo đảm": a cap that a rule or an advice sets, nothing reached
      if (readerOf(ctx).isNotReached(m.caps.v.first)) return null;
      // "số học sinh xếp loại giỏi đạt 29,63%, khá 44,58%, trung bình 25,79%": one grade's share of a distribution that
      // goes down to the lower grades, no grade reached (audit 3 reports 013)
      if (GRADE_BEFORE.test(ctx.doc.text.slice(Math.max(0, ctx.doc.tokens.start[m.caps.v.first] - GRADE_BEFORE_CHARS), ctx.doc.tokens.start[m.caps.v.first])) && lowerGradeAfter(ctx, m.anchor.end)) return null;
      const between = m.caps.between;
      let measure = between && between.end > between.first ? readerOf(ctx).measureBetween(between.first, between.end) : null;
      // "tỷ lệ đạt giải 100%": the verb is inside the rate it measures
      const rate = ctx.units.endingAt('target-noun', m.caps.v.first).find((u) => /^t[ỷỉ] lệ$/iu.test(captured(ctx, u)));
      if (rate && measure) measure = { first: rate.first, end: measure.end, text: `${captured(ctx, rate)} ${captured(ctx, m.caps.v)} ${measure.text}` };
      // "Để hoàn thành mục tiêu GRDP từ 8 tới 8,5% …, Hà Nội cần đạt mức tăng từ 8,5 tới 9,45%": a bare level is of the
      // measure named before it
      if (measure && BARE_LEVEL.test(measure.text)) measure = { ...measure, text: readerOf(ctx).measureNamedBefore(measure.first) ?? measure.text };
      // "huyện giải ngân được 41,38%": a verb that names the work measured is what it measures, not the body before it
      if (!measure && /^giải ngân/iu.test(captured(ctx, m.caps.v))) measure = { first: rate?.first ?? m.caps.v.first, end: m.caps.v.end, text: rate ? `${captured(ctx, rate)} giải ngân` : 'giải ngân' };
      const got = build(ctx, m.first, m, measure);
      // "kết nạp được 358 đảng viên mới, đạt tỷ lệ 7,61%": a rate of a count of work done measures the work, not its doer
      const work = got && !measure && got.value.target === got.value.subject ? readerOf(ctx).workCounted(m.caps.v.first) : null;
      return got && work ? { ...got, value: { ...got.value, target: work } } : got;
    },
  },
  {
    // "mục tiêu tăng trưởng đã đề ra là 8 - 8,5%", "chỉ tiêu … ở mức 95%", "mục tiêu tăng trưởng (8 – 8,5%)"
    name: 'pct-target-noun',
    pattern: [dim('target-noun', 'n'), gap(12, { as: 'mid', stop: measureEnd }), opt(group('link', alt([dim('target-link')], [words('(')]))), anchor(dim('percent', 'f'))],
    build(m, ctx) {
      const mid = m.caps.mid;
      const midWords = mid ? mid.end - mid.first : 0;
      const noun = captured(ctx, m.caps.n).toLowerCase();
      const r = readerOf(ctx);
      // "thấp hơn mức kế hoạch 1,6-1,8%", "thấp hơn chỉ tiêu kế hoạch 5,5% đã được Quốc hội phê duyệt": the plan's
      // level, written right after it (bench/studies/percentages-recall10.mjs --plan-levels)
      const levelHead = midWords === 0 && (noun === 'kế hoạch' || noun === 'dự toán') ? r.planLevelHead(m.caps.n.first) : -1;
      if (!m.caps.link && !((noun === 'mục tiêu' || noun === 'chỉ tiêu') && midWords <= 5) && levelHead < 0) return null;
      if (mid && /,/.test(captured(ctx, mid)) && !(noun === 'tỷ lệ' || noun === 'tỉ lệ')) return null;
      // "mục tiêu đặt ra là khoảng 8%", "mục tiêu tăng trưởng từ 1,5-2%": the link and who set it name no measure
      // "mục tiêu đặt ra cho năm 2013 là lạm phát dưới 6,81%": the goal set for a year, then the measure it is of
      const written = (captured(ctx, m.caps.n) + (midWords ? ` ${captured(ctx, mid)}` : ''))
        .replace(TRAILING_LINKS, '')
        .replace(/\s+(?:đã|đã được|được)?\s*(?:đề ra|đặt ra|giao)$/iu, '')
        .replace(SET_FOR_YEAR_IS, '');
      // "thấp hơn mục tiêu 5,5%": the noun alone names no measure
      const text =
        levelHead >= 0
          ? (r.measureNamedBefore(levelHead) ?? captured(ctx, { first: levelHead, end: m.caps.n.end }))
          : (BARE_GOAL.test(written) && r.measureOfBareGoal(m.caps.n.first)) || written;
      const rate = noun === 'tỷ lệ' || noun === 'tỉ lệ';
      // "… trầm cảm sau sinh, tỉ lệ ước khoảng 13% số phụ nữ": a rate that names nothing it measures is a statistic
      if (rate && !readerOf(ctx).measureBetween(m.caps.n.end, mid?.end ?? m.caps.n.end)) return null;
      // "chỉ tiêu dinh dưỡng thấp hơn tới 80% mức quy định": an indicator compared, no quota
      if (!rate && mid && /(?:^|\s)(?:hơn|so với)(?:\s|$)/iu.test(captured(ctx, mid))) return null;
      // "… giảm còn 5,2% (chỉ tiêu 5%)", "mục tiêu 12%": the value a plan sets is a target whatever it measures
      const set = (((noun === 'mục tiêu' || noun === 'chỉ tiêu') && midWords <= 5) || levelHead >= 0) && !r.quotaMet(m.caps.n.first);
      return build(ctx, m.first, m, { first: m.caps.n.first, end: mid?.end ?? m.caps.n.end, text }, set ? { planned: true } : {}, rate);
    },
  },
  {
    // "Phấn đấu …; tỷ lệ hộ nghèo giảm 2-3%", "Mục tiêu đến năm 2030, mức tăng trưởng GDP bình quân 7,5%/năm": a rate
    // or growth measure with its figure, no verb between, in a statement of goals (ANNOTATION.md: growth and reduction
    // targets as planned)
    name: 'pct-goal-measure',
    pattern: [alt([dim('target-noun', 'n')], [dim('growth-measure', 'n')]), gap(14, { as: 'mid', stop: clauseEndOrFigure }), anchor(dim('percent', 'f'))],
    build(m, ctx) {
      const r = readerOf(ctx);
      const noun = captured(ctx, m.caps.n);
      if (/^(?:mục tiêu|chỉ tiêu|kế hoạch|dự toán)$/iu.test(noun) || !r.goalStatement(m.caps.n.first)) return null;
      // "tăng trưởng" inside "mức/tốc độ tăng trưởng": the measure starts with its head
      let first = m.caps.n.first;
      if (r.tokenIs(first - 1, 'mức')) first -= 1;
      else if (r.tokenIs(first - 1, 'độ') && r.tokenIs(first - 2, 'tốc')) first -= 2;
      const mid = m.caps.mid;
      // a verb, a link or a comparison between is another rule's or no target ("tỷ lệ … đạt 95%", "… là 8%", "cao hơn 2%")
      for (let k = m.caps.n.end; mid && k < mid.end; k++) if (ctx.units.at('achieve-verb', k) || r.tokenIs(k, 'là') || r.tokenIs(k, 'mức') || r.tokenIs(k, 'hơn') || r.tokenIs(k, 'so')) return null;
      const text = captured(ctx, { first, end: m.anchor.first }).replace(GOAL_MEASURE_TAIL, '');
      return build(ctx, first, m, { first, end: m.anchor.first, text }, { planned: true }, true);
    },
  },
  {
    // "Năm 2025, phấn đấu …, số vụ tai nạn giao thông giảm từ 5 - 10%", "… dự kiến giảm 5% số vụ": a change a plan sets,
    // whatever it measures, right before its figure (ANNOTATION.md: reduction and growth targets, as planned)
    name: 'pct-goal-change',
    pattern: [dim('change-word', 'c'), opt(dim('approximator')), opt(words('ít nhất', 'tối thiểu', 'dưới', 'còn', 'xuống còn')), anchor(dim('percent', 'f'))],
    build(m, ctx) {
      const r = readerOf(ctx);
      const f = m.anchor.first;
      // a rate after the figure ("điều chỉnh giảm 0,5%/năm lãi suất cho vay") is no target
      if (!r.goalStatement(f) || r.rateAfter(m.anchor.end)) return null;
      // "Như vậy so với Quy hoạch …, quy hoạch được điều chỉnh đặt mục tiêu … sẽ tăng khoảng 2,82%/năm": a difference
      // from another plan, not the target
      if (r.comparedEarlier(m.caps.c.first)) return null;
      const subject = r.subjectBefore(m.caps.c.first);
      // "chỉ tiêu này … giảm từ 65% … xuống còn 58%": an indicator that changed, named by the goal noun itself
      if (subject && /^(?:chỉ tiêu|mục tiêu)(?:\s|$)/iu.test(subject)) return null;
      const got = build(ctx, m.first, m, subject ? { first: m.first, end: m.anchor.first, text: subject } : null, { planned: true });
      // a change whose clause names nothing that changes, and no share after it, has no target to give
      return got && got.value.target ? got : null;
    },
  },
  {
    // "phấn đấu giảm tỷ lệ hộ nghèo 2%", "mục tiêu tăng trưởng kinh tế 8 - 8,5%": a change set as a target
    name: 'pct-planned-change',
    pattern: [
      dim('change-target-cue', 'cue'),
      group('measure', gap(3, { stop: numberOrPunct }), words('tăng trưởng', 'tăng', 'giảm'), gap(6, { stop: numberOrPunct })),
      opt(words('xuống còn', 'còn', 'lên', 'đạt', 'từ', 'khoảng', 'ở khoảng', 'ở mức', 'trên', 'dưới', 'ít nhất', 'tối thiểu')),
      anchor(dim('percent', 'f')),
    ],
    build(m, ctx) {
      // "Cần Thơ tăng 7,6%": a place's name, no cue
      if (readerOf(ctx).isNamePart(m.caps.cue.first)) return null;
      // "doanh thu … bằng 105% kế hoạch và tăng 12% so với cùng kỳ": a plan reached as a share, then realised change in
      // a predicate of its own, no change set as a target
      if (readerOf(ctx).shareOfPlanAt(m.caps.cue.first) || readerOf(ctx).tokenIs(m.caps.measure.first, 'và')) return null;
      // "Cần giảm ngay xuống 20%", "số DN còn lại phải giảm quy mô hoạt động ít nhất 30%": a proposal or a claim unless
      // the sentence names the goal ("để đạt mục tiêu …, GDP phải tăng ít nhất 7,4%")
      if (CLAUSE_CUE.test(captured(ctx, m.caps.cue).toLowerCase()) && !readerOf(ctx).goalWordInSentence(m.caps.cue.first)) return null;
      const measure = m.caps.measure;
      // "6 tháng cuối năm, GDP phải tăng ít nhất 7,4%": the change word alone measures nothing; the clause before the
      // cue names what changes
      const text = captured(ctx, measure);
      const named = ONLY_CHANGE.test(text) ? readerOf(ctx).subjectBefore(m.first) : null;
      const got = build(ctx, m.first, m, { first: measure.first, end: measure.end, text: named || text }, { planned: true });
      // "Tai nạn giao thông được kiềm chế, đạt chỉ tiêu giảm trên 5% …": the change a quota set, reached
      return got && readerOf(ctx).quotaMet(m.caps.cue.first) ? { ...got, value: { ...got.value, planned: false } } : got;
    },
  },
  {
    // "tăng tỷ lệ cung ứng điện từ các nguồn năng lượng sạch … lên 20% trước năm 2030", "đưa tỷ lệ kiểm tra chuyên ngành
    // từ 30% xuống còn 15% đến năm 2020": a rate brought to a level by a year to come (round 16: corpus/real 2, an
    // audit 1; without the year these are shares owned, medical facts, "làm tăng tỷ lệ tử vong lên 23%")
    name: 'pct-rate-by-year',
    pattern: [
      wordsAs('verb', ...RATE_SETTING_VERBS),
      wordsAs('rate', ...RATE_NOUNS),
      gap(16, { as: 'mid', stop: clauseEndOrFigure }),
      opt(group('from', words('từ'), dim('percent'))),
      words('lên', 'xuống', 'lên đến', 'lên tới', 'xuống còn'),
      opt(words('còn', 'mức', 'khoảng', 'đến', 'tới')),
      anchor(dim('percent', 'f')),
    ],
    build(m, ctx) {
      const r = readerOf(ctx);
      // "làm tăng tỷ lệ tử vong trẻ nhỏ lên 23%": what a cause does, no one's target
      if (r.tokenIs(m.caps.verb.first - 1, 'làm')) return null;
      // "huyện đã giảm tỷ lệ hộ nghèo … xuống còn 5% năm 2019": a rate already brought there, no target (round 16 review)
      if (r.tokenIs(m.caps.verb.first - 1, 'đã') || r.tokenIs(m.caps.verb.first - 1, 'vừa')) return null;
      if (!yearAfter(ctx, m.anchor.end)) return null;
      const end = m.caps.mid ? m.caps.mid.end : m.caps.rate.end;
      return build(ctx, m.caps.rate.first, m, { first: m.caps.rate.first, end, text: captured(ctx, { first: m.caps.rate.first, end }) }, { planned: true }, true);
    },
  },
  {
    // "thu ngân sách 1.200 tỷ đồng, bằng 45% dự toán", "đạt 41,72% so kế hoạch": a share of a plan or quota
    name: 'pct-share-of-plan',
    pattern: [opt(wordsAs('link', 'bằng', 'được', 'đạt', 'là')), anchor(dim('percent', 'f')), opt(words('so với', 'so')), dim('plan-noun', 'plan')],
    build(m, ctx) {
      // "lấy 90% chỉ tiêu xét từ điểm thi THPT quốc gia, 10% xét từ kết quả học bạ": a quota split for a coming intake
      const r = readerOf(ctx);
      const split = /^chỉ tiêu$/iu.test(captured(ctx, m.caps.plan)) && (r.tokenIs(m.caps.plan.end, 'xét') || r.tokenIs(m.caps.plan.end, 'tuyển'));
      // "tín dụng … ở mức cao khoảng 19% so với mục tiêu trung hạn 15%": a level compared with the target's own value
      if (r.planValueFollows(m.caps.plan.end)) return null;
      // "70% KH của chi nhánh là doanh nghiệp": "KH" going on into a clause is a bank's customers (khách hàng), the plan's
      // abbreviation ends the statement or names its year or giver ("đạt 50,07% KH", "KH năm", "KH giao"; round 14 review)
      if (captured(ctx, m.caps.plan) === 'KH' && m.caps.plan.end < ctx.doc.tokens.count && ctx.doc.tokens.kind[m.caps.plan.end] === Kind.Word && !PLAN_ABBREVIATION_GOES_ON.test(tokenText(ctx.doc, m.caps.plan.end))) return null;
      // "dự toán thu NSNN là 285.000 tỷ đồng, tăng 5,6% so với dự toán 2016", "thấp hơn 4% so với kế hoạch": a
      // difference from a plan, not a share of it ("vượt 12% so với kế hoạch" is read by pct-verb)
      const before = m.anchor.first - 1;
      if (!m.caps.link && (DIFFERENCE_WORDS.some((w) => r.tokenIs(before, w)) || (r.tokenIs(before, 'hơn') && COMPARATIVES.some((w) => r.tokenIs(before - 1, w))))) return null;
      return build(ctx, m.first, m, null, split ? { planned: true } : {});
    },
  },
  {
    // "100% xã đạt chuẩn nông thôn mới", "100% HS lớp 5 hoàn thành chương trình tiểu học", "phấn đấu 95% trẻ em …
    // được uống Vitamin A": the share of units, people, bodies or records is a goal's coverage at 100%, after a
    // goal cue, or with a predicate of attainment (bench/studies/coverage.mjs: other shares are mostly statistics)
    name: 'pct-coverage',
    pattern: [
      anchor(dim('percent', 'f')),
      // "phấn đấu hàng năm có 60% trở lên hộ nông dân đăng ký thi đua": a bound between the figure and its group
      opt(wordsAs('bound', 'trở lên')),
      opt(words('các', 'số', 'tổng số')),
      alt([dim('coverage-noun', 'g')], [dim('coverage-group', 'g')], [dim('goal-only-group', 'statistic')], [dim('predicate-group', 'attained')]),
      opt(wordsAs('compound', 'hợp')),
    ],
    build(m, ctx) {
      const r = readerOf(ctx);
      const f = m.anchor;
      // "trường hợp" (a case) is no school
      if (m.caps.compound || r.inSurvey(f.first, true)) return null;
      const whole = (f.value as PercentValue).value === 100 && (f.value as PercentValue).max === undefined;
      // "Nhờ đó, 100% cán bộ, nhân viên luôn nỗ lực": praise, a mood or a poll's share, no goal covered
      if (r.attitudeAfter(m.caps.g?.end ?? m.caps.statistic?.end ?? m.caps.attained!.end)) return null;
      // "100% nội dung đạt yêu cầu", "sửa chữa 100% vũ khí trang thiết bị": an army unit or item counts only as what
      // attains something or what upkeep covers
      if (m.caps.attained) return r.predicateAfter(m.caps.attained.end) || r.upkeepBefore(f.first) ? build(ctx, f.first, m, null) : null;
      if (!whole && !r.goalBefore(f.first) && !r.goalListItem(f.first) && (m.caps.statistic || !r.predicateAfter(m.caps.g.end))) return null;
      const got = build(ctx, f.first, m, null, m.caps.g && r.willAfter(m.caps.g.end) ? { planned: true } : {});
      // (the bound is a filler, never the target: what it is a share of starts after it)
      const bounded = got && m.caps.bound ? r.targetAfter(m.caps.bound.end) : null;
      return got && bounded ? { ...got, value: { ...got.value, target: bounded.text }, end: Math.max(got.end ?? bounded.end, bounded.end) } : got;
    },
  },
  {
    // "cả nước có 2.358 xã (26,43%) đạt chuẩn", "5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới" (round 24, audit
    // 24): the share of a counted group, in brackets, before its attainment
    name: 'pct-bracketed-coverage',
    pattern: [alt([dim('coverage-noun')], [dim('coverage-group')]), wordsAs('open', '('), opt(words('chiếm', 'tương đương')), anchor(dim('percent', 'f')), wordsAs('g', ')')],
    build(m, ctx) {
      const r = readerOf(ctx);
      if (r.inSurvey(m.anchor.first, true) || !r.predicateAfter(m.caps.g.end, 4)) return null;
      const got = build(ctx, m.first, m, null);
      return got && { ...got, value: { ...got.value, target: `${captured(ctx, { first: m.first, end: m.caps.open.first })} ${r.targetAfter(m.caps.g.end)?.text ?? ''}`.trim() } };
    },
  },
  {
    // "số cơ sở đạt là 18.416 cơ sở, chiếm tỷ lệ 82,4%", "có 85/120 xã đạt chuẩn nông thôn mới (chiếm 70,8%)": the
    // share of a counted group that attained a standard is a goal's coverage (ANNOTATION.md)
    name: 'pct-counted-coverage',
    // ("toàn tỉnh có 320/411 xã đạt chuẩn NTM, tương đương 77,86%": round 24, audit 24)
    // ("… gia đình đạt danh hiệu gia đình văn hóa, tỉ lệ 97,3%", "… tuyến phố văn minh đô thị (tỉ lệ 100%)", "… 03 năm liên
    // tục (2021 - 2023) chiếm tỷ lệ 40,1%": round 27, audits 23 and 30)
    pattern: [
      alt([words(',', '(')], [words(', trong đó')], [wordsAs('years', ')')]),
      words('chiếm', 'chiếm tỷ lệ', 'chiếm tỉ lệ', 'đạt tỷ lệ', 'đạt tỉ lệ', 'tương đương', 'tương đương tỷ lệ', 'tương đương tỉ lệ', 'tỷ lệ', 'tỉ lệ'),
      opt(dim('approximator')),
      anchor(dim('percent', 'f')),
    ],
    build(m, ctx) {
      const r = readerOf(ctx);
      if (r.inSurvey(m.anchor.first, true)) return null;
      // a bracket closing only the years the count covers ends no clause: the count stands before it
      const end = m.caps.years ? r.yearsBracketOpen(m.first) : m.first;
      if (end < 0) return null;
      const counted = r.countedAttainment(end);
      return counted && build(ctx, counted.first, m, counted, {}, true);
    },
  },
  {
    // "100% chiến sĩ mới đạt yêu cầu, trong đó 78,5% khá, giỏi", "…, có 82% đạt khá, giỏi": the quality within a share
    // covered is listed under it (bench/studies/percentages-round11.mjs quality-share); a plain comma is pct-listed's
    name: 'pct-nested-quality',
    pattern: [
      dim('percent', 'head'),
      gap(30, { stop: figureOrClauseMark }),
      words(', trong đó', ', trong đó có', ', có'),
      opt(dim('approximator')),
      anchor(dim('percent', 'f')),
      opt(wordsAs('bound', 'trở lên')),
      opt(words('đạt')),
      opt(words('loại', 'mức')),
      wordsAs('quality', 'khá', 'giỏi', 'xuất sắc', 'tốt', 'khá, giỏi', 'khá giỏi'),
    ],
    build(m, ctx) {
      // "trong đó có 30% khá giả": a word that goes on is another word ("khá giả", "tốt nghiệp")
      const end = gradeTargetEnd(ctx, m.caps.quality.end);
      if (end < 0) return null;
      const got = build(ctx, m.anchor.first, m, null);
      // the quality is what the figure is a share of, not a filler after it ("78,5% đạt khá giỏi trở lên")
      return got ? { ...got, value: { ...got.value, target: captured(ctx, { first: m.caps.bound?.end ?? m.anchor.end, end }), follows: m.caps.head.first } } : null;
    },
  },
  {
    // "diễn tập … đạt chất lượng, với 100% khá, giỏi", "chất lượng huấn luyện được nâng cao, với 100% đạt yêu cầu",
    // "Kết quả kiểm tra: 100% đạt yêu cầu" (a heading's colon; a comma or "có" is left, a grade distribution of pupils
    // "có 45% khá, 30% giỏi" is another thing): a training's or a check's result as the share of a grade or of the
    // requirement met, no group named (bench/studies/round13-pct.mjs grade-share: audit 2, corpus/real and dev 0 with
    // any of these openers); a quality within it follows by pct-nested-quality
    name: 'pct-grade-share',
    pattern: [
      opt(wordsAs('opener', 'với', ':')),
      opt(dim('approximator')),
      anchor(dim('percent', 'f')),
      opt(wordsAs('bound', 'trở lên')),
      opt(wordsAs('met', 'đạt')),
      opt(words('loại', 'mức')),
      wordsAs('quality', 'khá', 'giỏi', 'xuất sắc', 'khá, giỏi', 'khá giỏi', 'yêu cầu'),
    ],
    build(m, ctx) {
      const r = readerOf(ctx);
      const next = m.caps.quality.end;
      const end = gradeTargetEnd(ctx, next);
      // "yêu cầu" is a grade only as met ("100% đạt yêu cầu"); a word that goes on is another word ("khá giả")
      if ((r.tokenIs(m.caps.quality.first, 'yêu') && !m.caps.met) || end < 0) return null;
      // with no opener, only a threshold reached is a check's result ("kết quả kiểm tra các nội dung huấn luyện 100%
      // đạt yêu cầu", "Kết quả kiểm tra có 84% đạt khá, giỏi", "35% trở lên đạt khá, giỏi"): one grade alone may be a
      // share of a distribution ("có 45% giỏi, …"; bench/studies/round14-pct.mjs grade-after-noun)
      const threshold = THRESHOLD_GRADES.test(captured(ctx, m.caps.quality)) || !!m.caps.bound || r.tokenIs(next, 'trở');
      if (!m.caps.opener && !threshold) return null;
      // a grade among shares that go down to the lower grades is a distribution, no grade reached ("Kết quả xếp loại học
      // lực: 35% giỏi, 45% khá, 20% trung bình"; round 13 review): a check's "… đạt 356% khá, giỏi; …: 440 % giỏi" stays
      if (lowerGradeAfter(ctx, next)) return null;
      const got = build(ctx, m.anchor.first, m, null);
      if (!got) return null;
      const grade = captured(ctx, { first: m.caps.bound?.end ?? m.anchor.end, end });
      // "kết quả kiểm tra các nội dung huấn luyện 100% đạt yêu cầu": a noun phrase right before the figure names what
      // reached the grade, as a group after the figure would ("100% nội dung đạt yêu cầu"); not "(trong đó) có 84%"
      const before = m.first - 1;
      const named = !m.caps.opener && got.value.subject && ctx.doc.tokens.kind[before] === Kind.Word && !r.tokenIs(before, 'có') && !r.tokenIs(before, 'đó');
      return { ...got, value: { ...got.value, target: named ? `${got.value.subject} ${grade}` : grade } };
    },
  },
  {
    // "… là có 90% số trẻ em …, và 95% số trẻ em …", "…, gần 99% đạt giỏi …": a figure listed after another takes its reading
    name: 'pct-listed',
    pattern: [dim('percent', 'head'), gap(30, { stop: figureOrClauseMark }), words(', và', ';', ',', 'và'), opt(dim('approximator')), anchor(dim('percent', 'f'))],
    build(m, ctx) {
      const got = build(ctx, m.anchor.first, m, null);
      return got ? { ...got, value: { ...got.value, follows: m.caps.head.first } } : null;
    },
  },
];

/**
 * Words after a grade that say what it was reached in ("76,5% đạt khá, giỏi trong học tập chính trị", "75% đạt khá,
 * giỏi về huấn luyện kỹ, chiến thuật", "đạt yêu cầu môn bắn súng"): part of the target, up to the clause's end.
 */
/** Grades that are a threshold, not one grade of a distribution: the requirement met, good and excellent together. */
const THRESHOLD_GRADES = /^(?:yêu cầu|khá,\s*giỏi|khá giỏi)$/iu;

const GRADE_SCOPES = new Set(['trong', 'về', 'môn']);
/** How many words a grade's scope may run ("về huấn luyện kỹ, chiến thuật" stops at its comma). */
const GRADE_SCOPE_REACH = 8;

/**
 * The end of a grade's target that ends at token `next`: the grade alone, or with its scope after it; -1 when a word
 * goes on that makes it another word ("khá giả", "tốt nghiệp").
 */
function gradeTargetEnd(ctx: RuleContext, next: number): number {
  const { doc } = ctx;
  if (next >= doc.tokens.count || doc.tokens.kind[next] !== Kind.Word) return next;
  const word = tokenText(doc, next).toLowerCase();
  // "100% đạt yêu cầu trong đó có 75% khá, giỏi": the quality within it opens, no scope
  // ("100% đạt yêu cầu trong khi năm trước …": "trong khi", while, opens another clause; round 14 review)
  if (word === 'và' || word === 'trở' || (word === 'trong' && /^(?:đó|khi)$/u.test(tokenText(doc, next + 1).toLowerCase()))) return next;
  if (!GRADE_SCOPES.has(word)) return -1;
  let end = next + 1;
  while (end < doc.tokens.count && end - next < GRADE_SCOPE_REACH && doc.tokens.kind[end] === Kind.Word) end++;
  return end;
}

/** Words after "KH" that keep it the plan: its year, who set or gave it, the capital or the level it is of. */
const PLAN_ABBREVIATION_GOES_ON = /^(?:năm|giao|đề|được|đặt|vốn|tỉnh|huyện|xã|thành|quận|phường|thị|UBND|HĐND|cả|quý|tháng|và)$/iu;

/** How far after a grade share a share of a lower grade is looked for, in characters. */
const LOWER_GRADE_REACH = 160;
const LOWER_GRADE = /%\s*(?:(?:loại|mức|xếp loại)\s+)?(?:trung bình|yếu|kém|chưa đạt|không đạt)(?![\p{L}])|(?<=(?:[,;:]|(?<![\p{L}])và)\s*)(?:trung bình|yếu|kém)\s*(?:đạt\s+|chiếm\s+|là\s+)?\d+(?:[.,]\d+)?\s?%/iu;
// (a lower grade before its figure only as an item of the list, after a comma or "và": "tăng trung bình 3%" is an average; round 14 review)
/** A grade named right before a verb of reaching, as what is counted ("số học sinh xếp loại giỏi đạt …"), and how far back it is read. */
const GRADE_BEFORE = /(?:xếp loại|loại|học lực|hạnh kiểm)\s+(?:giỏi|khá|xuất sắc|tốt)\s*$/iu;
const GRADE_BEFORE_CHARS = 30;

/** Does a share of a lower grade follow the figure's grade in its sentence ("…, 20% trung bình", "5% yếu")? */
function lowerGradeAfter(ctx: RuleContext, from: number): boolean {
  const { doc } = ctx;
  if (from >= doc.tokens.count) return false;
  const s = doc.sentences[doc.sentenceOf[from]];
  const start = doc.tokens.start[from];
  return LOWER_GRADE.test(doc.text.slice(start, Math.min(s ? s.end : doc.text.length, start + LOWER_GRADE_REACH)));
}

export const percentages = defineField(percentagesContract, {
  dimensions: ['percent', 'achieve-verb', 'target-noun', 'coverage-noun', 'coverage-group', 'goal-only-group', 'predicate-group', 'not-target-near', 'not-target-after', 'statistic-measure', 'hypothetical-cue', 'standard-predicate', 'deploy-verb', 'upkeep-verb', 'attitude-predicate', 'attitude-adverb', 'survey-cue', 'reported-cue', 'plan-noun', 'change-word', 'year'],
  rules: PERCENT_RULES,
  record: (ctx) => ({ value: ctx.findings('percentages').map((f) => f.value as Percentage) }),
});

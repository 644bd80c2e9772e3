// What the percentage rules read around a figure, token by token inside its sentence: what it is a share of (the
// phrase after it), what is measured (the clause before the verb), whether a plan cue governs it, and whether it is
// realised change rather than a target. Each reader walks a bounded stretch of one sentence.
import { wordClass } from '../../engine/lexicon.js';
import { insideQuotes, tokensValue, type Doc } from '../../engine/document.js';
import { Flag, Kind } from '../../engine/tokens.js';
import { gluedAt } from '../../text/glued.js';
import { escapeRegExp } from '../../text/regexp.js';
import type { Units } from '../../engine/units.js';
import { isMarkAmong, lowerBound, TokenIndex } from '../../engine/search.js';
import {
  ACHIEVE_VERBS,
  AMOUNT_UNITS,
  APPROXIMATORS,
  ATTITUDE_ADVERBS,
  ATTITUDE_PREDICATES,
  BARE_GOAL_OPENERS,
  BARE_GOAL_VERBS,
  BARE_LEVEL,
  CAN_COMPOUNDS,
  CAPACITY_AFTER,
  CHANGE_TARGET_CUES,
  CHANGE_WORDS,
  CLAUSE_CONTINUATIONS,
  CLAUSE_PLAN_CUES,
  COMPARATIVES,
  CONTRAST_WORDS,
  COUNTED_NOUN_STOPS,
  COVERAGE_GROUPS,
  COVERAGE_NOUNS,
  COVERAGE_PREDICATES,
  DEPLOY_VERBS,
  DONE_MARKS,
  DRAFT_HEADS,
  FORECAST_CUES,
  FORECAST_WORDS,
  GOAL_CUES,
  GOAL_HEADING,
  GOAL_ONLY_GROUPS,
  GOAL_TIME_OPENER,
  GOAL_WORDS,
  GROWTH_MEASURES,
  HYPOTHETICAL_CUES,
  KEEP_VERBS,
  LOSS_VERBS,
  MEASURE_FILLERS,
  MEASURE_LINKS,
  GOAL_SETTABLE_MEASURES,
  NOT_TARGET_AFTER,
  NOT_TARGET_NEAR,
  NOT_TARGET_OPENERS,
  ONLY_TIME_WORDS,
  PLAN_CUES,
  PLAN_NOUNS,
  REPORTED_CUES,
  RESULT_HEADING,
  STANDARD_PREDICATES,
  STATISTIC_ANAPHORS,
  STATISTIC_MEASURES,
  SURVEY_CUES,
  PREDICATE_GROUPS,
  INVESTIGATION_PHRASES,
  OPINION_SURVEY_CUES,
  TARGET_LINKS,
  TARGET_NOUNS,
  TARGET_STOPS,
  UPKEEP_VERBS,
  WORK_VERB_STOPS,
} from '../../lexicon/targets.js';

/** How many more groups and adverbs after a covered group may stand before what it feels ("cán bộ, nhân viên luôn nỗ lực"). */
const ATTITUDE_REACH = 8;
/** How many plan cues before a figure are asked whether they govern it. */
const NEAREST_CUES = 8;
/** How many tokens after "X% số" a need may name the set ("100% số nhà tạm bợ, dột nát cần phải xóa"). */
const SET_NEED_REACH = 8;
const opinionCues = new Set(OPINION_SURVEY_CUES);
/** How far before a verb of opinion its share may stand ("có 73% (58.587) ý kiến cho rằng"). */
const OPINION_SHARE_REACH = 10;
/** How many words a share's base glued to the next sentence may hold ("tổng nhu cầuHiện"). */
const GLUED_SHARE_WORDS = 3;
/** At most "(2021 - 2023)": two years and a dash inside a bracket of years a count covers. */
const YEARS_BRACKET_TOKENS = 4;
/** The most tokens a group the lexicon lists with a comma inside holds before it ("xã, phường, thị trấn"). */
const GROUP_LIST_TOKENS = 6;
const notTargetAfterWords = new Set(NOT_TARGET_AFTER.map((w) => w.toLowerCase()));
const comparatives = new Set(COMPARATIVES);
const goalSettable = new Set(GOAL_SETTABLE_MEASURES.map((w) => w.toLowerCase()));
/** The words that set a goal after its noun ("chỉ tiêu … đề ra"), and how far back from them its noun and verb are looked for. */
const SET_GOAL_WORDS = new Set(['đề', 'đặt', 'giao']);
const MET_GOAL_REACH = 10;
/** Before the verb in its sentence, a task or a horizon: "Nhiệm vụ trọng tâm … là", "tập trung", "đến năm 2030". */
/** How far before the verb (characters) a task or a horizon is looked for: its clause, not the whole sentence. */
const TASK_REACH = 120;
const TASK_BEFORE = /(?<![\p{L}])(?:nhiệm vụ(?:\s+[^\s,.;:]+){0,6}\s+là|tập trung|(?:đến|tới|trước)\s+(?:hết\s+)?năm\s+\d{4})(?![\p{L}])/iu;
const NOT_MET_BEFORE = /(?<![\p{L}])(?:chưa|không|khó|có thể|sẽ|để|nhằm|cần|phải)\s+(?:thể\s+)?$/iu;

export const achieveVerbs = wordClass('achieve-verb', ACHIEVE_VERBS);
export const targetNouns = wordClass('target-noun', TARGET_NOUNS);
export const coverageNouns = wordClass('coverage-noun', COVERAGE_NOUNS);
export const planCuesForTargets = wordClass('target-plan-cue', PLAN_CUES);
const clausePlanCues = new Set(CLAUSE_PLAN_CUES);
const canCompounds = new Set(CAN_COMPOUNDS);
const workVerbStops = new Set(WORK_VERB_STOPS);
const amountUnits = new Set(AMOUNT_UNITS.map((w) => w.toLowerCase()));
/** How many words the work done and the noun it counts may each have ("điều tra làm rõ", "đảng viên mới"). */
const WORK_WORDS = 4;
const forecastCues = new Set(FORECAST_CUES);
export const forecastWords = wordClass('forecast-word', FORECAST_WORDS);
export const doneMarks = wordClass('done-mark', DONE_MARKS);
export const contrastWords = wordClass('contrast-word', CONTRAST_WORDS);
export const changeWords = wordClass('change-word', CHANGE_WORDS);
export const approximators = wordClass('approximator', APPROXIMATORS);
export const targetStops = wordClass('target-stop', TARGET_STOPS);
export const notTargetOpeners = wordClass('not-target-opener', NOT_TARGET_OPENERS);
export const growthMeasures = wordClass('growth-measure', GROWTH_MEASURES);
export const planNouns = wordClass('plan-noun', PLAN_NOUNS);
export const changeTargetCues = wordClass('change-target-cue', CHANGE_TARGET_CUES);
export const targetLinks = wordClass('target-link', TARGET_LINKS);
export const measureFillers = wordClass('measure-filler', MEASURE_FILLERS);
export const coverageGroups = wordClass('coverage-group', COVERAGE_GROUPS);
export const coveragePredicates = wordClass('coverage-predicate', COVERAGE_PREDICATES);
export const surveyCues = wordClass('survey-cue', SURVEY_CUES);
export const investigationPhrases = wordClass('investigation', INVESTIGATION_PHRASES);
export const reportedCues = wordClass('reported-cue', REPORTED_CUES);
export const goalCues = wordClass('goal-cue', GOAL_CUES);
export const goalOnlyGroups = wordClass('goal-only-group', GOAL_ONLY_GROUPS);
export const predicateGroups = wordClass('predicate-group', PREDICATE_GROUPS);
export const goalWords = wordClass('goal-word', GOAL_WORDS);
export const clauseContinuations = wordClass('clause-continuation', CLAUSE_CONTINUATIONS);
export const notTargetNear = wordClass('not-target-near', NOT_TARGET_NEAR);
export const notTargetAfter = wordClass('not-target-after', NOT_TARGET_AFTER);
export const statisticMeasures = wordClass('statistic-measure', STATISTIC_MEASURES);
export const statisticAnaphors = wordClass('statistic-anaphor', STATISTIC_ANAPHORS);
export const hypotheticalCues = wordClass('hypothetical-cue', HYPOTHETICAL_CUES);
export const bareGoalVerbs = wordClass('bare-goal-verb', BARE_GOAL_VERBS);
export const bareGoalOpeners = wordClass('bare-goal-opener', BARE_GOAL_OPENERS);
export const standardPredicates = wordClass('standard-predicate', STANDARD_PREDICATES);
export const deployVerbs = wordClass('deploy-verb', DEPLOY_VERBS);
export const lossVerbs = wordClass('loss-verb', LOSS_VERBS);
export const capacityAfter = wordClass('capacity-after', CAPACITY_AFTER);
export const keepVerbs = wordClass('keep-verb', KEEP_VERBS);
export const draftHeads = wordClass('draft-head', DRAFT_HEADS);
export const upkeepVerbs = wordClass('upkeep-verb', UPKEEP_VERBS);
export const attitudePredicates = wordClass('attitude-predicate', ATTITUDE_PREDICATES);
export const attitudeAdverbs = wordClass('attitude-adverb', ATTITUDE_ADVERBS);

/** The tokens of a phrase after a figure: [first, end) and its text. */
export interface Phrase {
  first: number;
  end: number;
  text: string;
}

/** A clause that is only a goal cue and its time: "phấn đấu", "Mục tiêu năm 2025". */
const ONLY_GOAL_CUE = /^(?:(?:năm\s+\d{4}|năm nay|đến năm\s+\d{4})\s*,?\s*)?(?:tiếp tục\s+)?(?:phấn đấu|mục tiêu|chỉ tiêu|quyết tâm|kế hoạch)(?:\s+(?:năm\s+\d{4}|đến năm\s+\d{4}|năm nay))?$/iu;
/** "lần lượt" closing a clause before its verb: the figures after the verb go with the nouns before it, in order. */
const RESPECTIVELY = /\slần lượt$/iu;
/** How many clauses before its own a list of nouns sharing figures may reach back. */
const LIST_CLAUSES = 3;
/** The periods a figure may be per ("8%/năm"). */
const PER_PERIOD = new Set(['năm', 'tháng', 'quý']);
/** How many tokens after a figure a rate word may make it a rate ("giảm 0,5%/năm lãi suất cho vay"). */
const RATE_AFTER_REACH = 4;
/** How many items back a list's heading may stand, and what marks an item ("- ", "+ ", "• ", "1. ", "a) "). */
const LIST_ITEMS = 15;
export const LIST_MARK = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s*/u;
/** How many tokens before a goal noun the verb of reaching that makes it a goal met may stand ("hoàn thành vượt mức 18/18 chỉ tiêu"). */
const GOAL_OBJECT_REACH = 6;
/**
 * How far back from a figure a goal cue may govern it, in tokens: a goal and the figures it sets sit in one stretch
 * of a sentence ("Phấn đấu …; tỷ lệ hộ nghèo giảm 2-3%"), and the walk must not grow with a sentence of any length.
 */
const GOAL_STATEMENT_REACH = 80;
/** How many tokens after a plan noun its own value may stand ("mục tiêu trung hạn là khoảng 15%"). */
const PLAN_VALUE_REACH = 5;
/** A grade reached right after a figure ("100% đạt yêu cầu", "35% trở lên đạt khá, giỏi"), and how far it is read. */
const GRADE_AFTER = /^\s*(?:trở lên\s+)?(?:đạt\s+)?(?:loại\s+|mức\s+)?(?:yêu cầu|khá|giỏi|xuất sắc)(?![\p{L}\p{M}])/iu;
const GRADE_AFTER_CHARS = 30;
/**
 * A group, then the grade it reached, right after a figure: "(Sư đoàn được Quân khu đánh giá) 100% các đơn vị đạt khá
 * trở lên" (bench/studies/round15b-period-pct.mjs assessed-group).
 */
const GROUP_GRADE_AFTER = /^\s*(?:các\s+|số\s+)?(?:[^\s,.;:!?%]+\s+){1,4}?(?:đều\s+)?đạt\s+(?:loại\s+|mức\s+)?(?:yêu cầu|khá|giỏi|xuất sắc)(?![\p{L}\p{M}])/iu;
const GROUP_GRADE_AFTER_CHARS = 60;
/** How many words before a figure may name it a rate or a share ("lãi suất cho vay ở mức 9 - 11%"). */
const NEAR_WORDS = 12;
/** How many words a subject may have, and where a longer one's measured noun starts. */
const SUBJECT_WORDS = 15;
/** How many tokens the clause before a verb may have to name what is measured. */
const SUBJECT_CLAUSE = 40;
// ("quân số": an army's strength taking part, "… với quân số tham gia huấn luyện đạt trên 96%", audit 2 army 002)
const MEASURE_HEAD = /(^|\s)(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tổng số|quân số)\s/giu;
/** rateNamedBefore: how far back before a verb a rate may be named, its most words, what opens it, adverbs to drop. */
const RATE_REACH = 40;
const RATE_WORDS = 25;
const RATE_HEAD = /^(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)$/iu;
/** How many tokens the list after "gồm:" may hold before "đều" and what all its items attained. */
const LIST_ALL_REACH = 60;
/** How far back before a comma a rate whose list it is inside may be named, in tokens. */
const RATE_LIST_REACH = 20;
/** What opens a measure named with its count rather than work done ("số hộ thoát nghèo 7.930 hộ"). */
const MEASURE_OPENER = /^(?:số|tổng số|tổng|tỷ lệ|tỉ lệ|lượng)(?:\s|$)/iu;
/** Adverbs that mark a predicate of a rate, not an item of what it is of. */
const PREDICATE_MARKS = new Set(['còn', 'đã', 'đang', 'mới', 'vẫn', 'đều', 'cũng', 'sẽ', 'được', 'chỉ', 'luôn', 'ở', 'rất']);
/** How many tokens before a body's figure its heading's colon may stand in one sentence (a bound, not a walk over a whole list). */
const HEADING_REACH = 120;
/** How many list lines a heading may stand above. */
const HEADING_LINES_BACK = 12;
/** What closes a heading's rate and names no part of it: the bodies it is of, how high, "như sau". */
const HEADING_TAIL = /(?:\s+(?:của\s+)?(?:một số|các|những)\s+(?:đơn vị|địa phương|huyện|xã|ngành|sở, ngành)(?:\s+.*)?|\s+(?:cao|thấp|cao nhất|thấp nhất|như sau|cụ thể)(?:\s+.*)?)$/iu;
/** A target that is only a body's name: "huyện An Lão", "H. Phù Cát", "xã Nhơn Lý", "TP Quy Nhơn". */
const BODY_NAME = String.raw`(?:[Cc]ác\s+)?(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]ỉnh|[Qq]uận|H\.)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*`;
export const BODY_ONLY = new RegExp(`^${BODY_NAME}$`, 'u');
/** A body's name opening a measure ("huyện An Lão giải ngân"). */
export const BODY_OPENER = new RegExp(`^${BODY_NAME}\\s+(?=\\p{Ll})`, 'u');
// ("chuyên cần", diligent attendance, keeps its "cần")
const TRAILING_ADVERBS = /(?:\s+(?:đã|đều|cũng|ước|dự kiến|phải|cần(?<!chuyên\s+cần)|sẽ|vừa|luôn|chỉ|vẫn|mới|lần lượt))+$/iu;
/** How far back a figure's clause may reach, in tokens. */
const CLAUSE_WORDS = 30;
/** How many clauses before its own a figure's measure may stand in, and how short a clause holds no measure of its own. */
const EXTRA_CLAUSES = 3;
const SHORT_CLAUSE = 3;

export class TargetReader {
  /** Per sentence, its plan cues: where each starts and ends and whether it governs only its own clause. */
  private readonly planCues = new Map<number, { first: number; end: number; clause: boolean; forecast: boolean; quoted: boolean }[]>();
  /**
   * Where the word classes a reader looks for stand, and the punctuation it stops at (a kind of one or more marks,
   * ",;" or ":"): one list per sentence, so that a sentence of thousands of figures is not walked for each of them.
   */
  private readonly index: TokenIndex;

  constructor(
    readonly doc: Doc,
    readonly units: Units,
  ) {
    this.index = new TokenIndex(doc, (kind, k) => (/^[,;:(]+$/.test(kind) ? isMarkAmong(doc, kind, k) : !!units.at(kind, k)));
  }

  private get t() {
    return this.doc.tokens;
  }

  /** Up to `chars` characters of the text from where token i starts (the text's end after the last token). */
  textFrom(i: number, chars: number): string {
    const start = i < this.t.count ? this.t.start[i] : this.doc.text.length;
    return this.doc.text.slice(start, start + chars);
  }

  char(i: number): string {
    return i >= 0 && i < this.t.count && this.t.kind[i] === Kind.Punct ? this.doc.text[this.t.start[i]] : '';
  }

  sentenceOf(i: number): { first: number; end: number } {
    const s = this.doc.sentences[this.doc.sentenceOf[Math.min(i, this.t.count - 1)]];
    return s ? { first: s.firstToken, end: s.endToken } : { first: 0, end: this.t.count };
  }

  /**
   * The plan cues earlier in its sentence that govern a figure at token i ("phấn đấu", "mục tiêu", "sẽ"). A clause cue
   * ("sẽ", "cần", "để" …) is left by a later clause that marks what has been done ("…, tính đến 15-5, đạt 32,9%").
   */
  private governingCues(i: number): { first: number; end: number; clause: boolean; forecast: boolean; quoted: boolean }[] {
    const s = this.doc.sentenceOf[Math.min(i, this.t.count - 1)];
    let cues = this.planCues.get(s);
    if (cues === undefined) {
      cues = [];
      const { first: from, end } = this.sentenceOf(i);
      for (let k = from; k < end; k++) {
        const u = this.units.at('target-plan-cue', k);
        // "cần thiết", "chuyên cần" are no plan, nor "Cần Thơ", "Cần Giờ" (a capitalised cue before a capitalised word is a name)
        // nor the plan a figure before it is a share of ("… đạt 94,5% kế hoạch đề ra; tỷ lệ trẻ em … đạt 98,7%": a result
        // measured against the plan, no plan set for the figures after it; bench/studies/round15b-period-pct.mjs plan-share)
        if (!u || (this.tokenIs(k, 'cần') && this.canCompound(k)) || this.isNamePart(k) || this.isProgrammeName(k) || this.isDraftState(k) || this.planShared(k) || this.goalMetBy(k)) continue;
        const word = tokensValue(this.doc, u.first, u.end).toLowerCase();
        cues.push({ first: k, end: u.end, clause: clausePlanCues.has(word), forecast: forecastCues.has(word), quoted: insideQuotes(this.doc, k) });
      }
      this.planCues.set(s, cues);
    }
    // only the nearest cues: each is checked by a walk to the figure, and a sentence of many figures and cues (a
    // list of plans, or a hostile line) must not cost cues × figures × their distance
    const before: typeof cues = [];
    // cues are in text order by start; one that starts before the figure and ends after it does not govern it
    for (let k = lowerBound(cues.length, (j) => cues[j].first < i) - 1; k >= 0 && before.length < NEAREST_CUES; k--) if (cues[k].end <= i) before.unshift(cues[k]);
    // a saying quoted before the figure ("Thực hiện lời dạy của Bác Hồ: “… phải quý trọng nó …”, thời gian qua, 100%
    // đơn vị LLVT thực hiện nghiêm …"): its cues are the saying's, not a plan for a figure outside the quotation
    const figureQuoted = insideQuotes(this.doc, i);
    return before.filter((c) => (figureQuoted || !c.quoted) && !this.contrastBetween(c.end, i) && (!c.clause || !this.doneClauseBetween(c.end, i)));
  }

  /**
   * Is the quota or goal noun at token `noun` one reached: a verb of reaching right before it that no plan cue governs
   * ("Tai nạn giao thông được kiềm chế, đạt chỉ tiêu giảm trên 5%", not "cần … đạt chỉ tiêu giảm từ 5-10%")?
   */
  quotaMet(noun: number): boolean {
    if (!/^(?:chỉ tiêu|mục tiêu)$/iu.test(tokensValue(this.doc, noun, Math.min(noun + 2, this.t.count)))) return false;
    const verb = this.units.endingAt('achieve-verb', noun)[0];
    return !!verb && !this.isPlanned(verb.first);
  }

  /** Does "so với" (a comparison) stand earlier in the sentence of token i? */
  comparedEarlier(i: number): boolean {
    const sentence = this.doc.sentenceOf[Math.min(i, this.t.count - 1)];
    let first = this.firstComparison.get(sentence);
    if (first === undefined) {
      first = -1;
      const s = this.sentenceOf(i);
      for (let k = s.first; k < s.end && first < 0; k++) if (this.tokenIs(k, 'so') && this.tokenIs(k + 1, 'với')) first = k;
      this.firstComparison.set(sentence, first);
    }
    return first >= 0 && first < i;
  }

  /** The first "so với" of each sentence looked at (-1: none), so that each figure's question is one comparison. */
  private readonly firstComparison = new Map<number, number>();

  /** Does a rate, price or share word (NOT_TARGET_NEAR) stand within a few tokens after a figure ending at `end` ("0,5%/năm lãi suất")? */
  rateAfter(end: number): boolean {
    const s = this.sentenceOf(end - 1);
    for (let j = end; j < Math.min(s.end, end + RATE_AFTER_REACH); j++) {
      if (this.units.at('not-target-near', j)) return true;
      if (this.t.kind[j] === Kind.Punct && this.char(j) !== '/') return false;
    }
    return false;
  }

  /** Is the "cần" at token k part of a word that holds it ("chuyên cần", "cần thiết": CAN_COMPOUNDS)? */
  private canCompound(k: number): boolean {
    return (k > 0 && canCompounds.has(tokensValue(this.doc, k - 1, k + 1).toLowerCase())) || canCompounds.has(tokensValue(this.doc, k, Math.min(k + 2, this.t.count)).toLowerCase());
  }

  /**
   * Does the plan cue at token k name what a figure before it is a share of: the plan itself ("đạt 94,5% kế hoạch đề
   * ra"), or the set a share is of, told by what it needs ("đạt 100% số nhà tạm bợ, dột nát cần phải xóa")? A result
   * measured against a plan or a need, no plan set for the figures after it (bench/studies/round15b-period-pct.mjs
   * plan-share, set-need).
   */
  private planShared(k: number): boolean {
    if (this.shareOfPlanAt(k) || this.units.endingAt('plan-noun', k).some((n) => this.shareOfPlanAt(n.first))) return true;
    if (!clausePlanCues.has(this.tokenValueLower(k))) return false;
    for (let j = k - 1; j >= Math.max(0, k - SET_NEED_REACH); j--) {
      if (this.tokenIs(j, 'số') && this.units.endingAt('percent', j).length) return true;
      if (this.t.kind[j] === Kind.Punct && this.char(j) !== ',' && this.char(j) !== '/') return false;
      if (this.units.at('achieve-verb', j) || this.units.at('change-word', j)) return false;
    }
    return false;
  }

  /**
   * Is the cue at token k the "đề ra" of a goal a verb of reaching says was met ("Đảng bộ xã … đạt và vượt các chỉ
   * tiêu Nghị quyết Đại hội đề ra: Tỷ lệ lao động qua đào tạo đạt 70,88%; …", "đã hoàn thành các chỉ tiêu … đề ra:"):
   * the results listed after it were reached (round 24, audit 25). Not when a plan cue opens the verb's clause
   * ("phấn đấu hoàn thành các chỉ tiêu đề ra").
   */
  private goalMetBy(k: number): boolean {
    // ("kế hoạch đề ra", "chỉ tiêu đặt ra", "mục tiêu" are cues themselves: "… cơ bản hoàn thành mục tiêu cả giai đoạn
    // 2021-2025 được giao; có 2.567 xã (42,4%) đạt chuẩn …")
    if (!SET_GOAL_WORDS.has(this.tokenValueLower(k)) && !this.units.at('plan-noun', k)) return false;
    // the goal's noun ("các chỉ tiêu Nghị quyết Đại hội đề ra": any of its plan nouns) with a verb of reaching before it
    for (let j = k; j >= Math.max(0, k - MET_GOAL_REACH); j--) {
      if (j < k && this.t.kind[j] === Kind.Punct) return false;
      if (this.units.at('plan-noun', j) && this.metAt(j)) return true;
    }
    return false;
  }

  /** Is the plan noun at token `noun` governed by a verb of reaching that says it was met (goalMetBy)? */
  private metAt(noun: number): boolean {
    let v = noun - 1;
    while (v >= 0 && (this.tokenIs(v, 'các') || this.tokenIs(v, 'toàn') || this.tokenIs(v, 'bộ') || this.t.kind[v] === Kind.Number || this.char(v) === '/')) v--;
    const verb = this.units.endingAt('achieve-verb', v + 1)[0];
    if (!verb) return false;
    const at = this.t.start[verb.first];
    // (not one still to be met or hard to meet: "chưa đạt", "khó có thể đạt được")
    if (NOT_MET_BEFORE.test(this.doc.text.slice(Math.max(0, at - 16), at))) return false;
    // met, not set as a task: gone beyond ("đạt và vượt", "vượt"), "cơ bản hoàn thành", or a mark of what has been done
    // before the verb in its sentence ("đã lãnh đạo …, hoàn thành"); "Năm 2026, huyện tập trung hoàn thành các chỉ
    // tiêu …", "Nhiệm vụ … là hoàn thành …", "Đến năm 2030, hoàn thành mục tiêu …" set tasks (round 24 review)
    const s = this.sentenceOf(verb.first);
    const done = /vượt/u.test(tokensValue(this.doc, verb.first, verb.end).toLowerCase()) || this.tokenIs(verb.first - 1, 'bản') || this.index.has('done-mark', s.first, verb.first);
    if (!done || TASK_BEFORE.test(this.doc.text.slice(Math.max(this.t.start[s.first], at - TASK_REACH), at))) return false;
    for (let j = verb.first - 1; j >= Math.max(0, verb.first - MET_GOAL_REACH); j--) {
      if (this.t.kind[j] === Kind.Punct && this.char(j) !== ',') break;
      if (this.units.at('target-plan-cue', j)) return false;
    }
    return true;
  }

  private tokenValueLower(k: number): string {
    return tokensValue(this.doc, k, k + 1).toLowerCase();
  }

  /** Is the word at token k a plan noun that a figure is a share of ("105% kế hoạch", "102% so với kế hoạch")? */
  shareOfPlanAt(k: number): boolean {
    if (!this.units.at('plan-noun', k)) return false;
    let j = k;
    if (this.tokenIs(j - 1, 'với') && this.tokenIs(j - 2, 'so')) j -= 2;
    else if (this.tokenIs(j - 1, 'so')) j -= 1;
    return this.units.endingAt('percent', j).length > 0;
  }

  /**
   * Does the plan or goal noun ending at token `end` name its own value, a figure right after its modifiers ("mục tiêu
   * trung hạn 15%"), not one of another clause ("… dự toán và tăng 20,6%")?
   */
  planValueFollows(end: number): boolean {
    for (let j = end; j < Math.min(this.t.count, end + PLAN_VALUE_REACH); j++) {
      if (this.units.at('percent', j)) return true;
      if (this.t.kind[j] === Kind.Punct || this.tokenIs(j, 'và') || this.units.at('change-word', j) || this.units.at('achieve-verb', j)) return false;
    }
    return false;
  }

  /**
   * Is the figure at [first, end) where a change starts, "từ" before it and "lên/xuống (còn, đến, tới, mức)" and
   * another figure after it ("từ 7% lên đến 13%": bench/studies/percentages-round6.mjs, 26 such changes in corpus/real)?
   */
  changeStartsAt(first: number, end: number): boolean {
    if (!this.tokenIs(first - 1, 'từ') || !(this.tokenIs(end, 'lên') || this.tokenIs(end, 'xuống'))) return false;
    let j = end + 1;
    while (j < this.t.count && j <= end + 2 && !this.units.at('percent', j) && /^(?:còn|đến|tới|mức)$/iu.test(tokensValue(this.doc, j, j + 1))) j++;
    return !!this.units.at('percent', j);
  }

  /**
   * Does a statement of goals govern token i: a goal cue (GOAL_CUES) earlier in its sentence ("Phấn đấu …; tỷ lệ hộ
   * nghèo giảm 2-3%", "Mục tiêu đến năm 2030, mức tăng trưởng GDP bình quân 7,5%/năm", "… đề ra mục tiêu: …"), with
   * no mark of what has been done or contrast between, and not a goal met or compared with ("đã hoàn thành các chỉ tiêu
   * đề ra, …", "so với mục tiêu …")? A goal noun before "đề ra/đặt ra" is where its phrase starts.
   */
  goalStatement(i: number): boolean {
    if (this.underGoalHeading(i) && !this.index.has('done-mark', this.sentenceOf(i).first, i)) return true;
    const s = this.sentenceOf(i);
    for (let k = i - 1; k >= Math.max(s.first, i - GOAL_STATEMENT_REACH); k--) {
      // what has been done, a contrast, or a forecast ("… đưa ra dự báo: Với lộ trình tăng trưởng trên 7%/năm")
      if ((this.units.at('done-mark', k) && !this.isVerbPart(k)) || this.units.at('contrast-word', k) || this.units.at('forecast-word', k)) return false;
      const cue = this.units.at('goal-cue', k);
      if (!cue || cue.end > i || this.isNamePart(k) || this.isProgrammeName(k) || this.goalMetBy(k)) continue;
      let head = k;
      if (/^(?:đề ra|đặt ra)$/iu.test(tokensValue(this.doc, k, cue.end)) && this.units.endingAt('plan-noun', k).length) head = this.units.endingAt('plan-noun', k)[0].first;
      // "so với mục tiêu", "theo kế hoạch": a level set against the goal
      if (COMPARED_TO_GOAL.has(tokensValue(this.doc, head - 1, head).toLowerCase()) || this.tokenIs(head - 1, 'so')) return false;
      // "hoàn thành (vượt mức) 18/18 chỉ tiêu": a goal met; one a goal cue governs in turn ("phấn đấu đạt mục tiêu …")
      // is still a goal
      const verb = this.achieveVerbBefore(head);
      if (verb < 0) return true;
      k = verb;
    }
    return false;
  }

  /**
   * Is token i in an item of a list of goals within its sentence: after a colon that a statement of goals governs, and
   * governed by it still ("xã cũng đặt mục tiêu phát triển kinh tế số, trong đó chú trọng: Khuyến khích 85% người dân …;
   * Số hóa dữ liệu của 75% hộ sản xuất nông nghiệp"; bench/studies/round13-pct.mjs goal-list-item)?
   */
  goalListItem(i: number): boolean {
    const s = this.sentenceOf(i);
    const colon = this.index.lastIn(':', Math.max(s.first, i - GOAL_STATEMENT_REACH), i);
    // ("Kết quả thực hiện các mục tiêu năm 2024: 45% hộ …" heads results, not goals)
    // (the heading read back from its colon as far as a goal statement reaches, not from the sentence's start: a sentence
    // of a million characters run together would be read again for each figure; round 14 review)
    return colon >= 0 && this.goalStatement(colon) && this.goalStatement(i) && !RESULT_HEADING.test(tokensValue(this.doc, Math.max(s.first, colon - GOAL_STATEMENT_REACH), colon));
  }

  /**
   * Is the goal word at token k part of a programme's name ("Chương trình mục tiêu quốc gia giảm nghèo", "các CTMT"):
   * a name, no goal set for the figure?
   */
  isProgrammeName(k: number): boolean {
    return this.tokenIs(k, 'mục') && ((this.tokenIs(k - 1, 'trình') && this.tokenIs(k - 2, 'chương')) || this.tokenIs(k - 1, 'CT'));
  }

  /** Is the word at token k the second syllable of a verb ("thực hiện", "xuất hiện", "phát hiện"), no mark of time? */
  private isVerbPart(k: number): boolean {
    return this.tokenIs(k, 'hiện') && /^(?:thực|xuất|phát|thể|hiển)$/iu.test(tokensValue(this.doc, k - 1, k));
  }

  /** The first token of a verb of reaching a few words before token `head` in its clause ("hoàn thành các …"), or -1. */
  private achieveVerbBefore(head: number): number {
    for (let k = head - 1; k >= Math.max(0, head - GOAL_OBJECT_REACH); k--) {
      if (this.t.kind[k] === Kind.Punct && this.char(k) !== '/') return -1;
      const verb = this.units.endingAt('achieve-verb', k + 1)[0];
      if (verb) return verb.first;
    }
    return -1;
  }

  /** Is the cue at token k "dự kiến" naming a report's state ("trong báo cáo dự kiến là 1,76%", a draft), not a plan? */
  private isDraftState(k: number): boolean {
    return this.tokenIs(k, 'dự') && this.tokenIs(k + 1, 'kiến') && this.units.endingAt('draft-head', k).length > 0;
  }

  /**
   * Is the figure at token `first` a share lost: a verb of losing right before it, an approximator or a bound between
   * ("sẽ mất ít nhất 50% đơn vị chức năng của thận")?
   */
  isLost(first: number): boolean {
    let k = first;
    for (;;) {
      const approx = this.units.endingAt('approximator', k)[0];
      if (approx) k = approx.first;
      else if ((this.tokenIs(k - 1, 'nhất') && this.tokenIs(k - 2, 'ít')) || (this.tokenIs(k - 1, 'thiểu') && this.tokenIs(k - 2, 'tối'))) k -= 2;
      else break;
    }
    return this.units.endingAt('loss-verb', k).length > 0;
  }

  /**
   * Is the figure ending at token `end` one share of a tally: a bracket right after it holding only the count it stands
   * for ("nhà thầu đáp ứng yêu cầu là 82% (287); … chưa đáp ứng yêu cầu là 47 (13%)", "có 73% (58.587) ý kiến cho
   * rằng …"): a distribution of a rating or a poll (bench/studies/percentages-precision10.mjs: 7 sentences, 10 figures in corpus/real, all such)?
   */
  isTallied(end: number): boolean {
    return this.char(end) === '(' && this.t.kind[end + 1] === Kind.Number && this.char(end + 2) === ')';
  }

  /** Is the figure at token `first` a share of forces deployed: a verb of deploying right before it ("huy động 100% …")? */
  isDeployed(first: number): boolean {
    let k = first;
    const approx = this.units.endingAt('approximator', k)[0];
    if (approx) k = approx.first;
    return this.units.endingAt('deploy-verb', k).length > 0;
  }

  /**
   * Is a figure at token i governed by a plan cue, in its sentence or in the heading of the list it is an item of, on
   * its own line or before a colon in its sentence ("…, với các chỉ tiêu như: 100% cán bộ, công chức được đào tạo kỹ năng
   * số; 60 - 70% hồ sơ …", audit 1 portal 013; bench/studies/round13-pct.mjs list-with-targets, corpus/real and dev 0)?
   */
  isPlanned(i: number): boolean {
    return this.governingCues(i).length > 0 || this.underGoalHeading(i) || this.goalListItem(i);
  }

  /**
   * Is token i on an item of a list that a heading of goals opens ("Các chỉ tiêu chủ yếu năm 2025:" then "- Tỷ lệ hộ
   * nghèo giảm 1,5%.", "Năm 2025, huyện đề ra các chỉ tiêu:" then "+ …;"): the item's line opens with a list mark, or is
   * the first line after the heading, and every line back to the heading is such an item; the heading ends with a
   * colon, names a goal (GOAL_HEADING) and no result (RESULT_HEADING)?
   */
  underGoalHeading(i: number): boolean {
    const line = this.doc.lineOf[Math.min(i, this.t.count - 1)];
    let known = this.goalHeadingLines.get(line);
    if (known === undefined) {
      known = false;
      for (let l = line, items = 0; l > 0 && items < LIST_ITEMS; l--, items++) {
        const before = this.lineText(l - 1);
        if (/:$/u.test(before)) {
          known = GOAL_HEADING.test(before) && !RESULT_HEADING.test(before);
          break;
        }
        // an item needs its mark unless the heading is right before it
        if (!LIST_MARK.test(this.lineText(l)) || !before) break;
      }
      this.goalHeadingLines.set(line, known);
    }
    return known;
  }

  private readonly goalHeadingLines = new Map<number, boolean>();

  private lineText(l: number): string {
    const line = this.doc.lines[l];
    return line ? this.doc.text.slice(line.start, line.end).trim() : '';
  }

  /**
   * Is a figure at token i aimed at only by clause cues ("cần", "phải", "để", "nhằm", "sẽ") in a sentence that names no
   * goal, plan, quota or rule (GOAL_WORDS): advice, a need, a claim or a proposal, no target?
   */
  aimedOnlyByClauseCues(i: number): boolean {
    const cues = this.governingCues(i);
    return cues.length > 0 && cues.every((c) => c.clause) && !this.goalWordInSentence(i);
  }

  /**
   * Does the sentence of token i, or the one before, name a goal, plan, quota or rule (GOAL_WORDS)? A plan is often
   * named first and detailed next ("Theo mục tiêu của Đề án …. Cụ thể, tốc độ tăng trưởng … sẽ đạt 11,62%/năm").
   */
  goalWordInSentence(i: number): boolean {
    const sentence = this.doc.sentenceOf[Math.min(i, this.t.count - 1)];
    return this.sentenceHasGoalWord(sentence) || (sentence > 0 && this.sentenceHasGoalWord(sentence - 1));
  }

  private sentenceHasGoalWord(sentence: number): boolean {
    let found = this.goalWordSentences.get(sentence);
    if (found === undefined) {
      found = false;
      const s = this.doc.sentences[sentence];
      for (let k = s.firstToken; k < s.endToken && !found; k++) found = !!this.units.at('goal-word', k);
      this.goalWordSentences.set(sentence, found);
    }
    return found;
  }

  /** Per sentence: whether it names a goal, plan, quota or rule. */
  private readonly goalWordSentences = new Map<number, boolean>();

  /**
   * Is a figure at token i planned only by what someone expects ("sẽ", "dự kiến"), with a forecast spoken of in its
   * sentence or the one before ("Dự báo GDP của APEC …. Tăng trưởng … năm 2019 dự kiến đạt 3,7%")?
   */
  isForecast(i: number): boolean {
    const cues = this.governingCues(i);
    if (!cues.length || !cues.every((c) => c.forecast)) return false;
    const sentence = this.doc.sentenceOf[Math.min(i, this.t.count - 1)];
    const from = this.doc.sentences[Math.max(0, sentence - 1)].firstToken;
    return this.index.has('forecast-word', from, i);
  }

  /** Does a later clause after token a, up to token b, mark what has been done ("…, tính đến 15-5, đạt", ", hiện đã thu hồi")? */
  private doneClauseBetween(a: number, b: number): boolean {
    const k = this.index.firstIn(',;:(', a, b);
    return k >= 0 && this.index.has('done-mark', k + 1, b);
  }

  /** Does a contrast ("nhưng", "song") stand between tokens a and b: what follows it is what happened, not the plan? */
  private contrastBetween(a: number, b: number): boolean {
    return this.index.has('contrast-word', a, b);
  }

  /** Is the capitalised word at token k the first of a name ("Cần Thơ"), the next word capitalised too? */
  isNamePart(k: number): boolean {
    return !!(this.t.flags[k] & Flag.Cap) && k + 1 < this.t.count && !!(this.t.flags[k + 1] & Flag.Cap) && !(this.t.flags[k + 1] & Flag.LineBefore);
  }

  /** Does a predicate of attainment follow in the clause after token `from` ("… HS lớp 5 hoàn thành chương trình")? */
  predicateAfter(from: number, reach = 14): boolean {
    const s = this.sentenceOf(from);
    for (let j = from; j < Math.min(s.end, from + reach); j++) {
      const c = this.char(j);
      // "85% thôn, tổ dân phố đạt …": a list of groups goes on past its comma
      if (c === ',' && this.groupAt(j + 1)) continue;
      // "100% các nội dung thi gồm: huấn luyện điều lệnh, …, giảng dạy chính trị giỏi đều đạt mục đích, yêu cầu": the
      // group's items listed, then what all of them attained (bench/studies/round15-pct.mjs list-then-all)
      if (c === ':' && this.tokenIs(j - 1, 'gồm')) return this.allAttainAfter(j + 1);
      if (c === ',' || c === ';' || c === '.' || c === ':' || c === '(') return false;
      // "78,4% đơn vị chưa thực hiện …" counts what is not attained, "50% số Trạm Y tế … cần được đầu tư nâng cấp" what
      // is needed
      if (this.tokenIs(j, 'chưa') || this.tokenIs(j, 'không') || this.tokenIs(j, 'cần')) return false;
      if (this.units.at('coverage-predicate', j)) return true;
    }
    return false;
  }

  /**
   * Does "sẽ" stand after a group from token `from`, in its clause, before what the group attains ("100% đơn vị thuộc
   * Sư đoàn 5 sẽ đồng loạt thực hiện công tác huấn luyện")? What the group will do is planned (bench/studies/
   * round15b-period-pct.mjs group-will).
   */
  willAfter(from: number, reach = 14): boolean {
    const s = this.sentenceOf(from);
    for (let j = from; j < Math.min(s.end, from + reach); j++) {
      if (this.tokenIs(j, 'sẽ')) return true;
      if (this.t.kind[j] === Kind.Punct || this.units.at('coverage-predicate', j)) return false;
    }
    return false;
  }

  /** After a list of items from token `from`, does "đều" and a predicate of attainment close it, in LIST_ALL_REACH tokens? */
  private allAttainAfter(from: number): boolean {
    const s = this.sentenceOf(from);
    for (let j = from; j < Math.min(s.end, from + LIST_ALL_REACH); j++) {
      if (this.char(j) === ';' || this.char(j) === ':' || this.units.at('percent', j)) return false;
      if (this.tokenIs(j, 'đều')) return !!this.units.at('coverage-predicate', j + 1);
    }
    return false;
  }

  /** Does a goal cue ("phấn đấu", "mục tiêu") govern token i: in its clause, no comma or semicolon between? */
  goalBefore(i: number): boolean {
    return this.clauseMarks().goal[i] === 1;
  }

  private marks: { goal: Uint8Array } | null = null;

  /** Per token, whether a goal cue stands before it in its clause: one pass, not a walk back for every figure. */
  private clauseMarks(): { goal: Uint8Array } {
    if (this.marks) return this.marks;
    const n = this.t.count;
    const goal = new Uint8Array(n + 1);
    let open = 0;
    let sentence = -1;
    for (let k = 0; k < n; k++) {
      if (this.doc.sentenceOf[k] !== sentence) {
        sentence = this.doc.sentenceOf[k];
        open = 0;
      }
      goal[k] = open;
      const c = this.char(k);
      if (c === ',' || c === ';' || this.units.at('contrast-word', k)) open = 0;
      else if (this.units.at('goal-cue', k)) open = 1;
    }
    return (this.marks = { goal });
  }

  /**
   * Is the figure at [first, end) a rate, a market share, a share of demand, a price or a forecast, which the annotation
   * leaves out: such a word in its clause within a few words before it, or its share right after it? A plan or
   * target noun after the figure ("đạt 95% kế hoạch") still makes it a target.
   */
  excludedShare(first: number, end: number): boolean {
    if (this.planFollows(end)) return false;
    let j = end;
    while (j < this.t.count && (this.tokenIs(j, 'các') || this.tokenIs(j, 'số') || this.tokenIs(j, 'tổng'))) j++;
    const shareOf = this.units.at('not-target-after', j);
    if (shareOf) return !this.goalSetsMeasure(shareOf, first);
    // "Đáp ứng trên 80% nhu cầuHiện nay, …": a heading with no full stop glued to the next sentence hides its last word
    if (this.gluedShareAfter(j)) return true;
    const s = this.sentenceOf(first);
    for (let k = first - 1; k >= Math.max(s.first, first - NEAR_WORDS); k--) {
      const c = this.char(k);
      if (c === ',' || c === ';' || c === ':') break;
      // "… lạm phát … thấp hơn mục tiêu 6,5%": a target named nearer than the rate governs the figure
      if (this.units.at('target-noun', k) || this.units.at('plan-noun', k)) return false;
      const near = this.units.at('not-target-near', k);
      // "kiểm tra đánh giá kết quả các nội dung 100% đạt yêu cầu": "giá" of "đánh giá" (to assess) is no price before a
      // grade reached, or before a group and the grade it reached ("được Quân khu đánh giá 100% các đơn vị đạt khá trở
      // lên"); other figures after "đánh giá" in corpus/real are estimates: "… được đánh giá là 55%"
      const assessed = () => this.tokenIs(near!.first - 1, 'đánh') && (GRADE_AFTER.test(this.textFrom(end, GRADE_AFTER_CHARS)) || GROUP_GRADE_AFTER.test(this.textFrom(end, GROUP_GRADE_AFTER_CHARS)));
      // (nor "giá" of "giá trị", a value: "phấn đấu tổng giá trị sản xuất bình quân tăng 16,1%/năm"; round 26, audit 30)
      if (near && !(this.tokenIs(near.first, 'giá') && (this.tokenIs(near.first + 1, 'trị') || assessed()))) return !this.goalSetsMeasure(near, first);
    }
    return false;
  }

  /**
   * Do the words from token j, up to one glued to the next sentence's first word ("nhu cầuHiện"), read as a share's
   * base that is no target (NOT_TARGET_AFTER: "nhu cầu")?
   */
  private gluedShareAfter(j: number): boolean {
    const words: string[] = [];
    for (let k = j; k < Math.min(this.t.count, j + GLUED_SHARE_WORDS) && this.t.kind[k] !== Kind.Punct; k++) {
      const word = tokensValue(this.doc, k, k + 1);
      const at = gluedAt(word);
      if (at >= 0) return notTargetAfterWords.has([...words, word.slice(0, at)].join(' ').toLowerCase());
      words.push(word);
    }
    return false;
  }

  /**
   * Is the word `u` (a price or a base word that leaves a figure out) a measure a goal may set, and does a statement of
   * goals govern the figure at token `first` ("mục tiêu lạm phát bình quân là 4%", "phấn đấu đạt khoảng 10% GDP")?
   */
  private goalSetsMeasure(u: { first: number; end: number }, first: number): boolean {
    if (!goalSettable.has(tokensValue(this.doc, u.first, u.end).toLowerCase()) || !this.goalStatement(first)) return false;
    // "Nhằm thực hiện mục tiêu kép, CPI tháng 5 giảm 0,53% so với tháng trước": a change measured against an earlier
    // time is one that happened, whatever goal an earlier clause names
    const figure = this.units.at('percent', first);
    return !(figure && this.tokenIs(figure.end, 'so'));
  }

  /** Where the clause holding token `from` starts: back to a comma, semicolon or colon, at most CLAUSE_WORDS tokens. */
  private clauseStartBefore(from: number, sentenceFirst: number): number {
    let k = from;
    while (k > sentenceFirst && from - k < CLAUSE_WORDS && !/^[,;:]$/.test(this.char(k - 1))) k--;
    return k;
  }

  /**
   * The clause a figure stands in, up to the figure: back to a comma, semicolon or colon, and one clause further when
   * it opens on a fragment or on the verb itself.
   */
  clauseBefore(first: number): number {
    const s = this.sentenceOf(first);
    const back = (from: number) => this.clauseStartBefore(from, s.first);
    let k = back(first);
    let end = first;
    // "…, của công ty mẹ đạt 3,01%", "409.980 em, đạt tỷ lệ 99,49%", "…, trong khi Zlatan Ibrahimovic chỉ đạt 55%",
    // "Vật lí: 409.980 em, …": what is measured is in a clause before one that opens on a fragment, a verb or a
    // parallel item, or is only a few words
    for (let step = 0; step < EXTRA_CLAUSES && k > s.first; step++) {
      if (!(this.units.at('clause-continuation', k) || this.units.at('achieve-verb', k) || end - k <= SHORT_CLAUSE)) break;
      end = k - 1;
      k = back(k - 1);
    }
    return k;
  }

  /**
   * Is an achieved figure a plain statistic rather than an accomplishment: what its clause or its measure names is a
   * rate or level nobody set (STATISTIC_MEASURES), and no plan or quota follows it ("đạt 95% kế hoạch" still counts)?
   */
  isStatistic(first: number, end: number, measure: Phrase | null): boolean {
    if (this.planFollows(end)) return false;
    // "… trong khi tỷ lệ sử dụng dữ liệu của CBP nhiều hơn với mức cụ thể đạt 97,4%": a level compared in its own clause
    if (this.comparedInClause(first)) return true;
    // "… từ mức 37,3% trong năm 2013; lên 39% vào năm 2014; đạt 47,4% vào năm 2015": a later point of a level's course
    if (this.inCourseOfLevel(first)) return true;
    // "Chỉ đạt 10% năng lực vận chuyển": a share of capacity used
    if (this.units.at('capacity-after', this.tokenIs(end, 'tổng') ? end + 1 : end)) return true;
    const sentence = this.sentenceOf(first);
    if (this.index.has('statistic-anaphor', sentence.first, first)) return true;
    // "Tổng số thí sinh đến dự thi: Vật lí: 409.980 em, đạt tỷ lệ 99,49%; Hóa học: …": the items of a list share
    // the measure its head names before the first colon
    const colon = this.index.firstIn(':', sentence.first, first);
    if (colon >= 0 && this.index.has('statistic-measure', sentence.first, colon)) return true;
    const from = Math.min(this.clauseBefore(first), measure?.first ?? first);
    for (let k = from; k < first; k++) {
      const u = this.units.at('statistic-measure', k);
      if (!u) continue;
      // "tỷ lệ hộ nghèo … được cấp BHYT là 100%": what the group was given is a goal's coverage
      // ("… vẫn được duy trì ở mức 50%" keeps a level: no group given something)
      for (let j = u.end; j < first; j++) if (this.tokenIs(j, 'được') && !this.units.at('keep-verb', j + 1)) return false;
      return true;
    }
    return false;
  }

  /** Does a comparative ("nhiều hơn", "cao hơn") stand in the figure's own clause before it, no comma between? */
  private comparedInClause(first: number): boolean {
    const s = this.sentenceOf(first);
    for (let k = this.clauseStartBefore(first, s.first) + 1; k < first; k++) if (this.tokenIs(k, 'hơn') && comparatives.has(tokensValue(this.doc, k - 1, k).toLowerCase())) return true;
    return false;
  }

  /**
   * Does a level's course lead up to the figure at token `first` in its sentence: a figure after "từ (mức)", then
   * "lên/xuống (mức)" and another figure, both before it ("Chỉ số … từ mức 37,3% trong năm 2013; lên 39% vào năm 2014;
   * đạt 47,4% vào năm 2015")?
   */
  private inCourseOfLevel(first: number): boolean {
    const step = this.courseStep(this.sentenceOf(first));
    return step >= 0 && step < first;
  }

  private courseSteps = new Map<number, number>();

  /** The first figure of a sentence after "lên/xuống (mức)" that follows a figure after "từ (mức)"; -1 when none (once per sentence). */
  private courseStep(s: { first: number; end: number }): number {
    let step = this.courseSteps.get(s.first);
    if (step !== undefined) return step;
    step = -1;
    let started = false;
    for (let k = s.first; k < s.end && step < 0; k++) {
      if (!this.units.at('percent', k)) continue;
      let b = k - 1;
      if (this.tokenIs(b, 'mức')) b--;
      if (this.tokenIs(b, 'từ')) started = true;
      else if (started && (this.tokenIs(b, 'lên') || this.tokenIs(b, 'xuống'))) step = k;
    }
    this.courseSteps.set(s.first, step);
    return step;
  }

  /**
   * Does the verb at token i state no level reached: under a negation ("không (được) vượt quá 80%", a cap; "không đảm
   * bảo chất lượng tới 70%", "không đủ 50%"), or "đủ" as the end of "đầy đủ" ("nộp đầy đủ 100% giá trị")?
   */
  isNotReached(i: number): boolean {
    if (this.tokenIs(i, 'đủ') && this.tokenIs(i - 1, 'đầy')) return true;
    const before = this.tokenIs(i - 1, 'được') ? i - 2 : i - 1;
    return before >= 0 && this.tokenIs(before, 'không');
  }

  /** Is the figure supposed rather than stated: "nếu …" (or a scenario) in its clause before it? */
  isHypothetical(first: number): boolean {
    // the supposition's own clause, and the one before when the figure's opens its consequence ("Nếu …, thì …"); not a
    // clause further back that a short or continued clause reaches (a supposition named in passing earlier in the
    // sentence does not govern what the sentence then states)
    const s = this.sentenceOf(first);
    const back = (from: number) => this.clauseStartBefore(from, s.first);
    let from = back(first);
    if (from > s.first && (this.tokenIs(from, 'thì') || this.tokenIs(from, 'sẽ'))) from = back(from - 1);
    for (let k = from; k < first; k++) if (this.units.at('hypothetical-cue', k) && !this.isContrastiveIf(k)) return true;
    return false;
  }

  /**
   * Is the "nếu" at token k a comparison of facts rather than a supposition: "nếu so với định hướng 12% thì …" (a
   * comparison), "nếu như trong 3 tháng đầu năm nay … tăng 26,1% …, thì tỷ lệ này giảm xuống 16,9%", "Nếu như năm
   * 2023 … thì năm 2024 …" (a period then another, both stated)?
   */
  private isContrastiveIf(k: number): boolean {
    if (!this.tokenIs(k, 'nếu')) return false;
    let j = k + 1;
    if (this.tokenIs(j, 'so') || this.tokenIs(j, 'xét')) return true;
    if (!this.tokenIs(j, 'như')) return false;
    j++;
    if (this.tokenIs(j, 'trong') || this.tokenIs(j, 'cả')) j++;
    return !!(this.units.at('year', j) || this.units.at('span', j)) || /^(?:năm|quý|tháng|giai đoạn|nhiệm kỳ|trước|cùng kỳ)$/iu.test(tokensValue(this.doc, j, Math.min(j + 1, this.t.count)));
  }

  /** Does the sentence report a survey, a vote or health statistics ("khảo sát"), or, `orReported`, what someone said ("… cho biết")? */
  inSurvey(i: number, orReported = false): boolean {
    const sentence = this.doc.sentenceOf[Math.min(i, this.t.count - 1)];
    let kinds = this.surveyed.get(sentence);
    if (kinds === undefined) {
      kinds = 0;
      const s = this.sentenceOf(i);
      for (let j = s.first; j < s.end; j++) {
        const cue = this.units.at('survey-cue', j);
        if (cue && !this.investigationAt(j) && (!opinionCues.has(tokensValue(this.doc, cue.first, cue.end).toLowerCase()) || this.shareBefore(j, s.first))) kinds |= 1;
        if (this.units.at('reported-cue', j)) kinds |= 2;
      }
      this.surveyed.set(sentence, kinds);
    }
    return ((kinds & 1) !== 0 && !this.strivenAfterSurvey(i)) || (orReported && (kinds & 2) !== 0);
  }

  /**
   * Does "phấn đấu" open the clause of token i, no survey cue between nor after i in its sentence:
   * "khảo sát" as a task done before a goal set ("… khảo sát và nắm chắc các đối tượng …, phấn đấu 70% cán bộ … được
   * bồi dưỡng"; bench/studies/round13-pct.mjs survey-verb), not a survey's share? The walk back is bounded.
   */
  private strivenAfterSurvey(i: number): boolean {
    const s = this.sentenceOf(i);
    if (this.index.has('survey-cue', i, s.end)) return false;
    for (let k = i - 1; k >= Math.max(s.first, i - GOAL_STATEMENT_REACH); k--) {
      if (this.units.at('survey-cue', k) || /^[,;:]$/.test(this.char(k))) return false;
      if (this.tokenIs(k, 'phấn') && this.tokenIs(k + 1, 'đấu')) return true;
    }
    return false;
  }

  /**
   * Does what a covered group feels or strives for follow it (ATTITUDE_PREDICATES, adverbs between; a list of groups
   * goes on past its commas): "Nhờ đó, 100% cán bộ, nhân viên luôn nỗ lực", "90% số người đồng ý" — praise, a mood or
   * a poll, no goal covered?
   */
  attitudeAfter(from: number): boolean {
    let j = from;
    for (let step = 0; step < ATTITUDE_REACH && j < this.t.count; step++) {
      const group = this.char(j) === ',' ? this.groupAt(j + 1) : null;
      if (group) j = group.end;
      else if (this.units.at('attitude-adverb', j)) j = this.units.at('attitude-adverb', j)!.end;
      else return !!this.units.at('attitude-predicate', j) && !this.accomplishedAfter(this.units.at('attitude-predicate', j)!.end);
    }
    return false;
  }

  /**
   * Does a verb of accomplishment follow in the clause after a mood, past one comma at most ("100% tổ chức cơ sở đảng
   * đoàn kết, hoàn thành tốt nhiệm vụ", "100% đảng viên yên tâm công tác, hoàn thành tốt nhiệm vụ được giao")? The mood
   * is then one of the group's attainments, not the whole of what the share tells.
   */
  private accomplishedAfter(from: number): boolean {
    const s = this.sentenceOf(from);
    let commas = 0;
    for (let k = from; k < s.end && k - from < ATTITUDE_REACH; k++) {
      const c = this.char(k);
      if (c === ',' && ++commas > 1) return false;
      if (c === ';' || c === ':' || c === '.') return false;
      if (this.tokenIs(k, 'hoàn') && this.tokenIs(k + 1, 'thành')) return true;
    }
    return false;
  }

  /** Is a verb of upkeep right before the figure at token `first` ("sửa chữa 100% vũ khí trang thiết bị")? */
  upkeepBefore(first: number): boolean {
    return this.units.endingAt('upkeep-verb', first).length > 0;
  }

  /** Does token `j` stand inside a phrase of police work ("điều tra, khám phá", "Cơ quan Cảnh sát điều tra"), as its survey cue "điều tra" or its comma? */
  /**
   * Is the comma at token `comma` inside the list of what a rate is of, the rate named before it in the clause that
   * ends at `to` ("tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố"): a rate word within RATE_LIST_REACH
   * tokens before it, and no number, verb of reaching or change from it to `to` (bench/studies/round15-pct.mjs
   * rate-list: corpus/real 1 sentence, dev 0, audits 1).
   */
  private rateListAt(comma: number, to: number): boolean {
    const s = this.sentenceOf(comma);
    for (let k = comma - 1; k >= Math.max(s.first, comma - RATE_LIST_REACH); k--) {
      if (this.t.kind[k] === Kind.Punct && this.char(k) !== ',') return false;
      // (the rate words are target nouns: a lookup, not a slice of text, for each token walked)
      const rate = this.units.at('target-noun', k);
      if (!rate || !RATE_HEAD.test(tokensValue(this.doc, rate.first, rate.end))) continue;
      // ("tỷ lệ xã có bác sĩ còn thấp, mới đạt 71%", "tỷ lệ lạm phát … đang duy trì ở mức thấp, dưới 2%": a predicate
      // of the rate, and a clause of adverbs, are no items of its list)
      for (let j = rate.end; j < to; j++)
        if (this.t.kind[j] === Kind.Number || this.units.at('achieve-verb', j) || this.units.at('change-word', j) || PREDICATE_MARKS.has(tokensValue(this.doc, j, j + 1).toLowerCase())) return false;
      return to - comma > 2;
    }
    return false;
  }

  private investigationAt(j: number): boolean {
    for (let k = j; k >= Math.max(0, j - 2); k--) if ((this.units.at('investigation', k)?.end ?? 0) > j) return true;
    return false;
  }

  /**
   * Where "mức" or "chỉ tiêu" stands right before the plan noun at token `noun` ("mức kế hoạch 1,6-1,8%", "chỉ tiêu kế
   * hoạch 5,5%"): the plan's level named, whose value follows; -1 when neither does ("vượt kế hoạch 5%" is a difference).
   */
  planLevelHead(noun: number): number {
    // "vượt mức kế hoạch 15%": by how much the plan was passed, not its level
    if (this.tokenIs(noun - 1, 'mức')) return this.tokenIs(noun - 2, 'vượt') ? -1 : noun - 1;
    return this.tokenIs(noun - 1, 'tiêu') && this.tokenIs(noun - 2, 'chỉ') ? noun - 2 : -1;
  }

  /** Does a percentage end a few words before token `j`, in its clause (the share a verb of opinion has as subject)? */
  private shareBefore(j: number, sentenceFirst: number): boolean {
    for (let k = j; k > Math.max(sentenceFirst, j - OPINION_SHARE_REACH); k--) {
      if (this.units.endingAt('percent', k).length) return true;
      if (/^[,;:]$/.test(this.char(k - 1))) return false;
    }
    return false;
  }

  /** Per sentence: 1 a survey's or vote's words, 2 a report's ("cho biết"). */
  private readonly surveyed = new Map<number, number>();

  tokenIs(i: number, word: string): boolean {
    return i >= 0 && i < this.t.count && this.doc.text.slice(this.t.start[i], this.t.end[i]).toLowerCase() === word;
  }

  /**
   * Realised growth or a comparison: "tăng 7,5% so với cùng kỳ", "bằng 87,72% so với cùng kỳ", and "tốc độ tăng
   * trưởng đạt 7,2%" (growth is what is measured) unless a plan or quota follows ("đạt 95% kế hoạch").
   */
  isChange(first: number, end: number, measure: Phrase | null): boolean {
    // a change word right before the figure, approximators between: "tăng khoảng 10%", "giảm từ 8,5 - 9,45%"
    let k = first;
    while (k > 0) {
      const a = this.units.endingAt('approximator', k)[0];
      if (!a) break;
      k = a.first;
    }
    if (this.units.endingAt('change-word', k).length) return true;
    // "… so với cùng kỳ", "… so kế hoạch" is a share of the plan
    const planAfter = this.planFollows(end);
    if ((this.tokenIs(end, 'so') || this.tokenIs(end, 'bằng')) && !planAfter && !this.rateOfBase(k, end)) return true;
    // the measure is growth
    const s = this.sentenceOf(first);
    const clauseStart = Math.max(s.first, this.index.lastIn(',;', s.first, first) + 1);
    const from = measure ? measure.first : clauseStart;
    const to = measure ? measure.end : first;
    return this.index.has('growth-measure', from, to) && !planAfter;
  }

  /**
   * Is a figure that starts at token `first` (its approximators before it) a rate of the count named after it: "đạt tỷ
   * lệ 98,34% so với số hộ đăng ký", "chiếm tỷ lệ 20% so với tổng số …" (bench/studies/round15-pct.mjs share-of-base:
   * "so với số" after a figure in corpus/real 3, none after a rate word, two of them comparisons; audits 1)?
   */
  private rateOfBase(first: number, end: number): boolean {
    return this.baseAfter(end) > end && RATE_HEAD.test(tokensValue(this.doc, Math.max(0, first - 2), first));
  }

  /** After "so với" at token `end`, where the count it names starts ("số hộ đăng ký", "tổng số đảng viên"), else `end`. */
  baseAfter(end: number): number {
    return this.tokenIs(end, 'so') && this.tokenIs(end + 1, 'với') && (this.tokenIs(end + 2, 'số') || this.tokenIs(end + 2, 'tổng')) ? end + 2 : end;
  }

  /** Is the figure followed by a plan or quota ("95% kế hoạch", "41,72% so kế hoạch")? */
  /**
   * The plan a list of figures shares, named once after its last figure ("lần lượt đạt 41,38%, 24,59% và 23,6% kế
   * hoạch"): for the figure ending at token `end`, the end of the last figure of the list it opens or continues when a
   * plan follows that one, else -1.
   */
  sharedPlanEnd(end: number): number {
    let j = end;
    let last = -1;
    for (;;) {
      let k = j;
      if (this.char(k) === ',') k++;
      if (this.tokenIs(k, 'và')) k++;
      if (k === j) break;
      const approx = this.units.at('approximator', k);
      if (approx) k = approx.end;
      const figure = this.units.at('percent', k);
      if (!figure) break;
      last = j = figure.end;
    }
    return last >= 0 && this.planFollows(last) ? last : -1;
  }

  planFollows(end: number): boolean {
    let j = end;
    if (this.tokenIs(j, 'so') && this.tokenIs(j + 1, 'với')) j += 2;
    else if (this.tokenIs(j, 'so')) j += 1;
    return !!this.units.at('plan-noun', j);
  }

  private isStop(j: number): boolean {
    const c = this.char(j);
    if (c === ',' || c === ';' || c === '.' || c === ':' || c === '(' || c === ')' || c === '!' || c === '?' || c === '“' || c === '”' || c === '"') return true;
    if (c === '-' && !(this.t.flags[j] & Flag.Glued)) return true;
    if (this.units.at('target-stop', j)) return true;
    // the next figure, or its approximator ("… và hơn 50%")
    const approx = this.units.at('approximator', j);
    return !!this.units.at('percent', j) || (!!approx && !!this.units.at('percent', approx.end));
  }

  /**
   * "…, số cơ sở đạt là 18.416 cơ sở, chiếm tỷ lệ 82,4%", "toàn tỉnh có 85/120 xã đạt chuẩn nông thôn mới, chiếm 70,8%":
   * the clause ending at token `end` counts units or people that attained a standard: a unit or group, then a
   * predicate of attainment (STANDARD_PREDICATES, not negated), and a count, in one clause. Its measured phrase (from
   * the group, with a "số" before it), or null.
   */
  countedAttainment(end: number): Phrase | null {
    const s = this.sentenceOf(end - 1);
    let first = end;
    // ("5/14 xã, thị trấn đạt chuẩn văn hóa, chiếm 35,7%": a comma inside a list of groups stays in the clause)
    while (first > s.first && (!/^[,;:()]$/.test(this.char(first - 1)) || this.commaInGroupList(first - 1))) first--;
    let group = -1;
    let attained = false;
    let counted = false;
    for (let k = first; k < end; k++) {
      if (this.t.kind[k] === Kind.Number && !this.units.at('year', k)) counted = true;
      if (attained) continue;
      // the group nearest before the predicate ("Huyện có 12/15 xã đạt chuẩn …" counts communes, not the district)
      const unit = this.groupAt(k);
      if (unit) {
        // ("5/14 xã, thị trấn đạt chuẩn": a group listed after a comma goes on the list the first one opened)
        if (group < 0 || !this.commaInGroupList(k - 1)) group = this.tokenIs(k - 1, 'số') ? k - 1 : k;
        k = unit.end - 1;
        continue;
      }
      if (group < 0) continue;
      if (this.tokenIs(k, 'chưa') || this.tokenIs(k, 'không')) return null;
      const predicate = this.units.at('standard-predicate', k);
      attained = !!predicate && (predicate.end > k + 1 || !this.tokenIs(k, 'đạt') || predicate.end >= end || this.tokenIs(predicate.end, 'là') || this.t.kind[predicate.end] === Kind.Number);
    }
    if (group < 0 || !attained || !counted) return null;
    // ("trường đạt chuẩn quốc gia 25 trường": the count of the group closing its clause is no part of the measure)
    const text = measuredPart(tokensValue(this.doc, group, end)).replace(new RegExp(`\\s+\\d[\\d.,]*\\s+${escapeRegExp(this.tokenValueLower(this.tokenIs(group, 'số') ? group + 1 : group))}(?:\\s+\\S+)?$`, 'iu'), '');
    return { first: group, end, text };
  }

  /** The "(" of the bracket that token `close` closes when it holds only years and dashes ("(2021 - 2023)"), or -1. */
  yearsBracketOpen(close: number): number {
    let k = close - 1;
    for (let n = 0; k >= 0 && n < YEARS_BRACKET_TOKENS; k--, n++) {
      if (this.char(k) === '(') return n > 0 ? k : -1;
      if (!this.units.at('year', k) && !/^[-–]$/u.test(this.char(k))) return -1;
    }
    return -1;
  }

  /** Does the comma at token `comma` join two groups of one list ("xã, thị trấn", "cơ quan, đơn vị")? */
  private commaInGroupList(comma: number): boolean {
    if (this.char(comma) !== ',') return false;
    // (a list the lexicon holds as one group: "cơ quan, đơn vị")
    for (let j = comma - 1; j >= 0 && j >= comma - GROUP_LIST_TOKENS; j--) if ((this.groupAt(j)?.end ?? 0) > comma + 1) return true;
    const next = this.groupAt(comma + 1);
    const endsGroup = this.units.endingAt('coverage-noun', comma).length > 0 || this.units.endingAt('coverage-group', comma).length > 0 || this.units.endingAt('predicate-group', comma).length > 0;
    if (!next || !endsGroup) return false;
    // a total, then the part of it that attained ("có 42 trường, trường đạt chuẩn quốc gia 25 trường", "1.245 hộ gia đình,
    // hộ đạt danh hiệu …", "18 xã, thị trấn, xã đạt chuẩn …"): a group word the list already named starts a clause of its
    // own (round 27 review)
    const head = this.tokenValueLower(comma + 1);
    for (let j = Math.max(0, comma - GROUP_LIST_TOKENS * 2); j < comma; j++) if (this.groupAt(j) && this.tokenValueLower(j) === head) return false;
    return true;
  }

  /** The unit or group a coverage figure counts that starts at token k ("xã, phường", "cán bộ"). */
  private groupAt(k: number) {
    return this.units.at('coverage-noun', k) ?? this.units.at('coverage-group', k) ?? this.units.at('predicate-group', k);
  }

  /**
   * Does a list of groups go on past the comma at token `comma`: a group after it, and one right before it or the same
   * group word earlier in the target ("cán bộ, chiến sĩ", "học sinh lớp 3, lớp 4")?
   */
  private groupListGoesOn(comma: number, groupsBefore: ReadonlySet<string>): boolean {
    const next = this.groupAt(comma + 1);
    if (!next) return false;
    if (this.units.endingAt('coverage-noun', comma).length > 0 || this.units.endingAt('coverage-group', comma).length > 0 || this.units.endingAt('predicate-group', comma).length > 0) return true;
    return groupsBefore.has(this.groupWord(next));
  }

  /** Is the comma at token `comma` between two bare numbers, no figure ("cán bộ đối tượng 3, 4 và đoàn viên")? */
  private numberList(comma: number): boolean {
    return this.t.kind[comma - 1] === Kind.Number && this.t.kind[comma + 1] === Kind.Number && !this.units.at('percent', comma + 1) && !this.units.endingAt('percent', comma).length;
  }

  /** Is the comma at token `comma` inside a list of units or people ("cán bộ, công chức"; not "…, quân số khỏe")? */
  private peopleListAt(comma: number): boolean {
    const kinds = ['coverage-noun', 'coverage-group'];
    return kinds.some((k) => this.units.endingAt(k, comma).length > 0) && kinds.some((k) => !!this.units.at(k, comma + 1));
  }

  private groupWord(g: { first: number; end: number }): string {
    return tokensValue(this.doc, g.first, g.end).toLowerCase();
  }

  /** The phrase after the figure: what it is a share of ("chỉ tiêu tuyển quân", "nội dung chương trình, thời gian và kế hoạch"). */
  targetAfter(end: number): Phrase | null {
    const s = this.sentenceOf(end - 1);
    let from = end;
    if (this.tokenIs(from, 'so') && this.units.at('plan-noun', from + (this.tokenIs(from + 1, 'với') ? 2 : 1))) from += this.tokenIs(from + 1, 'với') ? 2 : 1;
    // "… đạt tỷ lệ 16% trên tổng số 16,4 nghìn tỷ đồng": a share of a stated total
    if ((this.tokenIs(from, 'trên') || this.tokenIs(from, 'trong')) && this.tokenIs(from + 1, 'tổng')) from += 1;
    // "… phải đạt ít nhất 30% so với tổng số thời lượng phát sóng phim": the same, compared with
    // "đạt tỷ lệ 98,34% so với số hộ đăng ký", "… đạt từ 7% trở lên so với tổng số đảng viên đầu năm": the count it is a
    // rate of (round15-pct share-of-base)
    else if (this.baseAfter(from) > from) from = this.baseAfter(from);
    else if (this.tokenIs(from, 'trở') && this.tokenIs(from + 1, 'lên') && this.baseAfter(from + 2) > from + 2) from = this.baseAfter(from + 2);
    // "giảm 1,5%/năm tỷ lệ hộ nghèo": "/năm" is a filler, never the target; what follows it may be
    if (this.char(from) === '/' && PER_PERIOD.has(tokensValue(this.doc, from + 1, Math.min(from + 2, this.t.count)).toLowerCase()) && from + 2 < s.end && this.t.kind[from + 2] !== Kind.Punct) from += 2;
    let j = from;
    let time = -1;
    /** The group words of the target so far: one of them again after a comma continues the list. */
    const groupsBefore = new Set<string>();
    while (j < s.end && !(this.t.flags[j] & Flag.LineBefore && j > from)) {
      // "67% xã, phường trên toàn quốc đạt …", "100% cán bộ, chiến sĩ, nhân viên": a group whose name holds a comma, or
      // a list of groups, is one target
      const group = this.groupAt(j);
      if (group) groupsBefore.add(this.groupWord(group));
      if (group && group.end > j + 1) {
        j = group.end;
        continue;
      }
      if (this.isStop(j) && !(this.char(j) === ',' && j > from && (this.groupListGoesOn(j, groupsBefore) || this.numberList(j)))) break;
      // "100% các nội dung thi gồm: …": the word that opens the list of its items is no part of it
      if (this.tokenIs(j, 'gồm') && this.char(j + 1) === ':') break;
      // "… 30% nữ lãnh đạo vào cuối năm 2013": when, not what (the statement still reaches over it, for its year)
      if (j > from && this.tokenIs(j, 'vào') && TIME_AFTER_VAO.has(this.doc.text.slice(this.t.start[j + 1], this.t.end[j + 1]).toLowerCase())) {
        time = j;
        while (time < s.end && time - j < TIME_PHRASE && !this.isStop(time)) time++;
        break;
      }
      j++;
    }
    let stop = j;
    // a comma list that runs to the sentence's end without numbers or connectors is still the target (not when the
    // comma follows the figure at once: "… ở khoảng 18%, có điều chỉnh linh hoạt" goes on with another clause)
    if (stop > from && stop < s.end && this.char(stop) === ',') {
      let k = stop + 1;
      let words = 0;
      let clean = true;
      while (k < s.end) {
        const c = this.char(k);
        // "… đạt 100% chỉ tiêu, bảo đảm chất lượng": a verb makes it the next clause, not more of the list
        if (this.t.kind[k] === Kind.Number || (this.isStop(k) && c !== ',' && c !== '.' && c !== '…') || this.units.at('achieve-verb', k)) {
          clean = false;
          break;
        }
        if (this.t.kind[k] !== Kind.Punct) words++;
        k++;
      }
      while (k > stop + 1 && (this.char(k - 1) === '.' || this.char(k - 1) === '…')) k--;
      if (clean && words > 0 && words <= 8) stop = k;
    }
    // "… về kiểm tra thuốc nổ và [hơn 50% …]": the list's connector is no part of the target
    while (stop > from && (this.t.kind[stop - 1] === Kind.Punct || this.tokenIs(stop - 1, 'và'))) stop--;
    if (stop <= from) return null;
    // "… 6,7% năm 2017 đã đề ra": a time phrase names when, not what
    if (this.units.at('not-target-opener', from) || this.char(from) === '/' || this.units.at('span', from) || this.units.at('year', from)) return null;
    const text = tokensValue(this.doc, from, stop);
    // "theo mục tiêu 4% Quốc hội giao": who set the figure, not what it is a share of
    if (SETTER_AFTER.test(text)) return null;
    return { first: from, end: Math.max(stop, time), text };
  }

  /** The clause before the verb: what is measured ("gọi công dân nhập ngũ", "số hộ thoát nghèo 7.930 hộ"). */
  subjectBefore(verbAt: number): string | null {
    const s = this.sentenceOf(verbAt);
    // "… làm rõ 11.484 vụ/17.663 đối tượng (đạt tỷ lệ 75,2%)": a bracket opened right before the verb is no part of it
    let end = this.char(verbAt - 1) === '(' ? verbAt - 1 : verbAt;
    // a clause of adverbs alone ("…, mới đạt 71%") measures what the clause before it names
    for (let clauses = 0; clauses < 2 && end > s.first; clauses++) {
      let k = end;
      while (k > s.first && this.char(k - 1) === ',') k--;
      const to = k;
      let depth = 0;
      // a clause of more than SUBJECT_CLAUSE tokens names no subject, so the walk stops there
      for (; k > s.first && to - k <= SUBJECT_CLAUSE; k--) {
        const c = this.char(k - 1);
        if (c === ')') depth++;
        else if (c === '(') depth = Math.max(0, depth - 1);
        // "Tỉ lệ điều tra, khám phá án …": the comma of a phrase of police work does not end the clause
        else if (depth === 0 && c === ',' && this.investigationAt(k - 1)) continue;
        // "với tỷ lệ 01 máy tính/01 cán bộ, công chức đạt 100%": nor the comma of a list of groups
        else if (depth === 0 && c === ',' && this.peopleListAt(k - 1)) continue;
        // "tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố vượt gần 4%": nor the commas of what a rate
        // named before them is of
        else if (depth === 0 && c === ',' && this.rateListAt(k - 1, to)) continue;
        else if (depth === 0 && (c === ',' || c === ';' || c === ':' || this.t.flags[k] & Flag.LineBefore)) break;
      }
      if (to - k > SUBJECT_CLAUSE) return null;
      // "tỷ lệ giải ngân vốn đầu tư công, vốn chương trình mục tiêu quốc gia và vốn ODA lần lượt đạt 41,38%, 24,59% và
      // 23,6%": the figures share one measure, a list of nouns whose commas do not end it
      if (RESPECTIVELY.test(tokensValue(this.doc, k, to))) k = this.nounListStart(k, s.first);
      let text = tokensValue(this.doc, k, to)
        .replace(LIST_MARK, '')
        // a portal's lead tag opening the sentence ("(BĐ) - Tỷ lệ học sinh tốt nghiệp … đạt 99,52%")
        .replace(LEAD_TAG, '')
        .replace(/^(?:và|đồng thời|trong đó|theo đó|nhờ đó|qua đó|cụ thể|tiếp tục|với)\s+/iu, '')
        // an adverb of time or a topic opening the clause ("Hiện đã thu hồi …", "Về số lượng luôn đạt …"), and a
        // concession after what is measured ("Tổng thu ngân sách … tuy vượt kế hoạch, đạt 51,7%")
        .replace(CLAUSE_OPENERS, '')
        .replace(CONCESSION, '')
        // adverbs before the verb ("… chỉ đạt", "… mới đạt"), not "nông thôn mới", "thành lập mới", nor members and
        // soldiers new ("kết nạp đảng viên mới đạt từ 7%", "chiến sĩ mới")
        .replace(/(?:(?:^|\s+)(?:đã|đều|cũng|ước|dự kiến|phải|cần(?<!chuyên\s+cần)|sẽ|vừa|luôn|chỉ|vẫn|còn thấp|lần lượt)|(?<!thôn|lập|dựng|đổi|viên|sĩ|sỹ)(?:^|\s+)mới)+$/iu, '')
        .trim();
      // a goal cue alone ("phấn đấu giảm 1,5%/năm …") names nothing measured
      if (!text || ONLY_GOAL_CUE.test(text)) {
        if (text) return null;
        end = k - 1;
        continue;
      }
      // "… lên 39% vào năm 2014; đạt 47,4%": a list's earlier item names no measure
      if (/\d\s?%/u.test(text)) return null;
      // "hộ đạt gia đình văn hóa 865/882 đạt tỉ lệ 98,1%", "… hiến máu tình nguyện 1.748/1.800 đạt 97,11%": what was
      // reached over what was planned is the figure's own fraction, no part of what it measures (round 28, audit 33)
      // (not a month or a day, "khởi công từ tháng 6/2016", "tính đến ngày 30/6", nor a school year or a crop season,
      // "năm học 2023/2024", "vụ Đông Xuân 2023/2024"; round 28 review)
      const fraction = REACHED_OVER_PLANNED.exec(text);
      const dated = !!fraction && (DATE_FRACTION.test(fraction[0]) || YEAR_PAIR.test(fraction[0]) || TIME_WORD_END.test(text.slice(0, fraction.index)));
      const unfractioned = fraction && !dated ? text.slice(0, fraction.index).trim() : '';
      if (unfractioned && /\p{L}/u.test(unfractioned)) text = unfractioned;
      const part = measuredPart(text);
      if (part !== text) return part;
      // a measure named with its stretch of years ("tốc độ tăng trưởng giá trị sản xuất công nghiệp ngành da giày giai
      // đoạn 2016 - 2020"): the years do not make it long
      if (text.replace(TRAILING_PERIOD, '').split(/\s+/).length <= SUBJECT_WORDS) return text;
      // a long clause: what is measured starts at its last rate or share noun ("… là tỷ lệ thời lượng phát sóng …")
      const head = [...text.matchAll(MEASURE_HEAD)].pop();
      const measured = head ? text.slice(head.index + head[1].length) : '';
      return measured && measured.split(/\s+/).length <= SUBJECT_WORDS ? measured : null;
    }
    return null;
  }

  /**
   * For a rate right after a count of work done ("Huyện ủy … kết nạp được 358 đảng viên mới, đạt tỷ lệ 7,61%", "cơ quan
   * công an đã làm rõ 11.484 vụ/17.663 đối tượng (đạt tỷ lệ 75,2%)", "… đã điều tra làm rõ 83 vụ, với 174 đối tượng,
   * đạt tỷ lệ 78%"): the work and the noun it counts, without the doer, its adverbs or the count ("kết nạp đảng viên
   * mới", "làm rõ vụ"); null when the clause before is no such count (bench/studies/round15-pct.mjs work-counted).
   */
  workCounted(verbAt: number): string | null {
    const s = this.sentenceOf(verbAt);
    let end = verbAt - 1;
    // (only "đạt tỷ lệ": a bare "đạt" after a count is as often a share of a plan or of what was counted)
    if (end <= s.first || !/^[,(]$/.test(this.char(end)) || !RATE_HEAD.test(tokensValue(this.doc, verbAt + 1, Math.min(verbAt + 3, s.end)))) return null;
    const clauseStart = (to: number) => {
      let k = to;
      while (k > s.first && to - k <= SUBJECT_CLAUSE && !/^[,;:()]$/.test(this.char(k - 1))) k--;
      return k;
    };
    let k = clauseStart(end);
    // "…, với 174 đối tượng, đạt tỷ lệ 78%": those the work reached, after it; the work is the clause before
    if (this.tokenIs(k, 'với') && this.char(k - 1) === ',') k = clauseStart((end = k - 1));
    let count = -1;
    for (let j = k; j < end && count < 0; j++) if (this.t.kind[j] === Kind.Number && !this.units.at('year', j) && !this.units.at('percent', j)) count = j;
    if (count < 0) return null;
    // the noun counted: up to the clause's end or a second count ("vụ/17.663 đối tượng")
    let nounEnd = count + 1;
    while (nounEnd < end && this.t.kind[nounEnd] === Kind.Word) nounEnd++;
    if (nounEnd === count + 1 || nounEnd - count - 1 > WORK_WORDS || (nounEnd < end && this.char(nounEnd) !== '/')) return null;
    if (amountUnits.has(tokensValue(this.doc, count + 1, count + 2).toLowerCase())) return null;
    // the work: the words before the count, back to the doer's adverbs, a capitalised name or the clause's start
    let verbEnd = count;
    while (verbEnd > k && (this.units.endingAt('approximator', verbEnd).length || this.tokenIs(verbEnd - 1, 'được'))) verbEnd = this.units.endingAt('approximator', verbEnd)[0]?.first ?? verbEnd - 1;
    // (a word that ends the work: an adverb or a link of the doer's, or a capitalised name)
    const doerEnds = (j: number) => this.t.kind[j] !== Kind.Word || /^\p{Lu}/u.test(tokensValue(this.doc, j, j + 1)) || workVerbStops.has(tokensValue(this.doc, j, j + 1).toLowerCase());
    let verbFirst = verbEnd;
    while (verbFirst > k && verbEnd - verbFirst < WORK_WORDS && !doerEnds(verbFirst - 1)) verbFirst--;
    const bounded = verbFirst === k || doerEnds(verbFirst - 1);
    // ("số hộ thoát nghèo 7.930 hộ, đạt 48%": a measure named with its count, no work)
    if (verbFirst === verbEnd || !bounded || MEASURE_OPENER.test(tokensValue(this.doc, verbFirst, verbEnd))) return null;
    return `${tokensValue(this.doc, verbFirst, verbEnd)} ${tokensValue(this.doc, count + 1, nounEnd)}`;
  }

  /**
   * For a figure whose clause names no measure the other readers find: the noun counted last in the clause before
   * token `verbAt`, up to a time phrase ("Trước việc chỉ có 22 thủ tục hành chính đưa vào Cơ chế một cửa quốc gia từ
   * đầu năm tới nay (đạt 17%)" measures "thủ tục hành chính đưa vào Cơ chế một cửa quốc gia"), or null.
   */
  countedNounBefore(verbAt: number): string | null {
    const s = this.sentenceOf(verbAt);
    let end = verbAt;
    if (this.char(end - 1) === '(') end--;
    let k = end;
    while (k > s.first && end - k <= SUBJECT_CLAUSE && !/^[,;:()]$/.test(this.char(k - 1))) k--;
    let count = -1;
    for (let j = k; j < end; j++) if (this.t.kind[j] === Kind.Number && !this.units.at('year', j) && !this.units.at('percent', j)) count = j;
    if (count < 0) return null;
    let stop = count + 1;
    const stopsAt = (j: number) => {
      const word = tokensValue(this.doc, j, j + 1).toLowerCase();
      return COUNTED_NOUN_STOPS.has(word) || (word === 'vào' && TIME_AFTER_VAO.has(tokensValue(this.doc, j + 1, j + 2).toLowerCase()));
    };
    while (stop < end && this.t.kind[stop] !== Kind.Punct && !stopsAt(stop) && stop - count <= SUBJECT_WORDS) stop++;
    const words = stop - count - 1;
    return words >= 2 && words <= SUBJECT_WORDS ? tokensValue(this.doc, count + 1, stop) : null;
  }

  /**
   * Where a list of nouns ending in the clause that starts at token k begins: back over clauses before it that hold no
   * number, verb of reaching or change (at most LIST_CLAUSES, within SUBJECT_CLAUSE tokens), each after a comma.
   */
  private nounListStart(k: number, sentenceFirst: number): number {
    let start = k;
    for (let step = 0; step < LIST_CLAUSES && start > sentenceFirst && this.char(start - 1) === ','; step++) {
      let j = start - 1;
      while (j > sentenceFirst && !/^[,;:]$/.test(this.char(j - 1)) && k - j <= SUBJECT_CLAUSE) j--;
      if (k - j > SUBJECT_CLAUSE) break;
      let plain = true;
      // ("tỷ lệ giải ngân vốn …": a verb after a rate noun is part of the measure's name)
      for (let t = j; t < start - 1 && plain; t++) plain = this.t.kind[t] !== Kind.Number && !(this.units.at('achieve-verb', t) && !this.units.endingAt('target-noun', t).length) && !this.units.at('change-word', t);
      if (!plain) break;
      start = j;
    }
    return start;
  }

  /**
   * What a bare "mục tiêu" or "chỉ tiêu" right before a figure sets, which the noun alone does not name: a growth or
   * statistic measure right before it ("… và lạm phát mục tiêu là 4%"), else the measured noun of the clause before when
   * that clause reaches a figure of its own, the level compared with the target ("tín dụng tăng 2,11%, tuy thấp so với
   * mục tiêu 12%", "Tăng trưởng kinh tế cả năm trước chỉ đạt 5,03%, thấp hơn mục tiêu 5,5%"); null if neither.
   */
  measureOfBareGoal(noun: number): string | null {
    const byClause = this.bareGoalByClause(noun);
    if (byClause !== null) return byClause;
    // "… chỉ số giá tiêu dùng chỉ tăng 0,2% …, bình quân 6 tháng đầu năm tăng 4,15% và dự báo năm 2017 có khả năng
    // kiểm soát theo mục tiêu 4%": else, when a level is set against the goal, the growth or statistic measure named
    // last before it in its sentence (not a quota of its own, "… giảm còn 5,2% (chỉ tiêu 5%)")
    if (!COMPARED_TO_GOAL.has(this.doc.text.slice(this.t.start[noun - 1] ?? 0, this.t.end[noun - 1] ?? 0).toLowerCase())) return null;
    return this.measureNamedBefore(noun);
  }

  /**
   * The growth or statistic measure named last before token `at` in its sentence, no further back than
   * BARE_MEASURE_REACH tokens: what a goal or level that names no measure of its own is set for. Also in a sentence
   * of forecasts, whose levels are set against the goal ("Kịch bản thấp dự báo GDP tăng khoảng 5,04%, … đều thấp hơn
   * mục tiêu đề ra khoảng 5,5%": bench/studies/percentages-round7.mjs --only bare, 2 such goals on corpus/real, both
   * measured by the forecast's measure). Null when the nearest is itself a bare level ("Đây là mức tăng thấp so với
   * mục tiêu 12%"), which names no more than the goal noun.
   */
  measureNamedBefore(at: number): string | null {
    const s = this.sentenceOf(at);
    for (let k = at - 1; k >= Math.max(s.first, at - BARE_MEASURE_REACH); k--) {
      if (!this.units.at('growth-measure', k) && !this.units.at('statistic-measure', k)) continue;
      const text = tokensValue(this.doc, k, this.measureEnd(k, at)).replace(MEASURE_LINKS, '').replace(TRAILING_ADVERBS, '');
      const words = text ? text.split(/\s+/).length : 0;
      return words >= 1 && words <= SUBJECT_WORDS && !BARE_LEVEL.test(text) ? text : null;
    }
    return null;
  }

  /** Where a measured noun starting at token k ends: at a number, a mark, or its verb or an adverb (BARE_GOAL_VERBS). */
  private measureEnd(k: number, limit: number): number {
    let end = k;
    while (end < limit && this.t.kind[end] !== Kind.Number && this.t.kind[end] !== Kind.Punct) {
      const noun = this.units.at('growth-measure', end);
      if (noun) end = noun.end;
      else if (end > k && this.units.at('bare-goal-verb', end)) break;
      else end++;
    }
    return end;
  }

  private bareGoalByClause(noun: number): string | null {
    const named = this.units.endingAt('growth-measure', noun)[0] ?? this.units.endingAt('statistic-measure', noun)[0];
    if (named) return tokensValue(this.doc, named.first, named.end);
    const s = this.sentenceOf(noun);
    // clauses of more than SUBJECT_CLAUSE tokens name no measure, so neither walk goes further back than that
    let clauseEnd = noun;
    while (clauseEnd > s.first && noun - clauseEnd <= SUBJECT_CLAUSE && !/^[,;]$/.test(this.char(clauseEnd - 1))) clauseEnd--;
    if (noun - clauseEnd > SUBJECT_CLAUSE) return null;
    // "việc lạm phát chỉ dừng ở con số 6,81% (so với mục tiêu đặt ra là khoảng 8%)": the level compared stands in the
    // noun's own clause, before it
    // ("… giảm còn 5,2% (chỉ tiêu 5%)" is a quota of its own, no comparison)
    let own = false;
    if (this.tokenIs(noun - 1, 'với') || this.tokenIs(noun - 1, 'hơn')) for (let j = clauseEnd; j < noun && !own; j++) own = !!this.units.at('percent', j);
    let k = clauseEnd - 1;
    let limit = clauseEnd - 1;
    if (own) {
      k = clauseEnd;
      limit = noun;
    } else {
      if (clauseEnd <= s.first) return null;
      while (k > s.first && clauseEnd - k <= SUBJECT_CLAUSE && !/^[,;:]$/.test(this.char(k - 1))) k--;
      if (clauseEnd - k > SUBJECT_CLAUSE) return null;
      let reached = false;
      for (let j = k; j < clauseEnd - 1 && !reached; j++) reached = !!this.units.at('percent', j);
      if (!reached) return null;
    }
    while (this.units.at('bare-goal-opener', k)) k = this.units.at('bare-goal-opener', k)!.end;
    // "…, tăng 2,54% so với cùng kỳ …": a clause opening on its verb names no measure
    if (this.units.at('bare-goal-verb', k) && !this.units.at('growth-measure', k)) return null;
    const end = this.measureEnd(k, limit);
    // "… kịch bản cao hơn cũng chỉ đạt mức là 5,35%, đều thấp hơn mục tiêu …": a forecast's scenario is no measure
    for (let j = k; j < end; j++) if (this.units.at('forecast-word', j)) return null;
    const words = end - k;
    return words >= 1 && words <= SUBJECT_WORDS ? tokensValue(this.doc, k, end) : null;
  }

  /**
   * For a figure whose clause is too long to name its measure: the rate or share named last before the verb, up to
   * the verb ("… quy định mới … là tỷ lệ thời lượng phát sóng phim truyện Việt Nam của mỗi đài truyền hình phải đạt ít
   * nhất 30%"); no further back than RATE_REACH tokens, a semicolon, a colon or another figure.
   */
  rateNamedBefore(verbAt: number): string | null {
    const s = this.sentenceOf(verbAt);
    for (let k = verbAt - 1; k >= Math.max(s.first, verbAt - RATE_REACH); k--) {
      if (/^[;:]$/.test(this.char(k)) || this.units.at('percent', k)) return null;
      if (!RATE_HEAD.test(tokensValue(this.doc, k, Math.min(k + 2, verbAt)))) continue;
      const text = tokensValue(this.doc, k, verbAt).replace(TRAILING_ADVERBS, '').trim();
      return text.split(/\s+/).length <= RATE_WORDS ? text : null;
    }
    return null;
  }

  /**
   * For a list whose items are bodies each with its figure, the rate a heading names before its colon: "Năm 2025, một
   * số đơn vị có tỷ lệ giải ngân cao: huyện An Lão đạt 41,38%; …", or a line ending with a colon above list lines
   * ("Tỷ lệ giải ngân vốn đầu tư công của một số địa phương:" / "- Huyện An Lão đạt 41,38%;"). ANNOTATION.md: the
   * target is the noun measured, not the body (bench/studies/percentages-round11.mjs body-list).
   */
  rateOfHeading(first: number): string | null {
    let colon = -1;
    const s = this.sentenceOf(first);
    for (let k = first - 1; k >= Math.max(s.first, first - HEADING_REACH) && colon < 0; k--) if (this.char(k) === ':') colon = k;
    if (colon < 0) {
      // list lines above: back over the lines that open with a list mark to the heading line
      let line = this.doc.lineOf[first];
      for (let back = 0; back < HEADING_LINES_BACK && line > 0 && LIST_MARK.test(this.lineText(line)); back++) {
        line--;
        const l = this.doc.lines[line];
        if (l.endToken > l.firstToken && this.char(l.endToken - 1) === ':') {
          colon = l.endToken - 1;
          break;
        }
      }
    }
    if (colon < 0) return null;
    for (let k = colon - 1; k >= Math.max(0, colon - RATE_REACH) && this.char(k) !== ',' && this.char(k) !== ';' && this.char(k) !== '.'; k--) {
      if (!RATE_HEAD.test(tokensValue(this.doc, k, Math.min(k + 2, colon)))) continue;
      const text = tokensValue(this.doc, k, colon).replace(HEADING_TAIL, '').trim();
      return text.split(/\s+/).length <= RATE_WORDS ? text : null;
    }
    return null;
  }

  /** Words between a verb and its figure, less fillers: what is measured ("đạt tỷ lệ 98%" measures "tỷ lệ"). */
  measureBetween(first: number, end: number): Phrase | null {
    let a = first;
    let b = end;
    while (a < b && this.units.at('measure-filler', a)) a = this.units.at('measure-filler', a)!.end;
    while (b > a && this.units.endingAt('measure-filler', b).length) b = this.units.endingAt('measure-filler', b)[0].first;
    if (b <= a) return null;
    const text = tokensValue(this.doc, a, b);
    // a bare "tỷ lệ" names no measure: the clause before the verb does ("Học sinh lên lớp đạt tỷ lệ 99,1%")
    return /^(?:mức|ở mức|tỷ lệ|tỉ lệ)$/iu.test(text) ? null : { first: a, end: b, text };
  }
}

/**
 * How far back before a bare goal or level its measure may be named, in tokens: "chỉ số giá tiêu dùng chỉ tăng 0,2% so
 * với cuối năm 2016, tăng 2,54% …, bình quân 6 tháng đầu năm tăng 4,15% và dự báo … theo mục tiêu 4%" names it 45
 * tokens back, a clause of its changes between.
 */
const BARE_MEASURE_REACH = 60;

/** The word before a goal noun that sets a level against it: "so với mục tiêu", "dưới mục tiêu", "theo mục tiêu". */
const COMPARED_TO_GOAL = new Set(['với', 'hơn', 'dưới', 'trên', 'theo', 'vượt']);

/** A stretch of years or a year closing a measure: "… giai đoạn 2016 - 2020", "… năm 2025". */
export const TRAILING_PERIOD = /\s*(?:(?:trong|cho|vào)\s+)?(?:giai đoạn|thời kỳ|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?$/iu;

/**
 * Adverbs of time and topic words that open a clause before what it measures (bench/studies/percentages-round6.mjs;
 * round 8's probes: "đến nay đã giải ngân được …, đạt tỷ lệ 45%", "Kết quả đã kết nạp được 126 đảng viên, đạt 105%").
 */
const CLAUSE_OPENERS = /^(?:hiện nay|hiện(?!\s+(?:đại|trạng|tượng|thực|diện|vật|hành))|về(?!\s+(?:đích|nước|hưu|quê))|mà|(?:tính\s+)?đến nay|kết quả)\s+(?:(?:đã|đang|vẫn|luôn)\s+)?/iu;
/** A concession after the measured noun: "… tuy vượt kế hoạch", "… dù còn khó khăn". */
const CONCESSION = /\s+(?:tuy|dù|mặc dù)\s.*$/iu;

/** Words after "vào" that make it a time phrase ("vào cuối năm 2013", "vào năm học 2012-2013"), not a target's "đưa vào". */
const TIME_PHRASE = 8;
const TIME_AFTER_VAO = new Set(['cuối', 'đầu', 'giữa', 'năm', 'tháng', 'quý', 'dịp', 'thời', 'ngày']);

/** A body and its verb of setting after a figure ("Quốc hội giao", "Chính phủ đề ra", "đã đặt ra"). */
const SETTER_AFTER = /^(?:\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,4}\s+)?(?:đã\s+|được\s+)?(?:giao|đề ra|đặt ra)$/u;

/** "nhiệm vụ đã thực hiện hoàn thành là 637 nhiệm vụ": a clause ending on its count measures the words before the count. */
const COUNT_CLAUSE = /^(.+?)\s+(?:là|đạt|được|có)\s+(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?\d[\d.,]*(?:\s+[^\s\d]+){0,3}$/u;
/**
 * "chỉ thị của Thủ tướng đã nêu rõ mục tiêu phấn đấu tăng trưởng", "Phấn đấu tỷ lệ dân số tham gia BHYT": what is
 * measured follows the last goal word ("phấn đấu" anywhere, "mục tiêu/chỉ tiêu" after a leading clause).
 */
const AFTER_GOAL = /^(?:.*\s)?phấn đấu\s+(.+)$|^.+\s(?<!chương trình\s)(?:mục tiêu|chỉ tiêu)(?:\s+phấn đấu)?\s+(.+)$/iu;

/** A year inside a measure ("tăng trưởng tín dụng cả năm 2017"), which is no count of what is measured. */
const YEAR_IN_MEASURE = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/** An outlet's tag opening a lead: "(BĐ) - ", "(QĐND) – ". */
const LEAD_TAG = /^\([^()\s][^()]{0,29}\)\s*[-–—]\s*/u;

/**
 * A fraction of what was reached over what was planned ending a subject, with a measure's unit after both or the same
 * unit on each side: "865/882", "1.748/1.800", "3.000/7.250 tấn", "34.758 hộ/38.789 hộ" (not "11.484 vụ/17.663 đối
 * tượng", two counts, nor "tại 12/15 xã", the units measured), with
 * the verb and hedges before it ("ước đạt 700/2.000 tấn", "ước khoảng 3.000/7.250 tấn").
 */
const REACHED_OVER_PLANNED = /(?:\s+(?:ước|ước tính|dự kiến|đạt|khoảng|là|có|được|trên|hơn|gần))*\s+\d[\d.,]*\s*(?:\/\s*\d[\d.,]*(?:\s+(?:tấn|tạ|ha|kg|km|m|m2|m3|lít|tỷ đồng|triệu đồng|nghìn đồng|đồng|đ|hộ|người|lượt|con|cây|đơn vị máu))?|(\p{L}+)\s*\/\s*\d[\d.,]*\s*\1)$/u;
/** Two years of a school year or a crop season: "2023/2024". */
const YEAR_PAIR = /(?:19|20)\d\d\s*\/\s*(?:19|20)\d\d/u;
/** A time word right before a fraction that is a date or a span: "ngày 30/6", "năm học 2023/2024", "vụ Đông Xuân". */
const TIME_WORD_END = /(?<![\p{L}])(?:ngày|tháng|quý|năm học|niên khóa|niên khoá|vụ|Xuân|Mùa|Thu|Đông)\s*$/iu;

/** A month or a day with its year, written as a fraction: "6/2016", "12/2017". */
const DATE_FRACTION = /(?<![\d.,])\d{1,2}\s*\/\s*(?:19|20)\d\d(?![\d.,])/u;

/** The part of a subject clause that names what a figure measures (bench/studies/percentages-round4.mjs). */
export function measuredPart(text: string): string {
  const count = COUNT_CLAUSE.exec(text);
  if (count && count[1].split(/\s+/).length >= 2) return count[1];
  const goal = AFTER_GOAL.exec(text);
  // "Phấn đấu trong năm 2013 cần có dư nợ tín dụng": the goal's time and need open it, and its years are no count
  const measured = (goal?.[1] ?? goal?.[2])?.replace(GOAL_TIME_OPENER, '');
  // ("Tỷ lệ nội địa hóa … phấn đấu năm 2020": a goal's time alone measures nothing; the words before it do)
  const yearless = measured?.replace(YEAR_IN_MEASURE, '');
  if (measured && yearless && !ONLY_TIME_WORDS.test(yearless) && !/^(?:đề ra|đặt ra|của|là)(?:\s|$)/iu.test(measured) && !/\d/u.test(yearless)) return measured;
  return text;
}

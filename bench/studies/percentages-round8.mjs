#!/usr/bin/env node
// Corpus study (round 8): the percentage phrasings ANNOTATION.md and issue 10 state that the rules did not read, counted
// in corpus/real by regular expression with random examples:
//   goal-measure-change    a goal word, then a rate or growth measure, its change word and the figure with no verb
//                          between ("Huyện phấn đấu tỷ lệ hộ nghèo giảm 2-3%", "mục tiêu: … mức tăng trưởng GDP bình
//                          quân 7,5%"): the form pct-goal-measure reads
//   goal-measure-nochange  the same without a change word (mostly read already by pct-target-noun and pct-verb)
//   measure-change-nogoal  the measure and its change with no goal word in the sentence: realised change, left out
//   programme-name         "chương trình mục tiêu (quốc gia)" in a sentence with a figure: a name, no plan cue
//   chiem-standard         a counted unit or group that attained a standard, then ", chiếm (tỷ lệ) Y%" (pct-counted-coverage)
//   chiem-other            ", chiếm (tỷ lệ) Y%" after any other clause: plain shares, left out
//   lan-luot               "lần lượt (đạt|là) Y%": several figures sharing one measure
//   nested-quality         "trong đó (có) Y% (đạt) khá, giỏi": the quality within a share covered (not read)
//   deployed               a verb of deploying forces right before a figure ("huy động 100% cán bộ, chiến sĩ …",
//                          "tập trung 100% quân số"): a mobilisation, no goal covered
//   goal-change            a goal word earlier in the sentence, then a change word, its bound and the figure ("Mục tiêu
//                          năm 2025, tai nạn giao thông giảm 5%", "phấn đấu giảm 1,5%/năm tỷ lệ hộ nghèo"), no "so với"
//                          before it (pct-goal-change; most are read already by other rules or left out by the checks)
//   plan-share-then-change a share of a plan, then a change with no comma between ("bằng 105% kế hoạch và tăng 12% so
//                          với cùng kỳ", "đạt 105% kế hoạch năm tăng 12%"): realised change, which pct-planned-change
//                          read as a change the plan set
//   if-earlier-clause      "nếu …" in a clause before the figure's, the figure's clause not opening its consequence
//                          ("thì", "sẽ"): the supposition no longer governs the figure (isHypothetical)
//   if-contrastive         "nếu so với …", "nếu như (trong) năm …/quý …": a comparison of facts, no supposition
//   goal-heading-item      a sentence with a figure right after one ending with a colon that names goals ("Các chỉ
//                          tiêu chủ yếu năm 2025:" then "- Tỷ lệ hộ nghèo giảm 1,5%."): read as planned
//   result-heading-item    the same after a heading of results ("Kết quả thực hiện …:"): left achieved
//   node bench/studies/percentages-round8.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout.
import { lexiconStrings, printFormCounts, alternation, WORD_START as S, WORD_END as E, PERCENT_FIGURE as F } from './lib.mjs';

const MEASURE = String.raw`(?:tỷ lệ|tỉ lệ|tốc độ tăng trưởng|mức tăng trưởng|tăng trưởng|tốc độ tăng|mức tăng)`;
const GOAL = `(?:${alternation(lexiconStrings('GOAL_CUES'))})`;
const CHANGE = String.raw`(?:giảm|tăng|giảm xuống|tăng lên)(?:\s+bình quân)?`;
const BOUND = String.raw`(?:(?:khoảng|từ|còn|xuống còn|dưới|trên|ít nhất|tối thiểu)\s+)?`;
const NO_VERB = String.raw`(?:(?!đạt|là|\d)[^,;:.%]){0,50}?`;
const GROUP = `(?:${alternation([...lexiconStrings('COVERAGE_NOUNS'), ...lexiconStrings('COVERAGE_GROUPS')])})`;
const STANDARD = `(?:${alternation(lexiconStrings('STANDARD_PREDICATES'))})`;
const GOAL_HEADING = /(?:^|\s)(?:chỉ tiêu|mục tiêu|phấn đấu|phương hướng|nhiệm vụ|kế hoạch|định hướng)(?:\s|:|$)/iu;
const RESULT_HEADING = /(?:^|\s)(?:kết quả|thực hiện|đạt được|đã|ước|tình hình|qua|vừa qua)(?:\s|:|$)/iu;
const goalWord = new RegExp(`${S}${GOAL}${E}`, 'iu');
const chiem = new RegExp(String.raw`(?:^|[,;:(])([^,;:()]*)[,(]\s*chiếm(?: tỷ lệ| tỉ lệ)?\s+(?:khoảng\s+|hơn\s+|gần\s+)?${F}`, 'iu');
const standardClause = new RegExp(String.raw`${S}${GROUP}${E}(?:(?!chưa|không)[^,;:()])*?${S}${STANDARD}${E}`, 'iu');

printFormCounts(
  {
    'goal-measure-change': new RegExp(String.raw`${S}${GOAL}${E}[^.]{0,80}?${S}${MEASURE}${E}${NO_VERB}${S}${CHANGE}${E}\s+${BOUND}${F}`, 'iu'),
    'goal-measure-nochange': new RegExp(String.raw`${S}${GOAL}${E}[^.]{0,80}?${S}${MEASURE}${E}(?:(?!đạt|là|\d|giảm|tăng)[^,;:.%]){1,50}?\s${F}`, 'iu'),
    'measure-change-nogoal': (t) => !goalWord.test(t) && new RegExp(String.raw`${S}${MEASURE}${E}${NO_VERB}${S}${CHANGE}${E}\s+${BOUND}${F}`, 'iu').exec(t),
    'programme-name': new RegExp(String.raw`${S}(?:chương trình|CT) mục tiêu${E}[^.]{0,120}?${F}`, 'iu'),
    'chiem-standard': (t) => {
      const m = chiem.exec(t);
      return m && /\d/.test(m[1]) && standardClause.test(m[1]) ? m : null;
    },
    'chiem-other': (t) => {
      const m = chiem.exec(t);
      return m && !(/\d/.test(m[1]) && standardClause.test(m[1])) ? m : null;
    },
    'lan-luot': new RegExp(String.raw`lần lượt (?:đạt |là |chiếm )?${F}`, 'iu'),
    'goal-heading-item': (t, before) => (/:\s*$/u.test(before) && GOAL_HEADING.test(before) && !RESULT_HEADING.test(before) ? /\S/u.exec(t) : null),
    'result-heading-item': (t, before) => (/:\s*$/u.test(before) && GOAL_HEADING.test(before) && RESULT_HEADING.test(before) ? /\S/u.exec(t) : null),
    'goal-change': (t) => (/(?<![\p{L}])so với(?![\p{L}])/iu.test(t.split('%')[0]) ? null : new RegExp(String.raw`${S}${GOAL}${E}[^.]*?${S}(?:tăng|giảm)${E}\s+(?:(?:khoảng|từ|ít nhất|tối thiểu|dưới|trên|còn|xuống còn|hơn|bình quân)\s+)?${F}`, 'iu').exec(t)),
    'plan-share-then-change': new RegExp(String.raw`${F}\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|nhiệm vụ)(?:\s+[^\s,.;:%]+){0,3}?\s+(?:và\s+)?(?:tăng|giảm)(?:\s+[^\s,.;:%]+){0,6}?\s+${F}`, 'iu'),
    'if-earlier-clause': (t) => {
      const m = new RegExp(String.raw`${S}nếu${E}[^,;:]*[,;:](?:[^,;:]*[,;:])*\s*([^,;:]*?)${F}`, 'iu').exec(t);
      return m && !/^\s*(?:thì|sẽ)(?![\p{L}\p{M}])/iu.test(m[1]) ? m : null;
    },
    'if-contrastive': new RegExp(String.raw`${S}nếu\s+(?:so với|so sánh|xét|như\s+(?:trong\s+|cả\s+)?(?:năm|quý|tháng|giai đoạn|nhiệm kỳ|trước|cùng kỳ))${E}[^.]*?${F}`, 'iu'),
    deployed: new RegExp(String.raw`${S}(?:huy động|điều động|tập trung|bố trí|trưng dụng|triển khai|cử)(?:\s+(?:toàn bộ|tối đa|gần|hơn|khoảng))?\s+${F}`, 'iu'),
    'nested-quality': new RegExp(String.raw`trong đó(?: có)?\s+${F}\s+(?:đạt\s+)?(?:khá|giỏi|xuất sắc)`, 'iu'),
  },
  { context: 160 },
);

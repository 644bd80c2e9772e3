#!/usr/bin/env node
// Corpus study (round 5 of the percentages review): how often corpus/real writes the phrasings round 4's percentage
// errors came from, with random examples of each:
//   weak-plan-no-goal   a figure after a verb of reaching or change whose sentence has only a clause plan cue
//                       ("cần", "phải", "để", "nhằm", "sẽ") before it and no word of a goal, plan, quota or rule
//                       anywhere in it or the sentence before: advice, needs, claims, proposals ("Cần giảm ngay xuống 20%", "nhu cầu năng
//                       lượng cần tăng hơn khoảng 20%", "nhằm đảm bảo … 100% sản phẩm")
//   weak-plan-goal      the same with such a word there ("Để hoàn thành mục tiêu …, Hà Nội cần đạt …",
//                       "theo yêu cầu của Thủ tướng, phải đạt tăng trưởng 11,5%"): plans
//   quota-split         "X% chỉ tiêu xét …", "X% xét (tuyển) từ …": a share of an admission quota set aside for a way
//                       of admitting, a plan for the coming intake
//   share-of-market     "thị phần" earlier in the sentence than a reached figure, a clause or more before it
//   poverty-rate        "tỷ lệ nghèo" (not "hộ nghèo") before a figure: a statistic
//   bare-goal           "thấp hơn mục tiêu 5,5%", "so với mục tiêu 12%", "lạm phát mục tiêu là 4%": a target named by the bare
//                       noun, whose measure is the clause before (the level compared with it) or the noun before
//   compared-result     "tăng 7,5% so với thực hiện 2014": the year of results compared with, no year of the figures
//   start-month         "khởi công từ tháng 6/2016, hiện đã đạt hơn 37%": a running stretch's first month, no year of the
//                       figures after it
//   earlier-horizon     a figure reached in a sentence with no year after one naming a horizon ("… xuống còn 15% đến
//                       năm 2020. … (đạt 17%)"): the horizon is another target's, no year of this figure
//   statistic: WORD     a level reached ("đạt", "là", "ở mức", "còn", "lên" X%, no plan or quota after it) measured by
//                       a profit, a market share, a poverty rate or a sport's tackles: statistics, no targets
//   node bench/studies/percentages-round5.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout.
import { PERCENT_FIGURE as PCT, WORD_END as E, WORD_START as W, printFormCounts } from './lib.mjs';

const CLAUSE_CUE = String.raw`${W}(?:cần|phải|để|nhằm|sẽ)${E}`;
const STRONG_CUE = String.raw`${W}(?:phấn đấu|dự kiến|mục tiêu|định hướng|đề ra|đặt ra|hướng tới|quyết tâm)${E}`;
const GOAL_WORD = String.raw`${W}(?:mục tiêu|chỉ tiêu|kế hoạch|dự toán|nhiệm vụ|phấn đấu|đề ra|đặt ra|yêu cầu|quy định|qui định|cam kết|lộ trình|đề án|chiến lược|nghị quyết|định hướng|quyết tâm|hướng tới|tiến tới)${E}`;
const REACH = String.raw`${W}(?:đạt|đạt được|hoàn thành|vượt|đảm bảo|bảo đảm|đáp ứng|tăng|giảm|tăng trưởng|xuống|lên|còn)${E}`;
const weakFigure = new RegExp(`${CLAUSE_CUE}[^.!?;%]*?${REACH}\\s+(?:\\S+\\s+){0,5}?${PCT}`, 'iu');
const FORMS = {
  'weak-plan-no-goal': (t, before) => {
    const m = weakFigure.exec(t);
    return m && !new RegExp(STRONG_CUE, 'iu').test(t.slice(0, m.index + m[0].length)) && !new RegExp(GOAL_WORD, 'iu').test(`${before} ${t}`) ? m : null;
  },
  'weak-plan-goal': (t, before) => {
    const m = weakFigure.exec(t);
    return m && !new RegExp(STRONG_CUE, 'iu').test(t.slice(0, m.index + m[0].length)) && new RegExp(GOAL_WORD, 'iu').test(`${before} ${t}`) ? m : null;
  },
  'quota-split': (t) => new RegExp(`${PCT}\\s+(?:tổng\\s+)?(?:chỉ tiêu\\s+(?:để\\s+)?(?:xét|tuyển|dành)|xét\\s+(?:tuyển\\s+)?(?:từ|dựa|bằng|theo|học bạ|kết quả|điểm))`, 'iu').exec(t),
  'share-of-market': (t) => new RegExp(`${W}thị phần${E}[^.!?;%]*?[,;][^.!?;%]*?${W}(?:đạt|ở mức|là|lên|chiếm)\\s+(?:mức\\s+)?${PCT}`, 'iu').exec(t),
  'poverty-rate': (t) => new RegExp(`${W}t[ỷỉ] lệ (?:người |dân )?nghèo${E}[^.!?;%]{0,60}?${PCT}`, 'iu').exec(t),
  'bare-goal': (t) => new RegExp(`${W}(?:so với|hơn|dưới|trên|vượt)\\s+(?:mục tiêu|chỉ tiêu)\\s+(?:(?:đề ra|đặt ra|là|khoảng|ở mức)\\s+)*${PCT}|${W}(?:lạm phát|tăng trưởng|tín dụng)\\s+(?:mục tiêu|chỉ tiêu)\\s+(?:là\\s+)?${PCT}`, 'iu').exec(t),
  'compared-result': (t) => new RegExp(`${W}so với (?:mức )?(?:thực hiện|kết quả|ước thực hiện) (?:của )?(?:cả )?(?:năm )?20\\d\\d`, 'iu').exec(t),
  'start-month': (t) => new RegExp(`${W}(?:từ|kể từ|tính từ)\\s+(?:ngày\\s+\\d{1,2}\\s*[/.-]\\s*)?(?:tháng\\s+)?\\d{1,2}\\s*[/.-]\\s*20\\d\\d[^.!?;]*?${PCT}`, 'iu').exec(t),
  'earlier-horizon': (t, before) =>
    new RegExp(`${W}(?:đến|tới|trước)\\s+(?:hết\\s+)?(?:năm\\s+)?20\\d\\d`, 'iu').test(before) && !/(?:19|20)\d\d/u.test(t) ? new RegExp(`${W}(?:đạt|hoàn thành|vượt|bằng)\\s+(?:\\S+\\s+){0,3}?${PCT}`, 'iu').exec(t) : null,
  // a level reached ("đạt", "là", "ở mức", "còn") with no plan or quota after it, measured by a word round 4 found in
  // statistics: a profit margin, a market share, a poverty rate, a sport rate
  ...Object.fromEntries(
    ['lợi nhuận', 'thị phần', 't[ỷỉ] lệ nghèo', 'tranh bóng'].map((word) => [
      `statistic: ${word.replace('[ỷỉ]', 'ỷ')}`,
      (t) => new RegExp(`${W}${word}${E}[^.!?;%]{0,80}?${W}(?:đạt|là|ở mức|còn|lên)\\s+(?:\\S+\\s+){0,3}?${PCT}(?!\\s*(?:so với\\s+|so\\s+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu))`, 'iu').exec(t),
    ]),
  ),
};

printFormCounts(FORMS, { seed: 5 });

// --lines: how many sentences a line holds, over the lines of two sentences or more (a paragraph of its own, or a
// page's paragraphs run into one line: src/refine/percentages.ts RUN_TOGETHER).
if (process.argv.includes('--lines')) {
  const { readReal, sentenceSpans } = await import('./lib.mjs');
  const bins = [2, 4, 8, 12, 16, 24, 40, Infinity];
  const counts = new Map(bins.map((b) => [b, { lines: 0, articles: new Set() }]));
  for (const a of readReal()) {
    const perLine = new Map();
    for (const s of sentenceSpans(a.text)) perLine.set(s.lineNo, (perLine.get(s.lineNo) ?? 0) + 1);
    for (const n of perLine.values()) {
      if (n < 2) continue;
      const bin = counts.get(bins.find((b) => n <= b));
      bin.lines++;
      bin.articles.add(a.file);
    }
  }
  console.log('sentences per line   lines  articles');
  let low = 2;
  for (const [b, c] of counts) {
    console.log(`${`${low}–${b === Infinity ? '' : b}`.padEnd(20)} ${String(c.lines).padStart(5)}  ${String(c.articles.size).padStart(8)}`);
    low = b + 1;
  }
}

#!/usr/bin/env node
// Corpus study (round 4 of the percentages review): how often corpus/real writes the phrasings the round-3 errors
// came from, with random examples of each:
//   plan-then-contrast  a plan cue ("để", "phấn đấu", "mục tiêu", "cần" …) earlier in the sentence, then a contrast
//                       ("nhưng", "song", "tuy nhiên") before the figure: what follows the contrast is what happened
//   only-reached        "chỉ/mới (chỉ) đạt Y%" under an earlier plan cue in another clause: a level reached
//   count-clause        "… là/đạt 637 nhiệm vụ, đạt 83%": the clause before the figure ends on a count, so what is
//                       measured is the words before "là/đạt"
//   topic-fragment      "Về số lượng luôn đạt 90%", "Đa số đều đạt …": a topic or quantifier as the whole subject
//   example-cue         "chẳng hạn dự án đã hoàn thành trên 80%", "Xứng đáng đạt học bổng 100%": an example, a
//                       criterion or praise before the figure
//   group-share         "số cơ sở đạt là 18.416 cơ sở, chiếm tỷ lệ 82,4%", "…, chiếm Y%" after a counted group
//                       whose clause names an attainment ("đạt chuẩn", "thoát nghèo", "hoàn thành")
//   node bench/studies/percentages-round4.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout.
import { PERCENT_FIGURE as PCT, WORD_END as E, WORD_START as W, printFormCounts } from './lib.mjs';

const PLAN = String.raw`${W}(?:để|phấn đấu|mục tiêu|chỉ tiêu|cần|phải|nhằm|sẽ|dự kiến|kế hoạch)${E}`;
const CONTRAST = String.raw`${W}(?:nhưng|song|tuy nhiên)${E}`;
const FORMS = {
  'plan-then-contrast': new RegExp(`${PLAN}[^.!?;]*?${CONTRAST}[^.!?;%]*?${PCT}`, 'iu'),
  'only-reached': new RegExp(`${PLAN}[^.!?;]*?,[^.!?;%]*?${W}(?:chỉ|mới|mới chỉ|chỉ mới)\\s+đạt\\s+(?:\\S+\\s+){0,2}?${PCT}`, 'iu'),
  'count-clause': new RegExp(`${W}(?:là|đạt)\\s+\\d+(?:[.,]\\d+)*\\s+[\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?\\s*,\\s*(?:đạt|bằng|chiếm)\\s+(?:tỷ lệ\\s+|tỉ lệ\\s+)?(?:\\S+\\s+){0,1}?${PCT}`, 'iu'),
  'topic-fragment': new RegExp(`(?:^|[.,;:]\\s*)(?:Về [\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?|Đa số|Phần lớn|Hầu hết)\\s+(?:đều\\s+|luôn\\s+)?(?:đạt|hoàn thành)\\s+(?:\\S+\\s+){0,2}?${PCT}`, 'iu'),
  'example-cue': new RegExp(`${W}(?:chẳng hạn|ví dụ|thí dụ|xứng đáng)${E}[^.!?;%]{0,80}?${PCT}`, 'iu'),
  'group-share': new RegExp(`${W}(?:đạt chuẩn|đạt|thoát nghèo|hoàn thành|được công nhận|đạt yêu cầu)${E}[^.!?;%]{0,60}?\\d+(?:[.,]\\d+)*\\s+[\\p{L}\\p{M}]+[^.!?;%]{0,20}?,\\s*chiếm\\s+(?:tỷ lệ\\s+|tỉ lệ\\s+)?(?:\\S+\\s+){0,1}?${PCT}`, 'iu'),
};

printFormCounts(FORMS, { seed: 4, context: 0, width: 220 });

#!/usr/bin/env node
// Corpus study (precision round 10): the phrasings of realised statistics that the percentage rules took as targets
// (the most frequent wrong kind of the seed-100 draw: a draft report's figure, a data-use rate, a bus line's use of its
// capacity), counted in corpus/real by regular expression with random examples:
//   draft-report     "báo cáo dự kiến", "dự thảo báo cáo", "báo cáo dự thảo" before a figure: a draft report's
//                    figure, "dự kiến" naming the report's state, no plan
//   usage-rate       "tỷ lệ sử dụng X … Y%": how much of a resource is used, a rate nobody set
//   capacity-after   a figure with "năng lực" or "công suất" right after it ("chỉ đạt 10% năng lực vận chuyển", "đạt
//                    80% công suất thiết kế"): a share of capacity used
//   kept-level       "(được) duy trì (ở) mức Y%": a level kept, no goal reached
//   lose-verb        "mất (ít nhất|khoảng …) Y%": a share lost
//   demand-glued     "nhu cầu" glued to a capital ("… nhu cầuHiện nay"): a heading without a full stop run into the
//                    next sentence, so "nhu cầu" is not read as the share's base
// and the second kind, years of figures spanning two years (the reviewed articles' years):
//   months-across    two months of two years joined ("Trong tháng 12-2016 và tháng 1-2017, … đạt khoảng 60%"): a
//                    stretch across both, no one year
//   school-year      "năm học YYYY – YYYY" in a sentence with a figure (a figure far from it takes the page's year only
//                    when the text names that year outside such a span)
// and two single findings of the draw's other kinds:
//   policy-cue       "chủ trương" before a figure in its sentence: a policy set, a plan cue (status)
//   level-course     "từ (mức) X% … lên/xuống (mức) Y% … Z%": a later point of a level's course, a realised statistic
//   compared-clause  a comparative ("nhiều hơn", "cao hơn" …) in the figure's clause before "đạt/là/ở mức Y%": a level
//                    compared between parties, a statistic
//   total-compared   "Y% so với tổng …": what the figure is a share of (target), as "Y% trên tổng …"
//   tallied         a figure with a bracket right after it holding only a count ("là 82% (287);", "có 73% (58.587) ý
//                    kiến"): one share of a rating's or a poll's tally
//   seeming          a word of seeming after a figure in its clause ("… xem ra còn khá mông lung"): a comment on the
//                    goal, where its target ends
//   node bench/studies/percentages-precision10.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout.
import { printFormCounts, WORD_START as S, WORD_END as E, PERCENT_FIGURE as F } from './lib.mjs';

const APPROX = String.raw`(?:(?:khoảng|hơn|trên|gần|xấp xỉ|ít nhất|tối thiểu|từ)\s+)?`;
printFormCounts({
  'draft-report': new RegExp(String.raw`${S}(?:báo cáo (?:dự kiến|dự thảo)|dự thảo báo cáo)${E}[^.]{0,80}?${F}`, 'iu'),
  'usage-rate': new RegExp(String.raw`${S}t[ỷỉ] lệ sử dụng${E}[^.;]{0,80}?${F}`, 'iu'),
  'capacity-after': new RegExp(String.raw`${F}\s+(?:tổng\s+)?(?:năng lực|công suất)${E}`, 'iu'),
  'kept-level': new RegExp(String.raw`${S}(?:được\s+)?duy trì\s+(?:ổn định\s+)?(?:ở\s+)?(?:mức\s+)?${APPROX}${F}`, 'iu'),
  'lose-verb': new RegExp(String.raw`${S}mất${E}\s+(?:đi\s+)?${APPROX}${F}`, 'iu'),
  'demand-glued': new RegExp(String.raw`${F}[^.]{0,20}?nhu cầu\p{Lu}`, 'u'),
  'months-across': (t) => {
    const m = /tháng\s*\d{1,2}\s*[-/.]\s*(\d{4})\s*(?:và|đến|tới|-|–)\s*(?:tháng\s*)?\d{1,2}\s*[-/.]\s*(\d{4})/iu.exec(t);
    return m && m[1] !== m[2] ? m : null;
  },
  'school-year': /năm học\s*\d{4}\s*[-–]\s*\d{4}/iu,
  'compared-clause': new RegExp(String.raw`${S}(?:nhiều|cao|thấp|ít|lớn|nhỏ) hơn${E}[^,;:.]{0,80}?${S}(?:đạt|là|ở mức)\s+${APPROX}${F}`, 'iu'),
  'total-compared': new RegExp(String.raw`${F}\s+so với tổng${E}`, 'iu'),
  tallied: new RegExp(String.raw`${F}\s*\(\s*\d+(?:\.\d{3})*\s*\)`, 'u'),
  seeming: new RegExp(String.raw`${F}[^.;,]{0,80}?${S}(?:xem ra|xem chừng|dường như|có vẻ)${E}`, 'iu'),
  'policy-cue': new RegExp(String.raw`${S}chủ trương${E}[^.]{0,100}?${F}`, 'iu'),
  'level-course': new RegExp(String.raw`${S}từ\s+(?:mức\s+)?${F}[^.]*?${S}(?:lên|xuống)\s+(?:mức\s+)?${F}[^.]*?${F}`, 'iu'),
});

#!/usr/bin/env node
// Corpus study (round 11): the forms behind the failed variations of dev's portal and army percentage sentences
// (/work/notes/quality11/percentages-variations.md), counted in corpus/real and the dev set by regular expression,
// with random examples:
//   goal-noun-year      a goal noun, its measure holding a year or a stretch of years, a link, then the figure
//                       ("Mục tiêu tăng trưởng GRDP năm 2025 là 11,5 - 12,4%", "chỉ tiêu … giai đoạn 2026 - 2030: 10%")
//   goal-noun-noyear    the same with no year inside (read by pct-target-noun before round 11): the comparison
//   army-coverage       a figure before an army unit or item covered ("100% nội dung đạt yêu cầu", "100% quân số",
//                       "100% vũ khí, trang bị", "100% phân đội")
//   quality-share       a second figure of the quality within a share covered ("…, trong đó 78,5% khá, giỏi",
//                       "…, có 82% đạt khá, giỏi")
//   quarter-slash-year  "quý I/2025", "quý 2/2017" in a sentence with a figure (a year the percentage refiner skips)
//   insurance-population "… BHYT … 95,5% dân số": the coverage of health insurance, as a share of the population
//   investigation       "điều tra" of police work in a sentence with a figure ("tỷ lệ điều tra, khám phá án … đạt
//                       77,8%", "Cơ quan Cảnh sát điều tra"), which the survey cue "điều tra" read as a survey
//   survey-dieu-tra     "điều tra" otherwise (a survey: "kết quả điều tra cho thấy 48% DN …")
//   body-list           a body named by its unit and name, then "đạt" and a figure with nothing after it ("…: huyện An
//                       Lão đạt 41,38%; huyện Vân Canh đạt 24,59%"), whose target was the body's name
//   node bench/studies/percentages-round11.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout.
import { readReal, readDev, formHits, printHits, random, readFlags, WORD_START as S, WORD_END as E, PERCENT_FIGURE as F } from './lib.mjs';

const GOAL = String.raw`(?:mục tiêu|chỉ tiêu)`;
const LINK = String.raw`(?:là|ở mức|ở khoảng|khoảng|:|\()`;
const INVESTIGATION = /điều tra(?:,\s*|\s+)(?:khám phá|phá án|viên|xử lý|làm rõ|truy tố)|(?:cơ quan|cảnh sát|an ninh|khởi tố,?)\s+điều tra/iu;
const forms = {
  'goal-noun-year': new RegExp(String.raw`${S}${GOAL}${E}(?:(?![.;%])[^.;%]){0,60}?${S}(?:năm|giai đoạn|đến năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?(?:(?![.;%\d])[^.;%\d]){0,30}?\s*${LINK}\s*(?:từ\s+)?${F}`, 'iu'),
  'goal-noun-noyear': new RegExp(String.raw`${S}${GOAL}${E}(?:(?![.;,%\d])[^.;,%\d]){0,60}?\s*${LINK}\s*(?:từ\s+)?${F}`, 'iu'),
  'army-coverage': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?(?:nội dung|quân số|phân đội|vũ khí|trang bị|khí tài|bài bắn|bài tập|khẩu đội|kíp xe|tàu)${E}`, 'iu'),
  'quality-share': new RegExp(String.raw`(?:trong đó|,)\s*(?:có\s+)?${F}\s+(?:đạt\s+)?(?:loại\s+)?(?:khá|giỏi|xuất sắc)${E}`, 'iu'),
  'quarter-slash-year': new RegExp(String.raw`${S}quý\s+(?:[IV]+|\d)\s*\/\s*\d{4}`, 'u'),
  investigation: INVESTIGATION,
  'survey-dieu-tra': (t) => (INVESTIGATION.test(t) ? null : /điều tra/iu.exec(t)),
  'body-list': new RegExp(String.raw`(?:^|[:;,]\s*|-\s*)(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP|[Xx]ã|[Pp]hường|[Tt]ỉnh|[Qq]uận)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*\s+(?:đều\s+|chỉ\s+|mới\s+)?đạt\s+${F}(?!\s*\p{L})`, 'u'),
  'insurance-population': new RegExp(String.raw`(?:BHYT|bảo hiểm y tế)[^.;]{0,60}?${F}\s+dân số`, 'iu'),
};

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--form') ?? '';
const rand = random(flags.number('--seed', 11));
for (const [set, articles] of [['real', readReal()], ['dev', readDev()]]) {
  const hits = formHits(articles, forms);
  console.log(`== corpus/${set} (${articles.length} articles)`);
  printHits(hits, { examples, only, rand });
}

// Round 11: the period phrasings that variations of dev's portal and army sentences failed on, counted by sentence
// in corpus/real and dev, with examples:
//   determiner: "thực hiện các/những chỉ tiêu|mục tiêu|kế hoạch …" before a span, where the plan noun was the nearest
//     cue and hid the review ("đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội 9 tháng năm 2025"), beside the
//     same without a determiner (which REVIEW_WORDS holds);
//   resolution-year: "Nghị quyết năm 2025" (the year's resolution, its year right after the word) beside a resolution
//     named with a number or a name before its year ("Nghị quyết số 10 năm 2020", "Nghị quyết về … năm 2020");
//   part-and-total: "quý II và 6 tháng đầu năm", "tháng 5 và 5 tháng đầu năm": a part and the running total reviewed together;
//   dotted-month: "tháng 9.2025", a month with its year after a dot as the provincial portal writes days;
//   triển khai: "báo cáo kết quả triển khai nhiệm vụ … 6 tháng đầu năm 2025", what was carried out, not a plan;
//   programme name: "Chương trình mục tiêu quốc gia …" before a span, whose "mục tiêu" hid a review word before it.
// --lead-year (needs `npm run build`): articles whose first sentences name a review and hold a year opening a clause.
//   node bench/studies/period-round11.mjs [--examples N] [--form NAME] [--lead-year]
import { readReal, readDev, readFlags, random, sentenceSpans, oneLine } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 6);
const only = flags.value('--form') ?? '';
const SPAN = String.raw`(?:năm\s+\d{4}|\d+\s+tháng|quý\s+(?:I|II|III|IV|\d)|tháng\s+\d{1,2}\s*[-/.]\s*\d{4}|giai đoạn\s+\d{4}|nhiệm kỳ\s+\d{4})`;
const W = String.raw`(?<![\p{L}])`;
const FORMS = {
  'determiner+plan noun, span after': new RegExp(`${W}thực hiện\\s+(?:các|những)\\s+(?:chỉ tiêu|mục tiêu|kế hoạch)(?![\\p{L}])[^.;!?]{0,120}?${SPAN}`, 'iu'),
  'determiner+nhiệm vụ năm, span after': new RegExp(`${W}thực hiện\\s+(?:các|những)\\s+nhiệm vụ\\s+${SPAN}`, 'iu'),
  'no determiner (in REVIEW_WORDS), span after': new RegExp(`${W}thực hiện\\s+(?:chỉ tiêu|kế hoạch)(?![\\p{L}])[^.;!?]{0,120}?${SPAN}`, 'iu'),
  'thực hiện (các|những)? mục tiêu, span after': new RegExp(`${W}thực hiện\\s+(?:(?:các|những)\\s+)?mục tiêu(?![\\p{L}])[^.;!?]{0,120}?${SPAN}`, 'iu'),
  'thực hiện các/những chỉ tiêu|kế hoạch|mục tiêu, anywhere': new RegExp(`${W}thực hiện\\s+(?:các|những)\\s+(?:chỉ tiêu|mục tiêu|kế hoạch)(?![\\p{L}])`, 'iu'),
  'resolution-year: Nghị quyết năm YYYY': new RegExp(`${W}Nghị quyết\\s+năm\\s+\\d{4}`, 'u'),
  'resolution-year: thực hiện Nghị quyết năm YYYY': new RegExp(`${W}thực hiện\\s+Nghị quyết\\s+năm\\s+\\d{4}`, 'iu'),
  'resolution named, then a year': new RegExp(`${W}Nghị quyết\\s+(?:số\\s+)?[^\\s,.;]+(?:\\s+[^\\s,.;]+){0,6}?\\s+năm\\s+\\d{4}`, 'u'),
  'legal word, then up to 8 words, then a count of months, a half or a quarter': new RegExp(`(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Công ước)(?:\\s+[^\\s,.;:()"“”]+){0,8}?\\s+(?:\\d+\\s+tháng|quý\\s+(?:I|II|III|IV|\\d)|nửa (?:đầu|cuối) năm|(?:những|các) tháng đầu năm)(?![\\p{L}])`, 'u'),
  'part-and-total: quý/tháng và N tháng': new RegExp(`${W}(?:quý\\s+(?:I|II|III|IV|\\d)|tháng\\s+\\d{1,2})(?:\\s*[-/.]\\s*\\d{4}|\\s+năm\\s+\\d{4})?\\s+và\\s+\\d+\\s+tháng`, 'iu'),
  'programme name: Chương trình mục tiêu quốc gia … span': new RegExp(`${W}(?:Chương trình|CT) mục tiêu quốc gia(?![\\p{L}])[^.;!?]{0,160}?${SPAN}`, 'iu'),
  'programme name, review word before it': new RegExp(`${W}(?:tổng kết|sơ kết|đánh giá|kết quả|báo cáo)(?![\\p{L}])[^.;!?]{0,60}?(?:Chương trình|CT) mục tiêu quốc gia(?![\\p{L}])[^.;!?]{0,160}?${SPAN}`, 'iu'),
  'kết quả/tình hình triển khai … span': new RegExp(`${W}(?:kết quả|tình hình)\\s+triển khai(?![\\p{L}])[^.;!?]{0,100}?${SPAN}`, 'iu'),
  'review word, then triển khai … span': new RegExp(`${W}(?:báo cáo|đánh giá|sơ kết|tổng kết)\\s+(?:việc\\s+)?triển khai(?![\\p{L}])[^.;!?]{0,100}?${SPAN}`, 'iu'),
  'dotted-month: tháng M.YYYY': new RegExp(`${W}tháng\\s+\\d{1,2}\\.(?:19|20)\\d{2}(?!\\d)`, 'iu'),
};

const rand = random(flags.number('--seed', 11));
for (const [set, list] of [['corpus/real', readReal()], ['dev', readDev()]]) {
  const hits = Object.fromEntries(Object.keys(FORMS).map((k) => [k, []]));
  for (const a of list) {
    for (const s of sentenceSpans(a.text)) {
      const text = a.text.slice(s.start, s.end);
      for (const [name, re] of Object.entries(FORMS)) {
        const m = re.exec(text);
        if (m) hits[name].push(`${a.file}: …${oneLine(text.slice(Math.max(0, m.index - 70), m.index + m[0].length + 20))}…`);
      }
    }
  }
  console.log(`== ${set}`);
  for (const [name, list] of Object.entries(hits)) {
    if (only && name !== only) continue;
    console.log(`${name}: ${list.length} sentences`);
    const pool = [...list];
    for (let i = 0; i < Math.min(examples, pool.length); i++) console.log(`    ${pool.splice(Math.floor(rand() * pool.length), 1)[0]}`);
  }
}

// --lead-year: articles whose first two body sentences name a review (REVIEW_LEAD) and hold a year opening a clause
// ("Trong năm 2024, …", "…, năm 2024, …"), the form the refiner takes as the reviewed year since round 11
if (process.argv.includes('--lead-year')) {
  const { REVIEW_LEAD } = await import('../../dist/lexicon/review.js');
  const OPENING_YEAR = /(?:^|[,;:]\s*)(?:[Tt]rong\s+)?[Nn]ăm\s+(?:19|20)\d{2}\s*,/u;
  for (const [set, list] of [['corpus/real', readReal()], ['dev', readDev()]]) {
    const hits = [];
    for (const a of list) {
      const spans = sentenceSpans(a.text).slice(0, 3).map((s) => a.text.slice(s.start, s.end));
      const lead = spans.join(' ');
      if (!REVIEW_LEAD.test(lead)) continue;
      const s = spans.find((x) => OPENING_YEAR.test(x));
      if (s) hits.push(`${a.file}: ${oneLine(s).slice(0, 160)}`);
    }
    console.log(`${set}: review lead with a year opening a clause in the first three sentences: ${hits.length}`);
    for (const h of hits.slice(0, examples)) console.log(`    ${h}`);
    const counted = [];
    for (const a of list) {
      const spans = sentenceSpans(a.text).slice(0, 3).map((s) => a.text.slice(s.start, s.end));
      if (!REVIEW_LEAD.test(spans.join(' '))) continue;
      const s = spans.find((x) => /(?:^|[,;:]\s*)(?:[Tt]rong\s+)?\d+\s+tháng\s+qua\s*,/u.test(x));
      if (s) counted.push(`${a.file}: ${oneLine(s).slice(0, 160)}`);
    }
    console.log(`${set}: review lead with "N tháng qua," opening a clause in the first three sentences: ${counted.length}`);
    for (const h of counted.slice(0, examples)) console.log(`    ${h}`);
  }
}
